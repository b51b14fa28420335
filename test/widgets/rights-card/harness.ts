/**
 * The rights card as a person uses it, for the element tests: a subclass that records quick-exit
 * navigation instead of leaving the test page, fakes the device voices and fixes the clock; the
 * test dataset as a blob URL; and small query helpers.
 */
import {fixture, html, waitUntil} from '@open-wc/testing';
import type {DatasetInput} from '../../../src/core/dataset/schema/index.js';
import {defineElement} from '../../../src/core/define.js';
import {isoDayIn} from '../../../src/core/format.js';
import {UI_LOCALES, uiLocale} from '../../../src/core/i18n/localization.js';
import {matchLocale, resolveLocale} from '../../../src/core/locale.js';
import type {ShareNavigator} from '../../../src/core/share.js';

import {AmparoRightsCard} from '../../../src/widgets/rights-card/rights-card.js';
import '../../../src/widgets/rights-card/define.js';
import {validDataset} from '../../fixtures/dataset.js';

/** Records quick-exit navigation instead of leaving the test page, and fakes the device voices. */
export class TestRightsCard extends AmparoRightsCard {
  static voices: string[] = [];
  /** A fixed clock for the age of law statuses. */
  static clock = new Date('2026-12-10T12:00:00Z');
  /** What the share button finds in `navigator`: Web Share stubbed, or absent (the default). */
  static nav: Partial<ShareNavigator> = {};
  left: string[] = [];
  protected override now(): Date {
    return TestRightsCard.clock;
  }
  protected override today(): string {
    return isoDayIn(TestRightsCard.clock);
  }

  protected override shareNavigator(): Partial<ShareNavigator> {
    return TestRightsCard.nav;
  }
  protected override leave(url: string): void {
    this.left.push(url);
  }
  protected override voice(locale: string) {
    const lang = locale.split('-')[0]!;
    const found = TestRightsCard.voices.find((v) => v.split('-')[0] === lang);
    return found ? ({lang: found, name: 'Example voice'} as SpeechSynthesisVoice) : undefined;
  }
}
defineElement('test-rights-card', TestRightsCard);

export function dataset(edit?: (d: Required<DatasetInput>) => void): string {
  const d = validDataset();
  edit?.(d);
  return URL.createObjectURL(new Blob([JSON.stringify(d)], {type: 'application/json'}));
}

export const root = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
/** Whether `selector` matches (asserting on booleans keeps failure messages small). */
export const has = (el: Element, selector: string) => root(el).querySelector(selector) !== null;
/** The card has rendered, in the interface language it asked for (its chunk loads asynchronously). */
const ready = async (el: Element) => {
  await waitUntil(() => $(el, '.card, [role="alert"]'), 'card rendered', {timeout: 4000});
  const wanted = matchLocale(resolveLocale(el, UI_LOCALES), UI_LOCALES, 'en');
  await waitUntil(() => uiLocale() === wanted, `interface in ${wanted}`, {timeout: 4000});
};

/** A card with `attrs` (`name="value"` pairs) on `data`, rendered. */
export async function card(attrs = '', data = dataset()): Promise<TestRightsCard> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('test-rights-card') as TestRightsCard;
  for (const [, name, value] of attrs.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(name!, value!);
  el.setAttribute('dataset', data);
  wrapper.append(el);
  await ready(el);
  await el.updateComplete;
  return el;
}
