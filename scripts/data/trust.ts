/**
 * The trusted default dataset (issue 15): every JSON file of `data/` (the dataset, its ZIP tables,
 * its rights-language files) validated here, at build time, by the same validator the browser
 * would run. A file is trusted only when it validates with no error and the validator gives back
 * exactly the parsed JSON (nothing dropped, no default filled in): then, for exactly those bytes,
 * the browser may skip the validator, and the result is the same as if it had run it. The build
 * bakes the sha256 of the trusted files into the scripts (rollup.config.mjs); a file that does not
 * pass fails the build, so a default dataset that would need the runtime validator never ships
 * as trusted.
 */
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {isDeepStrictEqual} from 'node:util';
import {COLLECTIONS} from '../../src/core/dataset/collections.js';
import {validateDataset, validateRightsStrings, validateZipTable, type Issue} from '../../src/core/dataset/validate.js';

export type TrustReport = {file: string; sha256: string; trusted: boolean; why?: string};

function check(json: unknown): {data?: unknown; issues: Issue[]} {
  const kind = (json as {kind?: unknown} | null)?.kind;
  if (kind === 'zip-geo' || kind === 'zip-districts') {
    const r = validateZipTable(json);
    return r.ok ? {data: r.table, issues: r.issues} : {issues: r.issues};
  }
  if (kind === 'rights-strings') {
    const r = validateRightsStrings(json);
    return r.ok ? {data: r.strings, issues: r.issues} : {issues: r.issues};
  }
  // Warnings (a record not checked for 180 days) are not errors: the file is still trusted.
  const r = validateDataset(json);
  return r.ok ? {data: r.dataset, issues: r.issues} : {issues: r.issues};
}

/** What the browser's store makes of a trusted dataset: the collections it leaves out, empty. */
function asStoreReadsIt(json: unknown): unknown {
  const kind = (json as {kind?: unknown} | null)?.kind;
  if (typeof kind === 'string' || typeof json !== 'object' || !json) return json;
  return Object.fromEntries([...COLLECTIONS.map((name) => [name, []]), ...Object.entries(json)]);
}

/** Checks every `*.json` of `dir`; `trusted` only for files whose validated form is their parsed form. */
export function trustDataDir(dir = 'data'): TrustReport[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const bytes = readFileSync(`${dir}/${file}`);
      // The first 128 bits of the sha256, base64: 24 characters per file in every
      // page's core chunk; a second file with the same 128 bits is out of reach (2^128 tries).
      const sha256 = createHash('sha256').update(bytes).digest().subarray(0, 16).toString('base64');
      let json: unknown;
      try {
        json = JSON.parse(bytes.toString('utf8'));
      } catch (error) {
        return {file, sha256, trusted: false, why: `not valid JSON (${(error as Error).message})`};
      }
      // A layered file needs its base: the store validates the stack, so it is never trusted alone.
      if ((json as {meta?: {extends?: unknown}} | null)?.meta?.extends !== undefined) {
        return {file, sha256, trusted: false, why: 'it extends another dataset (meta.extends)'};
      }
      const {data, issues} = check(json);
      const errors = issues.filter((i) => i.severity === 'error');
      if (!data || errors.length) {
        return {file, sha256, trusted: false, why: `${errors.length} error(s), first: ${errors[0]?.path} ${errors[0]?.message}`};
      }
      if (!isDeepStrictEqual(data, asStoreReadsIt(json))) {
        return {file, sha256, trusted: false, why: 'the validator changes it (a default filled in or an unknown field dropped)'};
      }
      return {file, sha256, trusted: true};
    });
}

if (process.argv[1]?.endsWith('trust.ts')) {
  const reports = trustDataDir(process.argv[2]);
  for (const r of reports) console.log(`${r.trusted ? 'trusted' : 'NOT TRUSTED'} ${r.file} sha256-${r.sha256}${r.why ? `: ${r.why}` : ''}`);
  if (reports.some((r) => !r.trusted)) process.exitCode = 1;
}
