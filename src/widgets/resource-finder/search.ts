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
import {haystack, matchScore, queryWords, type Haystack} from './text.js';

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

/** The values an entry has for a facet. */
export function facetValues(e: Entry, facet: Facet): readonly string[] {
  switch (facet) {
    case 'language':
      return e.languages;
    case 'cost':
      return e.cost ? [e.cost] : [];
    case 'assistance':
      return e.assistance;
    case 'credential':
      return e.credentials;
    case 'population':
      return e.populations;
  }
}

/** Whether the entry passes every filter of `q` except `skip` (for counts), ignoring location. */
export function matches(e: Entry, q: Query, words: readonly string[], skip?: Facet | Toggle | 'need'): boolean {
  if (q.need && skip !== 'need' && !e.needs.includes(q.need)) return false;
  if (q.accepting && skip !== 'accepting' && e.intake !== 'open') return false;
  if (q.remote && skip !== 'remote' && !e.remote.length) return false;
  for (const facet of FACETS) {
    const wanted = q.facets?.[facet];
    if (facet === skip || !wanted?.length) continue;
    const values = facetValues(e, facet);
    // Languages match by primary subtag: a filter on "es" finds "es-MX" staff.
    const hit =
      facet === 'language'
        ? values.some((v) => wanted.some((w) => primary(v) === primary(w)))
        : values.some((v) => wanted.includes(v));
    if (!hit) return false;
  }
  return !words.length || matchScore(words, e.hay) > 0;
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
 * The entries that pass `q` and serve `place`, ranked: local help first, by distance (those
 * without a distance after), then statewide, then remote help; ties by name.
 */
export function search(entries: readonly Entry[], q: Query, place: Place | undefined, locale = 'en'): Result[] {
  const words = queryWords(q.text ?? '');
  const results: (Result & {name: string})[] = [];
  for (const e of entries) {
    if (!matches(e, q, words)) continue;
    const miles = nearestMiles(e, place);
    const r = reach(e, place, miles);
    if (r === 'elsewhere') continue;
    results.push({entry: e, reach: r, miles, name: entryName(e)});
  }
  return results
    .sort(
      (a, b) =>
        REACH_ORDER[a.reach] - REACH_ORDER[b.reach] ||
        (a.miles ?? Infinity) - (b.miles ?? Infinity) ||
        a.name.localeCompare(b.name, locale),
    )
    .map(({entry, reach, miles}) => (miles === undefined ? {entry, reach} : {entry, reach, miles}));
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
): {facets: Record<Facet, Map<string, number>>; accepting: number; remote: number} {
  const words = queryWords(q.text ?? '');
  const facets = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  let accepting = 0;
  let remote = 0;
  for (const e of entries) {
    if (reach(e, place, nearestMiles(e, place)) === 'elsewhere') continue;
    for (const facet of FACETS) {
      // Every value found near the place is listed, at 0 when other filters exclude it.
      const hit = matches(e, q, words, facet) ? 1 : 0;
      const values = new Set(facetValues(e, facet).map((v) => (facet === 'language' ? primary(v) : v)));
      for (const v of values) facets[facet].set(v, (facets[facet].get(v) ?? 0) + hit);
    }
    if (e.intake === 'open' && matches(e, q, words, 'accepting')) accepting++;
    if (e.remote.length && matches(e, q, words, 'remote')) remote++;
  }
  return {facets, accepting, remote};
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
 * For a search with no results: each active filter that, dropped alone, would give results,
 * with how many (most first). The widget says "Without <filter>: N results".
 */
export function relaxations(
  entries: readonly Entry[],
  q: Query,
  place: Place | undefined,
): {filter: ActiveFilter; count: number}[] {
  return activeFilters(q)
    .map((filter) => ({filter, count: search(entries, withoutFilter(q, filter), place).length}))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** Statewide and remote help for the need (other filters dropped): what a no-results page still offers. */
export function fallbackOptions(entries: readonly Entry[], need: Need | undefined): Result[] {
  const wanted = (e: Entry) => !need || e.needs.includes(need);
  return entries
    .filter((e) => wanted(e) && (e.statewide || (e.remote.length > 0 && !e.counties.length)))
    .map((entry): Result => ({entry, reach: entry.statewide ? 'statewide' : 'remote'}))
    .sort((a, b) => REACH_ORDER[a.reach] - REACH_ORDER[b.reach] || entryName(a.entry).localeCompare(entryName(b.entry)));
}
