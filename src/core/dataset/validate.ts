/**
 * Dataset validation with partial acceptance: every record is checked on its
 * own, so one bad record is skipped (and reported) while the rest is kept.
 * Only a document that is unusable as a whole fails.
 */
import type * as z from 'zod/mini';
import {
  COLLECTIONS,
  MetaSchema,
  SourceSchema,
  RECORD_SCHEMAS,
  SCHEMA_VERSION,
  RightsStringsSchema,
  ZipDistrictTableSchema,
  ZipGeoTableSchema,
  type Collection,
  type RightsStrings,
  type Dataset,
  type Provenance,
  type Verification,
  type ZipTable,
} from './schema/index.js';
import {yieldToPage} from '../yield.js';
import {isObject} from './merge.js';
import {valueAt, toIssues, fail, error, withoutBadEntries} from './issues.js';

/**
 * Why a dataset could not be used. The store reports `network`, `timeout`,
 * `http` and `invalid-json`; the validators report the others.
 */
export type DatasetFailure = 'invalid-json' | 'unsupported-version' | 'invalid' | 'empty' | 'network' | 'timeout' | 'http';

/** A problem found in the data. `path` is a JSON path like `$.organizations[3].phones[0].number`. */
export type Issue = {
  path: string;
  message: string;
  severity: 'error' | 'warning';
  collection?: string;
  id?: string;
  /** The whole record was left out because of this problem (else only a part, or nothing). */
  skipped?: true;
};

export type ValidationResult =
  | {ok: true; dataset: Dataset; issues: Issue[]; skipped: number}
  | {ok: false; failure: DatasetFailure; issues: Issue[]};

export type ZipTableResult =
  | {ok: true; table: ZipTable; issues: Issue[]; skipped: number}
  | {ok: false; failure: DatasetFailure; issues: Issue[]};

export type ValidateOptions = {
  /** Reference time for staleness (default: now). */
  now?: Date;
  /** Records last checked longer ago than this get a warning (default 180). */
  staleAfterDays?: number;
};

export type Path = readonly PropertyKey[];
/**
 * An id a record points to, which must belong to a record kept earlier (or to `meta.sources`).
 * `hard`: the record cannot be placed without it (a district without its plan, a seat without
 * its district) and is skipped. Otherwise the record is kept and the reference is dropped or
 * reported: one wrong id must never hide every record that depends on it.
 */
type Ref = [target: Collection | 'sources', id: string, path: Path, hard?: 'hard'];
/** The fields every record may have that the validator reads generically. */
type AnyRecord = {id?: string; ocdId?: string; provenance?: Provenance; verification?: Verification};

const DAY_MS = 864e5;
const VERSION_RE = /^(\d+)\.(\d+)\.(\d+)$/;

const REFERENCES: {[C in Collection]?: (record: Dataset[C][number]) => Ref[]} = {
  locations: (l) => [['organizations', l.organizationId, ['organizationId']]],
  services: (s) => [
    ['organizations', s.organizationId, ['organizationId']],
    ...(s.locationIds ?? []).map((id, i): Ref => ['locations', id, ['locationIds', i]]),
  ],
  events: (e) =>
    e.organizer.organizationId ? [['organizations', e.organizer.organizationId, ['organizer', 'organizationId']]] : [],
  districts: (d) => [['districtPlans', d.planId, ['planId'], 'hard']],
  officials: (o) => (o.districtOcdId ? [['districts', o.districtOcdId, ['districtOcdId'], 'hard']] : []),
  campaigns: (c) =>
    c.targets.flatMap((t, i): Ref[] => (t.startsWith('official:') ? [['officials', t.slice(9), ['targets', i]]] : [])),
  zipTables: (t) => (t.planIds ?? []).map((id, i): Ref => ['districtPlans', id, ['planIds', i]]),
};

/**
 * What a soft reference that does not resolve does to the record: the list entries that point
 * nowhere are removed (a location of a service, a campaign target, a table's plan), and the
 * record is skipped only when such a list is left empty. Other soft references (an organization,
 * a source) stay as written and are reported: the record is still shown with its own facts.
 */
function dropDangling(record: Record<string, unknown>, dangling: Ref[]): 'kept' | 'empty' {
  for (const key of ['locationIds', 'targets', 'planIds']) {
    const gone = new Set(dangling.filter(([, , path]) => path[0] === key).map(([, , path]) => path[1]));
    if (!gone.size) continue;
    const list = (record[key] as unknown[]).filter((_, i) => !gone.has(i));
    if (!list.length && key !== 'locationIds') return 'empty';
    record[key] = list;
  }
  return 'kept';
}

/**
 * Validate a parsed dataset document. Invalid, duplicate or dangling records
 * are skipped with an error issue; stale and doubtful records are kept with a
 * warning. Fails when the document or its `meta` is invalid, its major schema
 * version is not supported, or no record is left.
 */
export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const steps = datasetSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link validateDataset} in slices of at most about `sliceMs` of work, giving the page a turn
 * between them: the same checks and the same result, but 10,000 records never make one long task
 * (issue 15). The browser's store uses this one.
 */
export async function validateDatasetInSlices(
  input: unknown,
  options: ValidateOptions = {},
  sliceMs = 8,
): Promise<ValidationResult> {
  const steps = datasetSteps(input, options);
  let until = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= until) {
      await yieldToPage();
      until = performance.now() + sliceMs;
    }
  }
}

/** The work of {@link validateDataset}, pausing (`yield`) after each record. */
function* datasetSteps(input: unknown, options: ValidateOptions): Generator<void, ValidationResult, void> {
  if (!isObject(input)) return fail('invalid', [error([], 'expected a JSON object with "meta" and record lists')]);

  const version = valueAt(input, ['meta', 'schemaVersion']);
  const [major, minor = 0, patch = 0] = typeof version === 'string' ? (VERSION_RE.exec(version)?.slice(1).map(Number) ?? []) : [];
  const [ourMajor, ourMinor = 0, ourPatch = 0] = SCHEMA_VERSION.split('.').map(Number);
  if (major !== undefined && major !== ourMajor) {
    return fail('unsupported-version', [
      error(['meta', 'schemaVersion'], `schema version ${version} is not supported; this build reads ${ourMajor}.x`),
    ]);
  }
  const issues: Issue[] = [];
  // A bad source entry (a broken link, a missing date) is left out alone: the records citing it
  // are kept and say their source is not named.
  const rawMeta = input.meta;
  const rawSources = isObject(rawMeta) ? rawMeta.sources : undefined;
  let metaInput = rawMeta;
  if (Array.isArray(rawSources)) {
    const good = rawSources.filter((source, i) => {
      const parsed = SourceSchema.safeParse(source);
      if (!parsed.success) {
        for (const issue of toIssues(parsed.error, source, ['meta', 'sources', i])) {
          issues.push({...issue, message: `${issue.message}; this source is left out`});
        }
      }
      return parsed.success;
    });
    metaInput = {...(rawMeta as object), sources: good};
  }
  const parsedMeta = MetaSchema.safeParse(metaInput);
  if (!parsedMeta.success) return fail('invalid', [...issues, ...toIssues(parsedMeta.error, metaInput, ['meta'])]);
  const meta = parsedMeta.data;

  if (minor > ourMinor || (minor === ourMinor && patch > ourPatch)) {
    issues.push({
      ...error(['meta', 'schemaVersion'], `schema version ${version} is newer than ${SCHEMA_VERSION}; unknown fields are ignored`),
      severity: 'warning',
    });
  }
  for (const key of Object.keys(input)) {
    if (key !== 'meta' && !(COLLECTIONS as readonly string[]).includes(key)) {
      issues.push({...error([key], 'unknown top-level field; ignored'), severity: 'warning'});
    }
  }

  const now = (options.now ?? new Date()).getTime();
  const staleAfterDays = options.staleAfterDays ?? 180;
  const keptIds: Record<Collection | 'sources', Set<string>> = Object.fromEntries([
    ['sources', new Set(meta.sources.map((s) => s.id))],
    ...COLLECTIONS.map((name) => [name, new Set<string>()]),
  ]);
  const dataset: Record<string, unknown> = {meta};
  let skipped = 0;
  let kept = 0;

  for (const name of COLLECTIONS) {
    const records: unknown[] = [];
    dataset[name] = records;
    const list = input[name];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      issues.push({...error([name], 'expected a list of records; ignored'), collection: name});
      continue;
    }
    const ids = keptIds[name];
    const schema: z.ZodMiniType = RECORD_SCHEMAS[name];
    const references = REFERENCES[name] as ((record: unknown) => Ref[]) | undefined;

    const check = (raw: unknown, index: number) => {
      const at = [name, index];
      const rawId = isObject(raw) ? (raw.id ?? raw.ocdId) : undefined;
      const about = {collection: name, ...(typeof rawId === 'string' && {id: rawId})};
      const report = (path: Path, message: string, severity: Issue['severity'] = 'error') =>
        issues.push({...error([...at, ...path], message), severity, ...about});
      const skip = (path: Path, message: string) => {
        issues.push({...error([...at, ...path], message), severity: 'error', ...about, skipped: true});
        skipped++;
      };

      let parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const trimmed = withoutBadEntries(raw, parsed.error);
        const retry = trimmed && schema.safeParse(trimmed.record);
        if (!retry?.success) {
          issues.push(...toIssues(parsed.error, raw, at, {...about, skipped: true}));
          skipped++;
          return;
        }
        for (const issue of toIssues(parsed.error, raw, at, about)) {
          issues.push({...issue, message: `${issue.message}; this entry is left out, the rest of the record is kept`});
        }
        parsed = retry;
      }
      const record = parsed.data as AnyRecord;
      const id = (record.id ?? record.ocdId) as string;
      if (ids.has(id)) return skip([record.id ? 'id' : 'ocdId'], `duplicate id "${id}"; the first record with it is kept`);
      const refs = references?.(record) ?? [];
      if (record.provenance?.sourceId) refs.push(['sources', record.provenance.sourceId, ['provenance', 'sourceId']]);
      const dangling = refs.filter(([target, ref]) => !keptIds[target].has(ref));
      const hard = dangling.find(([, , , h]) => h);
      if (hard) {
        const [target, ref, path] = hard;
        return skip(path, `refers to unknown ${target} id "${ref}"`);
      }
      const what = (target: Ref[0]) => (target === 'sources' ? 'meta.sources' : target);
      if (dangling.length && dropDangling(record as Record<string, unknown>, dangling) === 'empty') {
        const [target, ref, path] = dangling[0]!;
        return skip(path, `refers to unknown ${what(target)} id "${ref}", and nothing else is left to refer to`);
      }
      for (const [target, ref, path] of dangling) {
        const kept = target === 'sources' ? 'the record is kept without a named source' : 'the record is kept without it';
        report(path, `refers to unknown ${what(target)} id "${ref}"; ${kept}`);
      }

      ids.add(id);
      records.push(record);
      if (name !== 'zipTables') kept++;

      const {verification: v, provenance: p} = record;
      if (v?.status === 'doubtful') report(['verification', 'status'], `marked doubtful: ${v.note?.en}`, 'warning');
      const checkedAt = v?.checkedAt && (!p || v.checkedAt >= p.asOf) ? v.checkedAt : p?.asOf;
      if (checkedAt && now - Date.parse(checkedAt) > staleAfterDays * DAY_MS) {
        report(
          checkedAt === v?.checkedAt ? ['verification', 'checkedAt'] : ['provenance', 'asOf'],
          `last checked ${checkedAt}, more than ${staleAfterDays} days ago`,
          'warning',
        );
      }
    };
    for (let index = 0; index < list.length; index++) {
      check(list[index], index);
      yield;
    }
  }

  if (!kept) return fail('empty', [...issues, error([], 'the dataset has no usable records')]);
  return {ok: true, dataset: dataset as Dataset, issues, skipped};
}

const ZIP_TABLE_SCHEMAS = {'zip-geo': ZipGeoTableSchema, 'zip-districts': ZipDistrictTableSchema};

/**
 * Validate a parsed ZIP table file. Invalid rows are skipped with an error
 * issue; fails when the header is invalid or no row is left.
 */
export function validateZipTable(input: unknown): ZipTableResult {
  if (!isObject(input)) return fail('invalid', [error([], 'expected a JSON object')]);
  const schema = ZIP_TABLE_SCHEMAS[input.kind as keyof typeof ZIP_TABLE_SCHEMAS] as
    | (typeof ZIP_TABLE_SCHEMAS)[keyof typeof ZIP_TABLE_SCHEMAS]
    | undefined;
  if (!schema) return fail('invalid', [error(['kind'], 'expected "zip-geo" or "zip-districts"')]);
  const {zips, ...header} = input;
  const parsedHeader = schema.safeParse({...header, zips: {}});
  if (!parsedHeader.success) return fail('invalid', toIssues(parsedHeader.error, input, []));
  if (!isObject(zips)) return fail('invalid', [error(['zips'], 'expected an object keyed by ZIP code')]);

  const rowsSchema: z.ZodMiniType<Record<string, unknown>> = schema.shape.zips;
  const rows: Record<string, unknown> = {};
  const issues: Issue[] = [];
  let skipped = 0;
  for (const [zip, row] of Object.entries(zips)) {
    const parsed = rowsSchema.safeParse({[zip]: row});
    if (parsed.success) {
      Object.assign(rows, parsed.data);
    } else {
      issues.push(...toIssues(parsed.error, zips, ['zips']));
      skipped++;
    }
  }
  if (!Object.keys(rows).length) return fail('empty', [...issues, error(['zips'], 'the table has no usable rows')]);
  return {ok: true, table: {...parsedHeader.data, zips: rows} as ZipTable, issues, skipped};
}

export type RightsStringsResult =
  | {ok: true; strings: RightsStrings; issues: Issue[]; skipped: number}
  | {ok: false; failure: DatasetFailure; issues: Issue[]};

/**
 * Checks a `rights-strings` file (one language of a rights edition). Empty or non-text entries are
 * skipped and reported; the card shows English for them.
 */
export function validateRightsStrings(input: unknown): RightsStringsResult {
  if (!isObject(input)) return fail('invalid', [error([], 'expected a JSON object')]);
  const {strings, ...header} = input;
  const parsedHeader = RightsStringsSchema.safeParse({...header, strings: {}});
  if (!parsedHeader.success) return fail('invalid', toIssues(parsedHeader.error, input, []));
  if (!isObject(strings)) return fail('invalid', [error(['strings'], 'expected an object of texts by key')]);
  const kept: Record<string, string> = {};
  const issues: Issue[] = [];
  for (const [key, text] of Object.entries(strings)) {
    if (typeof text === 'string' && text.trim()) kept[key] = text;
    else issues.push(error(['strings', key], 'expected a non-empty text'));
  }
  if (!Object.keys(kept).length) return fail('empty', [...issues, error(['strings'], 'the file has no texts')]);
  return {ok: true, strings: {...parsedHeader.data, strings: kept}, issues, skipped: issues.length};
}

/** Console lines per document at most (errors first). */
const REPORTED = 100;

/**
 * Names a document's problems on the console (one collapsed group), for the site owner; the
 * store calls it after every validation.
 */
export function reportIssues(url: string, issues: readonly Issue[]): void {
  if (!issues.length) return;
  const errors = issues.filter((i) => i.severity === 'error').length;
  console.groupCollapsed(
    `Amparo: ${url} has ${errors} error(s) and ${issues.length - errors} warning(s); ` +
      'invalid records were skipped, the rest is shown. Run `npx amparo validate <file>` for details.',
  );
  // Errors first; at most REPORTED lines: 10,000 console lines would be one long task of their
  // own (issue 15) and nobody reads them; `npx amparo validate` lists everything.
  const shown = [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity !== 'error')];
  for (const issue of shown.slice(0, REPORTED)) {
    (issue.severity === 'error' ? console.warn : console.info)(`${issue.path}: ${issue.message}`);
  }
  if (shown.length > REPORTED) console.info(`... and ${shown.length - REPORTED} more`);
  console.groupEnd();
}

export {layered} from './layers.js';
export {mergeLayers} from './merge.js';
