/**
 * Bring your own data: spreadsheets (CSV), calendars (ICS), HSDS 3.0 (JSON or a CSV package) and
 * Amparo datasets turned into one Amparo dataset, with every rejected or changed row reported as
 * `file:line: reason`. Pure: no file system, no network. The `amparo import` command (Node) and
 * the builder page (browser) both call {@link importFiles}.
 */
import type {ZipGeoTable} from '../core/dataset/schema/index.js';
import {importCalendar} from './calendar.js';
import {buildDataset, combine, type BuildOptions, type BuildResult} from './dataset.js';
import {tableOfFile, emptyTables, looksLikeHsds, tablesFromJson} from './hsds.js';
import {importHsds} from './hsds-import.js';
import {parseCsv} from './csv.js';
import type {ColumnMap} from './mapping.js';
import type {ImportPart} from './records.js';
import {csvOrigin, type Problem} from './report.js';
import {importSpreadsheet} from './spreadsheet.js';
import {isoDate} from './text.js';

export {formatProblem, where, type Problem} from './report.js';
export {FIELDS, parseMapSpec, mapFromJson} from './mapping.js';
export {datasetToHsds, hsdsJson, hsdsPackage} from './hsds-export.js';
export {datasetIdFrom, type BuildResult} from './dataset.js';
export {TEMPLATE_CSV} from './template.js';

export interface InputFile {
  name: string;
  text: string;
}

export type FileKind = 'spreadsheet' | 'calendar' | 'hsds-csv' | 'hsds-json' | 'dataset' | 'unknown';

/** What a file holds, from its name and its first characters. */
export function detectKind(file: InputFile): FileKind {
  const head = file.text.replace(/^\ufeff/, '').trimStart();
  const ext = /\.([a-z]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  if (ext === 'ics' || ext === 'ical' || /^BEGIN:VCALENDAR/i.test(head)) return 'calendar';
  if (ext === 'json' || head.startsWith('{') || head.startsWith('[')) {
    try {
      const json: unknown = JSON.parse(head);
      if (json && typeof json === 'object' && !Array.isArray(json) && 'meta' in json) return 'dataset';
      return looksLikeHsds(json) ? 'hsds-json' : 'unknown';
    } catch {
      return ext === 'json' ? 'unknown' : 'spreadsheet';
    }
  }
  if (tableOfFile(file.name) && /(^|,)\s*"?id"?\s*(,|$)/m.test(head.split(/\r?\n/, 1)[0] ?? '')) return 'hsds-csv';
  return 'spreadsheet';
}

export interface ImportFilesOptions extends Omit<BuildOptions, 'now' | 'base' | 'baseName'> {
  /** Defaults to the current time; `today` is its date. */
  now?: Date;
  textLang?: string;
  zipTable?: ZipGeoTable;
  map?: Map<string, ColumnMap>;
  /** A dataset to merge into, and its name (`--into`). */
  into?: {name: string; json: unknown};
}

export interface ImportResult extends BuildResult {
  kinds: Record<string, FileKind>;
}

/** Imports the files into one dataset (see the module comment). */
export async function importFiles(files: InputFile[], options: ImportFilesOptions = {}): Promise<ImportResult> {
  const now = options.now ?? new Date();
  const today = isoDate(now);
  const common = {today, textLang: options.textLang, zipTable: options.zipTable, map: options.map};
  const parts: ImportPart[] = [];
  const kinds: Record<string, FileKind> = {};
  const problems: Problem[] = [];
  const hsds = emptyTables();
  const hsdsFiles: string[] = [];
  let base = options.into;

  for (const file of files) {
    const kind = detectKind(file);
    kinds[file.name] = kind;
    const opts = {...common, file: file.name};
    if (kind === 'calendar') parts.push(await importCalendar(file.text, opts));
    else if (kind === 'spreadsheet') parts.push(importSpreadsheet(file.text, opts));
    else if (kind === 'hsds-json') {
      const {tables, unknown} = tablesFromJson(JSON.parse(file.text.replace(/^\ufeff/, '')), file.name);
      for (const path of unknown) problems.push({file: file.name, path, severity: 'warning', message: 'not an HSDS service, organization or location; left out'});
      parts.push(importHsds(tables, opts));
    } else if (kind === 'hsds-csv') {
      const table = tableOfFile(file.name)!;
      const csv = parseCsv(file.text);
      hsdsFiles.push(file.name);
      for (const record of csv.records) {
        const values = Object.fromEntries(csv.header.map((h, i) => [h, record.cells[i] ?? '']));
        hsds[table].push({values, origin: csvOrigin(file.name, record)});
      }
    } else if (kind === 'dataset') {
      if (base) problems.push({file: file.name, severity: 'error', message: 'an Amparo dataset: only one dataset can be merged into (--into); left out'});
      else base = {name: file.name, json: JSON.parse(file.text.replace(/^\ufeff/, ''))};
    } else {
      problems.push({file: file.name, severity: 'error', message: 'not a spreadsheet (CSV), calendar (ICS), HSDS or Amparo dataset file; left out'});
    }
  }
  if (hsdsFiles.length) {
    const folder = /^(.*)[\\/][^\\/]+$/.exec(hsdsFiles[0]!)?.[1];
    parts.push(importHsds(hsds, {...common, file: folder ? folder.replace(/^.*[\\/]/, '') : hsdsFiles.join(', ')}));
  }
  const part = combine(parts);
  part.problems.unshift(...problems);
  const result = buildDataset(part, {
    ...options,
    now,
    ...(base && {base: base.json, baseName: base.name}),
  });
  return {...result, kinds};
}
