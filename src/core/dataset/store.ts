import {getPageConfig} from '../page-config.js';
import {COLLECTIONS} from './collections.js';
import type {Dataset, RightsStrings, ZipTable, ZipTableRef} from './schema/index.js';
import {TRUSTED_SHA256} from './trusted.js';
import {loadValidator} from './validator-module.js';
import type {DatasetFailure, Issue} from './validate.js';

/** What every element gets back from the store. Failures are values, never thrown. */
export type LoadResult<T> =
  | {ok: true; url: string; data: T; issues: Issue[]; skipped: number}
  | {ok: false; url: string; failure: DatasetFailure; detail: string; issues: Issue[]};

export interface LoadOptions {
  /** Abort one attempt after this many milliseconds (default 10 s). */
  timeoutMs?: number;
  /** Extra attempts after a network error, a time-out or a 5xx (default 1). */
  retries?: number;
  /** Wait before a retry, in milliseconds (default 600). */
  retryDelayMs?: number;
  /** Injected in tests; defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /**
   * sha256 (first 128 bits, base64) of documents validated at build time, whose exact bytes need no runtime
   * validation. Injected in tests; defaults to the default dataset's files (src/core/dataset/trusted.ts).
   */
  trusted?: readonly string[];
}

type Validation<T> =
  | {ok: true; data: T; issues: Issue[]; skipped: number}
  | {ok: false; failure: DatasetFailure; issues: Issue[]};
/** A fetched document: its JSON, and whether its bytes are one of the trusted files. */
type Fetched = {json: unknown; trusted: boolean};
type Validator<T> = (json: unknown) => Promise<Validation<T>>;
type DocumentValidator<T> = (doc: Fetched) => Promise<Validation<T>>;

/**
 * The validator (zod/mini and the schemas) is a chunk of its own (a second classic file in the
 * single-file builds: validator-module.ts), imported in parallel with the fetch, unless the
 * document is probably a trusted default file: then only if its bytes turn out not to be.
 */
const validatorModule = loadValidator;

const cache = new Map<string, Promise<LoadResult<unknown>>>();
/** Raw documents by URL: a dataset read directly and as the base of another is fetched once. */
const raw = new Map<string, Promise<Fetched>>();

const trustedList = (options: LoadOptions) => options.trusted ?? TRUSTED_SHA256;

/**
 * Whether `url` is probably one of the trusted files (it lies next to the default dataset), so
 * the validator chunk need not be fetched in parallel: the hash decides after the download, and
 * an untrusted document there still gets the validator, only later.
 */
function likelyTrusted(url: string): boolean {
  const base = getPageConfig().defaultDatasetUrl;
  return !!base && url.startsWith(new URL('.', base).href);
}

/** The base64 sha256 of `bytes` is in the trusted list (never when Web Crypto is missing: plain http). */
async function isTrusted(bytes: ArrayBuffer, options: LoadOptions): Promise<boolean> {
  const list = trustedList(options);
  if (!list.length || !globalThis.crypto?.subtle) return false;
  // The first 128 bits, as the build writes them (scripts/data/trust.ts).
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)).subarray(0, 16);
  return list.includes(btoa(String.fromCharCode(...digest)));
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class LoadError extends Error {
  constructor(
    readonly failure: DatasetFailure,
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

function fetchJson(url: string, options: LoadOptions): Promise<Fetched> {
  let pending = raw.get(url);
  if (!pending) {
    pending = fetchJsonUncached(url, options);
    raw.set(url, pending);
    // A failure is not kept: "Try again" and a later element fetch again.
    pending.catch(() => raw.delete(url));
  }
  return pending;
}

async function fetchJsonUncached(url: string, options: LoadOptions): Promise<Fetched> {
  const doFetch = options.fetch ?? fetch;
  const attempts = 1 + (options.retries ?? 1);
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchOnce(doFetch, url, options);
    } catch (error) {
      const retryable = !(error instanceof LoadError) || error.retryable;
      if (!retryable || attempt >= attempts) throw error;
      await wait(options.retryDelayMs ?? 600);
    }
  }
}

async function fetchOnce(doFetch: typeof fetch, url: string, options: LoadOptions): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      // No cookies and no referrer: the dataset host learns nothing about the visitor or page.
      response = await doFetch(url, {
        signal: controller.signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: {accept: 'application/json'},
      });
    } catch (error) {
      if (controller.signal.aborted) {
        throw new LoadError('timeout', `no answer within ${timeoutMs / 1000} s`, true);
      }
      throw new LoadError('network', String(error), true);
    }
    if (!response.ok) {
      throw new LoadError('http', `HTTP ${response.status}`, response.status >= 500 || response.status === 429);
    }
    // The bytes themselves: the hash must be of exactly what was sent (a BOM or an odd encoding
    // gives another hash, and so the validator).
    const bytes = await response.arrayBuffer();
    const text = new TextDecoder().decode(bytes);
    // Decoding and parsing a large dataset (5 MB for 10,000 records) are two tasks, not one.
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      const json = JSON.parse(text) as unknown;
      return {json, trusted: await isTrusted(bytes, options)};
    } catch (error) {
      throw new LoadError('invalid-json', `not valid JSON (${(error as Error).message})`, false);
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Fetches, parses and validates a JSON document once per URL for the whole page: every element
 * that asks for the same URL shares one request and one result. Invalid records are skipped and
 * reported (console + `issues`), never thrown.
 */
export function loadJson<T>(url: string, validate: Validator<T>, options: LoadOptions = {}): Promise<LoadResult<T>> {
  return loadDocument(
    url,
    async ({json}) => {
      const result = await validate(json);
      if (result.issues.length) (await validatorModule()).reportIssues(url, result.issues);
      return result;
    },
    options,
  );
}

/** {@link loadJson}, with a validator that also learns whether the bytes were a trusted file. */
function loadDocument<T>(url: string, validate: DocumentValidator<T>, options: LoadOptions): Promise<LoadResult<T>> {
  let pending = cache.get(url) as Promise<LoadResult<T>> | undefined;
  if (!pending) {
    pending = (async (): Promise<LoadResult<T>> => {
      try {
        // Problems are reported on the console by the validator chunk (reportIssues), which is
        // loaded whenever there can be any.
        const result = await validate(await fetchJson(url, options));
        return result.ok
          ? {ok: true, url, data: result.data, issues: result.issues, skipped: result.skipped}
          : {ok: false, url, failure: result.failure, detail: result.issues[0]?.message ?? '', issues: result.issues};
      } catch (error) {
        // A failed download of the JSON, or of the validator chunk itself (offline).
        const failure = error instanceof LoadError ? error.failure : 'network';
        const detail = error instanceof Error ? error.message : String(error);
        console.error(`Amparo: could not load ${url}: ${detail}`);
        return {ok: false, url, failure, detail, issues: []};
      }
    })();
    cache.set(url, pending as Promise<LoadResult<unknown>>);
  }
  return pending;
}

type ValidatorModule = Awaited<ReturnType<typeof validatorModule>>;

/**
 * The validator chunk, loaded now (in parallel with the download) unless `url` is probably a
 * trusted file, else the first time it is needed. A failure surfaces on await.
 */
function validatorLoader(url: string): () => Promise<ValidatorModule> {
  let mod: Promise<ValidatorModule> | undefined;
  const get = () => (mod ??= validatorModule());
  if (!likelyTrusted(url)) get().catch(() => undefined);
  return get;
}

function validatorFor<T>(
  url: string,
  options: LoadOptions,
  run: (mod: ValidatorModule, json: unknown) => Validation<T>,
): DocumentValidator<T> {
  const mod = validatorLoader(url);
  // A trusted file was validated at build time, with the same result: nothing is skipped.
  return async ({json, trusted}) => {
    if (trusted) return {ok: true, data: json as T, issues: [], skipped: 0};
    const validator = await mod();
    const result = run(validator, json);
    validator.reportIssues(url, result.issues);
    return result;
  };
}

/**
 * Loads the main dataset document at `url` (see {@link loadJson}), with the datasets it extends
 * underneath (`meta.extends`), validated as one.
 */
export function loadDataset(url: string, options: LoadOptions = {}): Promise<LoadResult<Dataset>> {
  const mod = validatorLoader(url);
  return loadDocument(
    url,
    async ({json, trusted}) => {
      // The default dataset as shipped: validated at build time (a trusted file never extends
      // another: scripts/data/trust.ts). Only collections it leaves out are filled in, as the
      // validator would.
      if (trusted) {
        const data = {...(json as object)} as Record<string, unknown>;
        for (const name of COLLECTIONS) data[name] ??= [];
        return {ok: true, data: data as Dataset, issues: [], skipped: 0};
      }
      const {layered, mergeLayers, reportIssues, validateDatasetInSlices} = await mod();
      const base = async (u: string) => (await fetchJson(u, options)).json;
      const stack = await layered(url, json, base, getPageConfig().defaultDatasetUrl, mergeLayers);
      const result = await validateDatasetInSlices(stack.json);
      const issues = [...stack.issues, ...result.issues];
      reportIssues(url, issues);
      return result.ok
        ? {ok: true, data: result.dataset, issues, skipped: result.skipped}
        : {ok: false, failure: result.failure, issues};
    },
    options,
  );
}

/**
 * Loads a ZIP table the dataset references (`dataset.zipTables[i]`); its URL resolves against the
 * dataset's URL. Only the widgets that need a table call this, so other pages never download it.
 */
export function loadZipTable(ref: ZipTableRef, datasetUrl: string, options?: LoadOptions): Promise<LoadResult<ZipTable>> {
  const url = new URL(ref.url, datasetUrl).href;
  return loadDocument(
    url,
    validatorFor(url, options ?? {}, (mod, json) => {
      const result = mod.validateZipTable(json);
      return result.ok ? {ok: true, data: result.table, issues: result.issues, skipped: result.skipped} : result;
    }),
    options ?? {},
  );
}

/**
 * Loads one language of a rights edition kept in its own file (`locales[i].url`, relative to the
 * dataset). Only the rights card calls this, and only for the language it shows.
 */
export function loadRightsStrings(url: string, datasetUrl: string, options?: LoadOptions): Promise<LoadResult<RightsStrings>> {
  const href = new URL(url, datasetUrl).href;
  return loadDocument(
    href,
    validatorFor(href, options ?? {}, (mod, json) => {
      const result = mod.validateRightsStrings(json);
      return result.ok ? {ok: true, data: result.strings, issues: result.issues, skipped: result.skipped} : result;
    }),
    options ?? {},
  );
}

/** Forgets cached results (all, or one URL) so the next load fetches again, e.g. on "Try again". */
export function clearDatasetCache(url?: string): void {
  if (url) {
    cache.delete(url);
    raw.delete(url);
  } else {
    cache.clear();
    raw.clear();
  }
}
