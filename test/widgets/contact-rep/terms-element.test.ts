/**
 * <amparo-contact-rep> and time: terms that end, officials-elect who take over, the new House map
 * from its county lists. Every test fixes the clock (the element's `today()` seam).
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {defineElement} from '../../../src/core/define.js';
import type {DatasetInput, Official} from '../../../src/core/dataset/schema/index.js';
import {clearDatasetCache} from '../../../src/core/dataset/store.js';
import {setUiLocale} from '../../../src/core/i18n/localization.js';
import {AmparoContactRep} from '../../../src/widgets/contact-rep/contact-rep.js';
import type {SubmitOptions} from '../../../src/widgets/contact-rep/submit.js';
import {resetEndedTermsWarning} from '../../../src/widgets/contact-rep/terms.js';
import {fakeNetwork, termsDataset} from './fixtures.js';

class ClockedContactRep extends AmparoContactRep {
  static day = '2026-12-10';
  protected override today(): string {
    return ClockedContactRep.day;
  }
  protected override submitOptions(): SubmitOptions {
    return {backoffMs: 20, timeoutMs: 1000};
  }
}
defineElement('clocked-contact-rep', ClockedContactRep);

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const has = (el: Element, selector: string) => root(el).querySelector(selector) !== null;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (el: Element, selector: string) => squash($(el, selector)?.textContent);
const button = (el: Element, label: string) => {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.includes(label));
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};
/** The cards' headings ("Governor Jordan Demo"; a seat whose term ended shows its title only). */
const cards = (el: Element) => $$(el, '.official .name').map((n) => squash(n.textContent));
/** Who the person is offered as a contact: the cards with a Contact button, and the campaign's next target. */
const offered = (el: Element) => [
  ...$$(el, '.official')
    .filter((li) => li.querySelector('button'))
    .map((li) => squash(li.querySelector('.name')!.textContent)),
  ...$$(el, '.progress + button').map((b) => squash(b.textContent).replace(/^Contact /, '')),
];
const card = (el: Element, title: string) => $$(el, '.official').find((li) => squash(li.querySelector('.name')!.textContent) === title);

let net: ReturnType<typeof fakeNetwork> | undefined;

async function widget(day: string, attrs = '', dataset: Required<DatasetInput> | string = termsDataset()): Promise<ClockedContactRep> {
  ClockedContactRep.day = day;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('clocked-contact-rep') as ClockedContactRep;
  for (const [, name, value] of attrs.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(name!, value!);
  if (typeof dataset === 'string') {
    el.setAttribute('dataset', dataset);
  } else {
    net = fakeNetwork({dataset});
    el.setAttribute('dataset', net.url);
  }
  wrapper.append(el);
  await waitUntil(() => has(el, '#zip'), 'rendered', {timeout: 8000});
  return el;
}

async function lookUp(el: ClockedContactRep, zip: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#zip')!;
  input.value = zip;
  input.dispatchEvent(new Event('input'));
  $<HTMLButtonElement>(el, '[part="lookup"] button[type="submit"]')!.click();
  // The heading names the ZIP once its lookup is done (a second lookup replaces the first one's).
  await waitUntil(() => text(el, '#results').includes(zip), 'looked up', {timeout: 8000});
  await el.updateComplete;
}

async function chooseFromList(el: ClockedContactRep, index: number, value: string): Promise<void> {
  const select = $$<HTMLSelectElement>(el, '[part="officials"] select')[index]!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<amparo-contact-rep> and ended terms', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    clearDatasetCache();
    resetEndedTermsWarning();
    await setUiLocale('en');
  });
  afterEach(() => {
    net?.restore();
    net = undefined;
  });

  it('the day before an Assembly term ends, the Assemblymember is a contact', async () => {
    const el = await widget('2026-12-06');
    await lookUp(el, '94110');
    expect(offered(el)).to.include('Assemblymember Morgan Example');
    expect(has(el, '.official[data-ended]')).to.equal(false);
  });

  it('on 2026-12-10 an Assemblymember whose term ended on 2026-12-07 is not offered; the seat says so, with the link', async () => {
    const el = await widget('2026-12-10');
    await lookUp(el, '94110');
    expect(offered(el)).to.deep.equal([
      'Senator Sam Sample',
      'Senator Riley Placeholder',
      'Governor Jordan Demo',
      'Representative Alex Example',
      'State Senator Casey Sample',
    ]);
    const seat = card(el, 'Assemblymember')!;
    expect(seat.hasAttribute('data-ended')).to.equal(true);
    expect(squash(seat.querySelector('p')!.textContent)).to.equal(
      "The term of Assemblymember Morgan Example ended on December 7, 2026. The new Assemblymember's details are not in this information yet.",
    );
    const link = seat.querySelector('a')!;
    expect([squash(link.textContent), link.getAttribute('href'), link.rel]).to.deep.equal([
      'Find your current Assemblymember',
      'https://findyourrep.example.org/',
      'noopener noreferrer',
    ]);
    expect(seat.querySelector('button')).to.equal(null);
    expect(text(el, '[role="status"][aria-live="polite"]')).to.equal('Found 5 officials for ZIP code 94110.');
    await expect(el).to.be.accessible();
  });

  it('says it in Spanish, with the date in Spanish; without a lookup page, the message without a link', async () => {
    await setUiLocale('es');
    const el = await widget('2026-12-10', 'lang="es"');
    await lookUp(el, '94014');
    const assembly = $$<HTMLInputElement>(el, 'fieldset')[1]!;
    // Names only for people in office: both Assembly terms have ended.
    expect([...assembly.querySelectorAll('label')].map((l) => squash(l.textContent))).to.deep.equal(['Distrito 17', 'Distrito 19']);
    assembly.querySelectorAll<HTMLInputElement>('input')[1]!.click();
    await el.updateComplete;
    const seat = card(el, 'Asambleísta')!;
    expect(squash(seat.querySelector('p')!.textContent)).to.equal(
      'Asambleísta Taylor Test: su mandato terminó el 7 de diciembre de 2026. Los datos de la persona que ocupa ahora el cargo de Asambleísta aún no están en esta información.',
    );
    expect(seat.querySelector('a')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('on 2027-01-10 the Governor (term ended 2027-01-04) and the 2021-map House member are offered nowhere, not even in the list', async () => {
    const el = await widget('2027-01-10');
    await lookUp(el, '94110');
    expect(offered(el)).to.deep.equal(['Senator Sam Sample', 'Senator Riley Placeholder', 'State Senator Casey Sample']);
    expect(squash(card(el, 'Governor')!.querySelector('p')!.textContent)).to.equal(
      "The term of Governor Jordan Demo ended on January 4, 2027. The new Governor's details are not in this information yet.",
    );
    expect(card(el, 'Governor')!.querySelector('a')!.getAttribute('href')).to.equal('https://governor.example.org/');
    // The new map has no ZIP table (and here no county lists): the honest "no ZIP table" path.
    expect(text(el, '[part="officials"] > label')).to.contain('We cannot match this ZIP code to a district with the current map.');
    const houseOptions = () => [...$$<HTMLSelectElement>(el, '[part="officials"] select')[0]!.options].map((o) => squash(o.textContent));
    expect(houseOptions()).to.deep.equal(['Choose…', 'District 11', 'District 14']);
    expect(squash(root(el).textContent)).to.not.contain('Alex Example');
    button(el, 'Choose my districts from a list').click();
    await el.updateComplete;
    expect(houseOptions()).to.deep.equal(['Choose…', 'District 11', 'District 14']);
    expect($$(el, 'select option').map((o) => squash(o.textContent))).to.include.members(['District 17', 'District 19']);
    expect(squash(root(el).textContent)).to.not.contain('Alex Example');
    expect($$(el, 'select option').map((o) => squash(o.textContent))).to.not.include('District 17: Assemblymember Morgan Example');
    await expect(el).to.be.accessible();
    // Choosing the district by hand shows the seat's ended term, never a contact.
    await chooseFromList(el, 0, '11');
    expect(card(el, 'Representative')!.hasAttribute('data-ended')).to.equal(true);
    expect(offered(el)).to.not.include('Representative Alex Example');
    // District 11 of the new map is another place than district 11 of the 2021 map: its former
    // member is not named as if they had represented it.
    const newMap =
      "Members elected on the new district map took office on January 3, 2027. The new Representative's details are not in this information yet.";
    expect(squash(card(el, 'Representative')!.querySelector('p')!.textContent)).to.equal(newMap);
    expect(squash(root(el).textContent)).to.not.contain('Alex Example');
    await chooseFromList(el, 0, '14');
    expect(squash(card(el, 'Representative')!.querySelector('p')!.textContent)).to.equal(newMap);
  });

  it('offers the incoming official from the first day of their term, and the outgoing one until then', async () => {
    const before = await widget('2027-01-03', '', termsDataset({incoming: true}));
    await lookUp(before, '94110');
    expect(offered(before)).to.include('Governor Jordan Demo');
    expect(offered(before)).to.not.include('Governor Avery Newcomer');
    net!.restore();
    clearDatasetCache();
    const after = await widget('2027-01-04', '', termsDataset({incoming: true}));
    await lookUp(after, '94110');
    expect(offered(after)).to.include('Governor Avery Newcomer');
    expect(cards(after).filter((c) => c.startsWith('Governor'))).to.deep.equal(['Governor Avery Newcomer']);
    expect(squash(root(after).textContent)).to.not.contain('Jordan Demo');
  });

  it('a campaign for the Assembly on 2026-12-10 has no target in office and says what to do instead', async () => {
    const dataset = termsDataset();
    dataset.campaigns.push({
      ...dataset.campaigns[0]!,
      id: 'campaign-assembly',
      title: {en: 'Ask the Assembly (example)'},
      targets: ['state-assembly'],
    });
    const el = await widget('2026-12-10', 'campaign="campaign-assembly"', dataset);
    await lookUp(el, '94110');
    expect(has(el, '.progress')).to.equal(false);
    expect(text(el, '[part="officials"] > .notice')).to.contain(
      'The terms of the officials this campaign asks you to contact have ended, and the new ones are not in this information yet. Find them on the official website and contact them there.',
    );
    expect($$(el, '.official[data-target]').length).to.equal(0);
    expect(offered(el)).to.not.include('Assemblymember Morgan Example');
    expect(card(el, 'Assemblymember')!.querySelector('a')!.getAttribute('href')).to.equal('https://findyourrep.example.org/');
    await expect(el).to.be.accessible();
  });

  it('a draft restored after a term ended does not report that official', async () => {
    sessionStorage.setItem(
      'amparo-contact-rep:free',
      JSON.stringify({
        v: 1,
        outcomes: {
          'official-example-assembly-17': {channel: 'call', outcome: 'talked'},
          'official-example-governor': {channel: 'call', outcome: 'talked'},
        },
      }),
    );
    const el = await widget('2026-12-10', 'submit-endpoint="https://org.example.org/hook"');
    await lookUp(el, '94110');
    const posts: string[] = [];
    const inner = window.fetch;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      if (!String(input).startsWith('https://org.example.org/')) return inner(input, init);
      posts.push(init!.body as string);
      return new Response(null, {status: 204});
    };
    try {
      button(el, "I'm done").click();
      // The report form is a lazy part: wait for its Send button, as a person would.
      await waitUntil(() => $$(el, 'button').some((b) => b.textContent!.includes('Send')), 'the report form');
      button(el, 'Send').click();
      await waitUntil(() => posts.length > 0, 'posted');
    } finally {
      window.fetch = inner;
    }
    expect(JSON.parse(posts[0]!).outcomes).to.deep.equal([{officialId: 'official-example-governor', channel: 'call', outcome: 'talked'}]);
  });

  it('tells the site owner once per page, however many widgets and renders', async () => {
    const original = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const first = await widget('2026-12-10');
      await lookUp(first, '94110');
      await lookUp(first, '94014');
      const second = await widget('2026-12-10');
      await lookUp(second, '94110');
    } finally {
      console.warn = original;
    }
    const ours = warnings.filter((w) => w.includes('npm run data:build'));
    expect(ours.length).to.equal(1);
    expect(ours[0]).to.contain("Amparo: 2 officials' terms ended (the first on 2026-12-07) with no successor in the dataset");
  });
});

describe('<amparo-contact-rep> and the new House map by county', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    clearDatasetCache();
    await setUiLocale('en');
  });
  afterEach(() => {
    net?.restore();
    net = undefined;
  });

  it('a county inside one district gives that district (here its Representative-elect, in office since 2027-01-03)', async () => {
    const el = await widget('2027-01-10', '', termsDataset({incoming: true, counties: true}));
    await lookUp(el, '94110');
    expect(net!.requests.some((r) => r.url.endsWith('zip-cd.json'))).to.equal(false);
    expect(has(el, 'fieldset')).to.equal(false);
    expect(text(el, '[part="officials"]')).to.not.contain('We cannot match this ZIP code');
    expect(offered(el)).to.include('Representative Jamie Newmap');
    expect(squash(root(el).textContent)).to.not.contain('Alex Example');
    await expect(el).to.be.accessible();
  });

  it('a split county shows its districts as candidates, says they come from the county, and links the official lookup', async () => {
    const el = await widget('2027-01-10', '', termsDataset({incoming: true, counties: true}));
    await lookUp(el, '94014');
    const house = $$(el, 'fieldset')[0]!;
    expect(squash(house.querySelector('legend')!.textContent)).to.equal(
      'U.S. House: your county is in more than one district. Which one do you live in?',
    );
    expect([...house.querySelectorAll('label')].map((l) => squash(l.textContent))).to.deep.equal([
      'District 11: Representative Jamie Newmap',
      'District 14',
    ]);
    expect(squash(house.querySelector('p')!.textContent)).to.contain(
      'These districts come from your county, not your ZIP code: there is no ZIP code table for this map yet.',
    );
    expect(house.querySelector('a')!.getAttribute('href')).to.equal('https://house.example.org/find');
    expect(text(el, '[role="status"][aria-live="polite"]')).to.contain('more than one district');
    expect(squash(root(el).textContent)).to.not.contain('Alex Example');
    await expect(el).to.be.accessible();
    house.querySelectorAll<HTMLInputElement>('input')[0]!.click();
    await el.updateComplete;
    expect(offered(el)).to.include('Representative Jamie Newmap');
  });
});

describe('<amparo-contact-rep> on the real default dataset (data/amparo-ca.json)', () => {
  let dataset: {officials: Official[]};
  before(async () => {
    dataset = await (await fetch('/data/amparo-ca.json')).json();
  });
  beforeEach(async () => {
    sessionStorage.clear();
    clearDatasetCache();
    await setUiLocale('en');
  });

  for (const day of ['2026-12-10', '2027-01-10']) {
    it(`on ${day}, no official whose term ended by then is offered for 94110, 90011, 93706 or 96001`, async () => {
      // "Title Name" of every record whose termEnd <= day: none may be a contact, or a name in a list.
      const ended = dataset.officials.filter((o) => o.termEnd && o.termEnd <= day).map((o) => `${o.title?.en ?? ''} ${o.name ?? ''}`.trim());
      const el = await widget(day, '', '/data/amparo-ca.json');
      for (const zip of ['94110', '90011', '93706', '96001']) {
        await lookUp(el, zip);
        const shown = [...$$(el, 'fieldset label'), ...$$(el, 'select option')].map((o) => squash(o.textContent));
        // A split ZIP: take each chamber's first candidate, so that every chamber has a card.
        for (const fieldset of $$(el, 'fieldset')) fieldset.querySelector<HTMLInputElement>('input')!.click();
        await el.updateComplete;
        button(el, 'Choose my districts from a list').click();
        await el.updateComplete;
        shown.push(...$$(el, 'select option').map((o) => squash(o.textContent)));
        const contacts = offered(el);
        // On 2026-12-10 the House, statewide officers and odd-numbered senators remain; on
        // 2027-01-10 only the two U.S. senators (and odd-numbered state senators) are in office.
        expect(contacts.length, zip).to.be.at.least(day === '2026-12-10' ? 4 : 2);
        for (const name of ended) {
          expect(contacts, `${zip} on ${day}`).to.not.include(name);
          expect(shown.filter((s) => s.endsWith(`: ${name}`)), `${zip} on ${day}`).to.deep.equal([]);
        }
      }
    }).timeout(20000);
  }
});
