/**
 * `amparo import`, `amparo export --hsds` and `amparo template`: the file-system side of
 * src/import (which does the work and knows nothing of files).
 */
import {existsSync} from 'node:fs';
import {mkdir, readdir, readFile, stat, writeFile} from 'node:fs/promises';
import {basename, extname, join} from 'node:path';
import type {ZipGeoTable} from '../core/dataset/schema/index.js';
import {
  datasetIdFrom,
  datasetToHsds,
  formatProblem,
  hsdsJson,
  hsdsPackage,
  importFiles,
  mapFromJson,
  parseMapSpec,
  TEMPLATE_CSV,
  type InputFile,
} from '../import/index.js';
import {tableOfFile} from '../import/hsds.js';
import type {ColumnMap} from '../import/mapping.js';

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** A wrong command line: printed with the usage, exit code 2. */
export class UsageError extends Error {}

/** The package's own data folder (dist/data/), next to this file's dist/cli/. */
const packageData = (file: string) => new URL(`../data/${file}`, import.meta.url);

interface Args {
  files: string[];
  flags: Map<string, string[]>;
}

/** Splits `args` into files and `--flag value` pairs; `boolean` flags take no value. */
function parseArgs(args: string[], valued: string[], boolean: string[]): Args {
  const files: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (boolean.includes(name)) flags.set(name, ['true']);
    else if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
      flags.set(name, [...(flags.get(name) ?? []), value]);
    } else throw new UsageError(`unknown option ${name}`);
  }
  return {files, flags};
}

async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`${what} ${path} cannot be read`);
  }
  try {
    return JSON.parse(text.replace(/^\ufeff/, '')) as unknown;
  } catch (error) {
    throw new UsageError(`${what} ${path} is not valid JSON (${(error as Error).message})`);
  }
}

/** The input files: each file named, and the CSV, ICS and JSON files of each folder named. */
async function inputFiles(paths: string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new UsageError(`${path}: no such file or folder`);
    }
    let names = [path];
    if (info.isDirectory()) {
      const all = (await readdir(path)).filter((n) => ['.csv', '.ics', '.json'].includes(extname(n).toLowerCase())).sort();
      // An HSDS package folder: its CSV tables are the data (its JSON files describe or repeat them).
      const hsds = all.some((n) => tableOfFile(n));
      names = all.filter((n) => !(hsds && n.toLowerCase().endsWith('.json'))).map((n) => join(path, n));
    }
    for (const name of names) files.push({name, text: await readFile(name, 'utf8')});
  }
  return files;
}

/** `amparo import FILE... --out dataset.json` (see USAGE in amparo.ts). */
export async function importCommand(args: string[], io: Output): Promise<number> {
  const {files, flags} = parseArgs(
    args,
    ['--out', '--into', '--map', '--zip-table', '--text-lang', '--licence', '--license', '--id', '--amparo-url', '--today'],
    ['--no-hotlines', '--standalone', '--verbose'],
  );
  const one = (name: string) => flags.get(name)?.at(-1);
  if (!files.length) throw new UsageError('name at least one file to import');
  const out = one('--out');
  const into = one('--into');
  if (!out && !into) throw new UsageError('say where to write the dataset: --out dataset.json (or --into existing.json)');

  const map = new Map<string, ColumnMap>();
  for (const spec of flags.get('--map') ?? []) {
    try {
      const entries = spec.toLowerCase().endsWith('.json') && existsSync(spec) ? mapFromJson(await readJsonFile(spec, 'mapping file')) : parseMapSpec(spec);
      for (const [k, v] of entries) map.set(k, v);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`--map: ${(error as Error).message}`);
    }
  }
  const textLang = one('--text-lang');
  if (textLang && !/^[a-z]{2,3}(-[A-Za-z\d]{2,8})*$/.test(textLang)) throw new UsageError(`--text-lang: "${textLang}" is not a language tag like es`);
  const today = one('--today');
  if (today && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError('--today: expected a date like 2026-12-04');
  const zipPath = one('--zip-table');
  const zipTable = (await readJsonFile(zipPath ?? packageData('zip-geo.json').pathname, 'ZIP table')) as ZipGeoTable;
  if ((zipTable as {kind?: unknown}).kind !== 'zip-geo') throw new UsageError('--zip-table: not a zip-geo table (see dist/data/zip-geo.json)');
  const base = into && existsSync(into) ? {name: into, json: await readJsonFile(into, 'dataset')} : undefined;
  if (into && !base && !out) throw new UsageError(`--into ${into}: no such file (use --out to start a new dataset)`);
  // A new dataset extends Amparo's statewide one (hotlines, ZIP lookup, officials, rights content
  // stay current with the package); --standalone copies the hotlines instead.
  const standalone = flags.has('--standalone');
  const hotlines = !base && standalone && !flags.has('--no-hotlines') && existsSync(packageData('amparo-ca.json'))
    ? await readJsonFile(packageData('amparo-ca.json').pathname, 'default dataset')
    : undefined;
  const amparoUrl = one('--amparo-url') ?? '/amparo/';
  const inputs = await inputFiles(files);

  const result = await importFiles(inputs, {
    ...(today && {now: new Date(`${today}T12:00:00Z`)}),
    textLang,
    zipTable,
    map,
    ...(base && {into: base}),
    id: one('--id') ?? datasetIdFrom(out ?? into!),
    licence: one('--licence') ?? one('--license'),
    extendsDefault: !standalone,
    hotlinesFrom: hotlines,
    zipTableUrl: `${amparoUrl.replace(/\/?$/, '/')}data/zip-geo.json`,
  });

  const verbose = flags.has('--verbose');
  let notes = 0;
  for (const p of result.problems) {
    if (p.severity === 'note' && !verbose) notes++;
    else io.out(formatProblem(p));
  }
  const imported = (['organizations', 'locations', 'services', 'events'] as const).reduce(
    (n, kind) => n + (result.changes[kind] ? result.changes[kind]!.added.length + result.changes[kind]!.updated.length + result.changes[kind]!.unchanged : 0),
    0,
  );
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.filter((p) => p.severity === 'warning').length;
  const tally = `${errors} record(s) left out, ${warnings} warning(s)${notes ? `, ${notes} note(s) (--verbose lists them)` : ''}`;
  if (!result.dataset || !imported) {
    io.err(`Nothing usable was found in ${inputs.map((f) => basename(f.name)).join(', ')}; nothing was written (${tally}).`);
    return 1;
  }
  const target = out ?? into!;
  await writeFile(target, `${JSON.stringify(result.dataset, null, 2)}\n`);
  const counts = Object.entries(result.counts)
    .filter(([k]) => k !== 'zipTables')
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  const merged = Object.entries(result.changes)
    .filter(([k]) => k !== 'hotlines')
    .map(([k, c]) => `${k}: ${c.added.length} added, ${c.updated.length} updated, ${c.unchanged} unchanged`)
    .join('; ');
  io.err(`Wrote ${target}: ${counts} (${merged}); ${tally}.`);
  if (!base && !standalone) {
    io.err(
      `${basename(target)} extends Amparo's statewide dataset (meta.extends: "amparo:default"): hotlines, ZIP lookup, ` +
        "officials and rights content come from the copy next to Amparo's script. Use --standalone for a file that stands alone.",
    );
  } else if (!base) {
    io.err(
      `The resource finder looks up ZIP codes in ${amparoUrl.replace(/\/?$/, '/')}data/zip-geo.json (relative to where you publish ${basename(target)}); ` +
        'change it with --amparo-url if Amparo\'s files are elsewhere.',
    );
  }
  return 0;
}

/** `amparo export --hsds dataset.json --out dir`: the HSDS 3.0 CSV package, datapackage.json and hsds.json. */
export async function exportCommand(args: string[], io: Output): Promise<number> {
  const {files, flags} = parseArgs(args, ['--hsds', '--out'], []);
  const source = flags.get('--hsds')?.at(-1);
  const dir = flags.get('--out')?.at(-1);
  if (!source || !dir || files.length) throw new UsageError('usage: amparo export --hsds <dataset.json> --out <folder>');
  const json = (await readJsonFile(source, 'dataset')) as Parameters<typeof datasetToHsds>[0];
  if (!json || typeof json !== 'object' || !('meta' in json)) {
    io.err(`${source}: not an Amparo dataset (no "meta")`);
    return 1;
  }
  const tables = datasetToHsds(json);
  const written = hsdsPackage(tables, datasetIdFrom(source));
  written['hsds.json'] = `${JSON.stringify(hsdsJson(tables), null, 2)}\n`;
  await mkdir(dir, {recursive: true});
  for (const [name, text] of Object.entries(written)) await writeFile(join(dir, name), text);
  const count = (t: keyof typeof tables) => tables[t].length;
  io.err(
    `Wrote ${dir}: ${count('organizations')} organizations, ${count('services')} services, ${count('locations')} locations ` +
      `(${Object.keys(written).join(', ')}). Events, hotlines and other collections have no HSDS form (see docs/hsds.md).`,
  );
  return count('organizations') + count('services') ? 0 : 1;
}

/** `amparo template [--out file]`: the spreadsheet template with one fictional example row. */
export async function templateCommand(args: string[], io: Output): Promise<number> {
  const {files, flags} = parseArgs(args, ['--out'], []);
  if (files.length) throw new UsageError('usage: amparo template [--out partners.csv]');
  const out = flags.get('--out')?.at(-1);
  if (out) await writeFile(out, TEMPLATE_CSV);
  else io.out(TEMPLATE_CSV.replace(/\r\n$/, ''));
  return 0;
}
