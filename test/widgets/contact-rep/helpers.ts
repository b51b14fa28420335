/**
 * What the contact widget's element tests share: a test element with a fixed clock, short
 * time-outs and recorded windows, shadow-root queries, and mounting and looking up on the fake
 * network (fixtures.ts).
 */
import {fixture, html, waitUntil} from '@open-wc/testing';
import {defineElement} from '../../../src/core/define.js';
import {clearDatasetCache} from '../../../src/core/dataset/store.js';
import {setUiLocale} from '../../../src/core/i18n/localization.js';
import {AmparoContactRep} from '../../../src/widgets/contact-rep/contact-rep.js';
import type {SubmitOptions} from '../../../src/widgets/contact-rep/submit.js';
import {contactDataset, fakeNetwork} from './fixtures.js';

/** Fixes "today", shortens time-outs and back-off, and records windows opened instead of opening them. */
export class TestContactRep extends AmparoContactRep {
  static day = '2026-11-15';
  /** Now, for the next events of the last step: 20:00 UTC (noon in California) on `day`, unless set. */
  static time?: number;
  opened: string[] = [];
  protected override today(): string {
    return TestContactRep.day;
  }
  protected override now(): number {
    return TestContactRep.time ?? Date.parse(`${TestContactRep.day}T20:00:00Z`);
  }
  // Short enough for the time-out tests, long enough for the real test server on a busy CI machine.
  protected override lookupTimeoutMs(): number {
    return 1000;
  }
  protected override submitOptions(): SubmitOptions {
    return {backoffMs: 20, timeoutMs: 1000};
  }
  protected override openWindow(url: string): void {
    this.opened.push(url);
  }
}
defineElement('test-contact-rep', TestContactRep);

export const root = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
export const has = (el: Element, selector: string) => root(el).querySelector(selector) !== null;
export const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The button whose text contains `label`. */
export const button = (el: Element, label: string, scope = '') => {
  const found = $$<HTMLButtonElement>(el, `${scope} button`).find((b) => b.textContent!.includes(label));
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};

/** The fake network of the last widget mounted (a test may replace it). */
export const state: {net?: ReturnType<typeof fakeNetwork>} = {};

export async function widget(attrs = '', dataset = contactDataset()): Promise<TestContactRep> {
  const net = (state.net = fakeNetwork({dataset}));
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('test-contact-rep') as TestContactRep;
  for (const [, name, value] of attrs.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(name!, value!);
  el.setAttribute('dataset', net.url);
  wrapper.append(el);
  await waitUntil(() => has(el, '.wrap, [role="alert"]'), 'rendered', {timeout: 4000});
  await el.updateComplete;
  return el;
}

export async function lookUp(el: TestContactRep, zip: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#zip')!;
  input.value = zip;
  input.dispatchEvent(new Event('input'));
  button(el, 'Find my officials').click();
  await waitUntil(() => has(el, '#results') || has(el, '#zip-error'), 'looked up', {timeout: 4000});
  await el.updateComplete;
}

export const officialNames = (el: Element) => $$(el, '.official .name').map((n) => n.textContent!.trim());

/** Free mode, ZIP 94110: records one call outcome (its button's label) and reaches the thank-you screen. */
export async function reachDone(el: TestContactRep, outcome = 'I talked to someone'): Promise<void> {
  await waitUntil(() => has(el, '.official'));
  $$(el, '.official')[2]!.querySelector('button')!.click();
  await el.updateComplete;
  button(el, outcome).click();
  await el.updateComplete;
  button(el, "I'm done").click();
  await waitUntil(() => has(el, '#done'));
}

/** Before each test: no draft, no cached dataset, the fixed day, English. */
export async function freshPage(): Promise<void> {
  sessionStorage.clear();
  clearDatasetCache();
  TestContactRep.day = '2026-11-15';
  TestContactRep.time = undefined;
  await setUiLocale('en');
}
