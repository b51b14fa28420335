/**
 * `amparo`: the command-line tool for people who host their own dataset.
 *
 *   npx amparo validate <file|url> [...]              print every problem as `path: message`
 *   npx amparo schema [--out file]                    print the dataset JSON Schema
 *   npx amparo import FILE... --out dataset.json      spreadsheets (CSV), calendars (ICS) and HSDS
 *                                                     (JSON or CSV package) to a dataset
 *   npx amparo export --hsds dataset.json --out dir   the dataset as an HSDS 3.0 package
 *   npx amparo template [--out partners.csv]          the spreadsheet template
 *
 * `validate` exits 1 when a file has errors (invalid records, which the widgets would skip, or a
 * document they cannot use at all) and 0 otherwise; warnings (stale records) do not fail.
 * ZIP tables and rights-language files referenced from a dataset are validated too.
 *
 * `import` prints every row it left out or changed as `file:line: reason` and exits 0 when it
 * wrote a dataset (warnings or not), 1 when the files held nothing usable, 2 on a usage error;
 * `export` and `template` exit 0 (1: nothing to export). Usage errors of every command exit 2.
 */
import {writeFile} from 'node:fs/promises';
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {datasetJsonSchema} from '../core/dataset/schema/json-schema.js';
import {datasetGaps} from '../check/gaps.js';
import {validateDataset, validateRightsStrings, validateZipTable, type Issue} from '../core/dataset/validate.js';
import {readJson, withBases} from './layers.js';
import {exportCommand, importCommand, templateCommand, UsageError} from './import-command.js';

export {TEMPLATE_CSV} from '../import/template.js';

const USAGE = `Usage:
  amparo validate <file|url> [<file|url> ...]   check a dataset (and the files it references)
  amparo schema [--out <file>]                  print the dataset JSON Schema
  amparo import <file|folder> [...] --out <dataset.json>
                                                spreadsheets (.csv), calendars (.ics), HSDS 3.0
                                                (.json, or a folder of its .csv files) to a dataset
      --into <dataset.json>     merge into this dataset: same ids updated, new records appended
      --map "Column=field,..."  map columns by hand (or --map mapping.json: {"Column": "field"});
                                fields: id name service description website email phone languages
                                services populations eligibility cost intake hours address street
                                suite city state zip county counties lat lng accessibility transit
                                asOf source ignore (text fields take a language: description.es)
      --text-lang <tag>         language of the file's text (default: the headers' language)
      --zip-table <path>        ZIP -> county and centroid table (default: the package's
                                dist/data/zip-geo.json)
      --standalone              a dataset that stands alone: copy Amparo's California hotlines and
                                point at its ZIP table, instead of extending the statewide
                                dataset (the default: meta.extends "amparo:default")
      --amparo-url <url>        with --standalone: where Amparo's files are published (default
                                /amparo/), for the ZIP table the resource finder reads
      --licence <text>          terms others may reuse the data under (meta.licence)
      --id <id>                 meta.id of a new dataset (default: from the --out file name)
      --no-hotlines             with --standalone: do not copy Amparo's California hotlines
      --today <YYYY-MM-DD>      the date the records are as of (default: today)
      --verbose                 also list notes (derived counties, hours read, merges)
  amparo export --hsds <dataset.json> --out <folder>
                                                the dataset as an HSDS 3.0 CSV package + hsds.json
  amparo template [--out <file>]                the spreadsheet template (one fictional example row)

validate prints each problem as "path: message" and exits 1 on errors, 0 otherwise.
import prints each row left out or changed as "file:line: reason"; it exits 0 when it wrote the
dataset (with or without warnings), 1 when nothing usable was found, 2 on usage errors.`;

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

function toUrl(target: string): URL {
  return /^https?:\/\//i.test(target) ? new URL(target) : pathToFileURL(resolve(target));
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
    // A path from the site's root ("/amparo/data/zip-geo.json") only means something on the site.
    if (url.protocol === 'file:' && part.startsWith('/')) {
      io.out(`${target} ${part}: warning: not checked here (a path on your web site; validate the published URL to check it)`);
      continue;
    }
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
  const commands: Record<string, (args: string[], io: Output) => Promise<number>> = {
    import: importCommand,
    export: exportCommand,
    template: templateCommand,
  };
  const run = command ? commands[command] : undefined;
  if (run) {
    try {
      return await run(args, io);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.err(`amparo ${command}: ${error.message}\n\n${USAGE}`);
      return 2;
    }
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
