import {expect} from '@open-wc/testing';
import {diagnose, type CheckInput, type Finding} from '../../src/check/diagnose.js';
import {pageInventory} from '../../src/check/index.js';
import {validDataset, validZipDistrictTable, validZipGeoTable} from '../fixtures/dataset.js';

const DATA = 'https://data.example.org/amparo.json';

/** A fake network: URL -> body (string or JSON), a status, 'cors' (blocked for reading) or 'down'. */
function network(files: Record<string, unknown>) {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const file = files[url];
    if (file === undefined || file === 'down') throw new TypeError('Failed to fetch');
    if (file === 'cors') {
      if (init?.mode === 'no-cors') return new Response(null, {status: 200});
      throw new TypeError('Failed to fetch');
    }
    if (typeof file === 'number') return new Response('nope', {status: file});
    return new Response(typeof file === 'string' ? file : JSON.stringify(file));
  }) as typeof fetch;
}

/** The fixture's ZIP tables, served next to it. */
const tables = () => ({
  'https://data.example.org/zip-geo.json': validZipGeoTable(),
  'https://data.example.org/zip-ca-cd-example.json': 404,
});

const run = (files: Record<string, unknown>, extra: Partial<CheckInput> = {}) =>
  diagnose({
    datasets: [DATA],
    widgets: ['resource-finder', 'contact-rep'],
    recorded: {versions: ['0.1.0'], csp: []},
    today: '2026-11-15',
    fetch: network(files),
    ...extra,
  });

const errors = (f: Finding[]) => f.filter((x) => x.level === 'error').map((x) => x.title);
const warnings = (f: Finding[]) => f.filter((x) => x.level === 'warning').map((x) => x.title);

describe('owner check (#amparo-check)', () => {
  it('names a dataset that cannot be reached', async () => {
    const f = await run({[DATA]: 'down'});
    expect(errors(f)).to.deep.equal([`The dataset cannot be reached: ${DATA}`]);
  });

  it('tells a CORS block from an unreachable server, and says which header is missing', async () => {
    const f = await run({[DATA]: 'cors'});
    const finding = f.find((x) => x.title.startsWith('The dataset is blocked by the browser (CORS)'))!;
    expect(finding.details![0]).to.contain('Access-Control-Allow-Origin');
  });

  it('names an HTTP error and a page that is not JSON', async () => {
    expect(errors(await run({[DATA]: 404}))[0]).to.equal(`The dataset answers with an error (HTTP 404): ${DATA}`);
    const html = await run({[DATA]: '<!doctype html><title>Not found</title>'});
    const finding = html.find((x) => x.title.startsWith('The dataset is not a JSON file'))!;
    expect(finding.details![0]).to.contain('returns a web page');
  });

  it('lists schema errors with their paths', async () => {
    const data = validDataset();
    (data.organizations[1] as {website: string}).website = 'javascript:alert(1)';
    const f = await run({[DATA]: data, ...tables()});
    const finding = f.find((x) => x.title.startsWith('The dataset has 1 error(s); 1 record(s) are not shown'))!;
    expect(finding.details).to.deep.equal(['$.organizations[1].website: expected a web address starting with https://']);
  });

  it('says the data is out of date after its review date, and names stale records', async () => {
    const data = validDataset();
    data.meta.reviewBy = '2026-12-07';
    const f = await run({[DATA]: data, ...tables()}, {today: '2027-07-01'});
    expect(warnings(f)).to.include('The data is out of date: it was due for an update on 2026-12-07 (built 2026-11-01).');
    expect(warnings(f).some((w) => /record\(s\) were last checked more than 180 days ago/.test(w))).to.equal(true);
  });

  it('names a missing ZIP table and what that breaks', async () => {
    const f = await run({[DATA]: validDataset(), ...tables()});
    const finding = f.find((x) => x.title === 'A ZIP code table answers with an error (HTTP 404): https://data.example.org/zip-ca-cd-example.json')!;
    expect(finding.level).to.equal('error');
    expect(finding.details).to.include('Without it, ZIP codes cannot be looked up.');
  });

  it('names what the dataset lacks for the widgets on the page only', async () => {
    const data = validDataset();
    data.officials = [];
    data.campaigns = [];
    data.events = [];
    const f = await run({[DATA]: data, ...tables()});
    const gaps = f.find((x) => x.title === 'The dataset lacks what a widget on this page needs:')!;
    expect(gaps.details).to.deep.equal(['<amparo-contact-rep>: no officials: the contact form finds nobody to contact']);
  });

  it('names CSP blocks and two versions of the script', async () => {
    const f = await run(
      {[DATA]: validDataset(), ...tables()},
      {recorded: {versions: ['0.1.0', '0.0.9'], csp: [{directive: 'connect-src', blocked: DATA}]}},
    );
    expect(errors(f)).to.include('Two versions of the Amparo script are on this page: 0.1.0, 0.0.9.');
    expect(errors(f)).to.include(`The page's Content-Security-Policy blocked ${DATA} (connect-src).`);
  });

  it('says so when all is well', async () => {
    const f = await run({
      [DATA]: validDataset(),
      'https://data.example.org/zip-geo.json': validZipGeoTable(),
      'https://data.example.org/zip-ca-cd-example.json': validZipDistrictTable(),
    });
    expect(errors(f)).to.deep.equal([]);
    expect(f.find((x) => x.title === `The dataset loads and is valid: ${DATA}`)?.level).to.equal('ok');
  });

  it('finds the widgets on the page and the datasets they read', () => {
    const host = document.createElement('div');
    for (const tag of ['amparo-resource-finder', 'amparo-rights-card']) {
      const el = document.createElement(tag);
      el.setAttribute('dataset', '/mine.json');
      host.append(el);
    }
    document.body.append(host);
    try {
      expect(pageInventory(document)).to.deep.equal({
        widgets: ['resource-finder', 'rights-card'],
        datasets: [new URL('/mine.json', location.href).href],
      });
    } finally {
      host.remove();
    }
  });
});
