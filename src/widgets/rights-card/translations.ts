import type {ReactiveControllerHost} from 'lit';
import type {RightsEdition} from '../../core/dataset/schema/index.js';
import {loadRightsStrings} from '../../core/dataset/store.js';
import {withStrings} from './strings.js';

/** An edition as the card can show it now: merged with its language, or English meanwhile. */
export interface TranslatedEdition {
  edition: RightsEdition;
  /** The language's own file is still loading, or could not be loaded (English shows). */
  state?: 'loading' | 'failed';
}

/**
 * Languages an edition keeps in their own file (`locales[].url`): fetched the first time the
 * card shows one (once per edition and language), merged into the edition, and the host
 * re-rendered. `base()` is the URL the file's URL is relative to, read when it is fetched.
 * It needs none of the host's lifecycle callbacks, so it is not added with `addController`.
 */
export class TranslationsController {
  /** Editions with a separately stored language merged in, by `<edition id>|<locale>`. */
  private readonly merged = new Map<string, RightsEdition | 'failed'>();
  private readonly requested = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly base: () => string,
  ) {}

  /** `edition` with `locale` merged in when that language is stored in its own file. */
  edition(edition: RightsEdition, locale: string): TranslatedEdition {
    const url = edition.locales.find((l) => l.locale === locale)?.url;
    if (!url) return {edition};
    const key = `${edition.id}|${locale}`;
    const done = this.merged.get(key);
    if (done === 'failed') return {edition, state: 'failed'};
    if (done) return {edition: done};
    if (!this.requested.has(key)) {
      this.requested.add(key);
      void loadRightsStrings(url, this.base()).then((result) => {
        this.merged.set(key, result.ok ? withStrings(edition, locale, result.data.strings) : 'failed');
        this.host.requestUpdate();
      });
    }
    return {edition, state: 'loading'};
  }
}
