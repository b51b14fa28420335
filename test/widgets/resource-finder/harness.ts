/**
 * The finder as a person uses it, for the element tests: a subclass with a fixed clock (Tuesday
 * 2026-11-24, 10:00 in California) and a fake position, the test dataset as a blob URL, a ZIP
 * table answered in the page (nothing leaves it), typing into the form, and small query helpers.
 */
import {fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '../../helpers/commands.js';
import type {DatasetInput} from '../../../src/core/dataset/schema/index.js';
import {defineElement} from '../../../src/core/define.js';
import type {Point} from '../../../src/widgets/resource-finder/location.js';
import {AmparoResourceFinder, type ResourceSearchDetail} from '../../../src/widgets/resource-finder/resource-finder.js';
import '../../../src/widgets/resource-finder/define.js';
import {finderDataset, finderZipTable} from './fixtures.js';

export class TestFinder extends AmparoResourceFinder {
  static position: Point | Error = {lat: 37.76, lng: -122.42};
  positionAsked = 0;
  protected override now(): Date {
    return new Date('2026-11-24T10:00:00-08:00');
  }
  protected override position(): Promise<Point> {
    this.positionAsked++;
    const p = TestFinder.position;
    return p instanceof Error ? Promise.reject(p) : Promise.resolve(p);
  }
}
defineElement('test-resource-finder', TestFinder);

const blob = (json: unknown) => URL.createObjectURL(new Blob([JSON.stringify(json)], {type: 'application/json'}));

/** The ZIP table's address; `answerZipTable` answers it in the page, nothing leaves it. */
const ZIP_URL = 'https://zip.example.org/zip-geo.json';
export const zip = {requests: 0};

/** Answers the ZIP table's address from the fixture (call in `before`; the returned function restores fetch). */
export function answerZipTable(): () => void {
  const realFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input) !== ZIP_URL) return realFetch(input, init);
    zip.requests++;
    return Promise.resolve(new Response(JSON.stringify(finderZipTable()), {headers: {'content-type': 'application/json'}}));
  };
  return () => (window.fetch = realFetch);
}

export function dataset(edit?: (d: Required<DatasetInput>) => void): string {
  const d = finderDataset();
  d.zipTables = [{id: 'zip-geo', kind: 'zip-geo', url: ZIP_URL}];
  edit?.(d);
  return blob(d);
}

export const root = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
/** Whether `selector` matches (asserting on booleans keeps failure messages small). */
export const has = (el: Element, selector: string) => root(el).querySelector(selector) !== null;
export const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The listing of each result card: its service (shown under the organization), else its heading. */
export const cardIds = (el: Element) =>
  $$(el, '.results .card').map((c) => (c.querySelector('[data-service]') ?? c.querySelector('h3'))!.textContent!.trim());

export async function finder(attrs = '', data = dataset()): Promise<TestFinder> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('test-resource-finder') as TestFinder;
  for (const [, name, value] of attrs.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(name!, value!);
  el.setAttribute('dataset', data);
  wrapper.append(el);
  await waitUntil(() => has(el, '.finder, [role="alert"]'), 'finder rendered', {timeout: 4000});
  await el.updateComplete;
  return el;
}

/** Types into the location field and submits the form, as a person would. */
export async function searchFor(el: TestFinder, where: string): Promise<ResourceSearchDetail> {
  const input = $<HTMLInputElement>(el, '#where')!;
  input.focus();
  input.value = '';
  const event = oneEvent(el, 'amparo-search');
  await sendKeys({type: where});
  await sendKeys({press: 'Enter'});
  const {detail} = await event;
  await el.updateComplete;
  return detail;
}
