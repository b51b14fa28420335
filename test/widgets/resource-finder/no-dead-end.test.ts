/**
 * The finder shows real help honestly and is never a dead end: credentials true today, courts and
 * detention facilities apart from help, the nearest help and hotline for a county without its
 * own, and something to call before any ZIP is typed.
 */
import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import {setViewport} from '../../helpers/commands.js';
import type {DatasetInput} from '../../../src/core/dataset/schema/index.js';
import {setUiLocale} from '../../../src/core/i18n/localization.js';
import {$, $$, answerZipTable, cardIds, dataset, finder, has, searchFor, TestFinder, text} from './harness.js';

/** Rendered and not inside a closed disclosure. */
const visible = (e: Element) => e.checkVisibility();
const cards = (el: Element) => $$(el, '.results .card');
/** The card of a listing, by its service name (under the organization) or its heading. */
const card = (el: Element, title: string) =>
  cards(el).find((c) => (c.querySelector('[data-service]') ?? c.querySelector('h3'))!.textContent!.trim() === title)!;
const flat = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();

/** Opens "Where is a hearing or a detention center?" and waits for its content (places.ts). */
async function openPlaces(el: TestFinder): Promise<HTMLDetailsElement> {
  const section = $<HTMLDetailsElement>(el, '[part="places"]')!;
  if (!section.open) section.querySelector('summary')!.click();
  await waitUntil(() => section.querySelector('h3'), 'places listed');
  return section;
}

describe('<amparo-resource-finder>: real help, never a dead end', () => {
  let restore: () => void;
  before(() => (restore = answerZipTable()));
  after(() => restore());
  beforeEach(() => setUiLocale('en'));
  afterEach(() => setViewport({width: 800, height: 600}));

  it('shows DOJ recognition as current only until it ends, by today’s date', async () => {
    const el = await finder(
      'county="Los Angeles"',
      dataset((d) => {
        d.organizations.push({
          id: 'org-example-ended-la',
          name: {en: 'Example Lapsed Legal Center'},
          credentials: ['doj-recognized'],
          recognition: {since: '2016-09-30', expires: '2026-09-30', renewalPending: false, asOf: '2026-09-19'},
        });
        d.locations.push({
          id: 'loc-example-ended-la',
          organizationId: 'org-example-ended-la',
          address: {street: '800 Example Ln', city: 'Los Angeles', state: 'CA', zip: '90012'},
          county: '06037',
        });
        // The roster is recognized by its official address (EOIR's public roster page).
        d.links.push({
          id: 'link-example-roster',
          kind: 'legal-directory',
          name: {en: 'EOIR roster (test record)'},
          url: 'https://www.justice.gov/eoir/recognition-and-accreditation-roster-reports',
        });
      }),
    );
    // Current (expires 2027-06-30): the trust badge, and honest gaps.
    const current = card(el, 'Immigration legal services');
    expect(flat(current.querySelector('.badges')!)).to.contain('✓ DOJ-recognized organization (accredited representatives)');
    expect(flat(current)).to.contain('Kinds of cases not listed: call to ask.');
    expect(flat(current)).to.contain('Cost not listed: ask.');
    expect(flat(current)).to.not.contain('Free');
    // Ended on 2026-10-31 with a renewal pending on the roster of 2026-09-19: no trust badge for it.
    const pending = card(el, 'Example Pending Renewal Center');
    expect(flat(pending)).to.contain('DOJ recognition: renewal pending (as of September 19, 2026)');
    expect([...pending.querySelectorAll('.trust')].map(flat)).to.deep.equal(['✓ DOJ-accredited representative']);
    // Ended, nothing pending: a plain note and the roster to check.
    const ended = card(el, 'Example Lapsed Legal Center');
    expect(ended.querySelector('.trust')).to.equal(null);
    expect(flat(ended)).to.contain('DOJ recognition listed until September 30, 2026; check the current roster');
    const check = [...ended.querySelectorAll('a')].find((a) => a.textContent!.includes('check the current roster'))!;
    expect(check.getAttribute('href')).to.equal('https://www.justice.gov/eoir/recognition-and-accreditation-roster-reports');
    // The filter counts only recognitions that hold today (the LA listing and the statewide defense service).
    $<HTMLDetailsElement>(el, '[part="filters"]')!.open = true;
    const doj = $$(el, '.check').find((l) => l.textContent!.includes('DOJ-recognized organization'))!;
    expect(flat(doj)).to.equal('DOJ-recognized organization (accredited representatives) (2)');
    doj.querySelector('input')!.click();
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal(['Immigration legal services', 'Deportation defense']);
    await expect(el).to.be.accessible();
  });

  it('keeps courts and detention facilities out of the results, in their own section with the locator', async () => {
    const el = await finder();
    await searchFor(el, '90012');
    const places = ['Example Los Angeles Immigration Court', 'Example Immigration Court', 'Example Desert Processing Center'];
    for (const name of places) expect(flat($(el, '[part="results"]')!)).to.not.contain(name);
    const section = $<HTMLDetailsElement>(el, '[part="places"]')!;
    expect(section.open).to.equal(false);
    expect(text(el, '[part="places"] summary')).to.equal('Where is a hearing or a detention center?');
    await openPlaces(el);
    const sites = [...section.querySelectorAll('li.site')];
    // Nearest court first, with its distance, address, map link and phone.
    expect(sites.map((s) => s.querySelector('strong')!.textContent!.trim())).to.deep.equal([
      'Example Los Angeles Immigration Court',
      'Example Immigration Court',
      'Example Desert Processing Center',
    ]);
    const court = sites[0]!;
    expect(flat(court)).to.contain('About 0.5 mi');
    expect(flat(court.querySelector('address')!)).to.equal('600 Example Sq, Los Angeles, CA 90012');
    expect(court.querySelector('a[href^="https://www.openstreetmap.org/search"]')).to.not.equal(null);
    expect(court.querySelector('a.phone')!.getAttribute('href')).to.equal('tel:2135550116');
    const links = [...section.querySelectorAll<HTMLAnchorElement>('a.link-action')];
    const locator = links.find((a) => a.textContent!.includes('Find a person in ICE detention'))!;
    expect(locator.getAttribute('href')).to.equal('https://locator.example.org/');
    const cases = links.find((a) => a.textContent!.includes('Check a hearing date: EOIR case information'))!;
    expect(cases.getAttribute('href')).to.equal('https://cases.example.org/');
    expect(flat(cases.closest('.site')!)).to.contain('+1 800 555 0118');
    // Following one tells the page, like any listing.
    const event = oneEvent(el, 'amparo-resource-action');
    court.querySelector('a.phone')!.addEventListener('click', (e) => e.preventDefault(), {once: true});
    court.querySelector<HTMLAnchorElement>('a.phone')!.click();
    expect((await event).detail).to.deep.equal({id: 'place-example-la-court', action: 'call'});
    await expect(el).to.be.accessible();
  });

  it('puts the detention facility and the locator first when someone was detained', async () => {
    const el = await finder('need="detention"');
    await searchFor(el, '90012');
    const section = await openPlaces(el);
    expect(section.open).to.equal(true);
    // Above the results, with why.
    const before = section.compareDocumentPosition($(el, '[part="notario"]')!) & Node.DOCUMENT_POSITION_FOLLOWING;
    expect(before).to.not.equal(0);
    expect(flat(section)).to.contain('Find where a detained person is held, and the date of a hearing.');
    expect([...section.querySelectorAll('h3')].map(flat)).to.deep.equal(['ICE detention facilities', 'Immigration courts']);
    for (const name of cardIds(el)) expect(name).to.not.contain('Processing Center');
    await expect(el).to.be.accessible();
  });

  it('says plainly when a county has no provider, and lists the nearest ones and the nearest hotline', async () => {
    const el = await finder();
    const detail = await searchFor(el, '96001');
    expect(detail.county).to.equal('06089');
    await waitUntil(() => text(el, '[part="emergency"]').includes('nearest county'), 'nearest hotline');
    const few = text(el, '[part="few"]');
    expect(few).to.contain('No provider is listed in Shasta County.');
    expect(few).to.contain('The nearest ones elsewhere are listed too, with their distance.');
    const farther = cards(el).filter((c) => c.querySelector('.badges')!.textContent!.includes('Farther away'));
    expect(farther.length).to.be.at.least(3);
    for (const c of farther) {
      expect(c.querySelector('address'), flat(c)).to.not.equal(null);
      expect(flat(c)).to.match(/Distance ?About \d+ mi/);
    }
    // The nearest first (Oakland, 194 mi), then statewide and phone help.
    expect(flat(farther[0]!)).to.contain('About 194 mi');
    expect(cardIds(el).slice(-2)).to.deep.equal(['Deportation defense', 'Asylum advice by phone']);
    const strip = text(el, '[part="emergency"]');
    expect(strip).to.contain(
      'No rapid-response hotline is listed for Shasta County. The nearest county with one is San Francisco County; its hotline may help or refer you:',
    );
    expect($(el, '[part="emergency"] a.phone')!.getAttribute('href')).to.equal('tel:+14155550102');
    await expect(el).to.be.accessible();
  });

  it('finds the nearest help for a county name, a city and the position too', async () => {
    const el = await finder();
    await searchFor(el, 'Shasta');
    await waitUntil(() => text(el, '[part="few"]').includes('middle of Shasta County'), 'nearest from the county centre');
    expect(cards(el).filter((c) => c.textContent!.includes('Farther away')).length).to.be.at.least(3);
    expect(text(el, '[part="emergency"]')).to.contain('The nearest county with one is San Francisco County');
    await searchFor(el, 'Redding');
    expect(text(el, '.count')).to.contain('Redding (Shasta County)');
    expect(text(el, '[part="few"]')).to.equal(
      'No provider is listed in Shasta County. The nearest ones elsewhere are listed too, with their distance.',
    );
    TestFinder.position = {lat: 40.6, lng: -122.4};
    try {
      const event = oneEvent(el, 'amparo-search');
      $$<HTMLButtonElement>(el, '.search button').find((b) => b.textContent!.includes('Use my location'))!.click();
      expect((await event).detail.county).to.equal('06089');
      await el.updateComplete;
      expect(text(el, '[part="few"]')).to.contain('No provider is listed in Shasta County.');
      expect(cards(el).filter((c) => c.textContent!.includes('Farther away')).length).to.be.at.least(3);
    } finally {
      TestFinder.position = {lat: 37.76, lng: -122.42};
    }
  });

  it('never refers to a hotline it does not show', async () => {
    const none = (d: Required<DatasetInput>) => {
      d.organizations = [];
      d.services = [];
      d.locations = [];
      d.events = [];
    };
    // Shasta, no providers, no ZIP table (so no nearest county): every county hotline is listed instead.
    const el = await finder('county="Shasta"', dataset((d) => (none(d), (d.zipTables = []))));
    await waitUntil(() => has(el, '[part="empty"]'), 'no-providers view');
    const strip = text(el, '[part="emergency"]');
    expect(strip).to.contain('No rapid-response hotline is listed for Shasta County in this directory.');
    expect($<HTMLDetailsElement>(el, '[part="emergency"] details')!.open).to.equal(true);
    const rows = $$(el, '[part="emergency"] details li').map(flat);
    expect(rows[0]).to.match(/^Los Angeles: \+1 213 555 0113 Example Los Angeles Rapid Response/);
    expect(rows[1]).to.match(/^San Francisco, San Mateo: \+1 415 555 0102 .*Example Bay Area Rapid Response/);
    const empty = text(el, '[part="empty"]');
    expect(empty).to.not.contain('hotline above');
    expect(empty).to.contain('For help now, call a line listed above, or contact the organization that runs this website.');
    await expect(el).to.be.accessible();
    // Where the county has its own hotline, the text may name it.
    const sf = await finder('county="San Francisco"', dataset(none));
    await waitUntil(() => has(sf, '[part="empty"]'), 'no-providers view');
    expect(text(sf, '[part="empty"]')).to.contain('call the rapid-response hotline above');
    // No line at all: nothing "above".
    const bare = await finder('county="Shasta"', dataset((d) => (none(d), (d.hotlines = []))));
    await waitUntil(() => has(bare, '[part="empty"]'), 'no-providers view');
    expect(text(bare, '[part="empty"]')).to.contain('For help now, contact the organization that runs this website.');
    expect(text(bare, '[part="empty"]')).to.not.contain('above');
  });

  it('gives a number to call before any ZIP is typed', async () => {
    // Only county hotlines (like the default dataset): the list by county is open.
    const el = await finder('', dataset((d) => (d.hotlines = d.hotlines.filter((h) => h.scope === 'local'))));
    expect(text(el, '[part="emergency"]')).to.contain('Enter your ZIP code or county to see your local rapid-response hotline.');
    expect(text(el, '[part="emergency"] summary')).to.equal('Rapid-response hotlines by county (2)');
    const phones = $$(el, '[part="emergency"] a.phone');
    expect(phones.length).to.equal(2);
    expect(phones.every(visible)).to.equal(true);
    await expect(el).to.be.accessible();
    // With a statewide line, that one shows and the list by county stays folded.
    const wide = await finder();
    expect($<HTMLDetailsElement>(wide, '[part="emergency"] details')!.open).to.equal(false);
    expect($$(wide, '[part="emergency"] a.phone').filter(visible).map((a) => a.textContent)).to.deep.equal(['+1 800 555 0103']);
  });

  it('fits a 320 px screen in the new states', async () => {
    await setViewport({width: 320, height: 640});
    const el = await finder('need="detention"');
    await searchFor(el, '96001');
    await waitUntil(() => text(el, '[part="emergency"]').includes('nearest county'), 'nearest hotline');
    await openPlaces(el);
    expect(el.scrollWidth).to.be.at.most(320);
    for (const c of [...cards(el), $(el, '[part="places"]')!, $(el, '[part="few"]')!]) {
      expect(c.scrollWidth, c.className).to.be.at.most(c.clientWidth + 1);
    }
    await expect(el).to.be.accessible();
    const before = await finder('', dataset((d) => (d.hotlines = d.hotlines.filter((h) => h.scope === 'local'))));
    expect(before.scrollWidth).to.be.at.most(320);
  });
});
