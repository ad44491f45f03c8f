import { waitUntil } from '@open-wc/testing';
import '../../src/widgets/partner-map/partner-map.js';
import { feedUrl } from '../helpers/server.js';
import { $, $$, auditWidget, choose, click, common, shown, widget, type State } from './matrix.js';

const MAP = 'kgc-partner-map';
const map = (host: HTMLElement, attributes: Record<string, string> = {}, fixtureName = 'map-valid') =>
  widget(host, MAP, { src: feedUrl(fixtureName), ...attributes });

const states: Record<string, State> = {
  ...common(MAP, {}, 'map-valid'),
  'Germany loaded': ({ host }) => map(host),
  'Land focused, Kreise loaded': async ({ host }) => {
    const el = await map(host, { land: 'ST' });
    await waitUntil(() => $$(el, 'path.kreis').length > 0, 'the Kreise of Sachsen-Anhalt', { timeout: 8000 });
    return el;
  },
  'Land chosen in the select': async ({ host }) => {
    const el = await map(host);
    await choose(el, '.controls select', 'DE-SN');
    return el;
  },
  'partner panel open': async ({ host }) => {
    const el = await map(host, { land: 'ST' });
    await click(el, '.marker.partner');
    await shown(el, '.panel', 'the panel');
    return el;
  },
  'office panel open': async ({ host }) => {
    const el = await map(host, { land: 'ST' });
    await click(el, '.item.office > button');
    await shown(el, '.panel', 'the panel');
    return el;
  },
  'group panel open': async ({ host }) => {
    const el = await map(host);
    const group = $(el, '.marker.group');
    if (!group) throw new Error('no group of markers at this width');
    await click(el, '.marker.group');
    await shown(el, '.panel', 'the panel');
    return el;
  },
  'list twin: place opened from the list': async ({ host }) => {
    const el = await map(host);
    await click(el, '.list .item.partner > button');
    await shown(el, '.panel', 'the panel');
    return el;
  },
  'filtered to zero results': async ({ host }) => {
    const el = await map(host);
    for (const box of $$<HTMLInputElement>(el, '.show input[type="checkbox"]')) {
      box.click();
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    }
    return el;
  },
  'kind chosen': async ({ host }) => {
    const el = await map(host);
    const select = $$<HTMLSelectElement>(el, '.controls select')[1];
    await choose(el, `#${select.id}`, select.options[1].value);
    return el;
  },
  'empty feed': ({ host }) => map(host, {}, 'map-empty'),
  'partial feed': ({ host }) => map(host, {}, 'map-partial'),
};

auditWidget(MAP, states);
