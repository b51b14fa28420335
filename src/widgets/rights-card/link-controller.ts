import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {WIDGET_TAGS} from '../../core/cross-links.js';
import {canonicalLocale} from '../../core/locale.js';
import {linkParams} from '../../core/share.js';

/** What a link to the rights card carries (`amparo-situation`, `amparo-lang`): never personal data. */
export interface RightsLinkState {
  /** A situation (scenario) id. */
  situation?: string;
  /** The holder's language of the card (BCP 47). */
  lang?: string;
}

/** The card's keys of a link's state, each kept only when it is well formed. */
export function rightsLinkState(state: Readonly<Record<string, string | undefined>>): RightsLinkState {
  const out: RightsLinkState = {};
  const situation = state['situation']?.trim();
  if (situation && /^[a-z0-9][a-z0-9-]{0,63}$/.test(situation)) out.situation = situation;
  const lang = state['lang'] && state['lang'].length <= 35 ? canonicalLocale(state['lang']) : undefined;
  if (lang) out.lang = lang;
  return out;
}

type Host = ReactiveControllerHost & HTMLElement & {readonly renderRoot: ParentNode};

/**
 * Links into the card. A shared link or a link from another page puts the state in the page
 * address: it is read once, when the card first connects, and the card scrolls itself into view
 * once it has rendered. A link from another widget on the same page calls {@link follow}: the
 * card takes the state, then moves the focus to the situation's tab. Also re-renders the card
 * when the finder it links to is on the page but defined after the card rendered (its link
 * then goes to it rather than to another page).
 */
export class CardLinkController implements ReactiveController {
  private read = false;
  private pending?: 'scroll' | 'focus' | undefined;

  constructor(
    private readonly host: Host,
    /** Takes a link's state (a situation, a language). */
    private readonly apply: (state: RightsLinkState) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.read) {
      this.read = true;
      const state = rightsLinkState(linkParams());
      if (state.situation || state.lang) {
        this.apply(state);
        this.pending = 'scroll';
      }
    }
    const finder = WIDGET_TAGS.finder;
    if (document.querySelector(finder) && !customElements.get(finder)) {
      void customElements.whenDefined(finder).then(() => this.host.requestUpdate());
    }
  }

  /** A link from another widget on this page: take the state, then focus the situation. */
  async follow(state: Readonly<Record<string, string>>): Promise<void> {
    this.apply(rightsLinkState(state));
    this.pending = 'focus';
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  hostUpdated(): void {
    if (!this.pending) return;
    const root = this.host.renderRoot;
    // A dataset that failed leaves nothing to move to; one still loading, a later update.
    if (root.querySelector('[role="alert"]')) this.pending = undefined;
    if (!root.querySelector('.card')) return;
    if (this.pending === 'scroll') this.host.scrollIntoView({block: 'start'});
    else root.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
    this.pending = undefined;
  }
}
