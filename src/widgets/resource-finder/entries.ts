/**
 * The finder's entries: one per service, joined with its organization and locations (an
 * organization with no service as itself), the needs each is found for, the credentials it holds
 * today, and the words it is found by. The query's vocabulary (facets, toggles) lives here too.
 * No DOM, no Lit: unit-tested directly (through search.ts, which re-exports it).
 */
import type {Dataset, Organization, ResourceLocation, Service} from '../../core/dataset/schema/index.js';
import {NEEDS, type CREDENTIALS, type POPULATIONS, type ASSISTANCE_TYPES} from '../../core/dataset/vocabulary.js';
import {currentCredentials, isoDay, recognitionState, type RecognitionState} from './credentials.js';
import {haystack, type Haystack} from './text.js';

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
  /** Needs the source states (empty: it does not say, and the card says "call to ask"). */
  needs: readonly Need[];
  /** Needs the entry is found for: the stated ones, else those its credentials imply (see {@link impliedNeeds}). */
  helps: readonly Need[];
  assistance: readonly Assistance[];
  populations: readonly Population[];
  languages: readonly string[];
  cost?: CostType;
  /** Credentials held today (an ended DOJ recognition is left out: see credentials.ts). */
  credentials: readonly Credential[];
  /** The organization's DOJ recognition as of today, when it lists the credential. */
  recognition?: RecognitionState;
  /** Immigration courts whose pro bono list names the service (English names). */
  courts: readonly string[];
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

/**
 * The searchable entries of a dataset: every service; an organization with no service as itself.
 * Credentials are read on `today` (an ISO date; the widget passes its clock's).
 */
export function buildEntries(
  dataset: Pick<Dataset, 'organizations' | 'services' | 'locations'>,
  today: string = isoDay(new Date()),
): Entry[] {
  const orgs = new Map(dataset.organizations.map((o) => [o.id, o]));
  const locs = new Map(dataset.locations.map((l) => [l.id, l]));
  const offered = new Set(dataset.services.map((s) => s.organizationId));
  // Each organization's locations, grouped once (a scan of every location per service made
  // 10,003 records one task of seconds).
  const byOrg = new Map<string, ResourceLocation[]>();
  for (const l of dataset.locations) {
    let list = byOrg.get(l.organizationId);
    if (!list) byOrg.set(l.organizationId, (list = []));
    list.push(l);
  }
  const entries = dataset.services.map((s) => {
    const org = orgs.get(s.organizationId);
    const own = s.locationIds ? s.locationIds.flatMap((id) => locs.get(id) ?? []) : [...(byOrg.get(s.organizationId) ?? [])];
    return entry(s.id, s, org, own, today);
  });
  for (const org of dataset.organizations) {
    if (!offered.has(org.id)) entries.push(entry(org.id, undefined, org, [...(byOrg.get(org.id) ?? [])], today));
  }
  return entries;
}

const texts = (value: Readonly<Record<string, string | undefined>> | undefined): string[] =>
  value ? Object.values(value).filter((v): v is string => !!v) : [];

/** The legal needs, in the order of the need picker: the vocabulary's, up to SIJS. */
const LEGAL_NEEDS: readonly Need[] = NEEDS.slice(0, NEEDS.indexOf('sijs') + 1);

/**
 * What a listing that states no needs is found for, from the public lists it is on: an
 * organization on a legal-help list (DOJ recognition, accredited representatives, attorneys,
 * the EOIR pro bono list, CDSS immigration funding) for any legal need; a USCIS citizenship
 * grantee for citizenship only; anything else for none. Its card says "Kinds of cases not listed:
 * call to ask", and listings that state the need rank first.
 */
export function impliedNeeds(credentials: readonly Credential[]): readonly Need[] {
  if (credentials.some((c) => c !== 'uscis-citizenship-grant')) return LEGAL_NEEDS;
  return credentials.length ? ['citizenship'] : [];
}

function entry(
  id: string,
  s: Service | undefined,
  org: Organization | undefined,
  locations: ResourceLocation[],
  today: string,
): Entry {
  const needs = s?.needs ?? [];
  const listed = org?.credentials ?? [];
  const names = [...texts(s?.name), ...texts(org?.name)];
  const counties = [...(s?.counties ?? []), ...locations.flatMap((l) => (l.county ? [l.county] : []))];
  return {
    id,
    service: s,
    org,
    locations,
    needs,
    helps: needs.length ? needs : impliedNeeds(listed),
    assistance: s?.assistance ?? [],
    populations: s?.populations ?? [],
    languages: s?.languages ?? org?.languages ?? [],
    cost: (s?.cost ?? org?.cost)?.type,
    credentials: currentCredentials(listed, org?.recognition, today),
    ...(listed.includes('doj-recognized') && {recognition: recognitionState(org?.recognition, today)}),
    courts: s?.courts ?? [],
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
