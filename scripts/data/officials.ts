/**
 * Import of California's elected officials: the 2 U.S. senators and 52 House seats
 * (unitedstates/congress-legislators, CC0), the 40 State Senate and 80 Assembly seats and the four
 * statewide executives (Governor, Lieutenant Governor, Attorney General, Secretary of State) from
 * openstates/people (CC0). Mayors in the same upstream file are left out: many are stale.
 *
 * Pure: upstream JSON in, dataset records out. Every seat becomes one record; a seat nobody holds
 * is an explicit `status: 'vacant'` record. Facts are kept as given (names, parties, numbers);
 * only their form is normalised (phone numbers as 415-555-0100, addresses split into fields).
 * A fact that cannot be read is left out and reported, never guessed. No record is `verified`:
 * nothing here was checked independently. Doubts found by cross-checks are recorded as
 * `doubtful` with the reason.
 *
 * After the merged sources, {@link importOfficials} applies the changes that exist only in an
 * open upstream pull request (pending.ts, each changed record marked so), then the term rules and
 * lookup pages (seats.ts).
 */
import type {Address, DatasetInput, Phone} from '../../src/core/dataset/schema/index.js';
import {SEATS, ocdId} from './districts.js';
import type {ImportResult} from './hotlines.js';
import {addressFromFields, geo, parseAddress, usPhone} from './normalise.js';
import {applyPending, type UpstreamPending} from './pending.js';
import {TITLES, applyTermRules, personId, vacancy} from './seats.js';

export {TITLES} from './seats.js';

export type OfficialInput = NonNullable<DatasetInput['officials']>[number];
type OfficeInput = NonNullable<OfficialInput['offices']>[number];
type Body = OfficialInput['body'];

export const CONGRESS_SOURCE = {
  id: 'congress-legislators',
  name: 'unitedstates/congress-legislators: legislators-current.yaml, legislators-district-offices.yaml (California members)',
  url: 'https://github.com/unitedstates/congress-legislators',
  licence: 'CC0-1.0',
  version: 'dfa9622263dd4c8d08636926e498f1845704d7eb',
  asOf: '2026-06-15',
} as const;

export const CONTACT_CONGRESS_SOURCE = {
  id: 'contact-congress',
  name: "unitedstates/contact-congress: members/<bioguide>.yaml (senators' web contact forms)",
  url: 'https://github.com/unitedstates/contact-congress',
  licence: 'CC0-1.0',
  version: '6c4c16dd616e4a0e3dcba3c5f35e1e69ac345e3e',
  asOf: '2026-08-13',
} as const;

export const OPENSTATES_SOURCE = {
  id: 'openstates-people',
  name: 'openstates/people: data/ca/legislature and data/ca/executive',
  url: 'https://github.com/openstates/people',
  licence: 'CC0-1.0',
  version: '934bf09a94a35351baf872c70e778a4367c8266e',
  asOf: '2026-08-05',
} as const;

export const RESISTBOT_SOURCE = {
  id: 'resistbot-contact-officials',
  name: "resistbot/contact-officials: states/CA/upper.yaml and lower.yaml (the Legislature's shared constituent contact form, one URL per district)",
  url: 'https://github.com/resistbot/contact-officials',
  licence: 'CC0-1.0',
  version: 'd969b5f24e28b72f3123c50948405e2a2c6adca2',
  asOf: '2026-02-04',
} as const;

// ---- Upstream shapes (the fields we read) ----

export interface UpstreamCongressOffice {
  city?: string | null;
  address?: string | null;
  suite?: string | number | null;
  building?: string | null;
  zip?: string | number | null;
  phone?: string | null;
  fax?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

export interface UpstreamCongressMember {
  bioguide_id: string;
  name: string;
  first_name?: string | null;
  last_name?: string | null;
  party?: string | null;
  chamber: string;
  district: number | null;
  term_start?: string | null;
  term_end?: string | null;
  phone?: string | null;
  fax?: string | null;
  dc_office?: string | null;
  dc_address?: string | null;
  contact_form?: string | null;
  contact_form_contact_congress?: string | null;
  /** Unmaintained House "visit" URLs from contact-congress; not imported (see data/README.md). */
  contact_form_legacy_hint?: string | null;
  website?: string | null;
  district_offices?: UpstreamCongressOffice[] | null;
}

export interface UpstreamCongress {
  members: UpstreamCongressMember[];
  vacancies?: Array<{chamber: string; district: number; note?: string}>;
}

export interface UpstreamStateOffice {
  classification?: string;
  address?: string | null;
  voice?: string | null;
  fax?: string | null;
}

export interface UpstreamLegislator {
  ocd_id: string;
  name: string;
  given_name?: string | null;
  family_name?: string | null;
  party?: string | null;
  chamber: string;
  district: number;
  role_start?: string | null;
  email?: string | null;
  capitol_office?: UpstreamStateOffice | null;
  district_offices?: UpstreamStateOffice[] | null;
  website?: string | null;
  links?: string[] | null;
  contact_form?: string | null;
}

export interface UpstreamLegislature {
  members: UpstreamLegislator[];
  /** "cbc8805… (2026-05-21)": the last upstream commit that changed California's legislature. */
  last_commit_touching_ca_legislature?: string;
}

export interface UpstreamExecutive {
  ocd_id: string;
  name: string;
  role: string;
  role_end?: string | null;
  email?: string | null;
  offices?: UpstreamStateOffice[] | null;
  website?: string | null;
}

// ---- Shared pieces ----


const EXECUTIVE_ROLES: Record<string, Body> = {
  governor: 'governor',
  lt_governor: 'lt-governor',
  'attorney general': 'attorney-general',
  'secretary of state': 'secretary-of-state',
};

const URL_RE = /^https?:\/\/[^\s/?#]+\S*$/;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;


const unverified = {status: 'unverified'} as const;

/** Reads one field, reporting (not keeping) a value that is present but unusable. */
class Reader {
  constructor(
    private readonly id: string,
    private readonly skipped: string[],
  ) {}

  phone(raw: unknown, what: string, kind?: Phone['kind']): Phone[] {
    if (raw === null || raw === undefined || raw === '') return [];
    const number = usPhone(raw);
    if (!number) this.skipped.push(`${this.id}: ${what} "${String(raw)}" is not a valid US phone number; left out`);
    return number ? [{number, ...(kind ? {kind} : {})}] : [];
  }

  url(raw: unknown, what: string): string | undefined {
    if (raw === null || raw === undefined || raw === '') return undefined;
    if (typeof raw === 'string' && URL_RE.test(raw)) return raw;
    this.skipped.push(`${this.id}: ${what} "${String(raw)}" is not a web address; left out`);
    return undefined;
  }

  email(raw: unknown): string | undefined {
    if (raw === null || raw === undefined || raw === '') return undefined;
    if (typeof raw === 'string' && EMAIL_RE.test(raw)) return raw;
    this.skipped.push(`${this.id}: email "${String(raw)}" is not an email address; left out`);
    return undefined;
  }

  address(address: Address | undefined, raw: unknown, what: string): Address | undefined {
    if (!address && raw) this.skipped.push(`${this.id}: ${what} address ${JSON.stringify(raw)} is incomplete; left out`);
    return address;
  }

  note(message: string) {
    this.skipped.push(`${this.id}: ${message}`);
  }
}

function office(kind: OfficeInput['kind'], phones: Phone[], address?: Address, position?: OfficeInput['geo']): OfficeInput | undefined {
  if (!phones.length && !address) return undefined;
  return {kind, ...(phones.length ? {phones} : {}), ...(address ? {address} : {}), ...(position ? {geo: position} : {})};
}

/** Drops repeated offices (Open States sometimes lists one office twice, spelled differently). */
function uniqueOffices(offices: Array<OfficeInput | undefined>): OfficeInput[] {
  const seen = new Set<string>();
  return offices.filter((o): o is OfficeInput => {
    if (!o) return false;
    const key = JSON.stringify(o);
    return !seen.has(key) && !!seen.add(key);
  });
}

const optional = <K extends string, V>(key: K, value: V | undefined | null | '') =>
  (value === undefined || value === null || value === '' ? {} : {[key]: value}) as Partial<Record<K, V>>;


// ---- Congress ----

/** "2330 Rayburn House Office Building Washington DC 20515-0502" → address. */
function dcAddress(raw: string | null | undefined): Address | undefined {
  const m = /^(.+?),?\s+Washington,?\s+DC\s+(\d{5}(?:-\d{4})?)$/.exec(raw?.trim() ?? '');
  return m ? {street: m[1]!, city: 'Washington', state: 'DC', zip: m[2]!} : undefined;
}

/** The 2 senators and the 52 House seats (vacant seats explicit). */
export function importCongress(upstream: UpstreamCongress): ImportResult<OfficialInput> {
  const skipped: string[] = [];
  const provenance = {sourceId: CONGRESS_SOURCE.id, asOf: CONGRESS_SOURCE.asOf};
  const senators: OfficialInput[] = [];
  const house = new Map<number, OfficialInput>();

  for (const m of upstream.members) {
    const id = `bioguide:${m.bioguide_id}`;
    const read = new Reader(id, skipped);
    const body: Body | undefined = m.chamber === 'senate' ? 'us-senate' : m.chamber === 'house' ? 'us-house' : undefined;
    const n = m.district ?? 0;
    if (!body || (body === 'us-house' && !(Number.isInteger(n) && n >= 1 && n <= SEATS['us-house']))) {
      skipped.push(`${id}: chamber "${m.chamber}" / district ${m.district} is not a California seat; left out`);
      continue;
    }
    if (body === 'us-house' && house.has(n)) {
      skipped.push(`${id}: CA-${n} is already held by ${house.get(n)!.name}; left out`);
      continue;
    }
    const dc = office(
      'dc',
      [...read.phone(m.phone, 'DC phone'), ...read.phone(m.fax, 'DC fax', 'fax')],
      read.address(dcAddress(m.dc_address), m.dc_address, 'DC'),
    );
    const local = (m.district_offices ?? []).map((o) =>
      office(
        'district',
        [...read.phone(o.phone, `${o.city ?? ''} office phone`), ...read.phone(o.fax, `${o.city ?? ''} office fax`, 'fax')],
        read.address(
          addressFromFields(o),
          o.address || o.city || o.zip ? {address: o.address, suite: o.suite, city: o.city, zip: o.zip} : undefined,
          `${o.city ?? ''} office`,
        ),
        geo(o.latitude, o.longitude),
      ),
    );
    // Senators: congress-legislators' own contact_form, else contact-congress's. House: none (see README).
    const offices = uniqueOffices([dc, ...local]);
    const contactForm = body === 'us-senate' ? read.url(m.contact_form ?? m.contact_form_contact_congress, 'contact form') : undefined;
    const record: OfficialInput = {
      id,
      status: 'serving',
      name: m.name,
      ...optional('givenName', m.first_name),
      ...optional('familyName', m.last_name),
      body,
      title: TITLES[body],
      ...(body === 'us-house' ? {districtOcdId: ocdId('us-house', n)} : {}),
      ...optional('party', m.party),
      ...optional('offices', offices.length ? offices : undefined),
      ...optional('website', read.url(m.website, 'website')),
      ...optional('contactForm', contactForm),
      ...optional('termStart', m.term_start),
      ...optional('termEnd', m.term_end),
      provenance,
      verification: unverified,
    };
    if (!m.phone && !m.website && !local.length) read.note('no phone, website or office upstream yet');
    if (body === 'us-senate') senators.push(record);
    else house.set(n, record);
  }

  const listed = new Map((upstream.vacancies ?? []).filter((v) => v.chamber === 'house').map((v) => [v.district, v.note]));
  const seats: OfficialInput[] = [];
  for (let n = 1; n <= SEATS['us-house']; n++) {
    const member = house.get(n);
    if (member) seats.push(member);
    else seats.push(vacancy('us-house', n, provenance, listed.get(n) ?? `No member is listed for CA-${n} upstream.`));
  }
  if (senators.length !== 2) skipped.push(`us-senate: expected 2 senators upstream, found ${senators.length}`);
  return {records: [...senators, ...seats], skipped};
}

// ---- State Legislature ----

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * The member's own site for their current seat. Open States lists a member's links in no
 * particular order and often first the site of a previous seat (an Assembly site for a senator,
 * or the pre-2022 district number), so pick the link that names this chamber and district:
 * `sdNN`/`srNN.senate.ca.gov`, then `senate.ca.gov/sdNN`; `aNN.asmdc.org`/`adNN.asmrc.org`, then
 * `assembly.ca.gov/assemblymembers/NN`. `undefined` when no link names the seat.
 */
export function seatWebsite(chamber: 'state-senate' | 'state-assembly', district: number, links: readonly string[]): string | undefined {
  const d = pad2(district);
  const patterns =
    chamber === 'state-senate'
      ? [new RegExp(`^https://s[dr]${d}\\.senate\\.ca\\.gov/?$`), new RegExp(`^https://(www\\.)?senate\\.ca\\.gov/sd${d}/?$`)]
      : [new RegExp(`^https://(a${d}\\.asmdc|ad${d}\\.asmrc)\\.org/?$`), new RegExp(`^https://(www\\.)?assembly\\.ca\\.gov/assemblymembers/${d}/?$`)];
  for (const re of patterns) {
    const hit = links.find((l) => re.test(l));
    if (hit) return hit;
  }
  return undefined;
}

/** Capitol phone numbers follow one pattern per house: 916-651-40NN (Senate), 916-319-20NN (Assembly). */
const CAPITOL_PHONE_PREFIX = {'state-senate': '916-651-40', 'state-assembly': '916-319-20'} as const;


/** The 40 State Senate and 80 Assembly seats (vacant seats explicit). */
export function importLegislature(upstream: UpstreamLegislature): ImportResult<OfficialInput> {
  const skipped: string[] = [];
  const provenance = {sourceId: OPENSTATES_SOURCE.id, asOf: OPENSTATES_SOURCE.asOf};
  const seats: Record<'state-senate' | 'state-assembly', Map<number, OfficialInput>> = {
    'state-senate': new Map(),
    'state-assembly': new Map(),
  };

  for (const m of upstream.members) {
    const id = personId(m.ocd_id);
    const read = new Reader(id, skipped);
    const body = m.chamber === 'senate' ? 'state-senate' : m.chamber === 'assembly' ? 'state-assembly' : undefined;
    if (!body || !(Number.isInteger(m.district) && m.district >= 1 && m.district <= SEATS[body])) {
      skipped.push(`${id}: chamber "${m.chamber}" / district ${m.district} is not a California seat; left out`);
      continue;
    }
    if (seats[body].has(m.district)) {
      skipped.push(`${id}: ${body} ${m.district} is already held by ${seats[body].get(m.district)!.name}; left out`);
      continue;
    }
    const capitolRaw = m.capitol_office?.address;
    const capitol = office(
      'capitol',
      [...read.phone(m.capitol_office?.voice, 'Capitol phone'), ...read.phone(m.capitol_office?.fax, 'Capitol fax', 'fax')],
      read.address(capitolRaw ? parseAddress(capitolRaw) : undefined, capitolRaw, 'Capitol'),
    );
    const local = (m.district_offices ?? []).map((o) =>
      office(
        'district',
        [...read.phone(o.voice, 'district office phone'), ...read.phone(o.fax, 'district office fax', 'fax')],
        read.address(o.address ? parseAddress(o.address) : undefined, o.address, 'district office'),
      ),
    );
    const links = [...(m.links ?? []), ...(m.website ? [m.website] : [])];
    const website = seatWebsite(body, m.district, links);
    if (!website && links.length) read.note(`no link names ${body} district ${m.district} (${links.join(', ')}); website left out`);
    else if (website && m.website && website !== m.website) read.note(`website ${website} chosen over upstream's first link ${m.website}`);
    const offices = uniqueOffices([capitol, ...local]);
    seats[body].set(m.district, {
      id,
      status: 'serving',
      name: m.name,
      ...optional('givenName', m.given_name),
      ...optional('familyName', m.family_name),
      body,
      title: TITLES[body],
      districtOcdId: ocdId(body, m.district),
      ...optional('party', m.party),
      ...optional('offices', offices.length ? offices : undefined),
      ...optional('website', website),
      ...optional('contactForm', read.url(m.contact_form, 'contact form')),
      ...optional('email', read.email(m.email)),
      ...optional('termStart', m.role_start),
      provenance,
      verification: unverified,
    });
  }

  const records: OfficialInput[] = [];
  for (const body of ['state-senate', 'state-assembly'] as const) {
    for (let n = 1; n <= SEATS[body]; n++) {
      records.push(seats[body].get(n) ?? vacancy(body, n, provenance, `No member is listed for ${TITLES[body].en} district ${n} upstream.`));
    }
  }
  return {records, skipped};
}

// ---- Statewide executives ----

/** A legislator's site (Assembly caucus sites, senate.ca.gov, assembly.ca.gov): wrong for an executive. */
const LEGISLATOR_SITE = /^https?:\/\/([^/]+\.)?(asmdc\.org|asmrc\.org|senate\.ca\.gov|assembly\.ca\.gov)(\/|$)/;

/** Governor, Lieutenant Governor, Attorney General, Secretary of State. Mayors are not imported. */
export function importExecutives(executives: UpstreamExecutive[]): ImportResult<OfficialInput> {
  const skipped: string[] = [];
  const provenance = {sourceId: OPENSTATES_SOURCE.id, asOf: OPENSTATES_SOURCE.asOf};
  const byBody = new Map<Body, OfficialInput>();
  for (const e of executives) {
    const id = personId(e.ocd_id);
    const read = new Reader(id, skipped);
    const body = EXECUTIVE_ROLES[e.role];
    if (!body || body === 'county' || body === 'city') {
      skipped.push(`${id}: role "${e.role}" is not one of the four statewide executives; left out`);
      continue;
    }
    if (byBody.has(body)) {
      skipped.push(`${id}: ${body} is already held by ${byBody.get(body)!.name}; left out`);
      continue;
    }
    const offices = uniqueOffices(
      (e.offices ?? []).map((o) => {
        // "Governor Gavin Newsom; 1303 10th Street, Suite 1173; Sacramento, CA 95814": the first line is the addressee.
        const lines = (o.address ?? '').split(';');
        if (lines.length > 2 && !/\d/.test(lines[0]!)) lines.shift();
        return office(
          'capitol',
          [...read.phone(o.voice, 'phone'), ...read.phone(o.fax, 'fax', 'fax')],
          read.address(o.address ? parseAddress(lines.join(';')) : undefined, o.address, 'office'),
        );
      }),
    );
    let website = read.url(e.website, 'website');
    if (website && LEGISLATOR_SITE.test(website)) {
      read.note(`website ${website} is a legislator's site (a previous office), not the ${body} office's; left out`);
      website = undefined;
    }
    byBody.set(body, {
      id,
      status: 'serving',
      name: e.name,
      body,
      title: TITLES[body as keyof typeof TITLES],
      ...optional('offices', offices.length ? offices : undefined),
      ...optional('website', website),
      ...optional('email', read.email(e.email)),
      // As given; the term rules (seats.ts) set the date of the four offices' common term end.
      ...optional('termEnd', e.role_end),
      provenance,
      verification: unverified,
    });
  }
  const order: Body[] = ['governor', 'lt-governor', 'attorney-general', 'secretary-of-state'];
  for (const body of order) if (!byBody.has(body)) skipped.push(`${body}: nobody listed upstream`);
  return {records: order.flatMap((b) => byBody.get(b) ?? []), skipped};
}

// ---- Cross-checks ----

const label = (o: OfficialInput) => {
  const n = o.districtOcdId?.split(':').pop();
  return `${TITLES[o.body as keyof typeof TITLES]?.en ?? o.body} ${o.name ?? '(vacant)'}${n ? ` (district ${n})` : ''}`;
};

const voiceNumbers = (o: OfficialInput) =>
  (o.offices ?? []).flatMap((office) => (office.phones ?? []).filter((p) => p.kind !== 'fax').map((p) => p.number));

/**
 * Doubts that only show when the sources are read together. Returns a note per official id:
 * - the same voice number listed for two different officials (one listing is likely stale);
 * - a Capitol number that breaks its house's pattern (916-651-40NN, 916-319-20NN).
 *
 * A person listed in two bodies at once (as James Gallagher was, in the U.S. House and the
 * Assembly, until the pending change retired him from the Assembly) is not a doubt but an error:
 * `checkOfficials` (official-checks.ts) fails the build on it.
 */
export function crossCheck(officials: OfficialInput[]): Map<string, string[]> {
  const doubts = new Map<string, string[]>();
  const add = (id: string, note: string) => doubts.set(id, [...(doubts.get(id) ?? []), note]);

  const owners = new Map<string, OfficialInput[]>();
  for (const o of officials) {
    for (const number of new Set(voiceNumbers(o))) owners.set(number, [...(owners.get(number) ?? []), o]);
  }
  for (const [number, list] of owners) {
    if (list.length < 2) continue;
    for (const o of list) {
      const others = list.filter((x) => x !== o).map(label).join(', ');
      add(o.id, `The phone number ${number} is also listed for ${others}; one of the listings may be out of date.`);
    }
  }

  for (const o of officials) {
    if (o.body !== 'state-senate' && o.body !== 'state-assembly') continue;
    const n = Number(o.districtOcdId?.split(':').pop());
    const prefix = CAPITOL_PHONE_PREFIX[o.body];
    const capitol = o.offices?.find((x) => x.kind === 'capitol')?.phones?.find((p) => p.kind !== 'fax')?.number;
    if (capitol && capitol !== `${prefix}${pad2(n)}`) {
      add(o.id, `The Capitol number ${capitol} does not follow the pattern of the other members' Capitol numbers (${prefix} followed by the district number); confirm it before calling.`);
    }
  }

  return doubts;
}

/**
 * All seats: U.S. Senate, U.S. House, State Senate, Assembly, then the four executives. In this
 * order: the merged sources, the pending upstream change (if given), the term rules and lookup
 * pages, then the cross-check doubts (on the records as they will be shown).
 */
export function importOfficials(input: {
  congress: UpstreamCongress;
  legislature: UpstreamLegislature;
  executives: UpstreamExecutive[];
  pending?: UpstreamPending;
}): ImportResult<OfficialInput> {
  const parts = [importCongress(input.congress), importLegislature(input.legislature), importExecutives(input.executives)];
  const merged = parts.flatMap((p) => p.records);
  const pending = input.pending ? applyPending(merged, input.pending, {mergedVersion: OPENSTATES_SOURCE.version}) : {records: merged, skipped: []};
  const terms = applyTermRules(pending.records);
  const doubts = crossCheck(terms.records);
  return {
    records: terms.records.map((o) => {
      const notes = doubts.get(o.id);
      return notes ? {...o, verification: {status: 'doubtful', note: {en: notes.join(' ')}}} : o;
    }),
    skipped: [...parts.flatMap((p) => p.skipped), ...pending.skipped, ...terms.skipped],
  };
}
