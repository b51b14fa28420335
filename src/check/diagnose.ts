/**
 * The owner check's findings: what stops the widgets on this page, in plain words for a site
 * owner (not a developer). Each check fetches what the widgets fetch, the way they fetch it, and
 * says what went wrong: the dataset unreachable or blocked by CORS, not JSON, schema errors with
 * their paths, stale data, missing ZIP tables, CSP blocking, two versions of the script.
 * `fetch` is injectable for tests.
 */
import {msg, str} from '@lit/localize';
import {mergeLayers, validateDataset, validateZipTable} from '../core/dataset/validate.js';
import {datasetGaps, type DatasetGap} from './gaps.js';
import type {Recorded} from '../diagnostics.js';

export interface Finding {
  level: 'error' | 'warning' | 'ok';
  title: string;
  details?: string[];
}

export interface CheckInput {
  /** Dataset URLs the widgets on the page read (absolute). */
  datasets: string[];
  /** Tags of the Amparo widgets on the page, e.g. `resource-finder`. */
  widgets: string[];
  recorded: Recorded;
  /** Today, `YYYY-MM-DD`. */
  today: string;
  fetch?: typeof fetch;
}

type Fetched = {ok: true; json: unknown; text: string} | {ok: false; finding: Finding};

const MAX_DETAILS = 20;

/** Fetches `url` as the store does, and explains a failure. */
async function fetchJson(url: string, doFetch: typeof fetch, what: string): Promise<Fetched> {
  let response: Response;
  try {
    response = await doFetch(url, {credentials: 'omit', referrerPolicy: 'no-referrer', headers: {accept: 'application/json'}});
  } catch {
    // The same request without CORS: if the server answers now, only the CORS headers are missing.
    const reachable = await doFetch(url, {mode: 'no-cors', credentials: 'omit', referrerPolicy: 'no-referrer'}).then(
      () => new URL(url).origin !== location.origin,
      () => false,
    );
    return {
      ok: false,
      finding: reachable
        ? {
            level: 'error',
            title: msg(str`${what} is blocked by the browser (CORS): ${url}`),
            details: [
              msg(
                str`The server at ${new URL(url).origin} answers, but does not allow this website to read the file. It must send the header Access-Control-Allow-Origin (for example: Access-Control-Allow-Origin: *), or host the file on this website.`,
              ),
            ],
          }
        : {
            level: 'error',
            title: msg(str`${what} cannot be reached: ${url}`),
            details: [msg('Check the address, that the file is published, and the internet connection. A Content-Security-Policy can block it too (see below).')],
          },
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      finding: {
        level: 'error',
        title: msg(str`${what} answers with an error (HTTP ${response.status}): ${url}`),
        details: [response.status === 404 ? msg('There is no file at this address: check the spelling and where the file was uploaded.') : msg('The server could not deliver the file.')],
      },
    };
  }
  const text = await response.text();
  try {
    return {ok: true, json: JSON.parse(text) as unknown, text};
  } catch {
    const html = /^\s*</.test(text);
    return {
      ok: false,
      finding: {
        level: 'error',
        title: msg(str`${what} is not a JSON file: ${url}`),
        details: [html ? msg('The address returns a web page, not the data file (often a "page not found" page).') : msg('The file is not valid JSON: open it in npx amparo validate to see where.')],
      },
    };
  }
}

async function sha256(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Every finding for the page, most serious first within each part. */
export async function diagnose(input: CheckInput): Promise<Finding[]> {
  const doFetch = input.fetch ?? fetch;
  const findings: Finding[] = [];

  const versions = [...new Set(input.recorded.versions)];
  if (versions.length > 1) {
    findings.push({
      level: 'error',
      title: msg(str`Two versions of the Amparo script are on this page: ${versions.join(', ')}.`),
      details: [msg('Keep one script tag for Amparo (a plugin or a theme may add a second one).')],
    });
  } else if (input.recorded.versions.length > 1) {
    findings.push({level: 'warning', title: msg('The Amparo script is loaded more than once on this page. Keep one script tag for it.')});
  }

  if (!input.widgets.length) {
    findings.push({level: 'warning', title: msg('No Amparo widget is on this page (no amparo- tag was found). The page editor may have removed it.')});
  }
  if (!input.datasets.length && input.widgets.length) {
    findings.push({level: 'error', title: msg('No dataset is configured: add data-dataset to the script tag or dataset to each widget.')});
  }

  for (const url of input.datasets) {
    const got = await fetchJson(url, doFetch, msg('The dataset'));
    if (!got.ok) {
      findings.push(got.finding);
      continue;
    }
    let json = got.json;
    const base = (json as {meta?: {extends?: unknown}} | null)?.meta?.extends;
    if (typeof base === 'string' && base !== 'amparo:default') {
      const baseUrl = new URL(base, url).href;
      const below = await fetchJson(baseUrl, doFetch, msg('The dataset it extends'));
      if (below.ok) json = mergeLayers(below.json, json, baseUrl);
      else findings.push(below.finding);
    }
    const result = validateDataset(json, {now: new Date(`${input.today}T12:00:00Z`)});
    if (!result.ok) {
      findings.push({
        level: 'error',
        title: msg(str`The dataset cannot be used (${result.failure}): ${url}`),
        details: result.issues.slice(0, MAX_DETAILS).map((i) => `${i.path}: ${i.message}`),
      });
      continue;
    }
    const errors = result.issues.filter((i) => i.severity === 'error');
    const stale = result.issues.filter((i) => i.message.startsWith('last checked'));
    findings.push(
      errors.length
        ? {
            level: 'error',
            title: msg(str`The dataset has ${errors.length} error(s); ${result.skipped} record(s) are not shown: ${url}`),
            details: [...errors.slice(0, MAX_DETAILS).map((i) => `${i.path}: ${i.message}`), ...(errors.length > MAX_DETAILS ? ['…'] : [])],
          }
        : {level: 'ok', title: msg(str`The dataset loads and is valid: ${url}`)},
    );
    const meta = result.dataset.meta;
    if (meta.reviewBy && input.today >= meta.reviewBy) {
      findings.push({
        level: 'warning',
        title: msg(str`The data is out of date: it was due for an update on ${meta.reviewBy} (built ${meta.generatedAt.slice(0, 10)}).`),
        details: [msg('Visitors see "Some information may be out of date". Update the dataset (npm run data:build) or use a newer Amparo release.')],
      });
    }
    if (stale.length) {
      findings.push({
        level: 'warning',
        title: msg(str`${stale.length} record(s) were last checked more than 180 days ago.`),
        details: stale.slice(0, MAX_DETAILS).map((i) => `${i.path}: ${i.message}`),
      });
    }
    const gaps = datasetGaps(result.dataset).filter((g: DatasetGap) => input.widgets.includes(g.widget));
    if (gaps.length) {
      findings.push({
        level: 'warning',
        title: msg('The dataset lacks what a widget on this page needs:'),
        details: gaps.map((g) => `<amparo-${g.widget}>: ${g.message}`),
      });
    }
    for (const ref of result.dataset.zipTables) {
      const tableUrl = new URL(ref.url, url).href;
      const table = await fetchJson(tableUrl, doFetch, msg('A ZIP code table'));
      if (!table.ok) {
        findings.push({...table.finding, details: [...(table.finding.details ?? []), msg('Without it, ZIP codes cannot be looked up.')]});
        continue;
      }
      const checkedTable = validateZipTable(table.json);
      if (!checkedTable.ok) {
        findings.push({level: 'error', title: msg(str`A ZIP code table cannot be used (${checkedTable.failure}): ${tableUrl}`)});
      } else if (ref.sha256 && (await sha256(table.text)) !== ref.sha256) {
        findings.push({level: 'warning', title: msg(str`A ZIP code table is not the one the dataset names (its sha256 differs): ${tableUrl}`)});
      }
    }
  }

  for (const v of input.recorded.csp) {
    findings.push({
      level: 'error',
      title: msg(str`The page's Content-Security-Policy blocked ${v.blocked} (${v.directive}).`),
      details: [msg('Allow the Amparo files and the dataset in the policy (script-src, connect-src), or host them on this website.')],
    });
  }
  if (!input.recorded.csp.length) findings.push({level: 'ok', title: msg('No Content-Security-Policy violation was seen.')});
  return findings;
}
