/**
 * In-page harness for bench/resource-finder.bench.mjs, bundled with esbuild and injected into
 * bench/resource-finder.html (which loads the BUILT widget, dist/amparo.js). Generates FICTIONAL
 * resources in the page with a seeded PRNG, so every run searches the same data.
 *
 *  - `logic`: the finder's own search (src/widgets/resource-finder/search.ts, the code the widget
 *    runs) per keystroke, and Fuse.js on the same records and keystrokes;
 *  - `widget`: the built <amparo-resource-finder> with the same 10,000 records, typed into.
 */
import Fuse from 'fuse.js';
import type {Dataset, DatasetInput, ZipGeoTable} from '../src/core/dataset/schema/index.js';
import type {Place} from '../src/widgets/resource-finder/location.js';
import {buildEntries, facetCounts, search, type Entry, type Query} from '../src/widgets/resource-finder/search.js';
import {relaxations} from '../src/widgets/resource-finder/extras.js';
import {validDataset, validZipGeoTable} from '../test/fixtures/dataset.js';

// ---- Data ------------------------------------------------------------------------------------

/** mulberry32: a small seeded PRNG, so the data is the same on every run. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES: [city: string, county: string, lat: number, lng: number, zip: string][] = [
  ['Los Angeles', '06037', 34.05, -118.24, '90012'],
  ['Long Beach', '06037', 33.77, -118.19, '90802'],
  ['San Diego', '06073', 32.72, -117.16, '92101'],
  ['San Jose', '06085', 37.34, -121.89, '95112'],
  ['San Francisco', '06075', 37.77, -122.42, '94110'],
  ['Oakland', '06001', 37.8, -122.27, '94601'],
  ['Fresno', '06019', 36.74, -119.79, '93721'],
  ['Sacramento', '06067', 38.58, -121.49, '95814'],
  ['Bakersfield', '06029', 35.37, -119.02, '93301'],
  ['Santa Ana', '06059', 33.75, -117.87, '92701'],
  ['Riverside', '06065', 33.95, -117.4, '92501'],
  ['Stockton', '06077', 37.96, -121.29, '95202'],
  ['Salinas', '06053', 36.68, -121.66, '93901'],
  ['Oxnard', '06111', 34.2, -119.18, '93030'],
  ['Modesto', '06099', 37.64, -120.99, '95354'],
  ['San Bernardino', '06071', 34.11, -117.29, '92401'],
  ['Santa Rosa', '06097', 38.44, -122.71, '95404'],
  ['Watsonville', '06087', 36.91, -121.76, '95076'],
  ['El Centro', '06025', 32.79, -115.56, '92243'],
  ['Pasadena', '06037', 34.15, -118.14, '91101'],
];
const ORG_A = ['Centro', 'Community', 'Immigrant', 'Esperanza', 'Instituto', 'Coalición', 'Clínica', 'Casa', 'Unión', 'Familias', 'Refugee', 'Dolores', 'Pueblo', 'Valley', 'Bay Area', 'Asian Pacific', 'Catholic', 'Mixteco', 'Nuevo Amanecer', 'Frontera'];
const ORG_B = ['Legal', 'Justicia', 'Rights', 'Defense', 'Ayuda', 'Law', 'Advocates', 'Workers', 'Health', 'Solidaridad', 'Dignidad', 'Esperanza', 'Liberty', 'Sanctuary'];
const ORG_C = ['Center', 'Project', 'Network', 'Clinic', 'Collective', 'de la Raza', 'Alliance', 'Foundation', 'Legal Aid', 'Initiative', 'Services', 'del Pueblo'];
type NeedId = Entry['needs'][number];
const SERVICES: [NeedId, string, string, string][] = [
  ['deportation-defense', 'Deportation defense', 'Defensa contra la deportación', 'Representation in immigration court for people facing removal.'],
  ['detention', 'Detention visits and bond hearings', 'Visitas y fianzas para personas detenidas', 'Help for families when someone is detained by ICE.'],
  ['daca', 'DACA renewals', 'Renovaciones de DACA', 'Free DACA renewal clinics for dreamers.'],
  ['asylum', 'Asylum applications', 'Solicitudes de asilo', 'Help preparing asylum applications and declarations.'],
  ['u-t-visa', 'U visa and T visa help', 'Ayuda con visas U y T', 'For survivors of crimes and trafficking.'],
  ['vawa', 'VAWA self-petitions', 'Autopeticiones VAWA', 'Confidential help for survivors of domestic violence.'],
  ['tps', 'TPS re-registration', 'Reinscripción de TPS', 'Temporary Protected Status applications.'],
  ['family-petitions', 'Family petitions', 'Peticiones familiares', 'Petitions for spouses, parents and children.'],
  ['citizenship', 'Citizenship workshops', 'Talleres de ciudadanía', 'Naturalization applications and interview practice.'],
  ['sijs', 'Help for children and youth (SIJS)', 'Ayuda para niños y jóvenes (SIJS)', 'Special Immigrant Juvenile Status for minors.'],
  ['kyr-workshop', 'Know your rights workshops', 'Talleres conozca sus derechos', 'Community workshops on your rights at home and at work.'],
  ['rapid-response', 'Rapid response network', 'Red de respuesta rápida', 'Accompaniment and legal observers during raids.'],
  ['mental-health', 'Mental health counseling', 'Consejería de salud mental', 'Counseling in Spanish and indigenous languages.'],
  ['food', 'Food pantry', 'Despensa de alimentos', 'Weekly groceries, no ID required.'],
  ['housing', 'Housing help', 'Ayuda con vivienda', 'Tenant rights and emergency shelter referrals.'],
  ['workers-rights', "Workers' rights clinic", 'Clínica de derechos laborales', 'Wage theft claims and workplace safety.'],
];
const LANGS = ['en', 'es', 'zh', 'vi', 'tl', 'ko', 'mix', 'zap', 'ar', 'fa', 'ru', 'hy'];
const COSTS = ['free', 'free', 'free', 'low-cost', 'sliding-scale'] as const;
const ASSIST = ['full-representation', 'application-help', 'consultation', 'referral', 'workshop'] as const;
const CREDS = ['doj-recognized', 'accredited-rep', 'attorney-on-staff', 'cdss-funded', 'eoir-pro-bono'] as const;
const POPS = ['detained', 'children', 'students', 'dv-survivors', 'lgbtq', 'farmworkers', 'indigenous-language', 'veterans'] as const;
const INTAKE = ['open', 'open', 'waitlist', 'closed'] as const;

/** `n` services (over n/4 organizations with one office each), every field realistic, all fictional. */
export function generate(n: number): {dataset: Required<DatasetInput>; zipTable: ZipGeoTable} {
  const rnd = prng(20261127);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const some = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({length: 1 + Math.floor(rnd() * max)}, () => pick(list)))];
  const d = validDataset();
  const orgCount = Math.ceil(n / 4);
  for (let o = 0; o < orgCount; o++) {
    const [city, county, lat, lng, zip] = pick(CITIES);
    const name = `${pick(ORG_A)} ${pick(ORG_B)} ${pick(ORG_C)} ${city}`;
    d.organizations.push({
      id: `org-bench-${o}`,
      name: rnd() < 0.3 ? {en: name, es: name.replace('Center', 'Centro')} : {en: name},
      description: {en: `Immigration legal services in ${city} (fictional ${o}).`, es: `Servicios legales de inmigración en ${city}.`},
      website: `https://org-${o}.example.org/`,
      phones: [{number: `+1 415 555 01${String(o % 100).padStart(2, '0')}`}],
      credentials: some(CREDS, 2),
      languages: ['en', ...some(LANGS, 3)],
      cost: {type: pick(COSTS)},
      intake: {status: pick(INTAKE)},
      provenance: {sourceId: 'example-survey', asOf: '2026-06-01'},
      verification: rnd() < 0.7 ? {status: 'verified', checkedAt: '2026-09-01'} : {status: 'unverified'},
    });
    d.locations.push({
      id: `loc-bench-${o}`,
      organizationId: `org-bench-${o}`,
      address: {street: `${100 + o} Example St`, city, state: 'CA', zip},
      county,
      geo: {lat: lat + (rnd() - 0.5) * 0.3, lng: lng + (rnd() - 0.5) * 0.3},
      hours: {weekly: [{days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00'}]},
    });
  }
  for (let i = 0; i < n; i++) {
    const o = i % orgCount;
    const [need, en, es, description] = pick(SERVICES);
    const statewide = rnd() < 0.03;
    const remoteOnly = rnd() < 0.05;
    d.services.push({
      id: `svc-bench-${i}`,
      organizationId: `org-bench-${o}`,
      name: {en, es},
      description: {en: description},
      needs: rnd() < 0.3 ? [need, pick(SERVICES)[0]] : [need],
      assistance: some(ASSIST, 2),
      populations: rnd() < 0.4 ? some(POPS, 2) : [],
      ...(remoteOnly ? {remote: ['phone', 'video'] as ('phone' | 'video')[], locationIds: []} : rnd() < 0.2 ? {remote: ['phone'] as 'phone'[]} : {}),
      ...(statewide ? {statewide: true} : {}),
      intake: {status: pick(INTAKE)},
    });
  }
  const zipTable = validZipGeoTable();
  for (const [, county, lat, lng, zip] of CITIES) zipTable.zips[zip] = [county, lat, lng];
  return {dataset: d, zipTable};
}

// ---- Queries -----------------------------------------------------------------------------------

/** What the person types (char by char) and the filters already set. */
export const QUERIES: {label: string; text: string; q?: Omit<Query, 'text'>}[] = [
  {label: 'es synonym', text: 'abogado'},
  {label: 'es, accents', text: 'deportación'},
  {label: 'en', text: 'asylum applications'},
  {label: 'es synonym', text: 'asilo'},
  {label: 'es', text: 'ciudadania'},
  {label: 'name', text: 'esperanza legal'},
  {label: 'name', text: 'centro de la raza'},
  {label: 'typo in name', text: 'esperansa'},
  {label: 'typos in name', text: 'comunity justcia'},
  {label: 'typo in name', text: 'imigrant rigths'},
  {label: 'en', text: 'daca renewal'},
  {label: 'es synonym', text: 'vivienda'},
  {label: 'no match', text: 'xylophone'},
  {label: 'filters: es + accepting', text: 'abogado', q: {facets: {language: ['es']}, accepting: true}},
  {label: 'filters: need asylum', text: 'centro', q: {need: 'asylum'}},
  {label: 'filters: free + workshop', text: 'clinica', q: {facets: {cost: ['free'], assistance: ['workshop']}}},
];

/** The search after each keystroke of each query. */
const keystrokes = (): {query: number; q: Query}[] =>
  QUERIES.flatMap(({text, q}, query) => [...text].map((_, k) => ({query, q: {...q, text: text.slice(0, k + 1)}})));

// ---- Logic: ours vs Fuse.js --------------------------------------------------------------------

const LA: Place = {source: 'zip', label: '90012', zip: '90012', county: '06037', point: {lat: 34.061, lng: -118.239}};

/** Everything the widget computes for one keystroke: results, live counts, and "remove a filter" when empty. */
function ours(entries: readonly Entry[], q: Query): number {
  const results = search(entries, q, LA, 'en');
  facetCounts(entries, q, LA, 'en');
  if (!results.length) relaxations(entries, q, LA, 'en');
  return results.length;
}

/** The non-text filters, applied to Fuse's hits the same way ours applies them. */
function passes(e: Entry, q: Query): boolean {
  if (q.need && !e.needs.includes(q.need)) return false;
  if (q.accepting && e.intake !== 'open') return false;
  for (const [facet, wanted] of Object.entries(q.facets ?? {})) {
    const values: readonly string[] =
      facet === 'language' ? e.languages : facet === 'cost' ? (e.cost ? [e.cost] : []) : facet === 'assistance' ? e.assistance : [];
    if (wanted?.length && !values.some((v) => wanted.includes(v))) return false;
  }
  return true;
}

interface Sample {
  ms: number;
  results: number;
}

export function logic(n: number, reps: number) {
  const {dataset} = generate(n);
  const keys = keystrokes();
  // Ours: a fresh entry list per repetition, so no word is remembered from the previous one (the
  // index and ranking are built on the first search of the list and timed apart).
  const oursSamples: Sample[] = [];
  const searchOnly: number[] = [];
  const prepare: number[] = [];
  for (let r = 0; r < reps; r++) {
    const entries = buildEntries(dataset as unknown as Dataset);
    let t = performance.now();
    search(entries, {}, LA, 'en');
    prepare.push(performance.now() - t);
    for (const {q} of keys) {
      t = performance.now();
      const results = ours(entries, q);
      oursSamples.push({ms: performance.now() - t, results});
    }
    // The filter + rank alone (what Fuse is compared with), on the same keystrokes.
    const again = buildEntries(dataset as unknown as Dataset);
    search(again, {}, LA, 'en');
    for (const {q} of keys) {
      t = performance.now();
      search(again, q, LA, 'en');
      searchOnly.push(performance.now() - t);
    }
  }
  // Fuse.js: the same records as documents (names, descriptions, city and needs, both languages),
  // fuzzy search per keystroke, then the same filters, ranked by Fuse's score.
  const entries = buildEntries(dataset as unknown as Dataset);
  const docs = entries.map((e) => ({
    name: [e.service?.name.en, e.service?.name.es, e.org?.name.en, e.org?.name.es].filter(Boolean).join(' '),
    description: [e.service?.description?.en, e.org?.description?.en, e.org?.description?.es].filter(Boolean).join(' '),
    city: e.locations.map((l) => l.address.city).join(' '),
    needs: e.needs.join(' '),
  }));
  // Two configurations: words anywhere in the text (ignoreLocation, what a finder needs), and
  // Fuse's defaults (matches near the start of each field only: less work, fewer finds).
  const keysOf = ['name', 'description', 'city', 'needs'];
  let t = performance.now();
  const index = Fuse.createIndex(keysOf, docs);
  const fuseIndexMs = performance.now() - t;
  const keys2 = [{name: 'name', weight: 2}, 'description', 'city', 'needs'];
  const fuses = {
    anywhere: new Fuse(docs, {keys: keys2, threshold: 0.4, ignoreLocation: true, ignoreDiacritics: true}, index),
    defaults: new Fuse(docs, {keys: keys2, ignoreDiacritics: true}, index),
  };
  const fuseRuns = Object.fromEntries(
    Object.entries(fuses).map(([name, fuse]) => {
      const samples: Sample[] = [];
      for (const {q} of keys) {
        t = performance.now();
        const hits = fuse.search(q.text!).filter((h) => passes(entries[h.refIndex]!, q));
        samples.push({ms: performance.now() - t, results: hits.length});
      }
      return [name, samples];
    }),
  ) as Record<keyof typeof fuses, Sample[]>;
  const fuseSamples = fuseRuns.anywhere;
  return {
    records: entries.length,
    keystrokes: keys.length,
    queries: QUERIES.map((x) => x.label + ': ' + x.text),
    prepare,
    ours: oursSamples,
    searchOnly,
    fuse: fuseSamples,
    fuseDefaults: fuseRuns.defaults,
    fuseIndexMs,
    perQuery: QUERIES.map((_, i) => ({
      ours: keys.flatMap((k, j) => (k.query === i ? [oursSamples[j]!] : [])),
      fuse: keys.flatMap((k, j) => (k.query === i ? [fuseSamples[j]!] : [])),
    })),
  };
}

// ---- The built widget, typed into ------------------------------------------------------------

interface FinderElement extends HTMLElement {
  updateComplete: Promise<boolean>;
}

const blob = (json: unknown) => URL.createObjectURL(new Blob([JSON.stringify(json)], {type: 'application/json'}));
const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/**
 * Loads `n` records into a fresh <amparo-resource-finder> (the built one), searches ZIP 90012,
 * then types every query char by char. Per keystroke: `input` event -> Lit committed -> forced
 * style + layout. Long tasks (over 50 ms) are recorded by a PerformanceObserver the whole time.
 */
export async function widget(n: number, settle = true) {
  const {dataset, zipTable} = generate(n);
  dataset.zipTables = [{id: 'zip-geo', kind: 'zip-geo', url: blob(zipTable)}];
  const longTasks: {start: number; ms: number}[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({start: e.startTime, ms: e.duration});
  });
  observer.observe({type: 'longtask', buffered: false});
  const host = document.querySelector('#host')!;
  host.replaceChildren();
  const el = document.createElement('amparo-resource-finder') as FinderElement;
  el.setAttribute('theme', 'light');
  el.setAttribute('dataset', blob(dataset));
  const t0 = performance.now();
  host.append(el);
  await customElements.whenDefined('amparo-resource-finder');
  const root = () => el.shadowRoot!;
  while (!root()?.querySelector('#q')) await new Promise((done) => setTimeout(done, 20));
  await el.updateComplete;
  void el.offsetHeight;
  const firstRender = performance.now() - t0;
  // The place: ZIP 90012 (Los Angeles), resolved from the ZIP table.
  const where = root().querySelector<HTMLInputElement>('#where')!;
  where.value = '90012';
  const searched = new Promise((done) => el.addEventListener('amparo-search', done, {once: true}));
  let t = performance.now();
  root().querySelector<HTMLFormElement>('form')!.requestSubmit();
  await searched;
  void el.offsetHeight;
  const placeMs = performance.now() - t;
  await nextFrame();
  const typingStart = performance.now();
  const samples: {query: number; ms: number; update: number; cards: number}[] = [];
  const input = () => root().querySelector<HTMLInputElement>('#q')!;
  for (const [query, {text, q}] of QUERIES.entries()) {
    // Filters as the person would have set them, then an empty box.
    setFilters(root(), q);
    input().value = '';
    input().dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    await el.updateComplete;
    await nextFrame();
    for (let k = 1; k <= text.length; k++) {
      t = performance.now();
      input().value = text.slice(0, k);
      input().dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      await el.updateComplete;
      const update = performance.now() - t;
      void el.offsetHeight;
      samples.push({query, ms: performance.now() - t, update, cards: root().querySelectorAll('.card').length});
      if (settle) await nextFrame();
    }
  }
  const typingEnd = performance.now();
  await nextFrame();
  observer.disconnect();
  return {
    firstRender,
    placeMs,
    samples,
    longTasksWhileTyping: longTasks.filter((x) => x.start >= typingStart && x.start <= typingEnd),
    longTasksLoading: longTasks.filter((x) => x.start < typingStart),
    maxCards: Math.max(...samples.map((s) => s.cards)),
  };
}

/** The English labels of the filter values the queries use (the widget's checkboxes carry no key). */
const FILTER_LABELS: Record<string, string> = {
  'language:es': 'Spanish',
  'cost:free': 'Free',
  'assistance:workshop': 'Workshop',
  accepting: 'Accepting new clients',
};

/** Sets the widget's need and filter checkboxes as the query wants them, through the real controls. */
function setFilters(root: ShadowRoot, q: Omit<Query, 'text'> | undefined): void {
  const need = root.querySelector<HTMLSelectElement>('#need')!;
  if (need.value !== (q?.need ?? '')) {
    need.value = q?.need ?? '';
    need.dispatchEvent(new Event('change'));
  }
  const wanted = new Set(
    [
      ...Object.entries(q?.facets ?? {}).flatMap(([f, vs]) => (vs ?? []).map((v) => `${f}:${v}`)),
      ...(q?.accepting ? ['accepting'] : []),
    ].map((key) => FILTER_LABELS[key]),
  );
  for (const label of root.querySelectorAll<HTMLLabelElement>('.filters label.check')) {
    const box = label.querySelector('input')!;
    const name = label.textContent!.replace(/\s*\(\d+\)\s*$/, '').trim();
    const on = wanted.has(name);
    if (box.checked !== on) box.click();
  }
}

declare global {
  var amparoBench: {logic: typeof logic; widget: typeof widget; generate: typeof generate};
}
globalThis.amparoBench = {logic, widget, generate};
