/**
 * `npm run data:report [-- --data FILE] [--now YYYY-MM-DD] [--write | --check]`: prints the
 * coverage report of the dataset (counties without a resource or hotline, unverified, doubtful
 * and stale records by collection, vacant seats).
 *
 * Printed, "stale" is measured against today (or `--now`). With `--write` the report replaces the
 * "Coverage report" section of data/README.md between its markers; with `--check` it exits 1 if
 * that section is out of date. Both measure staleness against the dataset's `meta.generatedAt`, so
 * the README does not change from one day to the next.
 */
import {readFile, writeFile} from 'node:fs/promises';
import {coverageReport, replaceReport} from './coverage.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const flag = (name: string) => process.argv.includes(name);

async function main(): Promise<number> {
  const file = arg('--data') ?? 'data/amparo-ca.json';
  const readmeFile = arg('--readme') ?? 'data/README.md';
  const data = JSON.parse(await readFile(file, 'utf8')) as {meta?: {generatedAt?: string}};
  if (flag('--write') || flag('--check')) {
    const generatedAt = data.meta?.generatedAt;
    if (!generatedAt) throw new Error(`${file}: meta.generatedAt is missing`);
    const report = coverageReport(data, {now: new Date(generatedAt), nowLabel: 'meta.generatedAt of amparo-ca.json'});
    const readme = await readFile(readmeFile, 'utf8');
    const updated = replaceReport(readme, report);
    if (flag('--check')) {
      if (updated === readme) return 0;
      console.error(`${readmeFile}: the coverage report is out of date; run \`npm run data:report -- --write\`.`);
      return 1;
    }
    if (updated !== readme) await writeFile(readmeFile, updated);
    console.log(`data:report: ${updated === readme ? 'unchanged' : 'updated'} ${readmeFile}.`);
    return 0;
  }
  const now = arg('--now');
  console.log(coverageReport(data, {now: now ? new Date(`${now}T00:00:00Z`) : new Date(), nowLabel: now ? '--now' : 'today'}));
  return 0;
}

process.exitCode = await main();
