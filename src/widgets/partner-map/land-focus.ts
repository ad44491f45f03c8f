/**
 * The focused Land: which one (or all of Germany), and its Kreise, loaded from the hash-checked file beside
 * the bundle when a Land is focused. A request still running when the map leaves the page is aborted and
 * made again when it is back.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { isAbort } from '../../feed/errors.js';
import type { LandCode } from '../../shared/laender.js';
import { loadKreise, type KreisFeature } from './geo.js';

export class LandFocus implements ReactiveController {
  /** The focused Land; undefined: all of Germany. */
  land: LandCode | undefined;
  /** The focused Land's Kreise, once loaded. */
  kreise: { land: LandCode; features: KreisFeature[] } | undefined;
  /** A Land whose Kreise could not be loaded. */
  failed: LandCode | undefined;
  private controller?: AbortController;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** Focuses `land`; false when it already was. */
  set(land: LandCode | undefined): boolean {
    if (land === this.land) return false;
    this.land = land;
    this.failed = undefined;
    this.host.requestUpdate();
    this.fetch();
    return true;
  }

  /** The Kreise to draw for the focused Land, if loaded. */
  get features(): KreisFeature[] | undefined {
    return this.kreise && this.kreise.land === this.land ? this.kreise.features : undefined;
  }

  hostConnected(): void {
    // Back on the page: fetch the focused Land's Kreise again if the removal aborted them.
    if (this.host.hasUpdated) this.fetch();
  }

  hostDisconnected(): void {
    this.controller?.abort();
    this.controller = undefined;
  }

  private fetch(): void {
    this.controller?.abort();
    this.controller = undefined;
    const land = this.land;
    // Not on the page (removed before this update ran): hostConnected fetches them when it is back.
    if (!land || this.kreise?.land === land || !this.host.isConnected) return;
    const controller = (this.controller = new AbortController());
    loadKreise(land, controller.signal).then(
      (features) => {
        if (this.land !== land) return;
        this.kreise = { land, features };
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (isAbort(error) || this.land !== land) return;
        console.warn(`<kgc-partner-map>: Kreise of ${land} not shown:`, error instanceof Error ? error.message : error);
        this.failed = land;
        this.host.requestUpdate();
      },
    );
  }
}
