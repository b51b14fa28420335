/**
 * The finder's search: filters that combine (any of the values within a filter, all filters
 * together), live counts per filter value, free text, and ranking by distance with statewide and
 * remote help after local help; where local help is short, the nearest help elsewhere joins it.
 * The entries themselves are built in entries.ts. No DOM, no Lit: unit-tested directly.
 */
import {distanceMiles, type Place, type Point} from './location.js';
import {queryWords, textIndex, textScores, type TextIndex} from './text.js';
import {FACETS, TOGGLES, type Entry, type Facet, type Need, type Query, type Toggle} from './entries.js';

export * from './entries.js';

/** The values an entry has for a facet; languages by primary subtag ("es-MX" -> "es"), each once. */
function facetValues(e: Entry, facet: Facet): string[] {
  const values = {
    language: e.languages.map(primary),
    cost: e.cost ? [e.cost] : [],
    assistance: e.assistance,
    credential: e.credentials,
    population: e.populations,
  }[facet];
  return [...new Set(values)];
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0]!;

/**
 * How an entry relates to the place searched: local, else one of the nearest elsewhere (only
 * where local help is short, see {@link FEW_LOCAL}), statewide, remote, or elsewhere (not shown).
 */
export type Reach = 'local' | 'nearest' | 'statewide' | 'remote' | 'elsewhere';

/** Miles within which a location counts as near a place, whatever its county. */
export const NEAR_MILES = 40;

/**
 * Fewer local results than this for the need chosen, and the nearest help elsewhere is shown
 * too: providers are often full or on a waitlist, so a person needs about three to call, and
 * a county with one or two listings would otherwise be a dead end.
 */
export const FEW_LOCAL = 3;

/** How many of the nearest entries elsewhere are shown then (each has an address and a distance). */
export const NEAREST_ELSEWHERE = 5;

/**
 * Local when it serves the place's county or has an address within {@link NEAR_MILES}; else
 * statewide, else remote (phone/video help with no county limits), else elsewhere (hidden, unless
 * it is among the nearest where local help is short).
 */
export function reach(e: Entry, place: Place | undefined, miles: number | undefined): Reach {
  const remote = e.remote.length > 0 && !e.counties.length;
  if (!place) return e.statewide ? 'statewide' : remote ? 'remote' : 'local';
  if ((place.county && e.counties.includes(place.county)) || (miles !== undefined && miles <= NEAR_MILES)) return 'local';
  if (e.statewide) return 'statewide';
  if (remote) return 'remote';
  return 'elsewhere';
}

/** Distance in miles from a point (a place's) to the entry's nearest location with coordinates. */
export function nearestMiles(e: Entry, point: Point | undefined): number | undefined {
  if (!point) return undefined;
  let best: number | undefined;
  for (const l of e.locations) {
    if (!l.geo) continue;
    const d = distanceMiles(point, l.geo);
    if (best === undefined || d < best) best = d;
  }
  return best;
}

export interface Result {
  entry: Entry;
  reach: Exclude<Reach, 'elsewhere'>;
  /** From the place's point; for one of the nearest elsewhere searched by county, from the county's centre. */
  miles?: number;
}

const REACH_ORDER = {local: 0, nearest: 1, statewide: 2, remote: 3} as const;

/**
 * What a keystroke needs, prepared once per list of entries (the dataset) and once per place:
 * searching then filters a ranked list instead of sorting, and matches words through an index.
 */
interface Prepared {
  text: TextIndex;
  /** Per entry, per facet (in {@link FACETS} order): its values. */
  values: string[][][];
  /** Per locale: each entry's place when sorted by English name. */
  names: Map<string, Int32Array>;
  /** Per place searched (a few kept), per locale and need: the entries serving it, ranked. */
  places: Map<Place | undefined, Map<string, Ranked>>;
}

interface Ranked {
  /** Entry numbers, ranked. */
  order: number[];
  /** The result for each entry of `order`, built once. */
  results: Result[];
  /** Per facet: every value found among the entries serving the place. */
  values: Set<string>[];
  /** How many local entries help with the need. */
  local: number;
}

const prepared = new WeakMap<readonly Entry[], Prepared>();

function prepare(entries: readonly Entry[]): Prepared {
  let p = prepared.get(entries);
  if (!p) {
    p = {
      text: textIndex(entries.map((e) => e.hay)),
      values: entries.map((e) => FACETS.map((f) => facetValues(e, f))),
      names: new Map(),
      places: new Map(),
    };
    prepared.set(entries, p);
  }
  return p;
}

/**
 * The entries serving `place`, ranked: local help first, by distance (those without a distance
 * after), then, where fewer than {@link FEW_LOCAL} local entries help with the need, the
 * {@link NEAREST_ELSEWHERE} nearest entries elsewhere that do, then statewide, then remote
 * help. Entries that state the need come before those that only may help; ties by name.
 * Computed when the place or the need changes, never per keystroke.
 */
function ranked(entries: readonly Entry[], p: Prepared, place: Place | undefined, locale: string, need?: Need): Ranked {
  const key = `${locale} ${need}`;
  let forPlace = p.places.get(place);
  const known = forPlace?.get(key);
  if (known) return known;
  let names = p.names.get(locale);
  if (!names) {
    const collator = new Intl.Collator(locale);
    const byName = [...entries.keys()].sort((a, b) => collator.compare(entryName(entries[a]!), entryName(entries[b]!)));
    names = new Int32Array(entries.length);
    byName.forEach((i, rank) => (names![i] = rank));
    p.names.set(locale, names);
  }
  const miles = entries.map((e) => nearestMiles(e, place?.point));
  const reaches = entries.map((e, i) => reach(e, place, miles[i]));
  const helps = (i: number) => !need || entries[i]!.helps.includes(need);
  let local = 0;
  reaches.forEach((r, i) => (local += +(r === 'local' && helps(i))));
  const origin = place?.point ?? place?.centre;
  if (origin && local < FEW_LOCAL) {
    const far: [number, number][] = [];
    reaches.forEach((r, i) => {
      const d = r === 'elsewhere' && helps(i) ? (miles[i] ?? nearestMiles(entries[i]!, origin)) : undefined;
      if (d !== undefined) far.push([i, d]);
    });
    for (const [i, d] of far.sort((a, b) => a[1] - b[1]).slice(0, NEAREST_ELSEWHERE)) {
      reaches[i] = 'nearest';
      miles[i] = d;
    }
  }
  const unstated = (i: number) => +!!(need && !entries[i]!.needs.includes(need));
  const order = [...entries.keys()]
    .filter((i) => reaches[i] !== 'elsewhere')
    .sort(
      (a, b) =>
        REACH_ORDER[reaches[a] as Result['reach']] - REACH_ORDER[reaches[b] as Result['reach']] ||
        unstated(a) - unstated(b) ||
        // Two entries without a distance give NaN here: then the names decide.
        (miles[a] ?? Infinity) - (miles[b] ?? Infinity) ||
        names![a]! - names![b]!,
    );
  const values = FACETS.map(() => new Set<string>());
  for (const i of order) p.values[i]!.forEach((list, f) => list.forEach((v) => values[f]!.add(v)));
  const results = order.map((i): Result => ({entry: entries[i]!, reach: reaches[i] as Result['reach'], miles: miles[i]}));
  if (!forPlace) {
    if (p.places.size > 3) p.places.clear();
    p.places.set(place, (forPlace = new Map()));
  }
  const r: Ranked = {order, results, values, local};
  forPlace.set(key, r);
  return r;
}

/** How many local entries help with `need` at `place` (fewer than {@link FEW_LOCAL}: the nearest elsewhere join). */
export const localCount = (entries: readonly Entry[], place: Place | undefined, need?: Need, locale = 'en'): number =>
  ranked(entries, prepare(entries), place, locale, need).local;

/** Bits of the reasons an entry fails a query (0: it passes). */
const NEED = 1;
const ACCEPTING = 2;
const REMOTE = 4;
const TEXT = 8;
/** The bit of the facet at position `f` of {@link FACETS}. */
const FACET = (f: number) => 16 << f;

/** For a query: which of its filters entry number `i` fails, as bits (location aside). */
function failures(entries: readonly Entry[], p: Prepared, q: Query): (i: number) => number {
  const text = textScores(p.text, queryWords(q.text ?? ''));
  const wanted = FACETS.map((f) => {
    const values = q.facets?.[f];
    return values?.length ? new Set(f === 'language' ? values.map(primary) : values) : undefined;
  });
  return (i) => {
    const e = entries[i]!;
    let fails = (text && !text[i] ? TEXT : 0) | (q.need && !e.helps.includes(q.need) ? NEED : 0);
    if (q.accepting && e.intake !== 'open') fails |= ACCEPTING;
    if (q.remote && !e.remote.length) fails |= REMOTE;
    wanted.forEach((w, f) => {
      if (w && !p.values[i]![f]!.some((v) => w.has(v))) fails |= FACET(f);
    });
    return fails;
  };
}

/**
 * The entries that pass `q` and serve `place`, ranked (see {@link ranked}): local help first,
 * by distance, then the nearest elsewhere where local help is short, then statewide, then remote
 * help. The ranking is computed once per place and need; a keystroke only filters it.
 */
export function search(entries: readonly Entry[], q: Query, place: Place | undefined, locale = 'en'): Result[] {
  const p = prepare(entries);
  const r = ranked(entries, p, place, locale, q.need);
  const fails = failures(entries, p, q);
  return r.results.filter((_, k) => !fails(r.order[k]!));
}

/** English name used for tie-breaking: the service's, else the organization's. */
const entryName = (e: Entry) => e.service?.name.en ?? e.org?.name.en ?? e.id;

/**
 * Live counts for each filter value: how many entries serving the place would match if that
 * value were chosen with the other filters as they are (a value's own filter is left out, so
 * choosing a second language never reads 0). Values are those of the entries serving the place;
 * languages are grouped by primary subtag.
 */
export function facetCounts(
  entries: readonly Entry[],
  q: Query,
  place: Place | undefined,
  locale = 'en',
): {facets: Record<Facet, Map<string, number>>; accepting: number; remote: number} {
  const p = prepare(entries);
  const r = ranked(entries, p, place, locale, q.need);
  const fails = failures(entries, p, q);
  // Every value found near the place is listed, at 0 when other filters exclude it.
  const counts = r.values.map((values) => new Map([...values].map((v) => [v, 0])));
  let accepting = 0;
  let remote = 0;
  for (const i of r.order) {
    const f = fails(i);
    // Failing two filters, an entry counts nowhere: leaving one out still excludes it.
    if (f & (f - 1)) continue;
    p.values[i]!.forEach((values, k) => {
      if (!(f & ~FACET(k))) for (const v of values) counts[k]!.set(v, counts[k]!.get(v)! + 1);
    });
    if (entries[i]!.intake === 'open' && !(f & ~ACCEPTING)) accepting++;
    if (entries[i]!.remote.length && !(f & ~REMOTE)) remote++;
  }
  return {facets: Object.fromEntries(FACETS.map((f, k) => [f, counts[k]!])) as Record<Facet, Map<string, number>>, accepting, remote};
}

/** One active filter, as a removable chip. */
export type ActiveFilter =
  | {kind: 'facet'; facet: Facet; value: string}
  | {kind: 'toggle'; toggle: Toggle}
  | {kind: 'need'; need: Need}
  | {kind: 'text'; text: string};

/** The active filters of a query, in the order the chips show them. */
export function activeFilters(q: Query): ActiveFilter[] {
  const list: ActiveFilter[] = [];
  if (q.need) list.push({kind: 'need', need: q.need});
  if (q.text?.trim()) list.push({kind: 'text', text: q.text.trim()});
  for (const facet of FACETS) for (const value of q.facets?.[facet] ?? []) list.push({kind: 'facet', facet, value});
  for (const toggle of TOGGLES) if (q[toggle]) list.push({kind: 'toggle', toggle});
  return list;
}

/** `q` without one active filter. */
export function withoutFilter(q: Query, f: ActiveFilter): Query {
  switch (f.kind) {
    case 'need':
      return {...q, need: undefined};
    case 'text':
      return {...q, text: ''};
    case 'toggle':
      return {...q, [f.toggle]: false};
    case 'facet':
      return {...q, facets: {...q.facets, [f.facet]: (q.facets?.[f.facet] ?? []).filter((v) => v !== f.value)}};
  }
}

/**
 * What a link asked for: only an organization's services (`org`), and a service's card first
 * (`service`, even when the filters would leave it out: the link was shared to show it).
 */
export function linked(results: Result[], entries: readonly Entry[], org?: string, service?: string): Result[] {
  let out = org ? results.filter((r) => r.entry.org?.id === org || r.entry.id === org) : results;
  if (service) {
    const hit = out.find((r) => r.entry.id === service) ?? search(entries, {}, undefined).find((r) => r.entry.id === service);
    if (hit) out = [hit, ...out.filter((r) => r !== hit)];
  }
  return out;
}
