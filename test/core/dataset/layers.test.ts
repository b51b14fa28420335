import {expect} from '@open-wc/testing';
import {loadDataset} from '../../../src/core/dataset/store.js';
import {PAGE_CONFIG_KEY, setPageConfig} from '../../../src/core/page-config.js';
import {datasetGaps} from '../../../src/check/gaps.js';
import {mergeLayers, validateDataset} from '../../../src/core/dataset/validate.js';
import {FIXTURE_NOW, validDataset} from '../../fixtures/dataset.js';

let n = 0;
const base = () => `https://cdn.example.org/amparo/data/statewide-${n++}.json`;

/** A nonprofit's own small dataset: 3 organizations, 2 events, nothing else. */
function small(extendsUrl?: string) {
  const full = validDataset();
  return {
    meta: {
      id: 'our-partners',
      schemaVersion: '1.1.0',
      generatedAt: '2026-12-01T00:00:00Z',
      jurisdiction: 'US-CA',
      locales: ['en', 'es'],
      licence: 'CC-BY-4.0',
      sources: [{id: 'our-survey', name: 'Our own calls', asOf: '2026-11-30'}],
      ...(extendsUrl && {extends: extendsUrl}),
    },
    organizations: [
      {id: 'org-ours-1', name: {en: 'Our Partner One'}, provenance: {sourceId: 'our-survey', asOf: '2026-11-30'}},
      {id: 'org-ours-2', name: {en: 'Our Partner Two'}, provenance: {sourceId: 'our-survey', asOf: '2026-11-30'}},
      // Same id as a statewide record: ours replaces it.
      {...full.organizations[0]!, name: {en: 'Example Legal Aid (our corrected listing)'}},
    ],
    events: full.events.slice(0, 2),
  };
}

function fetchFrom(files: Record<string, unknown>) {
  const calls: string[] = [];
  const fn = (async (input: RequestInfo | URL) => {
    const u = String(input);
    calls.push(u);
    return u in files ? new Response(JSON.stringify(files[u])) : new Response('missing', {status: 404});
  }) as typeof fetch;
  return {fn, calls};
}

describe('layered datasets (meta.extends)', () => {
  let restore: () => void;
  beforeEach(() => {
    const saved = {warn: console.warn, error: console.error, info: console.info, g: console.groupCollapsed};
    console.warn = console.error = console.info = console.groupCollapsed = () => {};
    restore = () => Object.assign(console, {warn: saved.warn, error: saved.error, info: saved.info, groupCollapsed: saved.g});
  });
  afterEach(() => restore());

  it('keeps ZIP lookup, hotlines, officials and rights from the dataset it extends', async () => {
    const statewide = base();
    const ours = 'https://our-org.example/amparo/partners.json';
    const f = fetchFrom({[statewide]: validDataset(), [ours]: small(statewide)});
    const result = await loadDataset(ours, {fetch: f.fn});
    if (!result.ok) expect.fail(JSON.stringify(result.issues));
    const d = result.data;
    expect(d.meta.id).to.equal('our-partners');
    expect(d.hotlines).to.have.length(validDataset().hotlines.length);
    expect(d.officials).to.have.length(validDataset().officials.length);
    expect(d.rightsEditions).to.have.length(1);
    // ZIP tables of the base still resolve: their paths are made absolute against the base's URL.
    for (const t of d.zipTables) expect(t.url.startsWith('https://cdn.example.org/amparo/data/')).to.equal(true);
    expect(d.organizations.map((o) => o.name.en)).to.deep.equal([
      'Example Legal Aid (our corrected listing)',
      'Example Community Center',
      'Our Partner One',
      'Our Partner Two',
    ]);
    expect(d.meta.sources.map((s) => s.id)).to.include.members(['example-survey', 'our-survey']);
    expect(f.calls).to.deep.equal([ours, statewide]);
    expect(result.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
  });

  it('fetches a base once for the page, whether read directly or extended', async () => {
    const statewide = base();
    const ours = `https://our-org.example/p-${n}.json`;
    const f = fetchFrom({[statewide]: validDataset(), [ours]: small(statewide)});
    await Promise.all([loadDataset(statewide, {fetch: f.fn}), loadDataset(ours, {fetch: f.fn})]);
    expect(f.calls.filter((c) => c === statewide)).to.have.length(1);
  });

  it('resolves amparo:default to the dataset next to the script', async () => {
    const statewide = base();
    const g = globalThis as {[PAGE_CONFIG_KEY]?: unknown};
    const saved = g[PAGE_CONFIG_KEY];
    delete g[PAGE_CONFIG_KEY];
    setPageConfig({defaultDatasetUrl: statewide});
    try {
      const ours = `https://our-org.example/d-${n}.json`;
      const f = fetchFrom({[statewide]: validDataset(), [ours]: small('amparo:default')});
      const result = await loadDataset(ours, {fetch: f.fn});
      expect(result.ok && result.data.hotlines.length).to.equal(validDataset().hotlines.length);
    } finally {
      g[PAGE_CONFIG_KEY] = saved;
    }
  });

  it('shows its own records, and names the problem, when the base cannot be loaded', async () => {
    const ours = `https://our-org.example/e-${n}.json`;
    const f = fetchFrom({[ours]: small('https://cdn.example.org/gone.json')});
    const result = await loadDataset(ours, {fetch: f.fn, retries: 0});
    if (!result.ok) expect.fail(result.failure);
    expect(result.data.organizations).to.have.length(3);
    expect(result.issues[0]).to.include({path: '$.meta.extends', severity: 'error'});
    expect(result.issues[0]!.message).to.contain('could not load https://cdn.example.org/gone.json');
  });

  it('resolves a relative extends against the dataset it is in', async () => {
    const ours = `https://our-org.example/amparo/r-${n}.json`;
    const statewide = 'https://our-org.example/amparo/vendor/amparo-ca.json';
    const f = fetchFrom({[statewide]: validDataset(), [ours]: small('vendor/amparo-ca.json')});
    const result = await loadDataset(ours, {fetch: f.fn});
    expect(result.ok && result.data.officials.length).to.equal(validDataset().officials.length);
  });

  it('refuses a loop', async () => {
    const a = `https://our-org.example/a-${n}.json`;
    const b = `https://our-org.example/b-${n}.json`;
    const f = fetchFrom({[a]: small(b), [b]: {...small(a), meta: {...small(a).meta, id: 'b'}}});
    const result = await loadDataset(a, {fetch: f.fn});
    expect(result.ok).to.equal(true);
    expect(result.issues.some((i) => i.message.includes('extends it back'))).to.equal(true);
  });

  it('merges meta: own first, sources and attribution of both, the earlier review date', () => {
    const lower = validDataset();
    lower.meta.reviewBy = '2026-12-07';
    const upper = {...small('x'), meta: {...small('x').meta, reviewBy: '2027-03-01'}};
    const merged = validateDataset(mergeLayers(lower, upper, 'https://cdn.example.org/data/x.json'), {now: FIXTURE_NOW});
    if (!merged.ok) expect.fail(merged.failure);
    expect(merged.dataset.meta.reviewBy).to.equal('2026-12-07');
    expect(merged.dataset.meta.attribution).to.deep.equal(lower.meta.attribution);
    expect(merged.dataset.meta.locales).to.deep.equal(['en', 'es']);
  });

  it('names what a small dataset lacks for each widget', () => {
    const result = validateDataset(small(), {now: FIXTURE_NOW});
    if (!result.ok) expect.fail(result.failure);
    const gaps = datasetGaps(result.dataset).map((g) => `${g.widget}: ${g.message.split(':')[0]}`);
    expect(gaps).to.include.members([
      'resource-finder: no hotlines',
      'resource-finder: no zip-geo table',
      'contact-rep: no officials',
      'rights-card: no rightsEditions',
    ]);
    const full = validateDataset(validDataset(), {now: FIXTURE_NOW});
    expect(full.ok && datasetGaps(full.dataset)).to.deep.equal([]);
  });
});
