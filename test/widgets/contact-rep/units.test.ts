/**
 * The contact widget's parts on their own: the texts it builds (message.ts), the order channels
 * are offered in, ZIP codes as typed, report keys, and the draft and lookup controllers on a tiny
 * host (no element).
 */
import {expect} from '@open-wc/testing';
import type {ReactiveController} from 'lit';
import type {Campaign, Dataset, Official} from '../../../src/core/dataset/schema/index.js';
import {setUiLocale} from '../../../src/core/i18n/localization.js';
import {DraftController} from '../../../src/widgets/contact-rep/draft-controller.js';
import {LookupController} from '../../../src/widgets/contact-rep/lookup-controller.js';
import {draftStore} from '../../../src/widgets/contact-rep/draft.js';
import {zipProblem} from '../../../src/widgets/contact-rep/lookup-controller.js';
import {channelOrder, checkZip} from '../../../src/widgets/contact-rep/lookup.js';
import {validateSender} from '../../../src/widgets/contact-rep/sender.js';
import {newSubmissionId} from '../../../src/widgets/contact-rep/submit.js';
import {callScript, letterText, messageFor, subjectFor, type MessageContext} from '../../../src/widgets/contact-rep/message.js';
import {contactDataset, officials} from './fixtures.js';

const campaign = () => contactDataset().campaigns[0] as Campaign;
const casey = () => officials().find((o) => o.id === 'official-example-state-senator') as Official;
const context = (patch: Partial<MessageContext> = {}): MessageContext => ({locale: 'en', draft: {sender: {}}, ...patch});

describe('contact-rep messages', () => {
  before(() => setUiLocale('en'));

  it('fills the campaign template until the person edits the message', () => {
    const m = context({campaign: campaign(), draft: {sender: {name: 'Ana Example', zip: '94110', city: 'Oakland'}}});
    expect(messageFor(m, casey(), 'email')).to.equal('Dear State Senator Sample,\n\nPlease fund legal defense.\n\nAna Example, Oakland');
    // The web form and the letter use the email script.
    expect(messageFor(m, casey(), 'letter')).to.equal(messageFor(m, casey(), 'email'));
    expect(subjectFor(m, casey())).to.equal('Fund legal defense, from 94110');
    const edited = context({campaign: campaign(), draft: {sender: {}, message: 'My own words'}});
    expect(messageFor(edited, casey(), 'email')).to.equal('My own words');
    expect(messageFor(context(), casey(), 'email')).to.equal('');
    expect(subjectFor(context(), casey())).to.equal('A message from a constituent');
  });

  it('writes a call script: the campaign one, else a greeting with or without a name, and the message', () => {
    expect(callScript(context({campaign: campaign(), draft: {sender: {zip: '94110'}}}), casey())).to.equal(
      'Hello, my name is from 94110. Please ask State Senator Sample to fund legal defense.',
    );
    expect(callScript(context({draft: {sender: {zip: '94110'}, message: ' Please act. '}}), casey())).to.equal(
      'Hello, I live in ZIP code 94110. I am calling to share my views with State Senator Sample.\nPlease act.',
    );
    expect(callScript(context({draft: {sender: {name: 'Ana María Example', zip: '94110'}}}), casey())).to.equal(
      'Hello, my name is Ana María Example and I live in ZIP code 94110. I am calling to share my views with State Senator Sample.',
    );
  });

  it('addresses a letter to the Capitol office, dated, signed with the name', () => {
    const m = context({draft: {sender: {name: 'Ana Example', street: '1 Example St', city: 'Oakland', zip: '94110'}, message: 'Please help.'}});
    expect(letterText(m, casey(), '2026-11-15')).to.deep.equal({
      from: 'Ana Example\n1 Example St\nOakland, 94110\nNovember 15, 2026',
      to: 'State Senator Casey Sample\n6 O St, Suite 100\nSacramento, CA 95814',
      body: 'Please help.\n\nSincerely,\nAna Example',
    });
  });

  it('offers channels in the site order, else the campaign order then the rest', () => {
    expect(channelOrder('letter, email,fax', campaign())).to.deep.equal(['letter', 'email']);
    expect(channelOrder(undefined, campaign())).to.deep.equal(['call', 'email', 'webform', 'letter']);
    const emailFirst = {...campaign(), scripts: [...campaign().scripts].reverse()};
    expect(channelOrder('', emailFirst)).to.deep.equal(['email', 'call', 'webform', 'letter']);
    expect(channelOrder(undefined, undefined)).to.deep.equal(['call', 'email', 'webform', 'letter']);
  });
});

describe('contact-rep ZIP codes and report keys (issue 14)', () => {
  before(() => setUiLocale('en'));

  it('reads a typed ZIP: ZIP+4 and spaces give the 5 digits; outside California is named', () => {
    for (const typed of ['94110', ' 94110 ', '94110-1234', '94110 1234', '941101234']) {
      expect(checkZip(typed), typed).to.deep.equal({ok: true, zip: '94110'});
    }
    expect(checkZip('94142')).to.deep.equal({ok: true, zip: '94142'});
    expect(checkZip(' 941 ')).to.deep.equal({ok: false, zip: '941', reason: 'invalid'});
    expect(checkZip('10001-0001')).to.deep.equal({ok: false, zip: '10001', reason: 'outside'});
    expect(checkZip('96201')).to.deep.equal({ok: false, zip: '96201', reason: 'outside'});
    expect(zipProblem('outside', '10001')).to.contain('ZIP code 10001 is not in California. This form finds California officials');
    expect(zipProblem('unknown', '94142')).to.contain('This ZIP code is for PO boxes or businesses; enter the ZIP code where you live');
  });

  it('accepts a ZIP+4 in the sender details as its 5 digits', () => {
    expect(validateSender({name: 'Ana', zip: '94110 1234'})).to.deep.equal({ok: true, sender: {name: 'Ana', zip: '94110'}});
    expect(validateSender({name: 'Ana', zip: '94110-12'})).to.deep.equal({ok: false, errors: {zip: 'zip'}});
  });

  it('makes random version 4 UUIDs, also where crypto.randomUUID is missing (plain HTTP pages)', () => {
    const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const native = crypto.randomUUID;
    const ids = [newSubmissionId()];
    try {
      (crypto as {randomUUID?: unknown}).randomUUID = undefined;
      ids.push(newSubmissionId(), newSubmissionId());
    } finally {
      crypto.randomUUID = native;
    }
    for (const id of ids) expect(UUID.test(id), id).to.equal(true);
    expect(new Set(ids).size).to.equal(3);
  });

  it('keeps the report key with the draft, and drops a malformed one', () => {
    draftStore('keyed').save({outcomes: {}, submissionId: '0b6f3d8e-2c1a-4e5b-9f7d-1a2b3c4d5e6f'});
    expect(draftStore('keyed').load()).to.deep.equal({outcomes: {}, submissionId: '0b6f3d8e-2c1a-4e5b-9f7d-1a2b3c4d5e6f'});
    sessionStorage.setItem('amparo-contact-rep:keyed', JSON.stringify({v: 1, submissionId: '<script>'}));
    expect(draftStore('keyed').load()).to.deep.equal({});
    sessionStorage.clear();
  });
});

/** A stand-in for the element: counts the renders asked for, runs the controllers' update hooks. */
class TinyHost extends EventTarget {
  controllers: ReactiveController[] = [];
  updates = 0;
  campaign?: string;
  zip?: string;
  lookupEndpoint?: string;
  renderRoot = document.createElement('div');
  updateComplete = Promise.resolve(true);
  addController(c: ReactiveController): void {
    this.controllers.push(c);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  /** What Lit does before each render. */
  update(): void {
    for (const c of this.controllers) c.hostUpdate?.();
  }
}

describe('contact-rep controllers on a tiny host', () => {
  beforeEach(() => sessionStorage.clear());
  // The next test file may run in this page: leave no draft behind.
  after(() => sessionStorage.clear());

  it('draft: loads the campaign draft, saves each change, validates, and forgets on clear', () => {
    sessionStorage.setItem('amparo-contact-rep:c1', JSON.stringify({v: 1, message: 'Kept', sender: {name: 'Ana'}}));
    const host = new TinyHost();
    const draft = new DraftController(host);
    host.campaign = 'c1';
    host.update();
    expect([draft.message, draft.sender]).to.deep.equal(['Kept', {name: 'Ana'}]);
    draft.setField('zip', '94110');
    draft.record('official-a', 'call', 'talked');
    expect(JSON.parse(sessionStorage.getItem('amparo-contact-rep:c1')!)).to.deep.equal({
      v: 1,
      sender: {name: 'Ana', zip: '94110'},
      message: 'Kept',
      outcomes: {'official-a': {channel: 'call', outcome: 'talked'}},
    });
    expect(draft.validate('')).to.equal('message');
    draft.setField('name', '');
    expect(draft.validate('Text')).to.equal('name');
    expect(draft.errors).to.deep.equal({name: 'required'});
    expect(host.updates).to.be.greaterThan(3);
    // Free mode has its own draft.
    host.campaign = undefined;
    host.update();
    expect(draft.sender).to.deep.equal({});
    // One key per report: made once, kept across calls and in storage; a new round has a new one.
    const key = draft.reportId();
    expect(draft.reportId()).to.equal(key);
    expect(JSON.parse(sessionStorage.getItem('amparo-contact-rep:free')!).submissionId).to.equal(key);
    draft.restart();
    expect(draft.reportId()).to.not.equal(key);
    draft.clear();
    expect(draft.submissionId).to.equal(undefined);
    expect(sessionStorage.getItem('amparo-contact-rep:free')).to.equal(null);
    expect(sessionStorage.getItem('amparo-contact-rep:c1')).to.not.equal(null);
  });

  it('lookup: the zip attribute fills the field unless typed; a malformed ZIP is refused without a fetch', async () => {
    const host = new TinyHost();
    const draft = new DraftController(host);
    const said: string[] = [];
    const lookup = new LookupController(host, draft, {
      today: () => '2026-11-15',
      timeoutMs: () => 1000,
      base: () => document.baseURI,
      announce: (t) => said.push(t),
    });
    host.zip = '94110';
    host.update();
    expect(lookup.zipInput).to.equal('94110');
    lookup.set({zipInput: '941'});
    host.zip = '94014';
    host.update();
    expect(lookup.zipInput).to.equal('941');
    await lookup.lookup(contactDataset() as unknown as Dataset);
    expect(lookup.result).to.deep.equal({ok: false, zip: '941', reason: 'invalid'});
    expect(said).to.deep.equal(['Enter a 5-digit ZIP code.']);
  });
});
