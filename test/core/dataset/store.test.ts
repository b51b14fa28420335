import {expect} from '@open-wc/testing';
import {clearDatasetCache, loadDataset, loadZipTable} from '../../../src/core/dataset/store.js';
import {validDataset, validZipGeoTable} from '../../fixtures/dataset.js';

/** A fake `fetch` that answers with real `Response` objects and counts calls. */
function fakeFetch(answer: (call: number) => Response | Promise<Response>) {
  const calls: string[] = [];
  const fn = (async (input: RequestInfo | URL) => {
    calls.push(String(input));
    return answer(calls.length);
  }) as typeof fetch;
  return {fn, calls};
}

const json = (body: unknown, status = 200) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: {'content-type': 'application/json'},
  });

let n = 0;
/** A fresh URL per test: the store caches per URL for the whole page. */
const url = () => `https://data.example.org/amparo-${n++}.json`;

/** Silences the store's console reports during a test and returns them. */
function quiet() {
  const logged: string[] = [];
  const saved = {warn: console.warn, error: console.error, info: console.info, group: console.groupCollapsed};
  console.warn = console.error = console.info = console.groupCollapsed = (...args: unknown[]) => {
    logged.push(args.map(String).join(' '));
  };
  return {
    logged,
    restore: () => Object.assign(console, {...saved, groupCollapsed: saved.group}),
  };
}

describe('dataset store', () => {
  let console_: ReturnType<typeof quiet>;
  beforeEach(() => (console_ = quiet()));
  afterEach(() => console_.restore());

  it('makes one request per URL however many elements ask, and shares the result', async () => {
    const {fn, calls} = fakeFetch(() => json(validDataset()));
    const u = url();
    const [a, b, c] = await Promise.all([loadDataset(u, {fetch: fn}), loadDataset(u, {fetch: fn}), loadDataset(u, {fetch: fn})]);
    expect(calls).to.have.length(1);
    expect(a.ok && a.data.meta.id).to.equal('example-ca');
    expect(b).to.equal(a);
    expect(c).to.equal(a);
    // Later elements get the cached result too.
    await loadDataset(u, {fetch: fn});
    expect(calls).to.have.length(1);
  });

  it('fetches without cookies or referrer', async () => {
    let init: RequestInit | undefined;
    const fn = (async (_: RequestInfo | URL, i?: RequestInit) => {
      init = i;
      return json(validDataset());
    }) as typeof fetch;
    await loadDataset(url(), {fetch: fn});
    expect(init?.credentials).to.equal('omit');
    expect(init?.referrerPolicy).to.equal('no-referrer');
  });

  it('skips an invalid record, keeps the rest and reports its path', async () => {
    const data = validDataset();
    (data.organizations[1] as {website: unknown}).website = 'javascript:alert(1)';
    const {fn} = fakeFetch(() => json(data));
    const result = await loadDataset(url(), {fetch: fn});
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.skipped).to.be.greaterThan(0);
    expect(result.data.organizations.map((o) => o.id)).to.deep.equal(['org-example-legal-aid']);
    const issue = result.issues.find((i) => i.severity === 'error');
    expect(issue?.path).to.equal('$.organizations[1].website');
    expect(console_.logged.join('\n')).to.contain('$.organizations[1].website');
  });

  it('retries once after a network error, then reports "network"', async () => {
    const {fn, calls} = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const result = await loadDataset(url(), {fetch: fn, retryDelayMs: 1});
    expect(calls).to.have.length(2);
    expect(result.ok === false && result.failure).to.equal('network');
  });

  it('recovers when the retry succeeds', async () => {
    const {fn, calls} = fakeFetch((call) => (call === 1 ? Promise.reject(new TypeError('offline')) : json(validDataset())));
    const result = await loadDataset(url(), {fetch: fn, retryDelayMs: 1});
    expect(calls).to.have.length(2);
    expect(result.ok).to.equal(true);
  });

  it('gives up after the time-out and reports "timeout"', async () => {
    const fn = ((_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })) as typeof fetch;
    const result = await loadDataset(url(), {fetch: fn, timeoutMs: 20, retries: 0});
    expect(result.ok === false && result.failure).to.equal('timeout');
  });

  it('reports "http" for a 404 without retrying, and retries a 503', async () => {
    const notFound = fakeFetch(() => json('not found', 404));
    const r404 = await loadDataset(url(), {fetch: notFound.fn, retryDelayMs: 1});
    expect(r404.ok === false && r404.failure).to.equal('http');
    expect(r404.ok === false && r404.detail).to.contain('404');
    expect(notFound.calls).to.have.length(1);

    const unavailable = fakeFetch(() => json('busy', 503));
    const r503 = await loadDataset(url(), {fetch: unavailable.fn, retryDelayMs: 1});
    expect(r503.ok === false && r503.failure).to.equal('http');
    expect(unavailable.calls).to.have.length(2);
  });

  it('reports "invalid-json" for a file that is not JSON', async () => {
    const {fn} = fakeFetch(() => json('{"meta": '));
    const result = await loadDataset(url(), {fetch: fn});
    expect(result.ok === false && result.failure).to.equal('invalid-json');
  });

  it('reports "unsupported-version" for a dataset from a newer major schema', async () => {
    const data = validDataset();
    data.meta.schemaVersion = '2.0.0';
    const {fn} = fakeFetch(() => json(data));
    const result = await loadDataset(url(), {fetch: fn});
    expect(result.ok === false && result.failure).to.equal('unsupported-version');
  });

  it('reports "empty" for a dataset without records', async () => {
    const {meta} = validDataset();
    const {fn} = fakeFetch(() => json({meta}));
    const result = await loadDataset(url(), {fetch: fn});
    expect(result.ok === false && result.failure).to.equal('empty');
  });

  it('reports "invalid" for a document that is not a dataset', async () => {
    const {fn} = fakeFetch(() => json([1, 2, 3]));
    const result = await loadDataset(url(), {fetch: fn});
    expect(result.ok === false && result.failure).to.equal('invalid');
  });

  it('fetches again after the cache is cleared (a "Try again" button)', async () => {
    const {fn, calls} = fakeFetch(() => json(validDataset()));
    const u = url();
    await loadDataset(u, {fetch: fn});
    clearDatasetCache(u);
    await loadDataset(u, {fetch: fn});
    expect(calls).to.have.length(2);
  });

  it('loads a real file from the test server', async () => {
    const result = await loadDataset(new URL('/test/fixtures/data/partial.json', location.href).href);
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.skipped).to.equal(1);
      expect(result.data.hotlines).to.have.length(1);
    }
  });

  it('resolves a ZIP table against the dataset URL and validates it', async () => {
    const {fn, calls} = fakeFetch(() => json(validZipGeoTable()));
    const result = await loadZipTable(
      {id: 'zip-geo', kind: 'zip-geo', url: 'tables/zip-geo.json'},
      'https://data.example.org/v1/amparo.json',
      {fetch: fn},
    );
    expect(calls).to.deep.equal(['https://data.example.org/v1/tables/zip-geo.json']);
    expect(result.ok && result.data.kind).to.equal('zip-geo');
  });
});
