/**
 * Pure lookup logic of the contact widget: which district plan is in force on a date, ZIP ->
 * candidate districts per chamber (never a guess: a split ZIP returns every candidate), the
 * officials for the chosen districts plus the statewide ones (who holds each seat on a date:
 * terms.ts), campaign targets and the nearest district office. No DOM, no Lit: unit-tested directly.
 */
import {isoDayIn} from '../../core/format.js';
import type {
  Campaign,
  Dataset,
  DistrictPlan,
  Office,
  Official,
  ZipDistrictTable,
  ZipGeoTable,
  ZipTableRef,
} from '../../core/dataset/schema/index.js';
import {isCaliforniaZip, readZip} from '../../core/zip.js';
import {holders, seatsOf} from './terms.js';

/** The chambers a ZIP is looked up for; every other official is statewide. */
export const CHAMBERS = ['us-house', 'state-senate', 'state-assembly'] as const;
export type Chamber = (typeof CHAMBERS)[number];

/** Statewide offices, in the order they are listed. */
export const STATEWIDE = ['us-senate', 'governor', 'lt-governor', 'attorney-general', 'secretary-of-state'] as const;

const OCD_PREFIX: Record<Chamber, string> = {'us-house': 'cd', 'state-senate': 'sldu', 'state-assembly': 'sldl'};

export type Channel = 'call' | 'email' | 'webform' | 'letter';
export const CHANNELS: readonly Channel[] = ['call', 'email', 'webform', 'letter'];

/** `YYYY-MM-DD` of `now` in California (where the maps change at local midnight). */
export const isoDay = (now: Date = new Date()): string => isoDayIn(now);

/** The plan of `body` in force on `date` (`validFrom` <= date < `validTo`); the newest if several. */
export function planInForce(plans: readonly DistrictPlan[], body: string, date: string): DistrictPlan | undefined {
  return plans
    .filter((p) => p.body === body && p.validFrom <= date && (!p.validTo || date < p.validTo))
    .reduce<DistrictPlan | undefined>((best, p) => (!best || p.validFrom > best.validFrom ? p : best), undefined);
}

export interface TablePlan {
  plans: Partial<Record<Chamber, DistrictPlan>>;
  /** The zip-districts tables of the plans in force. */
  districtRefs: ZipTableRef[];
  geoRef?: ZipTableRef;
}

/** Which ZIP tables a lookup on `date` needs (fetched only when a person looks up a ZIP). */
export function tablesFor(dataset: Pick<Dataset, 'districtPlans' | 'zipTables'>, date: string): TablePlan {
  const plans: TablePlan['plans'] = {};
  const districtRefs: ZipTableRef[] = [];
  for (const chamber of CHAMBERS) {
    const plan = planInForce(dataset.districtPlans, chamber, date);
    if (!plan) continue;
    plans[chamber] = plan;
    const ref = dataset.zipTables.find((t) => t.kind === 'zip-districts' && t.planIds?.includes(plan.id));
    if (ref && !districtRefs.includes(ref)) districtRefs.push(ref);
  }
  return {plans, districtRefs, geoRef: dataset.zipTables.find((t) => t.kind === 'zip-geo')};
}

/** One chamber's answer for a ZIP. `found` with several candidates is a split ZIP. */
export type ChamberResult =
  | {status: 'found'; plan: DistrictPlan; candidates: number[]}
  /**
   * The plan has no ZIP table but lists the districts of each county (`countyDistricts`): the
   * ZIP's county gives the candidates. Exact for a county inside one district; otherwise the
   * candidates come from the county, not the ZIP, and the widget says so.
   */
  | {status: 'county'; plan: DistrictPlan; county: string; candidates: number[]}
  /** The plan in force has no ZIP table (e.g. the Prop 50 map): never fall back to another map. */
  | {status: 'no-table'; plan?: DistrictPlan}
  | {status: 'not-found'; plan: DistrictPlan};

/**
 * Why a ZIP gives no districts: not a ZIP (`invalid`), a ZIP outside California (`outside`), or a
 * California ZIP no table knows (`unknown`: a PO-box or business ZIP, or a new one).
 */
export type ZipProblem = 'invalid' | 'outside' | 'unknown';

export type ZipLookup =
  /** `county`: the ZIP's county (FIPS), for the next events near the person on the last step. */
  | {ok: true; zip: string; chambers: Record<Chamber, ChamberResult>; centroid?: LatLng; county?: string}
  | {ok: false; zip: string; reason: ZipProblem};

export interface LatLng {
  lat: number;
  lng: number;
}

export const isZip = (zip: string) => /^\d{5}$/.test(zip);

/**
 * What a typed ZIP is before any table is read: the 5 digits of a California ZIP (ZIP+4 and
 * spaces as people type them), or why not (`zip`: the 5 digits, or the trimmed input).
 */
export function checkZip(input: string): {ok: true; zip: string} | {ok: false; zip: string; reason: 'invalid' | 'outside'} {
  const zip = readZip(input);
  if (!zip) return {ok: false, zip: input.trim(), reason: 'invalid'};
  return isCaliforniaZip(zip) ? {ok: true, zip} : {ok: false, zip, reason: 'outside'};
}

/**
 * The candidate districts of `zip` in every chamber, from the tables of the plans in force (for a
 * plan without a ZIP table, from its `countyDistricts` and the ZIP's county in `geo`).
 * `unknown` when no chamber knows the ZIP (not Californian, a PO-box-only ZIP, a typo).
 */
export function lookupZip(
  zip: string,
  plans: TablePlan['plans'],
  tables: readonly ZipDistrictTable[],
  geo?: ZipGeoTable,
): ZipLookup {
  zip = zip.trim();
  if (!isZip(zip)) return {ok: false, zip, reason: 'invalid'};
  const chambers = {} as Record<Chamber, ChamberResult>;
  let known = false;
  const g = geo?.zips[zip];
  for (const chamber of CHAMBERS) {
    const plan = plans[chamber];
    const table = plan && tables.find((t) => t.planId === plan.id);
    if (!plan || !table) {
      const county = g?.[0];
      const list = county ? plan?.countyDistricts?.[county] : undefined;
      known ||= !!list;
      chambers[chamber] =
        plan && county && list ? {status: 'county', plan, county, candidates: [...new Set(list)].sort((a, b) => a - b)} : {status: 'no-table', plan};
      continue;
    }
    const row = table.zips[zip];
    if (!row) {
      chambers[chamber] = {status: 'not-found', plan};
      continue;
    }
    known = true;
    const candidates = [...new Set(row.map((c) => (Array.isArray(c) ? c[0] : c)))].sort((a, b) => a - b);
    chambers[chamber] = {status: 'found', plan, candidates};
  }
  // Unknown only if some table could have known it: without any table, each chamber says so.
  if (!known && CHAMBERS.some((c) => chambers[c].status === 'not-found')) return {ok: false, zip, reason: 'unknown'};
  return {ok: true, zip, chambers, centroid: g ? {lat: g[1], lng: g[2]} : undefined, county: g?.[0]};
}

export const ocdId = (chamber: Chamber, district: number) =>
  `ocd-division/country:us/state:ca/${OCD_PREFIX[chamber]}:${district}`;

/** The chamber and district number of an OCD id, if it is one of ours. */
export function parseOcdId(id: string): {chamber: Chamber; district: number} | undefined {
  const m = /\/(cd|sldu|sldl):(\d+)$/.exec(id);
  if (!m) return undefined;
  const chamber = CHAMBERS.find((c) => OCD_PREFIX[c] === m[1])!;
  return {chamber, district: Number(m[2])};
}

/** The record of a district's seat on `date`: who holds it, the vacancy, or the term that ended. */
export const seatOf = (officials: readonly Official[], chamber: Chamber, district: number, date: string): Official | undefined =>
  holders(
    officials.filter((o) => o.body === chamber && o.districtOcdId === ocdId(chamber, district)),
    date,
  )[0];

export const isStatewide = (o: Official) => (STATEWIDE as readonly string[]).includes(o.body) && !o.districtOcdId;

/**
 * Everyone who represents a person on `date`: the statewide seats, then one seat per chamber for
 * the chosen districts (a chamber not chosen yet is left out). Each seat is its holder, its
 * vacancy record, or the record whose term has ended (shown as such, never as a contact).
 */
export function officialsFor(officials: readonly Official[], chosen: Partial<Record<Chamber, number>>, date: string): Official[] {
  const statewide = STATEWIDE.flatMap((body) => holders(officials.filter((o) => o.body === body && isStatewide(o)), date, seatsOf(body)));
  const local = CHAMBERS.flatMap((chamber) => {
    const n = chosen[chamber];
    const seat = n === undefined ? undefined : seatOf(officials, chamber, n, date);
    return seat ? [seat] : [];
  });
  return [...statewide, ...local];
}

/**
 * District numbers to choose from by hand for a chamber: the plan's districts and county lists,
 * and the districts the officials' records name (the numbers only: who holds a seat is
 * {@link seatOf} on the date).
 */
export function districtNumbers(
  dataset: Pick<Dataset, 'districts' | 'officials'>,
  chamber: Chamber,
  plan: DistrictPlan | undefined,
): number[] {
  const fromPlan = dataset.districts.filter((d) => d.planId === plan?.id).map((d) => d.number);
  const fromCounties = Object.values(plan?.countyDistricts ?? {}).flat();
  const fromSeats = dataset.officials.flatMap((o) => {
    const parsed = o.body === chamber && o.districtOcdId ? parseOcdId(o.districtOcdId) : undefined;
    return parsed?.chamber === chamber ? [parsed.district] : [];
  });
  return [...new Set([...fromPlan, ...fromCounties, ...fromSeats])].sort((a, b) => a - b);
}

/**
 * The official page to find who holds a seat of `chamber` now: the records' `lookupUrl`, else the
 * House's or the Legislature's own finder. Still unchecked: render it through `safeUrl`.
 */
export const finderUrl = (officials: readonly Official[], chamber: Chamber): string =>
  officials.find((o) => o.body === chamber && o.lookupUrl)?.lookupUrl ??
  (chamber === 'us-house' ? 'https://www.house.gov/representatives/find-your-representative' : 'https://findyourrep.legislature.ca.gov/');

/** Whether a campaign asks people to contact `official`. */
export function isTarget(campaign: Campaign | undefined, official: Official): boolean {
  if (!campaign) return true;
  return campaign.targets.some((t) => t === `official:${official.id}` || t === official.body);
}

/** Great-circle distance in kilometres. */
export function haversineKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const voice = (office: Office) => office.phones?.find((p) => !p.kind || p.kind === 'voice' || p.kind === 'voice-sms');

/** The Washington (D.C.) or Capitol (Sacramento) office with a phone, if any. */
export const mainOffice = (official: Official): Office | undefined =>
  official.offices?.find((o) => (o.kind === 'dc' || o.kind === 'capitol') && voice(o));

/**
 * The district office closest to `from` (the ZIP centroid) among those with coordinates and a
 * phone; without coordinates, the first district office with a phone.
 */
export function nearestOffice(official: Official, from?: LatLng): {office: Office; km?: number} | undefined {
  const offices = (official.offices ?? []).filter((o) => o.kind === 'district' && voice(o));
  let best: {office: Office; km?: number} | undefined;
  if (from) {
    for (const office of offices) {
      if (!office.geo) continue;
      const km = haversineKm(from, office.geo);
      if (!best || km < best.km!) best = {office, km};
    }
  }
  return best ?? (offices[0] ? {office: offices[0]} : undefined);
}

/** The voice number of an office. */
export const officePhone = (office: Office | undefined) => (office ? voice(office)?.number : undefined);

/** The office a letter goes to: the D.C. or Capitol office with a full address, else any. */
export const letterOffice = (official: Official): Office | undefined =>
  official.offices?.find((o) => (o.kind === 'dc' || o.kind === 'capitol') && o.address) ??
  official.offices?.find((o) => o.address);

/** Which channels can reach `official`, in `order`. */
export function channelsFor(official: Official, order: readonly Channel[]): Channel[] {
  if (official.status === 'vacant') return [];
  return order.filter((c) =>
    c === 'call'
      ? !!(mainOffice(official) ?? nearestOffice(official))
      : c === 'email'
        ? !!official.email
        : c === 'webform'
          ? !!(official.contactForm ?? official.website)
          : !!letterOffice(official),
  );
}

/** The `channels` attribute (`"call,email"`) as a list of known channels; empty or invalid -> all. */
export function parseChannels(value: string | null | undefined): Channel[] {
  const list = (value ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s): s is Channel => (CHANNELS as readonly string[]).includes(s));
  return list.length ? [...new Set(list)] : [...CHANNELS];
}

/** The order channels are offered in: the site's `channels` attribute, else the campaign's scripts', then the rest. */
export const channelOrder = (attr: string | undefined, campaign: Campaign | undefined): Channel[] =>
  attr ? parseChannels(attr) : [...new Set([...(campaign?.scripts.map((s) => s.channel) ?? []), ...CHANNELS])];

/** The campaign's script for a channel (the email script stands in for the web form and letter). */
export function scriptFor(campaign: Campaign | undefined, channel: Channel): Campaign['scripts'][number] | undefined {
  const scripts = campaign?.scripts ?? [];
  return (
    scripts.find((s) => s.channel === channel) ??
    (channel === 'call' ? undefined : scripts.find((s) => s.channel !== 'call'))
  );
}

/**
 * Districts returned by a site's `lookup-endpoint`: `{"districts": ["ocd-division/…", …]}` or
 * Google's `{"divisions": {"ocd-division/…": {…}}}`; unknown shapes give none.
 */
export function districtsFromResponse(json: unknown): Partial<Record<Chamber, number>> {
  const out: Partial<Record<Chamber, number>> = {};
  if (!json || typeof json !== 'object') return out;
  const body = json as {districts?: unknown; divisions?: unknown};
  const ids = Array.isArray(body.districts)
    ? body.districts
    : body.divisions && typeof body.divisions === 'object'
      ? Object.keys(body.divisions)
      : [];
  for (const id of ids) {
    const parsed = typeof id === 'string' ? parseOcdId(id) : undefined;
    if (parsed && out[parsed.chamber] === undefined) out[parsed.chamber] = parsed.district;
  }
  return out;
}
