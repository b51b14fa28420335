/**
 * Parts of the finder that few visits need, in their own chunk (imported on demand, see
 * rollup.config.mjs): the no-results view, finding a typed city, the county picker for a place
 * that could not be found, the nearest ZIP code to a browser position (only after the person
 * pressed "Use my location"), county centres and the nearest county with a hotline (for a county
 * without one), and the print rules.
 */
import {css, html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {CA_COUNTIES, type CountyFips} from '../../core/dataset/ca-counties.js';
import type {Hotline, Phone, ResourceLocation, ZipGeoTable} from '../../core/dataset/schema/index.js';
import type {LocalizedText} from '../../core/format.js';
import {dateFormat} from '../../core/format.js';
import {uiLocale} from '../../core/i18n/localization.js';
import {printOnly} from '../../core/print.js';
import {distanceMiles, resolveZip, type Located, type LocationProblem, type Place, type Point} from './location.js';
import {fold} from './text.js';
import {activeFilters, search, withoutFilter, type ActiveFilter, type Entry, type Need, type Query, type Result} from './search.js';

export type Problem = LocationProblem | 'position-denied' | 'position-outside';

/** What these views (and places.ts) need from the element. */
export interface Host {
  /** A filter's name, as its chip shows it. */
  label(filter: ActiveFilter): string;
  remove(filter: ActiveFilter): void;
  card(result: Result): TemplateResult;
  chooseCounty(fips: CountyFips): void;
  /** Results shown before "Show more". */
  limit: number;
  /** What to call for help now, naming only lines the widget shows. */
  referral: string;
  /** Dataset text, marked with its language. */
  text(value: LocalizedText): TemplateResult;
  /** A phone number to tap (events: `call` for `id`). */
  phone(phone: Phone, id: string): TemplateResult | typeof nothing;
  /** A link out of the widget, if `href` is safe (events: `action` for `id`). */
  link(href: string | undefined, id: string, action: 'website' | 'directions', label: string, hidden?: string): TemplateResult | typeof nothing;
  /** "12 mi" in the interface language. */
  miles(miles: number): string;
}

/**
 * For a search with no results: each active filter that, dropped alone, would give results,
 * with how many (most first). The widget says "Remove <filter>: N results".
 */
export function relaxations(
  entries: readonly Entry[],
  q: Query,
  place: Place | undefined,
  locale = 'en',
): {filter: ActiveFilter; count: number}[] {
  return activeFilters(q)
    .map((filter) => ({filter, count: search(entries, withoutFilter(q, filter), place, locale).length}))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count);
}

/**
 * Statewide and remote help for the need (other filters dropped), statewide first, then by
 * name: what a no-results page still offers.
 */
export const fallbackOptions = (entries: readonly Entry[], need: Need | undefined, locale = 'en'): Result[] =>
  search(entries, {need}, undefined, locale).filter((r) => r.reach !== 'local');

/** Says which filters to drop, and shows statewide and remote help (for any need if none for this one). */
export function noResults(host: Host, entries: readonly Entry[], q: Query, place: Place | undefined, locale: string): TemplateResult {
  const drops = relaxations(entries, q, place, locale);
  const forNeed = fallbackOptions(entries, q.need, locale);
  const fallback = forNeed.length ? forNeed : fallbackOptions(entries, undefined, locale);
  return html`<div class="empty" part="empty">
    <p><strong>${msg('Nothing matches all your choices.')}</strong></p>
    ${drops.length
      ? html`<p>${msg('Try removing a filter:')}</p>
          <ul class="drops">
            ${drops.map(({filter, count}) => {
              const label = host.label(filter);
              return html`<li>
                <button type="button" class="secondary" @click=${() => host.remove(filter)}>
                  ${count === 1 ? msg(str`Remove “${label}”: 1 result`) : msg(str`Remove “${label}”: ${count} results`)}
                </button>
              </li>`;
            })}
          </ul>`
      : nothing}
    ${fallback.length
      ? html`<h2>${msg('Statewide and remote help')}</h2>
          <ul class="results" part="results">
            ${fallback.slice(0, host.limit).map((r) => html`<li>${host.card(r)}</li>`)}
          </ul>`
      : html`<p>${msg('No statewide or remote help is listed either.')} ${host.referral}</p>`}
  </div>`;
}

/**
 * What to call for help now, naming only what the hotline strip shows: the county's own
 * hotline, other lines (the nearest county's, every county's, statewide), or none.
 */
export const referral = (shows: 'local' | 'other' | 'none'): string =>
  shows === 'local'
    ? msg('For help now, call the rapid-response hotline above, or contact the organization that runs this website.')
    : shows === 'other'
      ? msg('For help now, call a line listed above, or contact the organization that runs this website.')
      : msg('For help now, contact the organization that runs this website.');

/** A dataset with no provider at all says so, and what to call (the page may add its own text in the slot). */
export const noProviders = (referral: string): TemplateResult =>
  html`<div class="empty notice" part="empty">
    <p><strong>${msg('No legal service providers are listed in this directory yet.')}</strong></p>
    <p>${referral}</p>
    <slot></slot>
  </div>`;

/** The hotline strip for a county without a hotline, once the nearest county with one is known. */
export const nearHotline = (county: string, near: string): string =>
  msg(str`No rapid-response hotline is listed for ${county} County. The nearest county with one is ${near} County; its hotline may help or refer you:`);

/**
 * No provider (or fewer than `FEW_LOCAL`, search.ts) for the need in the place searched (`where`,
 * "Shasta County"): said plainly; the nearest help elsewhere is listed after the local help, its
 * distance measured from the middle of the county when a county was searched.
 */
export const few = (where: string, local: number, need: boolean, nearest: boolean, fromCentre: boolean): TemplateResult =>
  html`<p class="notice" part="few">
    <strong
      >${local
        ? msg(str`Few providers are listed near ${where}.`)
        : need
          ? msg(str`No provider for this kind of help is listed in ${where}.`)
          : msg(str`No provider is listed in ${where}.`)}</strong
    >
    ${nearest ? msg('The nearest ones elsewhere are listed too, with their distance.') : nothing}
    ${nearest && fromCentre ? msg(str`Distances are from the middle of ${where}.`) : nothing}
  </p>`;

/** Why the place could not be used, and a county picker instead. */
export const problemPicker = (host: Host, problem: Problem, text: string): TemplateResult =>
  html`<div class="notice" data-tone="warning">
    <p role="alert">${problemMessage(problem, text)}</p>
    <label for="county">${msg('Choose your county')}</label>
    <select
      id="county"
      @change=${(e: Event) => {
        const fips = (e.target as HTMLSelectElement).value;
        if (fips in CA_COUNTIES) host.chooseCounty(fips as CountyFips);
      }}
    >
      <option value="">—</option>
      ${Object.entries(CA_COUNTIES).map(([fips, name]) => html`<option value=${fips}>${name}</option>`)}
    </select>
  </div>`;

/** Why the place could not be used, and what to do (the widget then shows a county picker). */
export function problemMessage(problem: Problem, text: string): string {
  return {
    'outside-ca': () =>
      msg(
        str`${text} is not a California ZIP code. This finder lists help in California only: the statewide and national lines above can still help.`,
      ),
    'unknown-zip': () => msg('This ZIP code is for PO boxes or businesses; enter the ZIP code where you live (or your city), or choose your county.'),
    'unknown-place': () => msg(str`We could not find “${text}”. Try a ZIP code, or choose your county.`),
    'no-city-data': () => msg('This directory cannot search by city yet. Enter a ZIP code, or choose your county.'),
    'no-zip-table': () => msg('ZIP codes cannot be looked up right now. Please choose your county.'),
    'position-denied': () => msg('We could not get your location. Enter a ZIP code, or choose your county.'),
    'position-outside': () => msg('Your location seems to be outside California. Choose a county to search.'),
  }[problem]();
}

/** Each county's centre: the mean of its ZIP centroids in the table. */
export function countyCentres(table: ZipGeoTable): Map<string, Point> {
  const points = new Map<string, Point[]>();
  for (const [county, lat, lng] of Object.values(table.zips)) {
    const list = points.get(county) ?? [];
    points.set(county, list);
    list.push({lat, lng});
  }
  return new Map([...points].map(([county, list]) => [county, centre(list)!]));
}

/**
 * For a place in a county without a rapid-response hotline: the county nearest to `origin` (by
 * county centre) that has one, if any. The widget names it, with its hotlines.
 */
export function nearestHotlineCounty(
  hotlines: readonly Hotline[],
  origin: Point,
  centres: ReadonlyMap<string, Point>,
): CountyFips | undefined {
  let best: string | undefined;
  let miles = Infinity;
  for (const h of hotlines) {
    if (h.kind !== 'rapid-response' || h.scope !== 'local') continue;
    for (const county of h.counties ?? []) {
      const c = centres.get(county);
      const d = c ? distanceMiles(origin, c) : Infinity;
      if (d < miles) [best, miles] = [county, d];
    }
  }
  return best as CountyFips | undefined;
}

/** The mean of some points (undefined for none). */
const centre = (points: readonly Point[]): Point | undefined =>
  points.length
    ? {
        lat: points.reduce((s, p) => s + p.lat, 0) / points.length,
        lng: points.reduce((s, p) => s + p.lng, 0) / points.length,
      }
    : undefined;

/**
 * A typed city, accent- and case-insensitively ("San José", "san jose, CA"). First through the
 * place names of the ZIP table (4th element of a row): the centre of that city's ZIP centroids.
 * A name whose ZIPs lie in several counties (six in the default table, ZIPs across a county line,
 * e.g. "Palo Alto": 5 in Santa Clara, 1 in San Mateo) is taken in the county with the most of them
 * (ties: the one whose first ZIP is lowest), centred on those ZIPs only, without asking; a person
 * elsewhere can type a ZIP or county instead. Then through the dataset's own location addresses (for a table
 * without names, or a place only the dataset knows). `no-city-data` when there is neither.
 */
export function resolveCity(text: string, locations: readonly ResourceLocation[], table?: ZipGeoTable): Located {
  const wanted = fold(text).replace(/,? ?(ca|california)$/, '');
  let named = false;
  const byCounty = new Map<string, {label: string; points: Point[]}>();
  for (const [county, lat, lng, name] of Object.values(table?.zips ?? {})) {
    if (!name) continue;
    named = true;
    if (fold(name) !== wanted) continue;
    const entry = byCounty.get(county) ?? {label: name, points: []};
    entry.points.push({lat, lng});
    byCounty.set(county, entry);
  }
  let best: [string, {label: string; points: Point[]}] | undefined;
  for (const e of byCounty) if (!best || e[1].points.length > best[1].points.length) best = e;
  if (best) {
    return {ok: true, place: {source: 'city', label: best[1].label, county: best[0] as CountyFips, point: centre(best[1].points)!}};
  }
  const withCity = locations.filter((l) => l.address.city);
  if (!withCity.length) return {ok: false, problem: named ? 'unknown-place' : 'no-city-data', text};
  const matches = withCity.filter((l) => fold(l.address.city) === wanted);
  if (!matches.length) return {ok: false, problem: 'unknown-place', text};
  const counties = new Set(matches.flatMap((l) => (l.county ? [l.county as CountyFips] : [])));
  const place: Place = {source: 'city', label: matches[0]!.address.city};
  if (counties.size === 1) place.county = [...counties][0];
  const point = centre(matches.flatMap((l) => (l.geo ? [l.geo] : [])));
  if (point) place.point = point;
  return {ok: true, place};
}

/**
 * The ZIP whose centroid is nearest to `point` (a browser position, used once and dropped), as a
 * place. Undefined when the table is empty or the nearest centroid is over 30 miles away (the
 * person is probably outside California).
 */
export function nearestZip(point: Point, table: ZipGeoTable, maxMiles = 30): Place | undefined {
  let best: {zip: string; d: number} | undefined;
  for (const [zip, [, lat, lng]] of Object.entries(table.zips)) {
    const d = distanceMiles(point, {lat, lng});
    if (!best || d < best.d) best = {zip, d};
  }
  if (!best || best.d > maxMiles) return undefined;
  const located = resolveZip(best.zip, table);
  return located.ok ? {...located.place, source: 'position'} : undefined;
}

/** The browser's position, asked for once (coarse, may be 10 minutes old); never sent anywhere. */
export function browserPosition(): Promise<Point> {
  return new Promise((resolve, reject) => {
    if (!navigator.geolocation) return reject(new Error('unavailable'));
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({lat: p.coords.latitude, lng: p.coords.longitude}),
      reject,
      {enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000},
    );
  });
}

/**
 * The place for "Use my location": the ZIP table is needed first (no table, no question asked),
 * then the position, which is turned into its nearest ZIP code here and dropped.
 */
export async function locate(
  table: ZipGeoTable | undefined,
  position: () => Promise<Point>,
): Promise<{place: Place} | {problem: Problem}> {
  if (!table) return {problem: 'no-zip-table'};
  let point: Point;
  try {
    point = await position();
  } catch {
    return {problem: 'position-denied'};
  }
  const place = nearestZip(point, table);
  return place ? {place} : {problem: 'position-outside'};
}

/** The heading of a printed list: what it is for, and when it was printed. */
export const printTitle = (title: string, now: Date): TemplateResult =>
  html`<p class="print-title">${title} · ${dateFormat(uiLocale(), {dateStyle: 'long'}).format(now)}</p>`;

/**
 * The widget's own print rules, added to its shadow root while "Print this list" prints: only
 * the title, hotline strip and results, in black on white (the page around it is hidden by
 * `printOnly`).
 */
export const printStyles = css`
  @media print {
    :host {
      color: #000;
      background: #fff;
      font-size: 10pt;
    }
    :is(.search, .filters, .chips, .actions, .report, .report-all, .link-action, [part~='notice']) {
      display: none;
    }
    .print-title {
      font-size: 13pt;
      font-weight: 700;
    }
    .card {
      break-inside: avoid;
      padding: 2mm 0;
      border: 0;
      border-block-end: 0.2mm solid #000;
      border-radius: 0;
    }
  }
`;

/**
 * Prints the hotline strip and the results shown, without the controls: for the duration of the
 * print, the print rules above are added to the widget's shadow root and a document-level
 * stylesheet hides the rest of the page (core/print.ts); both are removed right after, then `done`.
 */
export function printList(el: HTMLElement, root: ShadowRoot, done: () => void): void {
  const sheets = root.adoptedStyleSheets;
  if (printStyles.styleSheet) root.adoptedStyleSheets = [...sheets, printStyles.styleSheet];
  try {
    printOnly(el, '12mm');
  } finally {
    root.adoptedStyleSheets = sheets;
    done();
  }
}
