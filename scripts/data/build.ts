/**
 * `npm run data:build [-- --from DIR]`: regenerates data/ from the upstream sources.
 *
 * By default it downloads the upstream files (pinned commits, see SOURCES below); with
 * `--from DIR` it reads a local copy laid out like ../shared/sources. It keeps only the facts our
 * schema holds, each record with its source and as-of date, validates the result with the same
 * validator the widgets use, and refuses to write a dataset with errors.
 */
import {readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {SCHEMA_VERSION, type DatasetInput} from '../../src/core/dataset/schema/index.js';
import {validateDataset} from '../../src/core/dataset/validate.js';
import {HOTLINE_ATTRIBUTION, HOTLINE_SOURCE, importHotlines, type UpstreamNetwork} from './hotlines.js';

/** Upstream files: local path (under --from) and the pinned upstream URL. */
const SOURCES = {
  hotlines: {
    local: 'hotlines/ca-rapid-response-networks.json',
    url: `https://raw.githubusercontent.com/AccessiTech/RedCards/${HOTLINE_SOURCE.version}/src/config/regions.json`,
  },
} as const;

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function readSource(key: keyof typeof SOURCES, from: string | undefined): Promise<unknown> {
  const source = SOURCES[key];
  if (from) return JSON.parse(await readFile(join(from, source.local), 'utf8'));
  const response = await fetch(source.url);
  if (!response.ok) throw new Error(`${source.url}: HTTP ${response.status}`);
  return response.json();
}

async function main(): Promise<void> {
  const from = argValue('--from');
  const out = argValue('--out') ?? 'data';
  const now = new Date();

  const upstream = (await readSource('hotlines', from)) as {networks: UpstreamNetwork[]};
  const hotlines = importHotlines(upstream.networks);
  for (const line of hotlines.skipped) console.warn(`hotlines: skipped ${line}`);

  const dataset: DatasetInput = {
    meta: {
      id: 'amparo-ca',
      schemaVersion: SCHEMA_VERSION,
      generatedAt: now.toISOString().replace(/\.\d+Z$/, 'Z'),
      jurisdiction: 'US-CA',
      locales: ['en', 'es'],
      timeZone: 'America/Los_Angeles',
      licence: 'MIT (this compilation); each source keeps its licence, see data/README.md',
      attribution: [HOTLINE_ATTRIBUTION],
      sources: [HOTLINE_SOURCE],
    },
    hotlines: hotlines.records,
  };

  const result = validateDataset(dataset, {now});
  const errors = result.issues.filter((i) => i.severity === 'error');
  for (const issue of result.issues) console.warn(`${issue.severity}: ${issue.path}: ${issue.message}`);
  if (!result.ok || errors.length) {
    console.error(`data:build: the generated dataset has ${errors.length} error(s); nothing written.`);
    process.exit(1);
  }
  await writeFile(join(out, 'amparo-ca.json'), `${JSON.stringify(dataset, null, 1)}\n`);
  console.log(`data:build: wrote ${join(out, 'amparo-ca.json')} (${hotlines.records.length} hotlines).`);
}

await main();
