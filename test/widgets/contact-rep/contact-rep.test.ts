import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {emulateMedia, setViewport, canEmulatePrint} from '../../helpers/commands.js';
import {setUiLocale} from '../../../src/core/i18n/localization.js';
import {contactDataset, fakeNetwork} from './fixtures.js';
import {$, $$, TestContactRep, freshPage, button, has, lookUp, officialNames, reachDone, root, state, text, widget} from './helpers.js';

describe('<amparo-contact-rep>', () => {
  beforeEach(freshPage);
  afterEach(() => state.net?.restore());

  it('starts with the ZIP form only and fetches no ZIP table until asked', async () => {
    const el = await widget();
    const zip = $<HTMLInputElement>(el, '#zip')!;
    expect(zip.getAttribute('inputmode')).to.equal('numeric');
    expect(zip.getAttribute('autocomplete')).to.equal('postal-code');
    expect(text(el, '.title')).to.equal('Contact your officials');
    expect(state.net!.requests.map((r) => r.url.split('/').pop())).to.deep.equal(['contact.json']);
    await expect(el).to.be.accessible();
  });

  it('looks up a ZIP in one district per chamber, announces it and moves focus to the results', async () => {
    const el = await widget();
    await lookUp(el, '94110');
    expect(officialNames(el)).to.deep.equal([
      'Senator Sam Sample',
      'Senator Riley Placeholder',
      'Governor Jordan Demo',
      'Representative Alex Example',
      'State Senator Casey Sample',
      'Assemblymember Morgan Example',
    ]);
    expect(text(el, '[role="status"][aria-live="polite"]')).to.equal('Found 6 officials for ZIP code 94110.');
    expect(root(el).activeElement?.id).to.equal('results');
    expect(state.net!.requests.map((r) => r.url.split('/').pop()).sort()).to.deep.equal(
      ['contact.json', 'zip-ad.json', 'zip-cd.json', 'zip-geo.json', 'zip-sd.json'],
    );
    await expect(el).to.be.accessible();
  });

  it('shows every candidate of a split ZIP and lets the person choose', async () => {
    const el = await widget();
    await lookUp(el, '94014');
    const fieldsets = $$(el, 'fieldset');
    expect(fieldsets.length).to.equal(2);
    expect(fieldsets[0]!.textContent).to.contain('Representative Alex Example');
    expect(fieldsets[0]!.textContent).to.contain('U.S. House (vacant)');
    expect(text(el, '[aria-live="polite"]')).to.contain('more than one district');
    expect(officialNames(el)).to.not.include('Representative Alex Example');
    await expect(el).to.be.accessible();
    $$<HTMLInputElement>(el, 'fieldset input[type="radio"]')[1]!.click();
    await el.updateComplete;
    expect(officialNames(el)).to.include('U.S. House (vacant)');
    expect(text(el, '.official:has(.name) ~ .official')).to.not.equal('');
    const vacant = $$(el, '.official').find((li) => li.textContent!.includes('vacant'))!;
    expect(vacant.textContent).to.contain('This seat is vacant.');
    expect(vacant.querySelector('button') !== null).to.equal(false);
  });

  // Issue 14: a ZIP outside California (this test used 10001) now offers no officials (habits.test.ts);
  // a California ZIP no table knows is a PO-box or business ZIP.
  it('says so for an unknown ZIP and offers choosing from the list', async () => {
    const el = await widget();
    await lookUp(el, '94142');
    expect(text(el, '[part="officials"] .notice')).to.contain('This ZIP code is for PO boxes or businesses');
    const selects = $$<HTMLSelectElement>(el, '[part="officials"] select');
    expect(selects.length).to.equal(3);
    await expect(el).to.be.accessible();
    selects[2]!.value = '19';
    selects[2]!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(officialNames(el)).to.include('Assemblymember Taylor Test');
  });

  it('rejects a malformed ZIP inline, without fetching tables', async () => {
    const el = await widget();
    await lookUp(el, '941');
    expect(text(el, '#zip-error')).to.equal('Enter a 5-digit ZIP code.');
    expect($(el, '#zip')!.getAttribute('aria-invalid')).to.equal('true');
    expect(state.net!.requests.length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('uses the new map from 2027-01-03 and never the old ZIP table', async () => {
    TestContactRep.day = '2027-01-03';
    const el = await widget();
    await lookUp(el, '94110');
    expect(state.net!.requests.some((r) => r.url.endsWith('zip-cd.json'))).to.equal(false);
    expect(text(el, '#results ~ label')).to.contain('We cannot match this ZIP code to a district with the current map.');
    expect(officialNames(el)).to.not.include('Representative Alex Example');
    await expect(el).to.be.accessible();
  });

  it('asks the site lookup endpoint for a street address, only when configured', async () => {
    const el = await widget('lookup-endpoint="https://lookup.example.org/districts?zip={zip}&address={address}"');
    const inner = window.fetch;
    const asked: string[] = [];
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (!url.startsWith('https://lookup.example.org/')) return inner(input, init);
      asked.push(url);
      expect(init?.credentials).to.equal('omit');
      return Response.json({districts: ['ocd-division/country:us/state:ca/cd:14', 'ocd-division/country:us/state:ca/sldl:19']});
    };
    const address = $<HTMLInputElement>(el, 'input[name="address"]')!;
    address.value = '1 Example St';
    address.dispatchEvent(new Event('input'));
    await lookUp(el, '94014');
    expect(asked).to.deep.equal(['https://lookup.example.org/districts?zip=94014&address=1%20Example%20St']);
    expect(officialNames(el)).to.include('Assemblymember Taylor Test');
    expect(officialNames(el)).to.include('U.S. House (vacant)');
    expect(text(el, '[aria-live="polite"]')).to.equal('Found 6 officials for ZIP code 94014.');
    await expect(el).to.be.accessible();
  });

  // The test runner's dev server is a real local HTTP server: it serves test/widgets/contact-rep/served/.
  const SERVED = `${location.origin}/test/widgets/contact-rep/served`;

  /** Types an address and looks up 94014 (a split ZIP) with `endpoint` as the site's lookup endpoint. */
  async function lookUpAddress(endpoint: string): Promise<TestContactRep> {
    const el = await widget(`lookup-endpoint="${endpoint}"`);
    const address = $<HTMLInputElement>(el, 'input[name="address"]')!;
    address.value = '1 Example St';
    address.dispatchEvent(new Event('input'));
    await lookUp(el, '94014');
    return el;
  }

  it('lookup endpoint on the local test server: its districts pick the seats', async () => {
    const el = await lookUpAddress(`${SERVED}/districts-{zip}.json?address={address}`);
    expect(state.net!.requests.some((r) => r.url === `${SERVED}/districts-94014.json?address=1%20Example%20St`)).to.equal(true);
    // The endpoint may answer after the ZIP tables on a busy machine: wait for its districts.
    await waitUntil(() => officialNames(el).includes('Assemblymember Taylor Test'), 'endpoint districts applied', {
      timeout: 4000,
    });
    expect(officialNames(el)).to.include('U.S. House (vacant)');
    // The split chambers keep their question, with the endpoint's districts already chosen.
    expect($$<HTMLInputElement>(el, 'fieldset input[type="radio"]').filter((r) => r.checked).length).to.equal(2);
    expect(text(el, '[part="officials"]')).to.not.contain("We couldn't check your street address");
  });

  it('lookup endpoint failures (HTTP 404 from the local server, 500, offline, time-out) keep the ZIP result and the address', async () => {
    const inner = window.fetch;
    for (const mode of ['404', '500', 'offline', 'timeout'] as const) {
      // 404: a real answer of the local test server. 500, offline and time-out: a fake fetch (real
      // Response objects; a thrown TypeError as when offline; an answer that never comes).
      const endpoint = mode === '404' ? `${SERVED}/missing-{zip}.json?address={address}` : `https://lookup.example.org/{zip}?a={address}`;
      const el = await lookUpAddressWith(endpoint, mode);
      const notice = text(el, '[part="officials"]');
      expect(notice, mode).to.contain("We couldn't check your street address, so we used your ZIP code only.");
      // Every candidate of the split ZIP is offered; nothing was guessed, nothing typed was lost.
      expect($$(el, 'fieldset').length, mode).to.equal(2);
      expect($<HTMLInputElement>(el, 'input[name="address"]')!.value, mode).to.equal('1 Example St');
      expect($<HTMLInputElement>(el, '#zip')!.value, mode).to.equal('94014');
      if (mode === '404') await expect(el).to.be.accessible();
      window.fetch = inner;
      state.net!.restore();
      el.remove();
    }
  }).timeout(10000);

  async function lookUpAddressWith(endpoint: string, mode: '404' | '500' | 'offline' | 'timeout') {
    const wrap = (base: typeof fetch): typeof fetch => async (input, init) => {
      const url = String(input);
      if (!url.startsWith('https://lookup.example.org/')) return base(input, init);
      if (mode === '500') return new Response('error', {status: 500});
      if (mode === 'offline') throw new TypeError('Failed to fetch');
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    };
    state.net = fakeNetwork();
    window.fetch = wrap(window.fetch);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('test-contact-rep') as TestContactRep;
    el.setAttribute('dataset', state.net!.url);
    el.setAttribute('lookup-endpoint', endpoint);
    wrapper.append(el);
    await waitUntil(() => has(el, 'input[name="address"]'), 'rendered', {timeout: 4000});
    const address = $<HTMLInputElement>(el, 'input[name="address"]')!;
    address.value = '1 Example St';
    address.dispatchEvent(new Event('input'));
    await lookUp(el, '94014');
    return el;
  }

  it('ZIP tables missing on the local test server (HTTP 404): an error and "Try again"; nothing typed is lost', async () => {
    sessionStorage.setItem('amparo-contact-rep:free', JSON.stringify({v: 1, message: 'My draft', sender: {name: 'Ana Example'}}));
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('test-contact-rep') as TestContactRep;
    el.setAttribute('dataset', '/stories/fixtures/contact-demo-missing-tables.json');
    wrapper.append(el);
    await waitUntil(() => has(el, '#zip'), 'rendered', {timeout: 4000});
    const input = $<HTMLInputElement>(el, '#zip')!;
    input.value = '94110';
    input.dispatchEvent(new Event('input'));
    button(el, 'Find my officials').click();
    await waitUntil(() => has(el, '[role="alert"]'), 'error shown', {timeout: 6000});
    expect(text(el, '[role="alert"]')).to.contain("We couldn't look up your ZIP code");
    expect(button(el, 'Try again', '[role="alert"]') !== null).to.equal(true);
    expect($<HTMLInputElement>(el, '#zip')!.value).to.equal('94110');
    expect(JSON.parse(sessionStorage.getItem('amparo-contact-rep:free')!)).to.deep.include({message: 'My draft'});
    await expect(el).to.be.accessible();
  });

  for (const mode of ['500', 'offline'] as const) {
    it(`ZIP tables failing (${mode}, fake fetch): an error, then "Try again" finds the officials`, async () => {
      const options: Parameters<typeof fakeNetwork>[0] = mode === '500' ? {fail: /zip-cd/} : {offline: /zip-cd/};
      state.net = fakeNetwork(options);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('test-contact-rep') as TestContactRep;
      el.setAttribute('dataset', state.net!.url);
      wrapper.append(el);
      await waitUntil(() => has(el, '#zip'));
      const input = $<HTMLInputElement>(el, '#zip')!;
      input.value = '94110';
      input.dispatchEvent(new Event('input'));
      button(el, 'Find my officials').click();
      await waitUntil(() => has(el, '[role="alert"]'), 'error shown', {timeout: 6000});
      expect(text(el, '[role="alert"]')).to.contain("We couldn't look up your ZIP code");
      expect($<HTMLInputElement>(el, '#zip')!.value).to.equal('94110');
      await expect(el).to.be.accessible();
      // The connection is back: "Try again" fetches the table again and shows the officials.
      options.fail = options.offline = undefined;
      button(el, 'Try again', '[role="alert"]').click();
      await waitUntil(() => has(el, '.official'), 'officials shown', {timeout: 6000});
      expect(officialNames(el)).to.include('Representative Alex Example');
      expect(has(el, '[role="alert"]')).to.equal(false);
    }).timeout(8000);
  }

  it('calls: Capitol/D.C. and nearest district numbers, the script filled, outcomes fire events', async () => {
    const el = await widget('zip="94110"');
    await waitUntil(() => has(el, '.official'), 'auto lookup');
    let events = 0;
    el.addEventListener('amparo-contact', () => events++);
    expect(events).to.equal(0);
    const senator = $$(el, '.official').find((li) => li.textContent!.includes('Riley Placeholder'))!;
    senator.querySelector('button')!.click();
    await el.updateComplete;
    expect(root(el).activeElement?.id).to.equal('contact');
    const links = $$<HTMLAnchorElement>(el, '.phones a');
    expect(links.map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
      ['tel:2025550110', '202-555-0110'],
      ['tel:4155550112', '415-555-0112'],
    ]);
    expect(text(el, '.phones')).to.contain('District office in San Francisco');
    expect(text(el, '.script')).to.equal(
      'Hello, I live in ZIP code 94110. I am calling to share my views with Senator Placeholder.',
    );
    const name = $<HTMLInputElement>(el, '#sender-name')!;
    name.value = 'Ana María Example';
    name.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text(el, '.script')).to.equal(
      'Hello, my name is Ana María Example and I live in ZIP code 94110. I am calling to share my views with Senator Placeholder.',
    );
    await expect(el).to.be.accessible();
    const event = oneEvent(el, 'amparo-contact');
    button(el, 'I left a voicemail').click();
    const {detail} = await event;
    expect(detail).to.deep.equal({officialId: 'official-example-senator-2', channel: 'call', outcome: 'voicemail'});
    await el.updateComplete;
    expect(text(el, '.official:nth-child(2)')).to.contain('I left a voicemail');
    expect(has(el, 'button.secondary + button, .officials ~ button')).to.equal(true);
  });

  it('email: validates the sender inline, then opens a mailto with subject and body', async () => {
    const el = await widget('zip="94110" channels="email,call"');
    await waitUntil(() => has(el, '.official'));
    const casey = $$(el, '.official').find((li) => li.textContent!.includes('Casey Sample'))!;
    casey.querySelector('button')!.click();
    await el.updateComplete;
    const channels = $$(el, '.channels button').map((b) => b.textContent!.trim());
    expect(channels).to.deep.equal(['Email', 'Call']);
    expect($(el, '#sender-zip')!.getAttribute('inputmode')).to.equal('numeric');
    const link = $<HTMLAnchorElement>(el, 'a.button')!;
    link.click();
    await el.updateComplete;
    expect(text(el, '#error-name')).to.equal('This field is required.');
    expect(text(el, '#error-message')).to.equal('Write your message.');
    expect(root(el).activeElement?.id).to.equal('sender-name');
    await expect(el).to.be.accessible();
    const set = (id: string, value: string) => {
      const field = $<HTMLInputElement | HTMLTextAreaElement>(el, id)!;
      field.value = value;
      field.dispatchEvent(new Event('input'));
    };
    set('#sender-email', 'not-an-email');
    set('#sender-name', 'Ana Example');
    set('#sender-message', 'Please <b>help</b> & protect families.');
    link.click();
    await el.updateComplete;
    expect(text(el, '#error-email')).to.equal('Enter an email address like name@example.com.');
    set('#sender-email', '');
    await el.updateComplete;
    const href = $<HTMLAnchorElement>(el, 'a.button')!.getAttribute('href')!;
    expect(href).to.equal(
      'mailto:casey.sample@example.org?subject=A%20message%20from%20a%20constituent&body=Please%20%3Cb%3Ehelp%3C%2Fb%3E%20%26%20protect%20families.',
    );
    expect(has(el, '.error')).to.equal(false);
    expect($(el, 'b') !== null).to.equal(false);
  });

  it('email: a message too long for a mailto offers copy and a subject-only link', async () => {
    const el = await widget('zip="94110" channels="email"');
    await waitUntil(() => has(el, '.official'));
    $$(el, '.official').find((li) => li.textContent!.includes('Casey Sample'))!.querySelector('button')!.click();
    await el.updateComplete;
    const area = $<HTMLTextAreaElement>(el, '#sender-message')!;
    area.value = 'long '.repeat(500);
    area.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text(el, '[part="contact"] .notice')).to.contain('too long');
    expect($<HTMLAnchorElement>(el, 'a.button')!.getAttribute('href')).to.equal(
      'mailto:casey.sample@example.org?subject=A%20message%20from%20a%20constituent',
    );
    expect(button(el, 'Copy message') !== null).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('web form: copies the message, then opens the official form', async () => {
    const el = await widget('zip="94110" channels="webform"');
    await waitUntil(() => has(el, '.official'));
    $$(el, '.official').find((li) => li.textContent!.includes('Casey Sample'))!.querySelector('button')!.click();
    await el.updateComplete;
    for (const [id, value] of [
      ['#sender-name', 'Ana Example'],
      ['#sender-message', 'Hello from a constituent.'],
    ]) {
      const f = $<HTMLInputElement>(el, id!)!;
      f.value = value!;
      f.dispatchEvent(new Event('input'));
    }
    const copied: string[] = [];
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (t: string) => void copied.push(t);
    try {
      button(el, 'Copy message and open the form').click();
      await waitUntil(() => el.opened.length === 1, 'opened');
    } finally {
      navigator.clipboard.writeText = original;
    }
    expect(copied).to.deep.equal(['Hello from a constituent.']);
    expect(el.opened).to.deep.equal(['https://form.example.org/contact?district=SD11']);
    const link = $<HTMLAnchorElement>(el, 'a[target="_blank"][href^="https://form"]')!;
    expect(link.rel).to.equal('noopener noreferrer');
    await expect(el).to.be.accessible();
  });

  it('letter: shows the office address and prints only the letter', async function () {
    // Print media can be emulated only in Chromium (CDP); see canEmulatePrint.
    if (!canEmulatePrint) this.skip();
    const el = await widget('zip="94110" channels="letter"');
    await waitUntil(() => has(el, '.official'));
    $$(el, '.official').find((li) => li.textContent!.includes('Casey Sample'))!.querySelector('button')!.click();
    await el.updateComplete;
    for (const [id, value] of [
      ['#sender-name', 'Ana Example'],
      ['#sender-street', '1 Example St'],
      ['#sender-message', 'Please fund legal defense.'],
    ]) {
      const f = $<HTMLInputElement>(el, id!)!;
      f.value = value!;
      f.dispatchEvent(new Event('input'));
    }
    await el.updateComplete;
    expect(text(el, '.letter')).to.contain('State Senator Casey Sample 6 O St, Suite 100 Sacramento, CA 95814');
    expect(text(el, '.letter')).to.contain('Sincerely, Ana Example');
    await expect(el).to.be.accessible();
    await emulateMedia({media: 'print'});
    const original = window.print;
    let seen: {letter: boolean; listHidden: boolean; sheets: number} | undefined;
    window.print = () => {
      const print = $(el, '.print .letter');
      seen = {
        letter: !!print && print.getBoundingClientRect().height > 0,
        listHidden: $(el, '.wrap')!.getBoundingClientRect().height === 0,
        sheets: document.adoptedStyleSheets.length,
      };
    };
    try {
      button(el, 'Print letter').click();
      await waitUntil(() => seen, 'printed');
    } finally {
      window.print = original;
      await emulateMedia({media: 'screen'});
    }
    expect(seen).to.deep.equal({letter: true, listHidden: true, sheets: 1});
    await el.updateComplete;
    expect(document.adoptedStyleSheets.length).to.equal(0);
    expect(el.hasAttribute('data-amparo-printing')).to.equal(false);
  });

  it('campaign mode: the ask, marked targets, progress and the script, then the thank-you screen', async () => {
    const el = await widget('campaign="campaign-example" zip="94110"');
    await waitUntil(() => has(el, '.official'));
    expect(text(el, '.title')).to.equal('Fund legal defense (example)');
    expect(text(el, '[part="campaign"]')).to.contain('Ask your officials to fund legal defense.');
    expect(text(el, '[part="campaign"]')).to.contain('Deadline: December 31, 2026');
    expect($$(el, '.official[data-target]').length).to.equal(2);
    expect($$(el, '.official[data-other]').length).to.equal(4);
    expect(text(el, '.progress')).to.equal('0 of 2 contacted');
    await expect(el).to.be.accessible();
    button(el, 'Contact Senator Sam Sample').click();
    await el.updateComplete;
    expect(text(el, '.script')).to.equal('Hello, my name is from 94110. Please ask Senator Sample to fund legal defense.');
    let fired = 0;
    el.addEventListener('amparo-contact', () => fired++);
    button(el, 'I talked to someone').click();
    await el.updateComplete;
    expect(text(el, '.progress')).to.equal('1 of 2 contacted');
    expect(text(el, '#contact')).to.equal('Contact Representative Alex Example');
    expect(root(el).activeElement?.id).to.equal('contact');
    button(el, 'Busy or no answer').click();
    await waitUntil(() => has(el, '#done'));
    expect(fired).to.equal(2);
    expect(text(el, '[part="done"]')).to.contain('You contacted 2 officials.');
    expect(sessionStorage.length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('campaign email: subject and body from the campaign template, tokens filled', async () => {
    const el = await widget('campaign="campaign-example" zip="94110" channels="email"');
    await waitUntil(() => has(el, '.official'));
    button(el, 'Contact Senator Sam Sample').click();
    await el.updateComplete;
    const name = $<HTMLInputElement>(el, '#sender-name')!;
    name.value = 'Ana Example';
    name.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#sender-message')!.value).to.equal(
      'Dear Senator Sample,\n\nPlease fund legal defense.\n\nAna Example',
    );
    expect(decodeURIComponent($<HTMLAnchorElement>(el, 'a.button')!.href)).to.contain('subject=Fund legal defense, from 94110');
  });

  it('campaign scripts follow the widget language (Spanish template, English fallback)', async () => {
    const dataset = contactDataset();
    const call = dataset.campaigns[0]!.scripts[0]!;
    call.body = {
      en: 'Hello, please ask {{target.title}} {{target.lastName}} to fund legal defense.',
      es: 'Hola, soy de {{user.zip}}. Pídale a {{target.title}} {{target.lastName}} que financie la defensa legal.',
    };
    await setUiLocale('es');
    const el = await widget('campaign="campaign-example" zip="94110" lang="es"', dataset);
    await waitUntil(() => has(el, '.progress + button'));
    $<HTMLButtonElement>(el, '.progress + button')!.click();
    await el.updateComplete;
    expect(text(el, '.script')).to.equal('Hola, soy de 94110. Pídale a Senador(a) Sample que financie la defensa legal.');
    // The ask is translated; the "why" is not: English, marked as English.
    const [ask, why] = $$(el, '[part="campaign"] p > span');
    expect([ask!.getAttribute('lang'), why!.getAttribute('lang')]).to.deep.equal(['es', 'en']);
    await expect(el).to.be.accessible();
  });

  it('marks campaign targets with --amparo-contact-target-color', async () => {
    const el = await widget('campaign="campaign-example" zip="94110"');
    await waitUntil(() => has(el, '.official[data-target]'));
    el.style.setProperty('--amparo-contact-target-color', 'rgb(1, 2, 3)');
    const target = getComputedStyle($(el, '.official[data-target]')!);
    const other = getComputedStyle($(el, '.official[data-other]')!);
    expect([target.borderInlineStartColor, target.borderInlineStartWidth]).to.deep.equal(['rgb(1, 2, 3)', '4px']);
    expect(other.borderInlineStartColor).to.not.equal('rgb(1, 2, 3)');
  });

  it('keeps the draft across a reload and clears it on request', async () => {
    let el = await widget('zip="94110" channels="email"');
    await waitUntil(() => has(el, '.official'));
    $$(el, '.official').find((li) => li.textContent!.includes('Casey Sample'))!.querySelector('button')!.click();
    await el.updateComplete;
    const area = $<HTMLTextAreaElement>(el, '#sender-message')!;
    area.value = 'Saved text';
    area.dispatchEvent(new Event('input'));
    state.net!.restore();
    el.remove();
    el = await widget('zip="94110" channels="email"');
    await waitUntil(() => has(el, '.official'));
    $$(el, '.official').find((li) => li.textContent!.includes('Casey Sample'))!.querySelector('button')!.click();
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#sender-message')!.value).to.equal('Saved text');
    expect($<HTMLInputElement>(el, '#sender-zip')!.value).to.equal('94110');
    button(el, 'Clear my information').click();
    await el.updateComplete;
    expect(sessionStorage.length).to.equal(0);
    expect(has(el, '.official')).to.equal(false);
    expect(text(el, '[aria-live="polite"]')).to.equal('Your information was cleared.');
  });

  it('reports to the site endpoint: outcomes only without consent; failure keeps the draft and offers retry', async () => {
    const el = await widget('zip="94110" submit-endpoint="https://org.example.org/hook"');
    await waitUntil(() => has(el, '.official'));
    const posts: string[] = [];
    let status = 500;
    const inner = window.fetch;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).startsWith('https://org.example.org/')) {
        posts.push(init!.body as string);
        return new Response(null, {status});
      }
      return inner(input, init);
    };
    $$(el, '.official')[2]!.querySelector('button')!.click();
    await el.updateComplete;
    button(el, 'I talked to someone').click();
    await el.updateComplete;
    button(el, "I'm done").click();
    await waitUntil(() => has(el, '#done'));
    expect($<HTMLInputElement>(el, 'input[type="checkbox"]')!.checked).to.equal(false);
    await expect(el).to.be.accessible();
    button(el, 'Send', '[part="done"]').click();
    await waitUntil(() => has(el, '[part="done"] [role="alert"]'), 'failure shown', {timeout: 10000});
    expect(posts.length).to.equal(3);
    expect(JSON.parse(posts[0]!)).to.deep.include({outcomes: [{officialId: 'official-example-governor', channel: 'call', outcome: 'talked'}]});
    expect(posts[0]).to.not.contain('94110');
    expect(sessionStorage.length).to.equal(1);
    await expect(el).to.be.accessible();
    status = 200;
    button(el, 'Try again', '[part="done"]').click();
    await waitUntil(() => text(el, '[part="done"]').includes('Sent. Thank you!'), 'sent', {timeout: 4000});
    expect(sessionStorage.length).to.equal(0);
  }).timeout(15000);

  for (const mode of ['local server', 'offline', 'timeout'] as const) {
    it(`report failure (${mode}) keeps everything, with consent details, and "Try again" sends it`, async () => {
      // local server: a real POST to the test runner's dev server, which has no such endpoint (4xx).
      // offline and time-out: a fake fetch (a thrown TypeError; an answer that never comes).
      const endpoint = mode === 'local server' ? `${SERVED}/no-such-hook` : 'https://org.example.org/hook';
      const el = await widget(`zip="94110" submit-endpoint="${endpoint}"`);
      let broken = true;
      const posts: string[] = [];
      const inner = window.fetch;
      window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = String(input);
        if (init?.method === 'POST') posts.push(init.body as string);
        if (!url.startsWith('https://org.example.org/')) return inner(input, init);
        if (!broken) return new Response(null, {status: 204});
        if (mode === 'offline') throw new TypeError('Failed to fetch');
        return new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        );
      };
      try {
        await reachDone(el);
        $<HTMLInputElement>(el, '[part="done"] input[type="checkbox"]')!.click();
        await el.updateComplete;
        for (const [name, value] of [
          ['name', 'Ana Example'],
          ['email', 'ana@example.org'],
        ]) {
          const field = $<HTMLInputElement>(el, `[part="done"] input[name="${name}"]`)!;
          field.value = value!;
          field.dispatchEvent(new Event('input'));
        }
        await el.updateComplete;
        button(el, 'Send', '[part="done"]').click();
        await waitUntil(() => has(el, '[part="done"] [role="alert"]'), 'failure shown', {timeout: 5000});
        // 4xx is not retried; a network error or a time-out is, twice.
        expect(posts.length).to.equal(mode === 'local server' ? 1 : 3);
        expect($<HTMLInputElement>(el, '[part="done"] input[name="email"]')!.value).to.equal('ana@example.org');
        expect($<HTMLInputElement>(el, '[part="done"] input[type="checkbox"]')!.checked).to.equal(true);
        const draft = JSON.parse(sessionStorage.getItem('amparo-contact-rep:free')!);
        expect(draft.outcomes).to.deep.equal({'official-example-governor': {channel: 'call', outcome: 'talked'}});
        expect(draft.sender).to.deep.include({name: 'Ana Example', email: 'ana@example.org'});
        await expect(el).to.be.accessible();
        if (mode === 'local server') return;
        broken = false;
        button(el, 'Try again', '[part="done"]').click();
        await waitUntil(() => text(el, '[part="done"]').includes('Sent. Thank you!'), 'sent', {timeout: 4000});
        expect(JSON.parse(posts.at(-1)!).signup).to.deep.include({name: 'Ana Example', email: 'ana@example.org', zip: '94110'});
        expect(sessionStorage.length).to.equal(0);
      } finally {
        window.fetch = inner;
      }
    }).timeout(10000);
  }

  it('sends nothing when the honeypot is filled', async () => {
    const el = await widget('zip="94110" submit-endpoint="https://org.example.org/hook"');
    await reachDone(el, 'Skip');
    const trap = $<HTMLInputElement>(el, '.honeypot input')!;
    trap.value = 'spam';
    trap.dispatchEvent(new Event('input'));
    button(el, 'Send', '[part="done"]').click();
    await waitUntil(() => text(el, '[part="done"]').includes('Sent'));
    expect(state.net!.requests.some((r) => r.url.startsWith('https://org.example.org/'))).to.equal(false);
  });

  it('returns focus to the official after "Back to the list"', async () => {
    const el = await widget('zip="94110"');
    await waitUntil(() => has(el, '.official'));
    $$(el, '.official')[2]!.querySelector('button')!.click();
    await el.updateComplete;
    button(el, 'Back to the list').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).activeElement?.textContent).to.contain('Governor Jordan Demo');
    expect(has(el, '[part="contact"]')).to.equal(false);
  });

  it('is accessible in the dark theme and right to left', async () => {
    const el = await widget('zip="94014" theme="dark"');
    await waitUntil(() => has(el, 'fieldset'));
    await expect(el).to.be.accessible();
    const wrapper = el.parentElement!;
    wrapper.setAttribute('lang', 'ar');
    wrapper.setAttribute('dir', 'rtl');
    el.refreshLocale();
    await el.updateComplete;
    expect(getComputedStyle($(el, '.official')!).borderInlineStartWidth).to.equal('4px');
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px screen (Spanish page, split ZIP)', async () => {
    await setViewport({width: 320, height: 640});
    try {
      const el = await widget('zip="94014" lang="es"');
      await waitUntil(() => has(el, 'fieldset'));
      expect(el.scrollWidth).to.be.at.most(320);
      expect(root(el).querySelector('.wrap')!.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({width: 800, height: 600});
    }
  });
});
