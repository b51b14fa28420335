/**
 * The finder's rarely needed parts, each in its own chunk loaded on first use (see
 * rollup.config.mjs): extras.ts (no-results view, county picker, city and position lookup, county
 * centres, print) and places.ts (courts, detention facilities, the detainee locator). A Lit
 * reactive controller: the host re-renders once a part has loaded.
 */
import {nothing, type ReactiveController, type ReactiveControllerHost} from 'lit';
import type * as Extras from './extras.js';
import type * as CardLinks from './card-links-view.js';
import type * as Places from './places.js';

export class PartsController implements ReactiveController {
  hostConnected(): void {}

  /** extras.ts, once loaded. */
  extras?: typeof Extras;
  /** places.ts, once loaded. */
  places?: typeof Places;
  private placesLoading?: Promise<void>;
  /** card-links-view.ts (share, next events, volunteer and donate), once loaded. */
  cardLinks?: typeof CardLinks;
  private cardLinksLoading?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** extras.ts, loaded once. */
  async lazy(): Promise<typeof Extras> {
    return (this.extras ??= await import('./extras.js'));
  }

  /** Renders nothing for now, and again once extras.ts has loaded. */
  loadExtras(): typeof nothing {
    void this.lazy().then(() => this.host.requestUpdate());
    return nothing;
  }

  /** Renders nothing for now, and again once card-links-view.ts has loaded. */
  loadCardLinks(): typeof nothing {
    this.cardLinksLoading ??= import('./card-links-view.js').then((m) => {
      this.cardLinks = m;
      this.host.requestUpdate();
    });
    return nothing;
  }

  /** Renders nothing for now, and again once places.ts has loaded. */
  loadPlaces(): typeof nothing {
    this.placesLoading ??= import('./places.js').then((m) => {
      this.places = m;
      this.host.requestUpdate();
    });
    return nothing;
  }
}
