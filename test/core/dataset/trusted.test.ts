import {expect} from '@open-wc/testing';
import {clearDatasetCache, loadDataset, loadZipTable} from '../../../src/core/dataset/store.js';
import {validateDataset, validateDatasetInSlices} from '../../../src/core/dataset/validate.js';
import {validDataset, validZipGeoTable} from '../../fixtures/dataset.js';

/** The digest the build bakes in (scripts/data/trust.ts): sha256, first 128 bits, base64. */
async function digest(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).subarray(0, 16);
  return btoa(String.fromCharCode(...bytes));
}

const serve = (texts: Record<string, string>) =>
  (async (input: RequestInfo | URL) => {
    const text = texts[String(input)];
    return text === undefined ? new Response('', {status: 404}) : new Response(text, {headers: {'content-type': 'application/json'}});
  }) as typeof fetch;

let n = 0;
const url = (name = 'amparo') => `https://data.example.org/t${n++}/${name}.json`;

/** A dataset with one record the validator would skip (an organization without a name). */
function withBadRecord() {
  const d = validDataset() as unknown as {organizations: Record<string, unknown>[]};
  d.organizations.push({id: 'org-no-name'});
  return d;
}

describe('trusted default dataset (issue 15)', () => {
  let saved: Pick<Console, 'warn' | 'error' | 'info' | 'groupCollapsed'>;
  beforeEach(() => {
    saved = {warn: console.warn, error: console.error, info: console.info, groupCollapsed: console.groupCollapsed};
    console.warn = console.error = console.info = console.groupCollapsed = () => {};
  });
  afterEach(() => {
    Object.assign(console, saved);
    clearDatasetCache();
  });

  it('takes exactly the trusted bytes as they are, without the runtime validator', async () => {
    const rest = withBadRecord() as Record<string, unknown>;
    delete rest.campaigns;
    const text = JSON.stringify(rest);
    const u = url();
    const result = await loadDataset(u, {fetch: serve({[u]: text}), trusted: [await digest(text)]});
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    // Not validated at run time: the build validated these bytes (and refuses a file like this one).
    expect(result.data.organizations.map((o) => o.id)).to.include('org-no-name');
    expect(result.issues).to.deep.equal([]);
    // Collections the file leaves out are empty lists, as after validation.
    expect(result.data.campaigns).to.deep.equal([]);
  });

  it('validates any other bytes as strictly as ever: one space more is another document', async () => {
    const text = JSON.stringify(withBadRecord());
    const u = url();
    const result = await loadDataset(u, {fetch: serve({[u]: `${text} `}), trusted: [await digest(text)]});
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.data.organizations.map((o) => o.id)).not.to.include('org-no-name');
    expect(result.skipped).to.equal(1);
    expect(result.issues.some((i) => i.id === 'org-no-name' && i.skipped)).to.equal(true);
  });

  it('validates a trusted file layered under a nonprofit dataset (the stack is another document)', async () => {
    const baseText = JSON.stringify(withBadRecord());
    const base = url('base');
    const own = url('own');
    const mine = validDataset() as unknown as {meta: Record<string, unknown>; organizations: unknown[]};
    mine.meta = {...mine.meta, id: 'mine', extends: base};
    mine.organizations = [];
    const texts = {[base]: baseText, [own]: JSON.stringify(mine)};
    const result = await loadDataset(own, {fetch: serve(texts), trusted: [await digest(baseText)]});
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.data.organizations.map((o) => o.id)).not.to.include('org-no-name');
    expect(result.skipped).to.equal(1);
  });

  it('trusts a ZIP table by its bytes too, and validates a changed one', async () => {
    const table = validZipGeoTable() as unknown as {zips: Record<string, unknown>};
    table.zips['9'] = ['not a row'];
    const text = JSON.stringify(table);
    const d = url();
    const trusted = [await digest(text)];
    const ok = await loadZipTable({id: 'zip-geo', kind: 'zip-geo', url: 'zip-geo.json'} as never, d, {
      fetch: serve({[new URL('zip-geo.json', d).href]: text}),
      trusted,
    });
    expect(ok.ok && Object.keys(ok.data.zips)).to.include('9');
    const d2 = url();
    const checked = await loadZipTable({id: 'zip-geo', kind: 'zip-geo', url: 'zip-geo.json'} as never, d2, {
      fetch: serve({[new URL('zip-geo.json', d2).href]: text.replace('{', '{ ')}),
      trusted,
    });
    expect(checked.ok && Object.keys(checked.data.zips)).not.to.include('9');
  });
});

describe('validation in slices (issue 15)', () => {
  it('gives the page a turn between slices and returns what the one-task validator returns', async () => {
    const input = withBadRecord();
    const now = new Date('2026-12-06T12:00:00Z');
    // Count the turns given to the page (scheduler.yield where the browser has it).
    const g = globalThis as {scheduler?: unknown};
    const saved = g.scheduler;
    let turns = 0;
    g.scheduler = {yield: () => (turns++, new Promise((resolve) => setTimeout(resolve, 0)))};
    let sliced;
    try {
      // A slice of 0 ms: a turn after every record.
      sliced = await validateDatasetInSlices(input, {now}, 0);
    } finally {
      g.scheduler = saved;
    }
    const records = Object.values(input).filter(Array.isArray).reduce((sum, list) => sum + list.length, 0);
    expect(turns).to.equal(records);
    expect(sliced).to.deep.equal(validateDataset(input, {now}));
  });
});

describe('console report (issue 15)', () => {
  it('names at most 100 problems of a document, errors first, and how many more there are', async () => {
    const {reportIssues} = await import('../../../src/core/dataset/validate.js');
    const lines: string[] = [];
    const saved = {warn: console.warn, info: console.info, groupCollapsed: console.groupCollapsed, groupEnd: console.groupEnd};
    console.warn = (line: string) => lines.push(`warn ${line}`);
    console.info = (line: string) => lines.push(`info ${line}`);
    console.groupCollapsed = console.groupEnd = () => {};
    try {
      const warnings = Array.from({length: 10_000}, (_, i) => ({path: `$.services[${i}]`, message: 'old', severity: 'warning' as const}));
      reportIssues('https://x.example/d.json', [...warnings, {path: '$.organizations[0]', message: 'bad', severity: 'error'}]);
    } finally {
      Object.assign(console, saved);
    }
    expect(lines).to.have.length(101);
    expect(lines[0]).to.equal('warn $.organizations[0]: bad');
    expect(lines.at(-1)).to.equal('info ... and 9901 more');
  });
});
