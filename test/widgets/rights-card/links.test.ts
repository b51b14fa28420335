/**
 * Issue 18 for the rights card: sharing the card (Web Share stubbed and absent), links into the
 * card (a shared link on load, `followLink` from another widget), each situation's link to the
 * finder (same page and another page), the detention resources, and "What changed".
 */
import {expect, waitUntil} from '@open-wc/testing';
import type {DatasetInput} from '../../../src/core/dataset/schema/index.js';
import {setUiLocale, uiLocale} from '../../../src/core/i18n/localization.js';
import {rightsLinkState} from '../../../src/widgets/rights-card/link-controller.js';
import {cardUpdates, detentionResources, finderState} from '../../../src/widgets/rights-card/links.js';
import {$, $$, TestRightsCard, card, dataset, has, root} from './harness.js';

type Data = Required<DatasetInput>;

/** The fixture plus the "if detained" situation, a case-information line and dated updates. */
function withDetention(d: Data): void {
  d.rightsEditions[0]!.scenarios.push({
    id: 'if-detained',
    title: {en: 'If you are arrested or detained', es: 'Si lo arrestan o detienen'},
    steps: [{en: 'Stay silent and ask for a lawyer.'}],
  });
  d.hotlines.push({
    id: 'us-eoir-acis',
    kind: 'case-status',
    name: {en: 'Immigration court case information (EOIR)', es: 'Información de casos de la corte de inmigración (EOIR)'},
    purpose: {en: 'Hearing dates by A-number.'},
    phones: [{number: '800-898-7180'}],
    scope: 'national',
    verification: {status: 'unverified'},
  });
}
const detained = () => dataset(withDetention);

const originalUrl = location.href;
/** Puts `query` in the test page's address (as a shared link would), restored after each test. */
const visit = (query: string) => history.replaceState(null, '', `${location.pathname}${query}`);

describe('<amparo-rights-card> share', () => {
  afterEach(async () => {
    TestRightsCard.nav = {};
    history.replaceState(null, '', originalUrl);
    await setUiLocale('en');
  });

  it('opens the share sheet with a short text in the card language and a link with only the situation and language', async () => {
    visit('?zip=94110&name=Ana&amparo-need=detention#results');
    const shared: ShareData[] = [];
    TestRightsCard.nav = {share: async (data?: ShareData) => void shared.push(data!), canShare: () => true};
    const el = await card('lang="es" scenario="at-door"');
    $(el, '.share button')!.click();
    await waitUntil(() => shared.length === 1, 'shared');
    const [data] = shared;
    expect(data!.text).to.contain('Si llegan agentes a su puerta');
    expect(data!.title).to.not.equal('Know your rights'); // the Spanish interface title
    const url = new URL(data!.url!);
    expect(`${url.origin}${url.pathname}`).to.equal(`${location.origin}${location.pathname}`);
    expect([...url.searchParams]).to.deep.equal([
      ['amparo-situation', 'at-door'],
      ['amparo-lang', 'es'],
    ]);
    expect(url.hash).to.equal('');
  });

  it('copies the link where there is no Web Share, and says so', async () => {
    const copied: string[] = [];
    TestRightsCard.nav = {clipboard: {writeText: async (t: string) => void copied.push(t)} as Clipboard};
    const el = await card('scenario="at-work"');
    $(el, '.share button')!.click();
    await waitUntil(() => $(el, '.share [role="status"]')!.textContent!.includes('Link copied'), 'copied status');
    expect(copied[0]).to.match(/^What to do and what to say: At work http/);
    expect(copied[0]).to.contain('amparo-situation=at-work&amparo-lang=en');
    await expect(el).to.be.accessible();
  });

  it('shows the link to copy by hand when neither sharing nor copying works', async () => {
    const el = await card();
    $(el, '.share button')!.click();
    await waitUntil(() => has(el, '.share input'), 'link field');
    expect($<HTMLInputElement>(el, '.share input')!.value).to.contain('amparo-situation=at-door');
  });

  it('shares even when the print buttons are hidden', async () => {
    const el = await card('hide-print=""');
    expect(has(el, '.share button')).to.equal(true);
    expect($$(el, '.print-actions button').length).to.equal(0);
  });
});

describe('<amparo-rights-card> links into the card', () => {
  afterEach(async () => {
    history.replaceState(null, '', originalUrl);
    await setUiLocale('en');
  });

  it('reopens a shared link in the same situation and language, and scrolls into view', async () => {
    const scrolled: Element[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      visit('?amparo-situation=at-work&amparo-lang=es');
      const el = await card();
      expect($(el, '[role="tab"][aria-selected="true"]')!.id).to.equal('tab-at-work');
      expect($(el, '[role="tabpanel"]')!.getAttribute('lang')).to.equal('es');
      expect(uiLocale()).to.equal('es');
      expect(scrolled).to.include(el);
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });

  it('ignores a link for another widget and a malformed one', async () => {
    visit('?amparo-need=detention&amparo-situation=%3Cscript%3E&amparo-lang=not%20a%20tag');
    const el = await card();
    expect($(el, '[role="tab"][aria-selected="true"]')!.id).to.equal('tab-at-door');
    expect(uiLocale()).to.equal('en');
  });

  it('takes a link from another widget of the page and moves the focus to the situation', async () => {
    const el = await card('side="agent"');
    await el.followLink({situation: 'at-work', lang: 'es'});
    await waitUntil(() => uiLocale() === 'es', 'interface in Spanish');
    await el.updateComplete;
    const tab = $(el, '[role="tab"][aria-selected="true"]')!;
    expect(tab.id).to.equal('tab-at-work');
    expect(root(el).activeElement).to.equal(tab);
    expect($(el, '[role="tabpanel"]')!.getAttribute('lang')).to.equal('es');
  });

  it('reads its own keys of a link and nothing else', () => {
    expect(rightsLinkState({situation: 'if-detained', lang: 'zh-tw', need: 'detention', zip: '94110'})).to.deep.equal({
      situation: 'if-detained',
      lang: 'zh-TW',
    });
    expect(rightsLinkState({situation: '../x', lang: '??'})).to.deep.equal({});
  });
});

describe('<amparo-rights-card> link to the finder', () => {
  it('links each situation to the matching finder need on the page the site names', async () => {
    const el = await card('scenario="if-detained" county="06075" finder-page="/help/find"', detained());
    const link = $<HTMLAnchorElement>(el, 'a[data-kind="finder"]')!;
    expect(link.textContent!.trim()).to.equal('Find legal help for a detained person');
    const url = new URL(link.href);
    expect(url.pathname).to.equal('/help/find');
    expect(url.searchParams.get('amparo-need')).to.equal('detention');
    expect(url.searchParams.get('amparo-county')).to.equal('San Francisco');
    expect(url.hash).to.equal('#amparo-resource-finder');
    // Another page: the browser follows the link (the test stops it from leaving).
    let prevented: boolean | undefined;
    const stop = (e: Event) => {
      prevented = e.defaultPrevented;
      e.preventDefault();
    };
    document.addEventListener('click', stop, {once: true});
    link.click();
    expect(prevented).to.equal(false);
    // At work: workers' rights.
    $<HTMLButtonElement>(el, '#tab-at-work')!.click();
    await el.updateComplete;
    expect(new URL($<HTMLAnchorElement>(el, 'a[data-kind="finder"]')!.href).searchParams.get('amparo-need')).to.equal('workers-rights');
    await expect(el).to.be.accessible();
  });

  it('shows no finder link when the finder is neither on the page nor named', async () => {
    const el = await card('scenario="if-detained"', detained());
    expect(has(el, 'a[data-kind="finder"]')).to.equal(false);
  });

  it('hands the need to the finder on the same page', async () => {
    const followed: Record<string, string>[] = [];
    class FakeFinder extends HTMLElement {
      followLink(state: Record<string, string>) {
        followed.push(state);
      }
    }
    if (!customElements.get('amparo-resource-finder')) customElements.define('amparo-resource-finder', FakeFinder);
    const finder = document.createElement('amparo-resource-finder');
    document.body.append(finder);
    try {
      const el = await card('scenario="if-detained" county="Los Angeles"', detained());
      const link = $<HTMLAnchorElement>(el, 'a[data-kind="finder"]')!;
      // A real link (to this page, which the finder reads on load) for a middle click or a new tab.
      expect(new URL(link.href).searchParams.get('amparo-need')).to.equal('detention');
      const event = new MouseEvent('click', {bubbles: true, composed: true, cancelable: true, button: 0});
      link.dispatchEvent(event);
      expect(event.defaultPrevented).to.equal(true);
      expect(followed).to.deep.equal([{need: 'detention', county: 'Los Angeles'}]);
    } finally {
      finder.remove();
    }
  });
});

describe('<amparo-rights-card> after a detention', () => {
  it('offers the detainee locator and the court case line, marked as the dataset marks them', async () => {
    const el = await card('scenario="if-detained" lang="es"', dataset((d) => {
      withDetention(d);
      // Refused by the validator (skipped and named), never shown as a link.
      d.links.push({id: 'link-bad', kind: 'detainee-locator', name: {en: 'Bad'}, url: 'javascript:alert(1)'});
    }));
    const locator = $(el, '[data-kind="locator"] a')!;
    expect(locator.getAttribute('href')).to.equal('https://locator.example.org/');
    expect(locator.getAttribute('target')).to.equal('_blank');
    expect($$(el, '[data-kind="locator"]').length).to.equal(1);
    const line = $(el, '[data-kind="case-line"]')!;
    expect(line.textContent).to.contain('Información de casos de la corte de inmigración (EOIR)');
    const tel = line.querySelector('a.phone')!;
    expect(tel.getAttribute('href')).to.equal('tel:8008987180');
    expect(tel.getAttribute('dir')).to.equal('ltr');
    expect(line.textContent).to.contain('no verificado');
    await expect(el).to.be.accessible();
    await setUiLocale('en');
  });

  it('shows them only for a detention', async () => {
    const el = await card('scenario="at-door"', detained());
    expect(has(el, '[data-kind="locator"]')).to.equal(false);
    expect(has(el, '[data-kind="case-line"]')).to.equal(false);
  });
});

describe('<amparo-rights-card> what changed', () => {
  const dated = () =>
    dataset((d) => {
      d.updates = [
        {id: 'u-door', date: '2026-11-20', kind: 'law', title: {en: 'Door rule challenged'}, source: {name: 'Docket A'}, scenarios: ['at-door']},
        // For a situation of the card and a need of the finder: on both.
        {id: 'u-plan', date: '2026-01-01', kind: 'law', title: {en: 'Work rule in force'}, source: {name: 'Docket E'}, scenarios: ['at-work'], needs: ['workers-rights']},
        {id: 'u-law', date: '2026-12-01', kind: 'law', title: {en: 'State law in force'}, source: {name: 'Docket B', url: 'https://example.org/b'}},
        {id: 'u-map', date: '2026-12-02', kind: 'map', title: {en: 'New district map'}, source: {name: 'Commission'}},
        {id: 'u-car', date: '2026-12-03', kind: 'law', title: {en: 'Not on this card'}, source: {name: 'Docket C'}, scenarios: ['in-car']},
        {id: 'u-old', date: '2025-06-01', kind: 'law', title: {en: 'Too old'}, source: {name: 'Docket D'}, scenarios: ['at-work']},
      ];
    });

  it('lists the updates for the card’s situations and laws, newest first, with the rumour reminder', async () => {
    const el = await card('', dated());
    const details = $<HTMLDetailsElement>(el, 'details.updates')!;
    details.open = true;
    const items = $$(el, 'details.updates li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items.length).to.equal(3);
    expect(items[0]).to.match(/^December 1, 2026: State law in force/);
    expect(items[1]).to.match(/^November 20, 2026: Door rule challenged/);
    expect(items[2]).to.match(/^January 1, 2026: Work rule in force/);
    expect(details.textContent).to.contain('Check rumours with your county rapid-response hotline');
    await expect(el).to.be.accessible();
  });

  it('keeps only what concerns the card (pure)', () => {
    const edition = {scenarios: [{id: 'at-door'}, {id: 'at-work'}]} as never;
    const kept = cardUpdates(
      [
        {id: 'a', date: '2026-01-01', kind: 'law', title: {en: 'a'}, source: {name: 's'}, scenarios: ['at-door', 'in-car']},
        {id: 'b', date: '2026-01-01', kind: 'term', title: {en: 'b'}, source: {name: 's'}},
        {id: 'c', date: '2026-01-01', kind: 'law', title: {en: 'c'}, source: {name: 's'}},
      ],
      edition,
    );
    expect(kept.map((u) => u.id)).to.deep.equal(['a', 'c']);
    expect(kept[0]!.scenarios).to.equal(undefined);
  });
});

describe('rights card links (pure)', () => {
  it('maps situations to finder needs, with the county by name', () => {
    expect(finderState('if-detained', '06037')).to.deep.equal({need: 'detention', county: 'Los Angeles'});
    expect(finderState('witnessing-raid', undefined)).to.deep.equal({need: 'rapid-response'});
    expect(finderState('unknown-situation', '06037')).to.equal(undefined);
  });

  it('finds detainee locators and case lines for the county', () => {
    const found = detentionResources(
      {
        links: [
          {id: 'l1', kind: 'detainee-locator', name: {en: 'L1'}, url: 'https://a.example/'},
          {id: 'l2', kind: 'detainee-locator', name: {en: 'L2'}, url: 'https://b.example/', counties: ['06001']},
          {id: 'l3', kind: 'legal-directory', name: {en: 'L3'}, url: 'https://c.example/'},
        ],
        hotlines: [],
      } as never,
      '06075',
    );
    expect(found.locators.map((l) => l.id)).to.deep.equal(['l1']);
  });
});
