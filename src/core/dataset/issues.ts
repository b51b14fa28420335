/**
 * Turning zod's issues into the validator's: JSON paths, plain-English reasons, and the bad
 * entries of a record's lists that can be dropped so that the rest of the record is kept.
 */
import type * as z from 'zod/mini';
import type {DatasetFailure, Issue, Path} from './validate.js';

export const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'an object',
  record: 'an object',
};


/** `['organizations', 3, 'name']` → `$.organizations[3].name`. */
export const jsonPath = (path: Path) =>
  '$' +
  path
    .map((key) =>
      typeof key === 'number'
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(key))
          ? `.${String(key)}`
          : `[${JSON.stringify(String(key))}]`,
    )
    .join('');

export const valueAt = (root: unknown, path: Path) =>
  path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], root);

/** Plain-English reason for a zod issue; `input` is the value that was parsed. */
export function explain(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, issue.path) === undefined
        ? 'is required'
        : `expected ${EXPECTED[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `${JSON.stringify(valueAt(input, issue.path))} is not one of: ${issue.values.join(', ')}`;
    case 'too_small':
      return issue.origin === 'string'
        ? 'must not be empty'
        : issue.origin === 'array'
          ? `needs at least ${issue.minimum} item(s)`
          : `must be at least ${issue.minimum}`;
    case 'too_big':
      return `must be at most ${issue.maximum}`;
    case 'invalid_union':
      return 'does not match any allowed form';
    case 'invalid_key':
      return issue.issues[0]?.message ?? 'invalid key';
    default:
      return issue.message;
  }
}

/** Issues of a failed parse of `input` found at `at`. */
export const toIssues = (error: z.core.$ZodError, input: unknown, at: Path, extra: Partial<Issue> = {}): Issue[] =>
  error.issues.map((issue) => ({
    path: jsonPath([...at, ...issue.path]),
    message: explain(issue, input),
    severity: 'error',
    ...extra,
  }));

export const fail = (failure: DatasetFailure, issues: Issue[]) => ({ok: false as const, failure, issues});

export const error = (path: Path, message: string): Issue => ({path: jsonPath(path), message, severity: 'error'});

/**
 * Lists whose entries stand on their own: an invalid entry is left out (and named) and the
 * record is kept, so one bad phone number or link never hides an organization or an edition.
 * Lists whose entries change what the record means (steps of a rights situation, the dates of
 * a recurring event, the scripts of a campaign) are not here: a record with a bad entry there
 * is skipped whole.
 */
export const DROPPABLE = new Set(['phones', 'emails', 'languages', 'sources', 'offices', 'attribution', 'refs', 'whatToBring', 'methods']);

/**
 * For a record that failed only inside droppable list entries, the record without those entries
 * and the paths left out; undefined when some problem lies elsewhere.
 */
export function withoutBadEntries(raw: unknown, error: z.core.$ZodError): {record: unknown; dropped: Path[]} | undefined {
  const dropped: Path[] = [];
  for (const issue of error.issues) {
    const path = issue.path;
    // The innermost droppable list that holds the problem.
    let at = -1;
    for (let i = path.length - 2; i >= 0; i--) {
      if (typeof path[i + 1] === 'number' && DROPPABLE.has(String(path[i]))) {
        at = i + 1;
        break;
      }
    }
    if (at < 0) return undefined;
    const entry = path.slice(0, at + 1);
    if (!dropped.some((d) => d.length === entry.length && d.every((k, i) => k === entry[i]))) dropped.push(entry);
  }
  const copy = structuredClone(raw) as Record<PropertyKey, unknown>;
  // Deepest and last entries first, so earlier indices stay valid.
  for (const entry of [...dropped].sort((a, b) => b.length - a.length || Number(b.at(-1)) - Number(a.at(-1)))) {
    const list = valueAt(copy, entry.slice(0, -1)) as unknown[];
    list.splice(Number(entry.at(-1)), 1);
  }
  return {record: copy, dropped};
}
