/**
 * Issue 18 for the contact form: after a call (an email, a letter, a send) the last step offers
 * the next town halls, then workshops, near the looked-up ZIP, each linking the event in the
 * calendar (on the same page: followed there; else the `calendar-page`), and the host
 * organization's volunteer and donate links. The part is fetched only once an outcome is recorded.
 */
import {expect, waitUntil} from '@open-wc/testing';
import type {DatasetInput} from '../../../src/core/dataset/schema/index.js';
import {clearDatasetCache} from '../../../src/core/dataset/store.js';
import {setUiLocale} from '../../../src/core/i18n/localization.js';
import {contactDataset} from './fixtures.js';
import {$, $$, button, freshPage, has, lookUp, reachDone, state, text, widget, type TestContactRep} from './helpers.js';

type EventInput = NonNullable<DatasetInput['events']>[number];

const sf = {locality: 'San Francisco', county: '06075'};
const event = (id: string, type: EventInput['type'], start: string, extra: Partial<EventInput> = {}): EventInput => ({
  id,
  type,
  title: {en: `Example ${id}`, es: `Ejemplo ${id}`},
  start,
  timeZone: 'America/Los_Angeles',
  format: 'in-person',
  location: sf,
  languages: ['en', 'es'],
  organizer: {name: 'Example Organizer'},
  counties: ['06075'],
  ...extra,
});

/** A real (not sample) dataset around ZIP 94110 (San Francisco, 06075) on 2026-11-15. */
function eventsDataset(publisher?: DatasetInput['meta']['publisher']): ReturnType<typeof contactDataset> {
  const d = contactDataset();
  d.meta.sample = false;
  if (publisher) d.meta.publisher = publisher;
  d.events = [
    event('workshop-sf', 'kyr-workshop', '2026-11-18T18:00'),
    event('hall-sf', 'town-hall', '2026-11-20T18:00', {end: '2026-11-20T19:30'}),
    event('hall-online', 'town-hall', '2026-11-25T17:00', {format: 'online', location: undefined, online: {url: 'https://meet.example.org/'}, counties: undefined}),
    event('hall-alameda', 'town-hall', '2026-11-19T18:00', {location: {locality: 'Oakland', county: '06001'}, counties: ['06001']}),
    event('hall-cancelled', 'town-hall', '2026-11-17T18:00', {status: 'cancelled'}),
    event('hall-past', 'town-hall', '2026-11-10T18:00'),
    event('workshop-sample', 'kyr-workshop', '2026-11-16T18:00', {sample: true}),
    event('clinic-sf', 'legal-clinic', '2026-11-16T10:00'),
  ];
  return d;
}

const PUBLISHER = {
  name: {en: 'Example Immigrant Coalition', es: 'Coalición Inmigrante Ejemplo'},
  url: 'https://coalition.example.org/',
  volunteerUrl: 'https://coalition.example.org/volunteer',
  donateUrl: 'https://coalition.example.org/donate',
};

/** A stand-in for the calendar on the same page: records what it was asked to follow. */
class StubCalendar extends HTMLElement {
  followed: Record<string, string>[] = [];
  followLink(s: Record<string, string>): void {
    this.followed.push(s);
  }
}
customElements.define('amparo-event-calendar', StubCalendar);

const eventLinks = (el: TestContactRep) => $$<HTMLAnchorElement>(el, '.events a');
const lastStepFetched = () => performance.getEntriesByType('resource').some((r) => /\/last-step\.ts\b/.test(r.name));

async function done(el: TestContactRep): Promise<void> {
  await reachDone(el);
  await waitUntil(() => has(el, '#next-events') || has(el, '.support'), 'last step', {timeout: 4000});
  await el.updateComplete;
}

describe('<amparo-contact-rep> last step: next events and support', () => {
  beforeEach(freshPage);
  afterEach(() => {
    state.net?.restore();
    document.querySelectorAll('amparo-event-calendar').forEach((c) => c.remove());
  });

  it('fetches the last step only once an outcome is recorded', async () => {
    const el = await widget('calendar-page="/events"', eventsDataset());
    await lookUp(el, '94110');
    expect(lastStepFetched()).to.equal(false);
    await done(el);
    expect(lastStepFetched()).to.equal(true);
  });

  it('offers the next town halls first, then workshops, near the ZIP or online, at most three, with their date and time', async () => {
    const el = await widget('calendar-page="/events"', eventsDataset());
    await lookUp(el, '94110');
    await done(el);
    expect(text(el, '#next-events')).to.equal('Next: town halls and workshops near you');
    // Not the Alameda, cancelled, past, sample or clinic ones; town halls before the sooner workshop.
    expect(eventLinks(el).map((a) => a.textContent!.trim())).to.deep.equal(['Example hall-sf', 'Example hall-online', 'Example workshop-sf']);
    const items = $$(el, '.events li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items[0]).to.equal('Example hall-sf Town hall · Fri, Nov 20, 6:00 PM PST · San Francisco');
    expect(items[1]).to.contain('Online');
    expect(items[2]).to.contain('Know-your-rights workshop · Wed, Nov 18, 6:00 PM PST');
    expect($(el, '.events time')!.getAttribute('datetime')).to.equal('2026-11-21T02:00:00.000Z');
    await expect(el).to.be.accessible();
  });

  it('says the dates in the interface language, and the titles in the dataset language', async () => {
    const el = await widget('lang="es" calendar-page="/events"', eventsDataset());
    await waitUntil(() => $(el, '[part="base"]')?.getAttribute('lang') === 'es');
    const zip = $<HTMLInputElement>(el, '#zip')!;
    zip.value = '94110';
    zip.dispatchEvent(new Event('input'));
    $<HTMLFormElement>(el, 'form[part="lookup"]')!.requestSubmit();
    await waitUntil(() => has(el, '.official'));
    $$<HTMLButtonElement>(el, '[data-official]')[0]!.click();
    await el.updateComplete;
    button(el, 'Hablé con alguien').click();
    await el.updateComplete;
    button(el, 'Terminé').click();
    await waitUntil(() => has(el, '.events li'));
    const first = $(el, '.events li')!.textContent!.replace(/\s+/g, ' ');
    expect(first).to.contain('Ejemplo hall-sf');
    expect(first).to.match(/vie, 20 nov, 18:00/);
    await setUiLocale('en');
  });

  it('links each event to the calendar on another page (calendar-page), without personal data', async () => {
    const el = await widget('calendar-page="/events"', eventsDataset());
    await lookUp(el, '94110');
    await done(el);
    const href = new URL(eventLinks(el)[0]!.href);
    expect(href.pathname).to.equal('/events');
    expect([...href.searchParams]).to.deep.equal([['amparo-event', 'hall-sf']]);
    expect(href.hash).to.equal('#amparo-event-calendar');
    expect(href.href).to.not.contain('94110');
    const all = [...$$<HTMLAnchorElement>(el, '.next > a')];
    expect(all.map((a) => a.textContent!.trim())).to.deep.equal(['See all events']);
    expect(new URL(all[0]!.href).searchParams.get('amparo-county')).to.equal('06075');
  });

  it('follows an event link to the calendar on the same page: the calendar takes the event, the page does not navigate', async () => {
    const calendar = new StubCalendar();
    document.body.append(calendar);
    const el = await widget('', eventsDataset());
    await lookUp(el, '94110');
    await done(el);
    const link = eventLinks(el)[0]!;
    // A real address still (a middle click opens it in a new tab): this page, with the event.
    expect(new URL(link.href).searchParams.get('amparo-event')).to.equal('hall-sf');
    const click = new MouseEvent('click', {bubbles: true, composed: true, cancelable: true, button: 0});
    link.dispatchEvent(click);
    expect(click.defaultPrevented).to.equal(true);
    expect(calendar.followed).to.deep.equal([{event: 'hall-sf'}]);
    // A modified click (new tab) is left to the browser.
    const newTab = new MouseEvent('click', {bubbles: true, composed: true, cancelable: true, button: 0, ctrlKey: true});
    link.addEventListener('click', (e) => e.preventDefault(), {once: true});
    link.dispatchEvent(newTab);
    expect(calendar.followed.length).to.equal(1);
  });

  it('lists the events without links when there is no calendar on the page and no calendar page', async () => {
    const el = await widget('', eventsDataset());
    await lookUp(el, '94110');
    await done(el);
    expect(eventLinks(el)).to.deep.equal([]);
    expect($$(el, '.events li .name').map((n) => n.textContent!.trim())).to.deep.equal(['Example hall-sf', 'Example hall-online', 'Example workshop-sf']);
    expect(has(el, '.next > a')).to.equal(false);
  });

  it('shows no events section when there is nothing near and no calendar to go to', async () => {
    const d = eventsDataset();
    d.events = [];
    const el = await widget('', d);
    await lookUp(el, '94110');
    await reachDone(el);
    await waitUntil(() => lastStepFetched());
    await el.updateComplete;
    expect(has(el, '#next-events')).to.equal(false);
    expect(text(el, '[part="done"]')).to.contain('Start again');
  });

  it("offers the host organization's volunteer and donate links from the dataset's publisher, none without them", async () => {
    const el = await widget('', eventsDataset(PUBLISHER));
    await lookUp(el, '94110');
    await done(el);
    expect(text(el, '.support')).to.contain('Example Immigrant Coalition');
    expect($(el, '[data-kind="volunteer"]')!.getAttribute('href')).to.equal('https://coalition.example.org/volunteer');
    expect($(el, '[data-kind="donate"]')!.getAttribute('href')).to.equal('https://coalition.example.org/donate');
    await expect(el).to.be.accessible();
    state.net!.restore();
    clearDatasetCache();

    // (A javascript: or http: address is refused by the dataset's schema already; the widget checks again.)
    const plain = await widget('', eventsDataset({name: PUBLISHER.name, url: PUBLISHER.url}));
    await lookUp(plain, '94110');
    await reachDone(plain);
    await waitUntil(() => lastStepFetched());
    await plain.updateComplete;
    expect(has(plain, '[data-kind="volunteer"]')).to.equal(false);
    expect(has(plain, '.support')).to.equal(false);
  });

  it('takes 2 taps from a finished call to the next town hall (a campaign) and 3 without one', async () => {
    const calendar = new StubCalendar();
    document.body.append(calendar);
    const d = eventsDataset();
    d.campaigns[0]!.targets = ['us-house'];
    const el = await widget('campaign="campaign-example"', d);
    await lookUp(el, '94110');
    $<HTMLButtonElement>(el, '[data-official="official-example-rep"]')!.click();
    await el.updateComplete;
    // The call is over: tap 1 says how it went (the only target: the thank-you screen follows).
    let taps = 0;
    button(el, 'I talked to someone').click();
    taps++;
    await waitUntil(() => eventLinks(el).length > 0, 'next events');
    eventLinks(el)[0]!.click();
    taps++;
    expect(calendar.followed).to.deep.equal([{event: 'hall-sf'}]);
    expect(taps).to.equal(2);
    state.net!.restore();
    clearDatasetCache();

    // Free mode: how it went, "I'm done", the town hall.
    const free = await widget('', eventsDataset());
    await lookUp(free, '94110');
    $<HTMLButtonElement>(free, '[data-official="official-example-rep"]')!.click();
    await free.updateComplete;
    taps = 0;
    button(free, 'I talked to someone').click();
    taps++;
    await free.updateComplete;
    button(free, "I'm done").click();
    taps++;
    await waitUntil(() => eventLinks(free).length > 0, 'next events');
    eventLinks(free)[0]!.click();
    taps++;
    expect(calendar.followed.at(-1)).to.deep.equal({event: 'hall-sf'});
    expect(taps).to.equal(3);
  });
});
