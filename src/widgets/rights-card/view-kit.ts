/**
 * What every view of the card shares: the state it renders, the actions it can call, and the
 * helpers that mark text with its real language. Views are plain functions
 * `(state, actions) => TemplateResult`; the element computes the state and owns the actions.
 */
import type {nothing, TemplateResult} from 'lit';
import type {Hotline, RightsEdition, Scenario, Update} from '../../core/dataset/schema/index.js';
import type {LocalizedText} from '../../core/format.js';
import {uiLocale} from '../../core/i18n/localization.js';
import {directionOf} from '../../core/locale.js';
import type {Side} from './content.js';
import type {DetentionResources, Need} from './links.js';

/** One render of the card, as the element computed it. */
export interface CardState {
  edition: RightsEdition;
  /** The card language in effect (one of the edition's languages). */
  locale: string;
  dir: 'ltr' | 'rtl';
  /** A language kept in its own file is still loading, or could not be loaded (English shows). */
  loading?: 'loading' | 'failed';
  scenarios: Scenario[];
  scenario: Scenario;
  hotlines: Hotline[];
  side: Side;
  headingLevel: number;
  hidePrint: boolean;
  /** A safe quick-exit page is set: the "Leave this page" button shows. */
  canExit: boolean;
  /** The warrant checklist boxes ticked, by index. */
  checked: ReadonlySet<number>;
  /** The device's voice for the card language, if any. */
  voice?: SpeechSynthesisVoice | undefined;
  /** The element's clock, for the age of law statuses. */
  now: Date;
  printing?: 'wallet' | 'sheet' | undefined;
  /**
   * Dataset text in the card language, always marked with the language it is really in (English
   * when the translation is missing), so it reads in the right direction and voice wherever it
   * sits; a fallback is noted for {@link fallbackNotice} (the core `ContentText`).
   */
  text(value: LocalizedText): TemplateResult;
  /** The notice, in the visitor's language, that some text of this render is shown in English. */
  fallbackNotice(): TemplateResult | typeof nothing;
  /** The finder's need for the situation, where the finder is on this page or a page is named. */
  finder?: {href: string; need: Need} | undefined;
  /** After a detention: the dataset's detainee locators and case-information lines. */
  detention?: DetentionResources | undefined;
  /** "What changed" entries that concern the card (see `cardUpdates`). */
  updates: Update[];
  /** Today in California, `YYYY-MM-DD`. */
  today: string;
  /** The card's county (FIPS), if any. */
  county?: string | undefined;
  /** The share button and its status (the core ShareController). */
  share: TemplateResult;
}

/** What the views can ask the element to do (each one a user action). */
export interface CardActions {
  exit(): void;
  chooseLocale(locale: string): void;
  flip(side: Side): void;
  /** Opens the officer view; focus returns to the event's `currentTarget` when it closes. */
  showOfficer(event: Event): void;
  closeOfficer(): void;
  officerClosed(): void;
  chooseScenario(id: string): void;
  tabKey(event: KeyboardEvent): void;
  toggleCheck(index: number): void;
  listen(text: string, audio?: string): void;
  print(layout: 'wallet' | 'sheet'): void;
  /** A click on the finder link: followed on this page when the finder is here. */
  followFinder(event: MouseEvent): void;
}

/** `lang` and `dir` for interface text placed inside content of another language. */
export function ui(): {lang: string; dir: 'ltr' | 'rtl'} {
  const lang = uiLocale();
  return {lang, dir: directionOf(lang)};
}
