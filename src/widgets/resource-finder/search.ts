/**
 * The finder's search: one entry per service (joined with its organization and locations),
 * filters that combine (any of the values within a filter, all filters together), live counts
 * per filter value, free text, and ranking by distance with statewide and remote help after
 * local help. No DOM, no Lit: unit-tested directly.
 */
import type {
  Dataset,
  Organization,
  ResourceLocation,
  Service,
} from '../../core/dataset/schema/index.js';
import type {CREDENTIALS, NEEDS, POPULATIONS, ASSISTANCE_TYPES} from '../../core/dataset/vocabulary.js';
import {distanceMiles, type Place} from './location.js';
import {haystack, queryWords, textIndex, textScores, type Haystack, type TextIndex} from './text.js';

export type Need = (typeof NEEDS)[number];
export type Credential = (typeof CREDENTIALS)[number];
export type Population = (typeof POPULATIONS)[number];
export type Assistance = (typeof ASSISTANCE_TYPES)[number];
export type CostType = 'free' | 'low-cost' | 'sliding-scale' | 'fee';

/** A service as the finder shows it. Organization-level facts fill what the service leaves out. */
export interface Entry {
  id: string;
  service?: Service;
  org?: Organization;
  locations: ResourceLocation[];
  needs: readonly Need[];
  assistance: readonly Assistance[];
  populations: readonly Population[];
  languages: readonly string[];
  cost?: CostType;
  credentials: readonly Credential[];
  remote: readonly ('phone' | 'video')[];
  intake: 'open' | 'waitlist' | 'closed' | 'unknown';
  counties: readonly string[];
  statewide: boolean;
  hay: Haystack;
}

/** Filters whose values combine with "any of". */
export const FACETS = ['language', 'cost', 'assistance', 'credential', 'population'] as const;
export type Facet = (typeof FACETS)[number];
/** Yes/no filters. */
export const TOGGLES = ['accepting', 'remote'] as const;
export type Toggle = (typeof TOGGLES)[number];

export interface Query {
  need?: Need | undefined;
  text?: string;
  /** Selected values per facet; an empty or missing list does not filter. */
  facets?: Partial<Record<Facet, readonly string[]>>;
  accepting?: boolean;
  remote?: boolean;
}

/** The searchable entries of a dataset: every service; an organization with no service as itself. */
export function buildEntries(dataset: Pick<Dataset, 'organizations' | 'services' | 'locations'>): Entry[] {
  const orgs = new Map(dataset.organizations.map((o) => [o.id, o]));
  const locs = new Map(dataset.locations.map((l) => [l.id, l]));
  const offered = new Set(dataset.services.map((s) => s.organizationId));
  const entries = dataset.services.map((s) => {
    const org = orgs.get(s.organizationId);
    const ids = s.locationIds ?? dataset.locations.filter((l) => l.organizationId === s.organizationId).map((l) => l.id);
    return entry(s.id, s, org, ids.flatMap((id) => locs.get(id) ?? []));
  });
  for (const org of dataset.organizations) {
    if (!offered.has(org.id)) {
      entries.push(entry(org.id, undefined, org, dataset.locations.filter((l) => l.organizationId === org.id)));
    }
  }
  return entries;
}

const texts = (value: Readonly<Record<string, string | undefined>> | undefined): string[] =>
  value ? Object.values(value).filter((v): v is string => !!v) : [];

function entry(id: string, s: Service | undefined, org: Organization | undefined, locations: ResourceLocation[]): Entry {
  const needs = s?.needs ?? [];
  const names = [...texts(s?.name), ...texts(org?.name)];
  const counties = [...(s?.counties ?? []), ...locations.flatMap((l) => (l.county ? [l.county] : []))];
  return {
    id,
    service: s,
    org,
    locations,
    needs,
    assistance: s?.assistance ?? [],
    populations: s?.populations ?? [],
    languages: s?.languages ?? org?.languages ?? [],
    cost: (s?.cost ?? org?.cost)?.type,
    credentials: org?.credentials ?? [],
    remote: s?.remote ?? [],
    intake: (s?.intake ?? org?.intake)?.status ?? 'unknown',
    counties: [...new Set(counties)],
    statewide: !!s?.statewide,
    hay: haystack(
      [
        ...texts(s?.description),
        ...texts(org?.description),
        // Need ids as words ("deportation defense", "asylum"), so synonyms reach them.
        ...needs.map((n) => n.replace(/-/g, ' ')),
        ...(s?.assistance ?? []).map((a) => a.replace(/-/g, ' ')),
        ...locations.map((l) => l.address.city),
      ],
      names,
    ),
  };
}

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

/** How an entry relates to the place searched. */
export type Reach = 'local' | 'statewide' | 'remote' | 'elsewhere';

/** Miles within which a location counts as near a place, whatever its county. */
export const NEAR_MILES = 40;

/**
 * Local when it serves the place's county or has an address within {@link NEAR_MILES}; else
 * statewide, else remote (phone/video help with no county limits), else elsewhere (hidden).
 */
export function reach(e: Entry, place: Place | undefined, miles: number | undefined): Reach {
  const remote = e.remote.length > 0 && !e.counties.length;
  if (!place) return e.statewide ? 'statewide' : remote ? 'remote' : 'local';
  if ((place.county && e.counties.includes(place.county)) || (miles !== undefined && miles <= NEAR_MILES)) return 'local';
  if (e.statewide) return 'statewide';
  if (remote) return 'remote';
  return 'elsewhere';
}

/** Distance in miles from the place to the entry's nearest location with coordinates. */
export function nearestMiles(e: Entry, place: Place | undefined): number | undefined {
  if (!place?.point) return undefined;
  let best: number | undefined;
  for (const l of e.locations) {
    if (!l.geo) continue;
    const d = distanceMiles(place.point, l.geo);
    if (best === undefined || d < best) best = d;
  }
  return best;
}

export interface Result {
  entry: Entry;
  reach: Exclude<Reach, 'elsewhere'>;
  miles?: number;
}

const REACH_ORDER = {local: 0, statewide: 1, remote: 2} as const;

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
  /** Per place searched (a few kept): the entries serving it, ranked. */
  places: Map<Place | undefined, Ranked>;
}

interface Ranked {
  locale: string;
  /** Entry numbers, ranked. */
  order: number[];
  /** The result for each entry of `order`, built once. */
  results: Result[];
  /** Per facet: every value found among the entries serving the place. */
  values: Set<string>[];
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
 * after), then statewide, then remote help; ties by English name. Computed when the place changes.
 */
function ranked(entries: readonly Entry[], p: Prepared, place: Place | undefined, locale: string): Ranked {
  let r = p.places.get(place);
  if (r?.locale === locale) return r;
  let names = p.names.get(locale);
  if (!names) {
    const collator = new Intl.Collator(locale);
    const byName = [...entries.keys()].sort((a, b) => collator.compare(entryName(entries[a]!), entryName(entries[b]!)));
    names = new Int32Array(entries.length);
    byName.forEach((i, rank) => (names![i] = rank));
    p.names.set(locale, names);
  }
  const miles = entries.map((e) => nearestMiles(e, place));
  const reaches = entries.map((e, i) => reach(e, place, miles[i]));
  const order = [...entries.keys()]
    .filter((i) => reaches[i] !== 'elsewhere')
    .sort(
      (a, b) =>
        REACH_ORDER[reaches[a] as Result['reach']] - REACH_ORDER[reaches[b] as Result['reach']] ||
        // Two entries without a distance give NaN here: then the names decide.
        (miles[a] ?? Infinity) - (miles[b] ?? Infinity) ||
        names![a]! - names![b]!,
    );
  const values = FACETS.map(() => new Set<string>());
  for (const i of order) p.values[i]!.forEach((list, f) => list.forEach((v) => values[f]!.add(v)));
  const results = order.map((i): Result => ({entry: entries[i]!, reach: reaches[i] as Result['reach'], miles: miles[i]}));
  if (p.places.size > 3) p.places.clear();
  p.places.set(place, (r = {locale, order, results, values}));
  return r;
}

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
    let fails = (text && !text[i] ? TEXT : 0) | (q.need && !e.needs.includes(q.need) ? NEED : 0);
    if (q.accepting && e.intake !== 'open') fails |= ACCEPTING;
    if (q.remote && !e.remote.length) fails |= REMOTE;
    wanted.forEach((w, f) => {
      if (w && !p.values[i]![f]!.some((v) => w.has(v))) fails |= FACET(f);
    });
    return fails;
  };
}

/**
 * The entries that pass `q` and serve `place`, ranked: local help first, by distance (those
 * without a distance after), then statewide, then remote help; ties by name. The ranking is
 * computed once per place; a keystroke only filters it.
 */
export function search(entries: readonly Entry[], q: Query, place: Place | undefined, locale = 'en'): Result[] {
  const p = prepare(entries);
  const r = ranked(entries, p, place, locale);
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
  const r = ranked(entries, p, place, locale);
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
