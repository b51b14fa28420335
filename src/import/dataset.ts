/**
 * Imported records made into a dataset the widgets accept: merged into an existing dataset or a
 * new one that extends Amparo's statewide dataset (`meta.extends: "amparo:default"`: hotlines,
 * ZIP lookup, officials and rights content keep coming from the package, always current), or,
 * standalone, one that starts with a copy of the California hotlines and a ZIP table reference;
 * then checked with the widgets' own validator. What the validator refuses is left out and reported against the line it came from,
 * so the written file validates with no errors.
 */
import {SCHEMA_VERSION, type Collection} from '../core/dataset/schema/index.js';
import {validateDataset} from '../core/dataset/validate.js';
import {RECORD_KINDS, type ImportPart, type Records} from './records.js';
import type {Origin, Problem} from './report.js';
import {slug} from './text.js';

export interface BuildOptions {
  now: Date;
  /** The dataset to merge into (`--into`): same ids are updated, new records appended. */
  base?: unknown;
  /** Its file name, for reports. */
  baseName?: string;
  /** `meta.id` of a new dataset. */
  id?: string;
  /** `meta.licence` of a new dataset. */
  licence?: string;
  /**
   * A new dataset extends the statewide dataset that ships with the Amparo script
   * (`meta.extends: "amparo:default"`) instead of copying parts of it.
   */
  extendsDefault?: boolean;
  /** Standalone only: a dataset whose `hotlines` (with their sources and attribution) a new dataset starts with. */
  hotlinesFrom?: unknown;
  /** URL of the ZIP table (`zip-geo.json`) for `zipTables`, relative to where the dataset is published. */
  zipTableUrl?: string;
}

export type Change = {added: string[]; updated: string[]; unchanged: number};

export interface BuildResult {
  /** The dataset to write; undefined when nothing usable is left. */
  dataset?: Record<string, unknown>;
  problems: Problem[];
  changes: Partial<Record<keyof Records | 'hotlines', Change>>;
  /** Records written per collection. */
  counts: Partial<Record<Collection, number>>;
}

type AnyRecord = Record<string, unknown> & {id?: string};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const now8601 = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

/** Merges what the files gave into one set of records (a later file's record with the same id wins, reported). */
export function combine(parts: ImportPart[]): ImportPart {
  const all: ImportPart = {records: {organizations: [], locations: [], services: [], events: []}, problems: [], origins: new Map(), locales: [], attribution: []};
  for (const part of parts) {
    all.problems.push(...part.problems);
    for (const kind of RECORD_KINDS) {
      for (const record of part.records[kind] as AnyRecord[]) {
        const list = all.records[kind] as AnyRecord[];
        const at = list.findIndex((r) => r.id === record.id);
        const origin = part.origins.get(`${kind}:${record.id}`) ?? {file: '?'};
        if (at >= 0) {
          const first = all.origins.get(`${kind}:${record.id}`);
          all.problems.push({...origin, severity: 'warning', message: `${kind} id "${record.id}" was also imported from ${first ? where(first) : 'another file'}; this one is kept`});
          list[at] = record;
        } else list.push(record);
        all.origins.set(`${kind}:${record.id}`, origin);
      }
    }
    for (const l of part.locales) if (!all.locales.includes(l)) all.locales.push(l);
    for (const a of part.attribution) if (!all.attribution.includes(a)) all.attribution.push(a);
  }
  return all;
}

const where = (o: Origin) => `${o.file}${o.line !== undefined ? `:${o.line}` : o.path ? ` ${o.path}` : ''}`;

/** A new dataset's document: meta, the hotlines (with their sources) and the ZIP table reference. */
function freshDocument(part: ImportPart, options: BuildOptions): Record<string, unknown> {
  const from = !options.extendsDefault && isObject(options.hotlinesFrom) ? options.hotlinesFrom : undefined;
  const hotlines = from && Array.isArray(from['hotlines']) ? (from['hotlines'] as AnyRecord[]) : [];
  const fromMeta = from && isObject(from['meta']) ? from['meta'] : {};
  const sourceIds = new Set(hotlines.map((h) => (isObject(h['provenance']) ? h['provenance']['sourceId'] : undefined)));
  const sources = Array.isArray(fromMeta['sources']) ? (fromMeta['sources'] as AnyRecord[]).filter((s) => sourceIds.has(s.id)) : [];
  const attribution = [
    ...(hotlines.length && Array.isArray(fromMeta['attribution']) ? (fromMeta['attribution'] as unknown[]) : []),
    ...part.attribution,
  ].filter((a, i, all) => all.findIndex((b) => same(a, b)) === i);
  return {
    meta: {
      id: options.id ?? 'imported',
      schemaVersion: SCHEMA_VERSION,
      generatedAt: now8601(options.now),
      jurisdiction: 'US-CA',
      locales: part.locales.length ? part.locales : ['en'],
      timeZone: 'America/Los_Angeles',
      licence: options.licence ?? 'Not stated by the publisher',
      ...(attribution.length && {attribution}),
      sources,
      ...(options.extendsDefault && {extends: 'amparo:default'}),
    },
    ...(hotlines.length && {hotlines}),
  };
}

/**
 * Builds the dataset: a new one or `options.base` with the imported records merged in, checked
 * with validateDataset; see the module comment.
 */
export function buildDataset(part: ImportPart, options: BuildOptions): BuildResult {
  const problems = [...part.problems];
  const changes: BuildResult['changes'] = {};
  const baseName = options.baseName ?? 'dataset';
  let doc: Record<string, unknown>;
  if (options.base !== undefined) {
    if (!isObject(options.base) || !isObject(options.base['meta'])) {
      problems.push({file: baseName, severity: 'error', message: 'not an Amparo dataset (no "meta"); nothing was merged'});
      return {problems, changes, counts: {}};
    }
    doc = structuredClone(options.base);
    const meta = doc['meta'] as Record<string, unknown>;
    meta['generatedAt'] = now8601(options.now);
    const locales = Array.isArray(meta['locales']) ? (meta['locales'] as string[]) : [];
    meta['locales'] = [...locales, ...part.locales.filter((l) => !locales.includes(l))];
    const attribution = Array.isArray(meta['attribution']) ? (meta['attribution'] as unknown[]) : [];
    const extra = part.attribution.filter((a) => !attribution.some((b) => same(a, b)));
    if (extra.length) meta['attribution'] = [...attribution, ...extra];
  } else {
    doc = freshDocument(part, options);
    if (Array.isArray(doc['hotlines'])) changes.hotlines = {added: (doc['hotlines'] as AnyRecord[]).map((h) => h.id!), updated: [], unchanged: 0};
    if (!options.licence) {
      problems.push({file: baseName, severity: 'note', message: 'meta.licence says "Not stated by the publisher": say under which terms others may reuse your list (--licence CC-BY-4.0, for example)'});
    }
  }
  // A dataset that extends the statewide one gets its ZIP table from there.
  if (options.zipTableUrl && !(doc['meta'] as Record<string, unknown>)['extends']) {
    const tables = Array.isArray(doc['zipTables']) ? (doc['zipTables'] as AnyRecord[]) : [];
    if (!tables.some((t) => t['kind'] === 'zip-geo')) doc['zipTables'] = [...tables, {id: 'zip-geo', kind: 'zip-geo', url: options.zipTableUrl}];
  }

  // Same ids are updated, new records appended.
  for (const kind of RECORD_KINDS) {
    const incoming = part.records[kind] as AnyRecord[];
    if (!incoming.length) continue;
    const list = Array.isArray(doc[kind]) ? [...(doc[kind] as AnyRecord[])] : [];
    const change: Change = {added: [], updated: [], unchanged: 0};
    for (const record of incoming) {
      const at = list.findIndex((r) => isObject(r) && r.id === record.id);
      if (at < 0) {
        list.push(record);
        change.added.push(record.id!);
        continue;
      }
      const before = list[at]!;
      const fields = [...new Set([...Object.keys(before), ...Object.keys(record)])].filter(
        (k) => k !== 'provenance' && !same(before[k], record[k]),
      );
      list[at] = record;
      if (fields.length) {
        change.updated.push(record.id!);
        const origin = part.origins.get(`${kind}:${record.id}`) ?? {file: baseName};
        problems.push({...origin, severity: 'note', message: `${kind} "${record.id}" updated: ${fields.join(', ')}`});
      } else change.unchanged++;
    }
    doc[kind] = list;
    changes[kind] = change;
  }

  // The widgets' validator decides; what it refuses is named at its source and left out.
  const result = validateDataset(doc, {now: options.now});
  // Records the import did not bring (the hotlines a new dataset starts with, the records already
  // in the dataset merged into) keep their errors in the report; their warnings are counted only.
  let otherWarnings = 0;
  for (const issue of result.issues) {
    const origin = issue.collection && issue.id ? part.origins.get(`${issue.collection}:${issue.id}`) : undefined;
    if (!origin && issue.severity === 'warning' && issue.collection) {
      otherWarnings++;
      continue;
    }
    const field = origin ? issue.path.replace(/^\$\.\w+\[\d+\]\.?/, '') : '';
    problems.push({
      ...(origin ?? {file: options.base !== undefined ? baseName : 'dataset', path: issue.path}),
      severity: issue.severity === 'error' ? (issue.skipped ? 'error' : 'warning') : 'warning',
      message: `${field ? `${field}: ` : ''}${issue.message}${issue.skipped ? '; record left out' : ''}`,
    });
  }
  if (otherWarnings) {
    problems.push({
      file: options.base !== undefined ? baseName : 'dataset',
      severity: 'note',
      message:
        options.base !== undefined
          ? `${otherWarnings} warning(s) about records that were already in it (run amparo validate to see them)`
          : `${otherWarnings} warning(s) about the California hotlines copied from Amparo's dataset (stale or doubtful entries, as Amparo's own data report lists them)`,
    });
  }
  if (!result.ok) {
    problems.push({file: options.base !== undefined ? baseName : 'dataset', severity: 'error', message: `no usable dataset (${result.failure})`});
    return {problems, changes, counts: {}};
  }
  const parsed = result.dataset as unknown as Record<string, AnyRecord[]>;
  const skipped = new Set(result.issues.filter((i) => i.skipped).map((i) => /^\$\.(\w+)\[(\d+)\]/.exec(i.path)?.slice(1, 3).join(':')));
  const trimmed = new Set(result.issues.filter((i) => i.severity === 'error' && !i.skipped).map((i) => `${i.collection}:${i.id}`));
  const counts: BuildResult['counts'] = {};
  for (const [key, value] of Object.entries(doc)) {
    if (key === 'meta' || !Array.isArray(value) || !(key in parsed)) continue;
    const kept = (value as AnyRecord[])
      .filter((_, i) => !skipped.has(`${key}:${i}`))
      .map((r) => (trimmed.has(`${key}:${r.id}`) ? (parsed[key]!.find((p) => p.id === r.id) ?? r) : r));
    if (kept.length) doc[key] = kept;
    else delete doc[key];
    if (kept.length) counts[key as Collection] = kept.length;
  }
  if (result.issues.some((i) => i.path.startsWith('$.meta'))) doc['meta'] = result.dataset.meta;
  return {dataset: doc, problems, changes, counts};
}

/** A readable `meta.id` from a file name: `partners.csv` → `partners`. */
export const datasetIdFrom = (name: string) => slug(name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')) || 'imported';
