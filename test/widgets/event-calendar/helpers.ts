/** The calendar's test element (downloads recorded, the visitor's zone chosen) and DOM helpers, shared by its test files. */
import {fixture, html, waitUntil} from '@open-wc/testing';
import type {DatasetInput} from '../../../src/core/dataset/schema/index.js';
import {defineElement} from '../../../src/core/define.js';
import {AmparoEventCalendar} from '../../../src/widgets/event-calendar/event-calendar.js';
import '../../../src/widgets/event-calendar/define.js';
import {validDataset} from '../../fixtures/dataset.js';

/** Records downloads instead of saving files, and lets a test pick the visitor's zone. */
export class TestEventCalendar extends AmparoEventCalendar {
  static zone = 'America/Los_Angeles';
  downloads: {text: string; filename: string}[] = [];
  protected override download(text: string, filename: string): void {
    this.downloads.push({text, filename});
  }
  protected override visitorZone(): string {
    return TestEventCalendar.zone;
  }
}
defineElement('test-event-calendar', TestEventCalendar);

/** 2026-11-27 04:00 in Los Angeles. */
export const NOW = Date.UTC(2026, 10, 27, 12);

export type Events = Required<DatasetInput>['events'];
export const extraEvents = (): Events => [
  {
    id: 'evt-vigil',
    type: 'rally-vigil',
    title: {en: 'Vigil for Información y Justicia'},
    description: {en: 'Bring a candle.\n\nWe walk together; families welcome.'},
    start: '2026-12-03T19:00',
    end: '2026-12-03T20:00',
    timeZone: 'America/Los_Angeles',
    format: 'in-person',
    location: {name: {en: 'Example Plaza'}, address: {street: '1 Example Way', city: 'Los Angeles', state: 'CA', zip: '90012'}, county: '06037'},
    languages: ['en'],
    cost: {type: 'free'},
    accessibility: {features: ['wheelchair', 'asl'], notes: {en: 'Ramp on the east side.'}},
    organizer: {name: 'Example Coalition', url: 'https://coalition.example.org/'},
    sample: true,
  },
  {
    id: 'evt-webinar',
    type: 'training',
    title: {en: 'Example webinar for volunteers'},
    start: '2026-12-02T17:00',
    end: '2026-12-02T18:00',
    timeZone: 'America/New_York',
    format: 'online',
    online: {url: 'https://example.org/webinar', platform: 'Example Video'},
    languages: ['en'],
    organizer: {name: 'Example Network'},
    sample: true,
  },
  {
    id: 'evt-past',
    type: 'town-hall',
    title: {en: 'Past town hall'},
    start: '2026-11-01T18:00',
    timeZone: 'America/Los_Angeles',
    format: 'online',
    online: {url: 'https://example.org/past'},
    languages: ['en'],
    organizer: {name: 'Example Org'},
    sample: true,
  },
  {
    id: 'evt-bad-rule',
    type: 'training',
    title: {en: 'Bad rule'},
    start: '2026-12-01T18:00',
    timeZone: 'America/Los_Angeles',
    // Passes the schema (WKST is allowed) but the value is not a weekday.
    recurrence: {rrule: 'FREQ=WEEKLY;WKST=XX'},
    format: 'online',
    online: {url: 'https://example.org/bad'},
    languages: ['en'],
    organizer: {name: 'Example Org'},
    sample: true,
  },
];

export function dataset(edit?: (d: Required<DatasetInput>) => void): string {
  const d = validDataset();
  d.events.push(...extraEvents());
  edit?.(d);
  return URL.createObjectURL(new Blob([JSON.stringify(d)], {type: 'application/json'}));
}

export const root = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
export const has = (el: Element, selector: string) => root(el).querySelector(selector) !== null;
export const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const titles = (el: Element) => $$(el, '.event-title').map((t) => t.textContent!.trim());

export async function calendar(attrs = '', data = dataset()): Promise<TestEventCalendar> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('test-event-calendar') as TestEventCalendar;
  for (const [, name, value] of attrs.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(name!, value!);
  el.setAttribute('dataset', data);
  el.now = NOW;
  wrapper.append(el);
  await waitUntil(() => $(el, '.calendar, [role="alert"]'), 'calendar rendered', {timeout: 4000});
  await el.updateComplete;
  return el;
}

/** Every row the live count announces is on screen (the list fills in over a few tasks). */
export const listComplete = (el: Element) => $$(el, '.event').length === Number(text(el, '[part="count"]').match(/\d+/)?.[0]);

/** An event row's disclosure button (the button in its title). */
export const toggle = (row: Element) => row.querySelector<HTMLButtonElement>('.event-title button')!;

/** Opens an event's details as a person would (click on the title's disclosure button). */
export async function openDetails(el: AmparoEventCalendar, article: Element): Promise<void> {
  toggle(article).click();
  await waitUntil(() => article.querySelector('.details-body'), 'details rendered');
  await el.updateComplete;
}

export async function choose(el: Element, name: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLSelectElement>(el, `[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement || input.type === 'date' ? 'change' : 'input', {bubbles: true}));
  await (el as AmparoEventCalendar).updateComplete;
}

