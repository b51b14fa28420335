/**
 * Facts about California's seats rather than about the people in them: display titles, the
 * term rules (when the current term of each seat began and ends, with the legal basis) and the
 * official page where a visitor finds who holds a seat now.
 *
 * Pure. The term rules are a small table, not scattered conditions: a refresh after the next
 * swearing-in is an edit of this table (and of the sources), not of the import code.
 */
import type {DatasetInput} from '../../src/core/dataset/schema/index.js';
import {ocdId, type Chamber} from './districts.js';

type OfficialInput = NonNullable<DatasetInput['officials']>[number];
type Body = OfficialInput['body'];
/** The bodies this dataset has seats of (no county or city offices). */
export type SeatBody = Exclude<Body, 'county' | 'city'>;

export const TITLES: Record<SeatBody, {en: string; es: string}> = {
  'us-senate': {en: 'Senator', es: 'Senador(a)'},
  'us-house': {en: 'Representative', es: 'Representante'},
  'state-senate': {en: 'State Senator', es: 'Senador(a) estatal'},
  'state-assembly': {en: 'Assemblymember', es: 'Asambleísta'},
  governor: {en: 'Governor', es: 'Gobernador(a)'},
  'lt-governor': {en: 'Lieutenant Governor', es: 'Vicegobernador(a)'},
  'attorney-general': {en: 'Attorney General', es: 'Fiscal General'},
  'secretary-of-state': {en: 'Secretary of State', es: 'Secretario(a) de Estado'},
};

/** A body's name in running text ("the term rule for Assembly seats"). */
export const BODY_NAMES: Record<SeatBody, string> = {
  'us-senate': 'U.S. Senate',
  'us-house': 'U.S. House',
  'state-senate': 'State Senate',
  'state-assembly': 'Assembly',
  governor: 'Governor',
  'lt-governor': 'Lieutenant Governor',
  'attorney-general': 'Attorney General',
  'secretary-of-state': 'Secretary of State',
};

// ---- Term rules ----

/**
 * The current term of a group of seats. `start` and `end` are ISO dates; `end` is the first day
 * the holder no longer holds the seat (the successor takes office that day), as `termEnd` in
 * the schema. `end: 'upstream'` means the date depends on the seat in a way the table does not
 * hold (U.S. Senate classes): the source's date is kept and only checked against `endPattern`.
 */
export interface TermRule {
  body: SeatBody;
  /** State Senate: odd- and even-numbered districts are elected in alternate cycles. */
  parity?: 'odd' | 'even';
  /** First day of the current regular term, when the rule fixes it. */
  start?: string;
  end: string;
  /** Years between regular elections of the seat: a source's start date on a regular start day must fall in the cycle. */
  cycle?: number;
  /** A source's end date must match this (for `end: 'upstream'`). */
  endPattern?: RegExp;
  /** Short citation, kept in `provenance.derived` of records whose dates come from the rule. */
  cite: string;
  /** The legal basis in full, for data/README.md and the build's messages. */
  basis: string;
}

const LEGISLATURE_BASIS =
  'Cal. Const. art. IV §2(a): Senators serve 4-year terms, 20 beginning every 2 years; Assembly members 2-year terms; a term begins on the first Monday in December after the election';
const EXECUTIVE_BASIS =
  'Cal. Const. art. V §2 (the Governor holds office from the Monday after January 1 following the election, every fourth year) and §11 (the Lieutenant Governor, Attorney General and Secretary of State are elected for the same term)';

/** Every seat's current term. One rule per body (and State Senate district parity). */
export const TERM_RULES: readonly TermRule[] = [
  {
    body: 'us-senate',
    end: 'upstream',
    endPattern: /^\d{4}-01-03$/,
    cite: 'U.S. Const. art. I §3, amend. XX §1',
    basis: 'U.S. Const. art. I §3 (6-year terms in three classes) and amend. XX §1 (terms end at noon on January 3); the class of each seat is in congress-legislators',
  },
  {
    body: 'us-house',
    start: '2025-01-03',
    end: '2027-01-03',
    cycle: 2,
    cite: 'U.S. Const. art. I §2, amend. XX §1',
    basis: 'U.S. Const. art. I §2 (2-year terms) and amend. XX §1 (terms end at noon on January 3): the 119th Congress, 2025-01-03 to 2027-01-03',
  },
  {
    body: 'state-senate',
    parity: 'odd',
    start: '2024-12-02',
    end: '2028-12-04',
    cycle: 4,
    cite: 'Cal. Const. art. IV §2(a)',
    basis: `${LEGISLATURE_BASIS}. Odd-numbered districts were elected in 2024: 2024-12-02 to 2028-12-04`,
  },
  {
    body: 'state-senate',
    parity: 'even',
    start: '2022-12-05',
    end: '2026-12-07',
    cycle: 4,
    cite: 'Cal. Const. art. IV §2(a)',
    basis: `${LEGISLATURE_BASIS}. Even-numbered districts were elected in 2022: 2022-12-05 to 2026-12-07`,
  },
  {
    body: 'state-assembly',
    start: '2024-12-02',
    end: '2026-12-07',
    cycle: 2,
    cite: 'Cal. Const. art. IV §2(a)',
    basis: `${LEGISLATURE_BASIS}. All 80 seats were elected in 2024: 2024-12-02 to 2026-12-07`,
  },
  // The four executives: the source gives no start date, so none is set (see data/README.md).
  ...(['governor', 'lt-governor', 'attorney-general', 'secretary-of-state'] as const).map(
    (body): TermRule => ({body, end: '2027-01-04', cite: 'Cal. Const. art. V §2, §11', basis: `${EXECUTIVE_BASIS}: the term of the 2022 election ends 2027-01-04`}),
  ),
];

/** The district number of a seat record, if it has one. */
const seatNumber = (o: Pick<OfficialInput, 'districtOcdId'>) => {
  const n = Number(/:(\d+)$/.exec(o.districtOcdId ?? '')?.[1]);
  return Number.isInteger(n) ? n : undefined;
};

/** The rule for a seat: its body, and for the State Senate the parity of its district. */
export function termRuleFor(o: Pick<OfficialInput, 'body' | 'districtOcdId'>, rules: readonly TermRule[] = TERM_RULES): TermRule | undefined {
  const n = seatNumber(o);
  return rules.find((r) => r.body === o.body && (!r.parity || (n !== undefined && (n % 2 === 1 ? 'odd' : 'even') === r.parity)));
}

/** Whether `date` is the first Monday in December (the day California legislators' terms begin). */
const isFirstMondayOfDecember = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  return d.getUTCMonth() === 11 && d.getUTCDate() <= 7 && d.getUTCDay() === 1;
};

/** A regular start day (first Monday in December for the Legislature, January 3 for Congress). */
const isRegularStart = (date: string) => isFirstMondayOfDecember(date) || date.endsWith('-01-03');

/**
 * Sets `termStart` and `termEnd` of every record from its seat's rule, and `lookupUrl` from
 * {@link LOOKUP_PAGES}. The source's dates are compared with the rule, and each disagreement is
 * reported (the rule wins, except `end: 'upstream'`):
 * - `termEnd`: the rule's date. A source that gives another one is reported.
 * - `termStart`: the rule's start, or the source's date when it is later (a member who took
 *   office mid-term, after a special election). An earlier source date is normal (Open States'
 *   `role_start` is the start of continuous service in the seat, over several terms) unless it is
 *   a regular start day outside the seat's election cycle (an odd Senate seat "starting" in 2022).
 * Vacancies carry the seat's term. A record whose dates come from the rule says so in
 * `provenance.derived`.
 */
export function applyTermRules(records: readonly OfficialInput[], rules: readonly TermRule[] = TERM_RULES): {records: OfficialInput[]; skipped: string[]} {
  const skipped: string[] = [];
  const out = records.map((o): OfficialInput => {
    const rule = termRuleFor(o, rules);
    const lookupUrl = LOOKUP_PAGES[o.body as SeatBody];
    const report = (message: string) => skipped.push(`${o.id}: ${message}`);
    if (!rule) {
      report(`no term rule for ${o.body}; term dates left as given`);
      return {...o, ...(lookupUrl ? {lookupUrl} : {})};
    }
    const given = {start: o.termStart, end: o.termEnd};
    let end: string | undefined;
    if (rule.end === 'upstream') {
      end = given.end;
      if (!end) report(`the source gives no term end (${rule.basis})`);
      else if (rule.endPattern && !rule.endPattern.test(end)) report(`upstream term end ${end} does not match the rule (${rule.basis}); kept as given`);
    } else {
      end = rule.end;
      if (given.end && given.end !== end) report(`upstream term end ${given.end} disagrees with the rule; ${end} used (${rule.basis})`);
    }
    let start = rule.start;
    if (given.start && (!start || given.start > start)) {
      if (end && given.start >= end) report(`upstream term start ${given.start} is not before the term end ${end}; ${start ?? 'no start'} used`);
      else start = given.start;
    }
    if (given.start && rule.start && rule.cycle && isRegularStart(given.start)) {
      const years = Number(rule.start.slice(0, 4)) - Number(given.start.slice(0, 4));
      if (years % rule.cycle !== 0) report(`upstream term start ${given.start} is a regular start day outside this seat's election cycle (${rule.basis})`);
    }
    const fromRule = [start !== given.start && start ? 'termStart' : '', end !== given.end && end ? 'termEnd' : ''].filter(Boolean);
    const derived = `${fromRule.join(' and ')} from the term rule for ${BODY_NAMES[rule.body]} seats (${rule.cite}), not from the source`;
    // Term dates, lookup page, provenance, verification: always in this order, at the end.
    const {provenance, verification} = o;
    const rest: Partial<OfficialInput> = {...o};
    for (const key of ['termStart', 'termEnd', 'lookupUrl', 'provenance', 'verification'] as const) delete rest[key];
    return {
      ...(rest as Omit<OfficialInput, 'provenance'>),
      ...(start ? {termStart: start} : {}),
      ...(end ? {termEnd: end} : {}),
      ...(lookupUrl ? {lookupUrl} : {}),
      ...(provenance ? {provenance: fromRule.length ? {...provenance, derived: [...(provenance.derived ?? []), derived]} : provenance} : {}),
      ...(verification ? {verification} : {}),
    };
  });
  return {records: out, skipped};
}

// ---- Where to find who holds a seat now ----

/**
 * The official page for each body where a visitor finds who holds the seat now (shown once a
 * term has ended). Named by the maintainers, not fetched by the build: {@link LOOKUP_SOURCE}.
 */
export const LOOKUP_PAGES: Record<SeatBody, string> = {
  'us-senate': 'https://www.senate.gov/senators/senators-contact.htm?State=CA',
  'us-house': 'https://www.house.gov/representatives/find-your-representative',
  'state-senate': 'https://findyourrep.legislature.ca.gov/',
  'state-assembly': 'https://findyourrep.legislature.ca.gov/',
  governor: 'https://www.gov.ca.gov/',
  'lt-governor': 'https://ltg.ca.gov/',
  'attorney-general': 'https://oag.ca.gov/',
  'secretary-of-state': 'https://www.sos.ca.gov/',
};

export const LOOKUP_SOURCE = {
  id: 'official-lookup-pages',
  name: "Official lookup pages, one per body, where a visitor finds who holds a seat now (officials' lookupUrl): findyourrep.legislature.ca.gov (State Senate and Assembly), house.gov Find Your Representative, senate.gov senators' contacts for California, and the websites of the Governor, Lieutenant Governor, Attorney General and Secretary of State. Named by the Amparo maintainers; not fetched by the build",
  licence: 'Public record (facts)',
  asOf: '2026-12-04',
} as const;

// ---- Records shared by the importers ----

/** `ocd-person/3b12…` → `ocd-person:3b12…` (record ids cannot contain `/`). */
export const personId = (ocd: string) => ocd.replace(/^ocd-person\//, 'ocd-person:');

/** An explicit vacancy: no person, the reason in `verification.note`. */
export function vacancy(body: Chamber, n: number, provenance: OfficialInput['provenance'], note: string): OfficialInput {
  return {
    id: `vacancy:${body}:${n}`,
    status: 'vacant',
    body,
    title: TITLES[body],
    districtOcdId: ocdId(body, n),
    provenance,
    verification: {status: 'unverified', note: {en: note}},
  };
}
