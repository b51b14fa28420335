import type {PropertyValues} from 'lit';
import {msg, str} from '@lit/localize';
import {property, state} from 'lit/decorators.js';
import {AmparoElement} from '../../core/base-element.js';
import {ContentText} from '../../core/content-text.js';
import {WIDGET_TAGS, crossLink, followHere, type LinkTarget} from '../../core/cross-links.js';
import {pickText} from '../../core/format.js';
import {UI_LOCALES} from '../../core/i18n/localization.js';
import {chooseLanguage} from '../../core/language-choice.js';
import {printOnly} from '../../core/print.js';
import type {Dataset, Scenario} from '../../core/dataset/schema/index.js';
import {directionOf, matchLocale} from '../../core/locale.js';
import {safeUrl} from '../../core/safe-url.js';
import {shareUrl, type ShareNavigator} from '../../core/share.js';
import {ShareController} from '../../core/share-controller.js';
import {cardView, unavailableView} from './card-view.js';
import {bestLanguage, countyHotlines, currentEdition, orderedScenarios, resolveCounty, type Side} from './content.js';
import {CardLinkController, type RightsLinkState} from './link-controller.js';
import {cardUpdates, detentionResources, finderState} from './links.js';
import {OfficerDialogController} from './officer-dialog.js';
import {QuickExitController, leavePage} from './quick-exit.js';
import {SpeechController, voiceFor} from './speech.js';
import {styles} from './rights-card.styles.js';
import {tabFor} from './tabs.js';
import {TranslationsController} from './translations.js';
import type {CardActions, CardState} from './view-kit.js';

/** Detail of `amparo-rights-view`: what the person is looking at after they changed it. */
export interface RightsViewDetail {
  scenario: string;
  side: Side;
  locale: string;
}

/** Detail of `amparo-print`. */
export interface RightsPrintDetail {
  layout: 'wallet' | 'sheet';
  locale: string;
}

declare global {
  interface HTMLElementEventMap {
    'amparo-rights-view': CustomEvent<RightsViewDetail>;
    'amparo-print': CustomEvent<RightsPrintDetail>;
  }
}

/**
 * A know-your-rights card: the holder's side in their language (what to do and say, by
 * situation), the officer's side always in English, a full-screen "show to officer" view,
 * a warrant checker, read-aloud, and printable wallet cards. Content comes from the dataset's
 * newest rights edition for California.
 *
 * Languages: the card has ONE language control, its "Language" list of the edition's languages
 * (each named in itself). The card's language is the holder's side; the officer's side stays
 * English by design. Choosing a language Amparo's interface is translated into (all 14 of the
 * California edition) is the page-wide interface choice of every widget (the core
 * `chooseLanguage()`, as the other widgets' `languageChoice()` does): it sets `lang` on every
 * Amparo element of the page, so the card, its buttons and the other widgets change together and
 * a choice made in another widget changes the card too. A content language the interface lacks
 * changes the card's content only (the buttons stay in the interface language). Without a choice
 * the card follows its locale: its own `lang`, the page's, the script's `data-locale`, then the
 * browser's (`fil` and `tl` give Tagalog, `zh-TW` Traditional and `zh` Simplified Chinese).
 * Dataset text missing in the card's language shows in English, marked `lang="en"`, with a notice
 * in the visitor's language.
 *
 * @tagname amparo-rights-card
 * @summary Know-your-rights card with an English side for officers.
 *
 * @attr scenario - The situation shown first: `at-door`, `in-public`, `in-car`, `at-work`,
 *   `at-school`, `at-hospital`, `if-detained`, `prepare-family`, `witnessing-raid`.
 * @attr county - County for the local rapid-response hotline: FIPS code (`06037`) or name.
 * @attr side - `holder` (default) or `agent`: the side shown first.
 * @attr hide-print - Hides the print buttons.
 * @attr quick-exit - A neutral page (https URL). Shows a "Leave this page" button. As on GOV.UK's
 *   "Exit this page", pressing Shift on its own three times (each press within 5 seconds of the
 *   last) also leaves, wherever the focus is on the page. A Shift used with another key (Shift+A,
 *   capitals) does not count, nor a key another handler has marked handled (`preventDefault()`,
 *   e.g. by a dialog or a text field); Escape never leaves, as people press it by habit.
 * @attr heading-level - Level of the card's heading (default 2), to fit the host page outline.
 * @attr finder-page - The page of the site with `<amparo-resource-finder>` (else the script's
 *   `data-finder-page`): each situation links the finder's matching need there (detention ->
 *   legal help for detained people, at work -> workers' rights...). With the finder on the same
 *   page the link goes to it (it takes the need and the focus); with neither, no link shows.
 *
 * Links: "Share this card" shares (Web Share, else copies) a link to this page that reopens the
 * same situation in the same language (`amparo-situation`, `amparo-lang`; nothing else of the
 * page address). The card reads those on load (then scrolls into view) and takes them from
 * another widget of the page through {@link followLink} (then focuses the situation).
 *
 * @fires amparo-rights-view - The person changed the situation, side or language. Detail: `{scenario, side, locale}`.
 * @fires amparo-print - The person printed cards. Detail: `{layout: 'wallet' | 'sheet', locale}`.
 *
 * @csspart card - The card.
 * @csspart tabs - The list of situations.
 * @csspart panel - The selected situation.
 * @csspart officer-view - The full-screen English statement.
 * @csspart actions - Show, print and flip buttons.
 * @csspart quick-exit - The "Leave this page" button.
 * @csspart updates - "What changed": the dated updates for the card's situations and laws.
 * @cssprop --amparo-rights-officer-background - Officer view background (default black).
 * @cssprop --amparo-rights-officer-color - Officer view text (default white).
 */
export class AmparoRightsCard extends AmparoElement implements LinkTarget {
  static override styles = [...AmparoElement.styles, styles];

  /** The situation shown first (see `@attr scenario`). */
  @property() scenario?: string;

  /** County for the local hotline, FIPS or name. */
  @property() county?: string;

  /** The side shown first. */
  @property({reflect: true}) side: Side = 'holder';

  @property({type: Boolean, attribute: 'hide-print'}) hidePrint = false;

  @property({attribute: 'quick-exit'}) quickExit?: string;

  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  /** The card language the person picked in the switcher (else the element's locale). */
  @state() private chosenLocale?: string;

  @state() private activeScenario?: string;

  @state() private checked = new Set<number>();

  @state() private printing?: 'wallet' | 'sheet';

  private readonly translations = new TranslationsController(this, () => this.effectiveDatasetUrl ?? document.baseURI);
  private readonly officer = new OfficerDialogController(this);
  private readonly speech = new SpeechController(this, (locale) => this.voice(locale));
  /** Dataset text in the card's language, marked with its real language; notes fallbacks. */
  private readonly content = new ContentText(this, () => this.cardLocale);
  /** The card language of the render under way (one of the edition's languages). */
  private cardLocale = 'en';
  private readonly sharer = new ShareController(this, () => this.shareNavigator());
  private readonly links = new CardLinkController(this, (state) => this.takeLink(state));
  private readonly quickExitKeys = new QuickExitController(this, () => !!this.exitUrl, () => this.exit());

  private get exitUrl(): string | undefined {
    return safeUrl(this.quickExit, {protocols: ['https:', 'http:']});
  }

  /** Clears everything the widget holds, then replaces the page with the neutral site. */
  private exit(): void {
    const url = this.exitUrl;
    if (!url) return;
    this.speech.stop();
    this.officer.close();
    this.chosenLocale = this.activeScenario = undefined;
    this.checked = new Set();
    this.side = 'holder';
    this.leave(url);
  }

  /** The current time, for the age of law statuses (a seam for tests). */
  protected now(): Date {
    return new Date();
  }

  /** The device's voice for `locale`, if any (a seam for tests, like {@link leave}). */
  protected voice(locale: string): SpeechSynthesisVoice | undefined {
    return voiceFor(locale);
  }

  /** What sharing finds in `navigator` (a seam for tests: Web Share stubbed or absent). */
  protected shareNavigator(): Partial<ShareNavigator> {
    return navigator;
  }

  /**
   * Takes the state of a link from another widget on this page (`situation`, `lang`: see the
   * class comment), then moves the focus to the situation.
   */
  followLink(state: Record<string, string>): Promise<void> {
    return this.links.follow(state);
  }

  private takeLink({situation, lang}: RightsLinkState): void {
    if (situation) {
      this.activeScenario = situation;
      this.checked = new Set();
      this.side = 'holder';
    }
    if (lang) this.useLanguage(lang);
  }

  /** Navigates away for quick exit (a seam for tests: `location.replace` cannot be stubbed). */
  protected leave(url: string): void {
    leavePage(url);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The locale changed (a choice in any widget, the page's language): the card follows it.
    if (this.hasUpdated && changed.has('locale' as keyof AmparoRightsCard)) this.chosenLocale = undefined;
  }

  /**
   * Shows the card in `locale`: page-wide (every Amparo element's `lang`, remembered for the tab)
   * when the interface has that language, else the card's content only.
   */
  private useLanguage(locale: string): void {
    const none = '' as (typeof UI_LOCALES)[number];
    if (matchLocale(locale, UI_LOCALES, none) === none) {
      this.chosenLocale = locale;
      return;
    }
    this.chosenLocale = undefined;
    chooseLanguage(locale);
    // The page-wide choice reaches `amparo-*` tags; a card defined under another tag too.
    if (this.getAttribute('lang') !== locale) this.setAttribute('lang', locale);
  }

  protected renderContent(dataset: Dataset): unknown {
    const current = currentEdition(dataset.rightsEditions);
    if (!current) return unavailableView();
    const locale = (this.cardLocale = bestLanguage(current, this.chosenLocale ?? this.locale));
    const {edition, state: loading} = this.translations.edition(current, locale);
    const scenarios = orderedScenarios(edition);
    const scenario =
      scenarios.find((s) => s.id === (this.activeScenario ?? this.scenario)) ?? (scenarios[0] as Scenario);
    const county = resolveCounty(this.county);
    const finder = finderState(scenario.id, county);
    const link = finder && crossLink('finder', finder, this);
    // The finder on this page and no page named: a link to this page, which the finder reads too.
    const href = link && (link.href ?? (link.here ? shareUrl(finder, WIDGET_TAGS.finder) : undefined));
    const view: CardState = {
      edition,
      locale,
      dir: directionOf(locale),
      loading,
      scenarios,
      scenario,
      hotlines: countyHotlines(dataset.hotlines, county),
      side: this.side,
      headingLevel: this.headingLevel,
      hidePrint: this.hidePrint,
      canExit: !!this.exitUrl,
      checked: this.checked,
      voice: this.voice(locale),
      now: this.now(),
      printing: this.printing,
      text: (value) => this.content.text(value),
      fallbackNotice: () => this.content.notice(),
      finder: finder && href ? {href, need: finder.need} : undefined,
      detention: scenario.id === 'if-detained' ? detentionResources(dataset, county) : undefined,
      updates: cardUpdates(dataset.updates, edition),
      today: this.today(),
      county,
      share: this.sharer.render('card', msg('Share this card', {id: 'rights.share'}), () => ({
        title: msg('Know your rights'),
        text: msg(str`What to do and what to say: ${pickText(scenario.title, locale).text}`, {id: 'rights.share.text'}),
        url: shareUrl({situation: scenario.id, lang: locale}, this.id || undefined),
      })),
    };
    return cardView(view, this.actions(view));
  }

  /** The views' callbacks for one render (each one a user action). */
  private actions({locale, scenario, scenarios}: CardState): CardActions {
    const tell = (detail: RightsViewDetail) => this.emit<RightsViewDetail>('amparo-rights-view', detail);
    return {
      exit: () => this.exit(),
      chooseLocale: (chosen) => {
        this.useLanguage(chosen);
        tell({scenario: this.activeScenario ?? this.scenario ?? scenarios[0]?.id ?? '', side: this.side, locale: chosen});
      },
      flip: (side) => {
        if (side === this.side) return;
        this.side = side;
        tell({scenario: scenario.id, side, locale});
      },
      showOfficer: (event) => this.officer.open(event.currentTarget as HTMLElement),
      closeOfficer: () => this.officer.close(),
      officerClosed: () => this.officer.closed(),
      chooseScenario: (id) => {
        this.activeScenario = id;
        this.checked = new Set();
        tell({scenario: id, side: this.side, locale});
      },
      // Arrow keys, Home and End move between situations; focus follows the selected tab.
      tabKey: (event) => {
        const tabs = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
        const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
        const next = tabFor(event.key, scenarios.indexOf(scenario), tabs.length, rtl);
        if (next < 0) return;
        event.preventDefault();
        tabs[next]!.click();
        void this.updateComplete.then(() =>
          this.renderRoot.querySelector<HTMLButtonElement>('[role="tab"][aria-selected="true"]')?.focus(),
        );
      },
      followFinder: (event) => {
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
        const state = finderState(scenario.id, resolveCounty(this.county));
        if (state && followHere(crossLink('finder', state, this), state)) event.preventDefault();
      },
      toggleCheck: (i) => {
        const next = new Set(this.checked);
        if (!next.delete(i)) next.add(i);
        this.checked = next;
      },
      listen: (text, audio) => this.speech.say(text, locale, audio, this.effectiveDatasetUrl),
      // Prints wallet cards only (see `printOnly`): rendered for the print, then removed.
      print: async (layout) => {
        this.printing = layout;
        await this.updateComplete;
        this.emit<RightsPrintDetail>('amparo-print', {layout, locale});
        try {
          printOnly(this);
        } finally {
          this.printing = undefined;
        }
      },
    };
  }
}
