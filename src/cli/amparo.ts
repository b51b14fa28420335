/**
 * `amparo`: the command-line tool for people who host their own dataset.
 *
 *   npx amparo validate <file|url> [...]   print every problem as `path: message`
 *   npx amparo schema [--out file]         print the dataset JSON Schema
 *
 * `validate` exits 1 when a file has errors (invalid records, which the widgets would skip, or a
 * document they cannot use at all) and 0 otherwise; warnings (stale records) do not fail.
 * ZIP tables and rights-language files referenced from a dataset are validated too.
 */
import {readFile, writeFile} from 'node:fs/promises';
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {datasetJsonSchema} from '../core/dataset/schema/json-schema.js';
import {datasetGaps} from '../check/gaps.js';
import {validateDataset, validateRightsStrings, validateZipTable, type Issue} from '../core/dataset/validate.js';
import {withBases} from './layers.js';

const USAGE = `Usage:
  amparo validate <file|url> [<file|url> ...]   check a dataset (and the files it references)
  amparo schema [--out <file>]                  print the dataset JSON Schema

validate prints each problem as "path: message" and exits 1 on errors, 0 otherwise.`;

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

function toUrl(target: string): URL {
  return /^https?:\/\//i.test(target) ? new URL(target) : pathToFileURL(resolve(target));
}

async function readJson(url: URL): Promise<unknown> {
  const text =
    url.protocol === 'file:'
      ? await readFile(url, 'utf8')
      : await fetch(url, {headers: {accept: 'application/json'}}).then((r) => {
          if (!r.ok) throw new Error(`HTTP ${r.status}`);
          return r.text();
        });
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message})`, {cause: error});
  }
}

function print(label: string, issues: Issue[], io: Output): number {
  let errors = 0;
  for (const issue of issues) {
    if (issue.severity === 'error') errors++;
    io.out(`${label} ${issue.path}: ${issue.severity === 'warning' ? 'warning: ' : ''}${issue.message}`);
  }
  return errors;
}

/** Validates one dataset or ZIP table; returns the number of errors. */
async function validateTarget(target: string, io: Output): Promise<number> {
  const url = toUrl(target);
  let json: unknown;
  try {
    json = await readJson(url);
  } catch (error) {
    io.out(`${target} $: could not read: ${(error as Error).message}`);
    return 1;
  }
  const kind = (json as {kind?: unknown} | null)?.kind;
  if (kind === 'zip-geo' || kind === 'zip-districts' || kind === 'rights-strings') {
    const result = kind === 'rights-strings' ? validateRightsStrings(json) : validateZipTable(json);
    return print(target, result.issues, io) + (result.ok ? 0 : 1);
  }
  // A dataset that extends another is checked as the widgets see it: both together.
  const layers = await withBases(json, url);
  for (const problem of layers.problems) io.out(`${target} ${problem}`);
  const result = validateDataset(layers.json);
  let errors = layers.problems.length + print(target, result.issues, io);
  if (!result.ok) {
    io.out(`${target} $: the widgets cannot use this file (${result.failure})`);
    return errors + 1;
  }
  for (const gap of datasetGaps(result.dataset)) io.out(`${target} $: warning: for <amparo-${gap.widget}>: ${gap.message}`);
  const parts = [
    ...result.dataset.zipTables.map((t) => t.url),
    ...result.dataset.rightsEditions.flatMap((e) => e.locales.flatMap((l) => (l.url ? [l.url] : []))),
  ];
  for (const part of parts) {
    const tableUrl = new URL(part, url);
    const label = tableUrl.protocol === 'file:' ? resolve(tableUrl.pathname) : tableUrl.href;
    errors += await validateTarget(label, io);
  }
  return errors;
}

export async function main(argv: string[], io: Output = {out: console.log, err: console.error}): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'validate' && args.length > 0) {
    let errors = 0;
    for (const target of args) errors += await validateTarget(target, io);
    io.err(errors ? `${errors} error(s) found.` : 'Valid.');
    return errors ? 1 : 0;
  }
  if (command === 'schema') {
    const json = `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
    const outIndex = args.indexOf('--out');
    const outFile = outIndex >= 0 ? args[outIndex + 1] : undefined;
    if (outFile) await writeFile(outFile, json);
    else io.out(json);
    return 0;
  }
  io.err(USAGE);
  return command === 'help' || command === '--help' ? 0 : 2;
}
