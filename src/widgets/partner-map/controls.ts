/** The filter bar: Land (with each Land's number of places), partner kind, and which places to show. */
import { html, nothing, type TemplateResult } from 'lit';
import { LAENDER, landName, parseLand, type LandCode } from '../../shared/laender.js';
import type { Feed } from '../../feed/schema.js';
import { compareText } from '../../shared/order.js';
import type { MapContext } from './texts.js';

export interface ControlsView extends MapContext {
  feed: Feed;
  land: LandCode | undefined;
  /** Places per Land under the other filters. */
  perLand: Map<LandCode, number>;
  kinds: string[];
  showPartners: boolean;
  showOffices: boolean;
  onLand: (land: LandCode | undefined) => void;
  onKinds: (kinds: string[]) => void;
  onShow: (type: 'partner' | 'office', on: boolean) => void;
}

export function controlsView(v: ControlsView): TemplateResult {
  const { m, lang, uid: id } = v;
  const kinds = [...new Set(v.feed.partners.map((p) => p.kind))].sort(compareText);
  return html`<div part="controls" class="controls">
    <div class="field">
      <label for="${id}-land">${m.land}</label>
      <select id="${id}-land" @change=${(e: Event) => v.onLand(parseLand((e.target as HTMLSelectElement).value))}>
        <option value="" ?selected=${!v.land}>${m.allLaender}</option>
        ${LAENDER.map((l) => l.iso)
          .sort((a, b) => compareText(landName(a, lang), landName(b, lang)))
          .map(
            (code) =>
              html`<option value=${code} ?selected=${code === v.land}>
                ${landName(code, lang)} (${v.number(v.perLand.get(code) ?? 0)})
              </option>`,
          )}
      </select>
    </div>
    ${
      kinds.length > 1
        ? html`<div class="field">
            <label for="${id}-kind">${m.kind}</label>
            <select
              id="${id}-kind"
              @change=${(e: Event) => {
                const value = (e.target as HTMLSelectElement).value;
                v.onKinds(value ? [value] : []);
              }}
            >
              <option value="" ?selected=${!v.kinds.length}>${m.allKinds}</option>
              ${kinds.map((k) => html`<option value=${k} ?selected=${v.kinds.length === 1 && v.kinds[0] === k}>${k}</option>`)}
            </select>
          </div>`
        : nothing
    }
    <fieldset class="show">
      <legend class="visually-hidden">${m.show}</legend>
      ${(
        [
          ['partner', v.showPartners, m.showPartners],
          ['office', v.showOffices, m.showOffices],
        ] as const
      ).map(
        ([type, checked, label]) =>
          html`<label class="check"
            ><input
              type="checkbox"
              .checked=${checked}
              @change=${(e: Event) => v.onShow(type, (e.target as HTMLInputElement).checked)}
            /><span class="symbol ${type}" aria-hidden="true"></span>${label}</label
          >`,
      )}
    </fieldset>
  </div>`;
}
