import {expect} from '@open-wc/testing';
import {draftStore, type DraftStorage} from '../../../src/widgets/contact-rep/draft.js';
import {buildPayload, submit, type Payload} from '../../../src/widgets/contact-rep/submit.js';

/** An in-memory Storage. */
function memory(): DraftStorage & {data: Map<string, string>} {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('contact-rep draft', () => {
  it('survives a reload (a new store on the same storage) and clears', () => {
    const storage = memory();
    draftStore('campaign-x', storage).save({
      message: 'My message',
      sender: {name: 'Ana Example', zip: '94110'},
      outcomes: {'official-a': {channel: 'call', outcome: 'talked'}},
    });
    const reloaded = draftStore('campaign-x', storage);
    expect(reloaded.load()).to.deep.equal({
      message: 'My message',
      sender: {name: 'Ana Example', zip: '94110'},
      outcomes: {'official-a': {channel: 'call', outcome: 'talked'}},
    });
    expect(draftStore('free', storage).load()).to.equal(undefined);
    reloaded.clear();
    expect(draftStore('campaign-x', storage).load()).to.equal(undefined);
    expect(storage.data.size).to.equal(0);
  });

  it('ignores corrupt or foreign storage and storage that throws', () => {
    const storage = memory();
    storage.setItem('amparo-contact-rep:free', '{not json');
    expect(draftStore('free', storage).load()).to.equal(undefined);
    storage.setItem('amparo-contact-rep:free', JSON.stringify({v: 1, message: 42, sender: {name: ['x'], zip: '94110'}, outcomes: {a: 1}}));
    expect(draftStore('free', storage).load()).to.deep.equal({sender: {zip: '94110'}, outcomes: {}});
    storage.setItem('amparo-contact-rep:free', JSON.stringify({v: 2, message: 'future'}));
    expect(draftStore('free', storage).load()).to.equal(undefined);
    const broken: DraftStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const store = draftStore('free', broken);
    expect(store.load()).to.equal(undefined);
    store.save({message: 'x'});
    store.clear();
    expect(draftStore('free', undefined).load()).to.equal(undefined);
  });
});

const NOW = new Date('2026-11-15T20:00:00Z');
const sender = {name: 'Ana Example', zip: '94110', street: '1 Example St', city: 'Oakland', email: 'ana@example.org'};
const outcomes = {'official-a': {channel: 'call' as const, outcome: 'voicemail'}};

describe('contact-rep payload', () => {
  it('carries outcomes and no personal data without consent', () => {
    const payload = buildPayload({submissionId: 'id-1', campaignId: 'c', outcomes, sender, consent: false, consentText: 'Yes', lang: 'es', now: NOW});
    expect(payload).to.deep.equal({
      v: 1,
      submissionId: 'id-1',
      campaignId: 'c',
      outcomes: [{officialId: 'official-a', channel: 'call', outcome: 'voicemail'}],
      ts: '2026-11-15T20:00:00.000Z',
      lang: 'es',
    });
    const json = JSON.stringify(payload);
    for (const value of Object.values(sender)) expect(json).not.to.contain(value);
  });

  it('adds sign-up details (never the street or city) only with consent', () => {
    const payload = buildPayload({submissionId: 'id-1', outcomes, sender, consent: true, consentText: 'Yes, contact me', lang: 'en', now: NOW});
    expect(payload.signup).to.deep.equal({
      name: 'Ana Example',
      zip: '94110',
      email: 'ana@example.org',
      consentText: 'Yes, contact me',
      consentAt: '2026-11-15T20:00:00.000Z',
    });
    expect(JSON.stringify(payload)).not.to.contain('Example St');
  });
});

/** A fake fetch answering from a list of real Responses (or throwing), recording each call. */
function fakeFetch(answers: (Response | 'offline' | 'hang')[]) {
  const calls: {url: string; init: RequestInit}[] = [];
  const fn = (async (url: string, init: RequestInit) => {
    calls.push({url, init});
    const answer = answers.shift() ?? new Response('', {status: 200});
    if (answer === 'offline') throw new TypeError('Failed to fetch');
    if (answer === 'hang') {
      return new Promise<Response>((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }
    return answer;
  }) as unknown as typeof fetch;
  return {fn, calls};
}

const payload: Payload = buildPayload({submissionId: 'id-1', outcomes, sender, consent: false, consentText: '', lang: 'en', now: NOW});
const fast = {backoffMs: 1, timeoutMs: 50};

describe('contact-rep submit', () => {
  it('POSTs JSON as a CORS simple request without credentials', async () => {
    const net = fakeFetch([new Response('{}', {status: 200})]);
    expect(await submit('https://org.example.org/hook', payload, {fetch: net.fn, ...fast})).to.deep.equal({ok: true, sent: true});
    const {url, init} = net.calls[0]!;
    expect(url).to.equal('https://org.example.org/hook');
    expect(init.method).to.equal('POST');
    expect(init.mode).to.equal('cors');
    expect(init.credentials).to.equal('omit');
    expect((init.headers as Record<string, string>)['Content-Type']).to.equal('text/plain;charset=UTF-8');
    expect(JSON.parse(init.body as string)).to.deep.equal(payload);
  });

  it('retries after a network error and a 500, then succeeds', async () => {
    const net = fakeFetch(['offline', new Response('', {status: 500}), new Response(null, {status: 204})]);
    expect(await submit('https://org.example.org/hook', payload, {fetch: net.fn, ...fast})).to.deep.equal({ok: true, sent: true});
    expect(net.calls.length).to.equal(3);
  });

  it('reports a persistent 500, time-out or offline as a typed failure', async () => {
    const e500 = fakeFetch([new Response('', {status: 500}), new Response('', {status: 502}), new Response('', {status: 503})]);
    expect(await submit('https://x.example.org/', payload, {fetch: e500.fn, ...fast})).to.deep.equal({ok: false, failure: 'http', status: 503});
    const hang = fakeFetch(['hang', 'hang']);
    expect(await submit('https://x.example.org/', payload, {fetch: hang.fn, ...fast, retries: 1})).to.deep.equal({
      ok: false,
      failure: 'timeout',
    });
    const offline = fakeFetch(['offline', 'offline', 'offline']);
    expect(await submit('https://x.example.org/', payload, {fetch: offline.fn, ...fast})).to.deep.equal({ok: false, failure: 'network'});
    expect(offline.calls.length).to.equal(3);
  });

  it('does not retry a 4xx', async () => {
    const net = fakeFetch([new Response('', {status: 400})]);
    expect(await submit('https://x.example.org/', payload, {fetch: net.fn, ...fast})).to.deep.equal({ok: false, failure: 'http', status: 400});
    expect(net.calls.length).to.equal(1);
  });

  it('sends nothing when the honeypot is filled', async () => {
    const net = fakeFetch([]);
    expect(await submit('https://x.example.org/', payload, {fetch: net.fn, honeypot: 'http://spam.example'})).to.deep.equal({
      ok: true,
      sent: false,
    });
    expect(net.calls.length).to.equal(0);
  });
});
