/**
 * Changes that exist upstream only in an open, unmerged pull request (openstates/people PR #3950,
 * stored as officials/ca-upstream-pending-2026-08.json): applied over the records of the merged
 * sources, and every record they change says so (`provenance.sourceId` is the pull request's
 * source entry and `provenance.note` says it is an unreviewed upstream change).
 *
 * Pure. What the change says is applied; what it cannot be matched to is reported, never guessed:
 * - a member who left a seat (`role_end`, or moved to `retired/`): the seat becomes an explicit
 *   vacancy, with the reason and the date the pull request gives in `verification.note`;
 * - offices: a removed office is found in the record by its street number and city, or its voice
 *   number; an added one replaces the removed office it matches (same street number and city, same
 *   number, or same city), fills in an office already listed, or is appended. Coordinates are kept
 *   only where the street number and city stay the same (they belong to the old address);
 * - a website, party or start date: filled in when the record has none, else compared and reported.
 */
import type {Address, DatasetInput, Phone} from '../../src/core/dataset/schema/index.js';
import type {Chamber} from './districts.js';
import {parseAddress, usPhone} from './normalise.js';
import {BODY_NAMES, personId, vacancy} from './seats.js';

type OfficialInput = NonNullable<DatasetInput['officials']>[number];
type OfficeInput = NonNullable<OfficialInput['offices']>[number];

export interface UpstreamPendingOffice {
  classification: string;
  address?: string | null;
  voice?: string | null;
  fax?: string | null;
}

export interface UpstreamPendingMember {
  chamber: string;
  district: string | number | null;
  name: string;
  bioguide_id?: string;
  ocd_id?: string;
  change?: string;
  party?: string;
  term_start?: string;
  role_end?: string;
  moved_to?: string;
  offices?: UpstreamPendingOffice[];
  offices_added?: UpstreamPendingOffice[];
  offices_removed?: UpstreamPendingOffice[];
  website?: string;
  email_or_form?: string;
}

interface UpstreamPendingVacancy {
  chamber: string;
  district: string;
  vacant_until?: string;
}

/** The shape of officials/ca-upstream-pending-2026-08.json (the fields we read). */
export interface UpstreamPending {
  /** "openstates/people pull request #3950 (…)". */
  source: string;
  pr_head_commit: string;
  /** "main @ 934bf09 (2026-08-05), …": the commit the change was compared with. */
  compared_with?: string;
  as_of: string;
  license?: string;
  congress?: UpstreamPendingMember[];
  legislature?: UpstreamPendingMember[];
  legislature_vacancies_in_pr_settings?: UpstreamPendingVacancy[];
  congress_vacancies_in_pr_settings?: UpstreamPendingVacancy[];
}

/** The `meta.sources` entry of the pull request: id `openstates-people-pr<N>`, version its head commit. */
export function pendingSource(p: UpstreamPending) {
  const pr = /#(\d+)/.exec(p.source)?.[1];
  if (!pr) throw new Error(`pending change: no pull request number in "${p.source}"`);
  return {
    id: `openstates-people-pr${pr}`,
    name: `openstates/people pull request #${pr} (open, unmerged and unreviewed when read): California changes not yet in main (a member who left the Assembly, new and moved offices)`,
    url: `https://github.com/openstates/people/pull/${pr}`,
    licence: p.license ?? 'CC0-1.0',
    version: p.pr_head_commit,
    asOf: p.as_of,
  };
}

const lower = (s: string | undefined) => s?.trim().toLowerCase();

/** Street number and city of an office, to recognise the same place written differently. */
interface Site {
  number?: string;
  city?: string;
}

const siteOfAddress = (a: Address | undefined): Site => ({number: /\d+/.exec(a?.street ?? '')?.[0], city: lower(a?.city)});

function siteOfRaw(raw: string | null | undefined): Site {
  const parsed = raw ? parseAddress(raw) : undefined;
  if (parsed) return siteOfAddress(parsed);
  // Unreadable as an address (e.g. a building name before the street): the first number before the city.
  const parts = (raw ?? '').split(/[;,]/).map((p) => p.trim()).filter(Boolean);
  return {number: /\d+/.exec(parts.slice(0, -2).join(' '))?.[0], city: lower(parts.at(-2))};
}

const sameSite = (a: Site, b: Site) => !!(a.number && a.city && a.number === b.number && a.city === b.city);
const voiceOf = (o: OfficeInput | undefined) => o?.phones?.find((p) => p.kind !== 'fax')?.number;
const describe = (o: OfficeInput | undefined) =>
  o?.address ? `${o.address.street}, ${o.address.city}` : voiceOf(o) ? `office ${voiceOf(o)}` : 'an office';

/** The offices of one record after a pending change; `changes` says what changed, in plain words. */
function applyOffices(
  existing: readonly OfficeInput[],
  removed: readonly UpstreamPendingOffice[],
  added: readonly UpstreamPendingOffice[],
  kindOf: (classification: string) => OfficeInput['kind'],
  report: (message: string) => void,
): {offices: OfficeInput[]; changes: string[]} {
  const out: Array<OfficeInput | undefined> = existing.map((o) => ({...o}));
  const changes: string[] = [];
  const gone = new Set<number>();
  const matches = (o: OfficeInput | undefined, u: UpstreamPendingOffice, how: 'site' | 'phone' | 'city') =>
    !!o &&
    o.kind === kindOf(u.classification) &&
    (how === 'site'
      ? sameSite(siteOfAddress(o.address), siteOfRaw(u.address))
      : how === 'phone'
        ? !!voiceOf(o) && voiceOf(o) === usPhone(u.voice)
        : !!o.address && lower(o.address.city) === siteOfRaw(u.address).city);

  for (const r of removed) {
    const i = out.findIndex((o, j) => !gone.has(j) && (matches(o, r, 'site') || matches(o, r, 'phone')));
    if (i < 0) report(`the pending change removes an office (${r.address ?? r.voice}) this record does not list; nothing to remove`);
    else gone.add(i);
  }
  for (const a of added) {
    const kind = kindOf(a.classification);
    const phones: Phone[] = [];
    for (const [raw, k] of [[a.voice, undefined], [a.fax, 'fax']] as const) {
      if (!raw) continue;
      const number = usPhone(raw);
      if (number) phones.push({number, ...(k ? {kind: k} : {})});
      else report(`pending office phone "${raw}" is not a valid US phone number; left out`);
    }
    const address = a.address ? parseAddress(a.address) : undefined;
    if (a.address && !address) report(`pending office address "${a.address}" cannot be read; the address already listed (if any) is kept`);
    const site = address ? siteOfAddress(address) : siteOfRaw(a.address);
    const pick = (candidates: number[]) =>
      (['site', 'phone', 'city'] as const).map((how) => candidates.find((j) => matches(out[j], a, how))).find((j) => j !== undefined);
    // 1. The office this one replaces (it moved, or upstream rewrote it).
    const replaced = pick([...gone]);
    if (replaced !== undefined) {
      const old = out[replaced]!;
      const keepGeo = old.geo && sameSite(siteOfAddress(old.address), site);
      const next: OfficeInput = {
        kind,
        ...(phones.length ? {phones} : old.phones ? {phones: old.phones} : {}),
        ...((address ?? old.address) ? {address: address ?? old.address} : {}),
        ...(keepGeo ? {geo: old.geo} : {}),
      };
      gone.delete(replaced);
      out[replaced] = next;
      if (JSON.stringify(next) !== JSON.stringify(old)) {
        changes.push(`${kind} office ${describe(old)} → ${describe(next)}${voiceOf(next) !== voiceOf(old) ? ` (phone ${voiceOf(next) ?? 'none'})` : ''}`);
        if (old.geo && !keepGeo) report(`coordinates of ${describe(old)} dropped: they belong to the old address`);
      }
      continue;
    }
    // 2. An office already listed: fill in what it lacks.
    const listed = (['site', 'phone'] as const)
      .map((how) => out.findIndex((o, j) => !gone.has(j) && matches(o, a, how)))
      .find((j) => j >= 0);
    if (listed !== undefined) {
      const old = out[listed]!;
      const next: OfficeInput = {
        ...old,
        ...(!old.address && address ? {address} : {}),
        ...(!voiceOf(old) && phones.length ? {phones: [...phones, ...(old.phones ?? [])]} : {}),
      };
      out[listed] = next;
      if (JSON.stringify(next) !== JSON.stringify(old)) changes.push(`${kind} office ${describe(old)}: ${old.address ? 'phone' : 'address'} filled in (${describe(next)})`);
      continue;
    }
    // 3. A new office.
    if (!phones.length && !address) continue;
    const next: OfficeInput = {kind, ...(phones.length ? {phones} : {}), ...(address ? {address} : {})};
    out.push(next);
    changes.push(`${kind} office added: ${describe(next)}${voiceOf(next) ? `, ${voiceOf(next)}` : ''}`);
  }
  for (const j of gone) {
    changes.push(`${out[j]!.kind} office ${describe(out[j])} removed`);
    out[j] = undefined;
  }
  return {offices: out.filter((o): o is OfficeInput => !!o), changes};
}

const congressKind = (c: string): OfficeInput['kind'] => (c === 'capitol' ? 'dc' : 'district');
const stateKind = (c: string): OfficeInput['kind'] => (c === 'capitol' ? 'capitol' : 'district');

/** "CA-46" or 46 → 46. */
const districtNumber = (d: string | number | null) => (d === null ? undefined : Number(String(d).replace(/^CA-/, '')));

/**
 * `records` with the pending change applied. `skipped` has one line per change applied (so the
 * build prints what the unreviewed change did) and per part of the change left out.
 */
export function applyPending(
  records: readonly OfficialInput[],
  pending: UpstreamPending,
  options: {mergedVersion?: string} = {},
): {records: OfficialInput[]; skipped: string[]} {
  const source = pendingSource(pending);
  const skipped: string[] = [];
  const merged = options.mergedVersion?.slice(0, 7);
  if (merged && !pending.compared_with?.includes(merged)) {
    skipped.push(
      `${source.id}: the pending change was compared with ${pending.compared_with ?? 'an unknown commit'}, not with openstates/people @ ${merged} used now: check whether it was merged (then delete the pending file)`,
    );
  }
  const out = [...records];
  const indexOf = (id: string) => out.findIndex((o) => o.id === id);
  const pr = `openstates/people PR #${source.id.replace(/^\D+/, '')}`;

  const mark = (i: number, changes: string[]) => {
    const o = out[i]!;
    out[i] = {
      ...o,
      provenance: {
        ...o.provenance,
        sourceId: source.id,
        asOf: source.asOf,
        note: `Unreviewed upstream change (${pr}, open and not merged when read) applied over ${o.provenance?.sourceId} as of ${o.provenance?.asOf}: ${changes.join('; ')}.`,
      },
    };
    for (const c of changes) skipped.push(`${o.id}: from the unreviewed pending change ${source.id}: ${c}`);
  };

  const members = [
    ...(pending.congress ?? []).map((m) => ({m, id: m.bioguide_id ? `bioguide:${m.bioguide_id}` : undefined, kindOf: congressKind})),
    ...(pending.legislature ?? []).map((m) => ({m, id: m.ocd_id ? personId(m.ocd_id) : undefined, kindOf: stateKind})),
  ];
  for (const {m, id, kindOf} of members) {
    const i = id ? indexOf(id) : -1;
    const report = (message: string) => skipped.push(`${id ?? m.name}: ${message}`);
    if (i < 0) {
      report(`the pending change names ${m.name}, who is not in the merged sources; left out`);
      continue;
    }
    const o = out[i]!;

    // A member who left the seat: the seat becomes a vacancy.
    if (m.role_end || m.moved_to?.includes('/retired/')) {
      const body = o.body as Chamber;
      const n = districtNumber(m.district);
      if (!(body === 'state-senate' || body === 'state-assembly' || body === 'us-house') || !o.districtOcdId?.endsWith(`:${n}`)) {
        report(`the pending change retires ${m.name} from district ${m.district}, but this record is for ${o.districtOcdId}; left as is`);
        continue;
      }
      const settings = pending.legislature_vacancies_in_pr_settings?.find((v) => Number(v.district) === n && (v.chamber === 'lower') === (body === 'state-assembly'));
      const elsewhere = records.find((x) => x.id !== o.id && x.status !== 'vacant' && x.name === o.name && (x.body === 'us-house' || x.body === 'us-senate'));
      const where = elsewhere?.body === 'us-house' ? `the U.S. House for CA-${elsewhere.districtOcdId?.split(':').pop()}` : 'the U.S. Senate';
      // Shown to visitors: plain words. The technical trail goes to provenance.note.
      const reason = [
        elsewhere?.termStart ? `${o.name} left this seat when sworn in to ${where} on ${elsewhere.termStart}.` : `${o.name} no longer holds this seat.`,
        `An upstream change not yet reviewed (Open States) lists the seat as vacant${settings?.vacant_until ? ` until ${settings.vacant_until}` : ''}.`,
      ].join(' ');
      const note = [
        `Unreviewed upstream change (${pr}, open and not merged when read): retires ${o.name} from ${BODY_NAMES[body]} district ${n}${m.role_end ? ` (role_end ${m.role_end})` : ''}`,
        settings?.vacant_until ? `, vacant until ${settings.vacant_until} in its settings` : '',
        `; ${o.provenance?.sourceId} as of ${o.provenance?.asOf} still lists ${o.name}.`,
        elsewhere?.termStart ? ` Sworn in to ${where} on ${elsewhere.termStart}: ${elsewhere.provenance?.sourceId} as of ${elsewhere.provenance?.asOf}.` : '',
      ].join('');
      out[i] = vacancy(body, n!, {sourceId: source.id, asOf: source.asOf, note}, reason);
      skipped.push(`${o.id}: from the unreviewed pending change ${source.id}: ${o.name} retired; ${out[i]!.id} is vacant`);
      continue;
    }

    const changes: string[] = [];
    const {offices, changes: officeChanges} = applyOffices(o.offices ?? [], m.offices_removed ?? [], [...(m.offices ?? []), ...(m.offices_added ?? [])], kindOf, report);
    changes.push(...officeChanges);
    let next: OfficialInput = {...o, ...(offices.length ? {offices} : {})};
    if (m.website) {
      if (!o.website) {
        next = {...next, website: m.website};
        changes.push(`website ${m.website}`);
      } else if (o.website.replace(/\/$/, '') !== m.website.replace(/\/$/, '')) report(`pending website ${m.website} differs from ${o.website}; kept`);
    }
    if (m.email_or_form) report(`pending contact form ${m.email_or_form} not imported (House contact forms are left out; see data/README.md)`);
    if (m.party && o.party && lower(m.party) !== lower(o.party) && !(lower(o.party) === 'democrat' && lower(m.party) === 'democratic')) {
      report(`pending party "${m.party}" differs from "${o.party}"; kept`);
    }
    if (m.term_start && o.termStart && m.term_start !== o.termStart) report(`pending term start ${m.term_start} differs from ${o.termStart}; kept`);
    if (changes.length) {
      out[i] = next;
      mark(i, changes);
    } else report('the pending change changes nothing here (already so in the merged sources)');
  }

  for (const v of pending.congress_vacancies_in_pr_settings ?? []) {
    const n = districtNumber(v.district);
    const seat = out.find((o) => o.body === 'us-house' && o.districtOcdId?.endsWith(`:${n}`));
    if (seat?.status !== 'vacant') skipped.push(`us-house ${n}: the pending change lists the seat as vacant, but ${seat?.name ?? 'nobody'} holds it in the merged sources; left as is`);
  }
  return {records: out, skipped};
}
