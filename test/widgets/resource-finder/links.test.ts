/**
 * Issue 18: sharing a provider, its organization's next events linked to the calendar, links
 * into the finder (need, county, org, service), volunteer and donate links, national lines only
 * when asked, and "What changed" with the county hotline to check rumours with.
 */
import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import type {DatasetInput} from '../../../src/core/dataset/schema/index.js';
import type {ShareNavigator} from '../../../src/core/share.js';
import {$, $$, answerZipTable, cardIds, dataset, finder, has, root, searchFor, text, TestFinder} from './harness.js';

const active = (el: Element) => root(el).activeElement as HTMLElement | null;
const cardOf = (el: Element, id: string) => $$(el, '.results .card').find((c) => c.dataset['id'] === id);

/** A share stub: no Web Share API (as on most desktops), a clipboard that records. */
const copied: string[] = [];
class ShareFinder extends TestFinder {
  protected override shareNavigator(): Partial<ShareNavigator> {
    return {clipboard: {writeText: (t: string) => (copied.push(t), Promise.resolve())} as unknown as Clipboard};
  }
}
customElements.define('share-resource-finder', ShareFinder);

function withEvents(d: Required<DatasetInput>): void {
  d.events.push(
    {
      id: 'evt-la-clinic',
      type: 'legal-clinic',
      title: {en: 'Asylum clinic', es: 'Clínica de asilo'},
      start: '2026-12-03T10:00',
      end: '2026-12-03T12:00',
      timeZone: 'America/Los_Angeles',
      format: 'online',
      online: {url: 'https://la.example.org/meet'},
      languages: ['en'],
      organizer: {organizationId: 'org-example-la', name: 'Example Immigrant Justice Center'},
      provenance: {sourceId: 'example-survey', asOf: '2026-11-20'},
    },
    {
      id: 'evt-la-cancelled',
      status: 'cancelled',
      type: 'legal-clinic',
      title: {en: 'Cancelled clinic'},
      start: '2026-11-30T10:00',
      timeZone: 'America/Los_Angeles',
      format: 'online',
      online: {url: 'https://la.example.org/meet'},
      languages: ['en'],
      organizer: {organizationId: 'org-example-la', name: 'Example Immigrant Justice Center'},
      provenance: {sourceId: 'example-survey', asOf: '2026-11-20'},
    },
  );
  const la = d.organizations.find((o) => o.id === 'org-example-la')!;
  Object.assign(la, {volunteerUrl: 'https://la.example.org/volunteer', donateUrl: 'https://la.example.org/give'});
  d.hotlines.push(
    {
      id: 'us-988-lifeline',
      kind: 'crisis',
      name: {en: '988 Suicide & Crisis Lifeline'},
      phones: [{number: '988'}],
      scope: 'national',
      verification: {status: 'unverified'},
    },
    {
      id: 'us-eoir-acis',
      kind: 'case-status',
      name: {en: 'Immigration court case information (EOIR)'},
      phones: [{number: '+1 880 898 7180'}],
      scope: 'national',
      verification: {status: 'unverified'},
    },
  );
  d.updates.push({
    id: 'update-la',
    date: '2026-11-20',
    kind: 'service',
    title: {en: 'Example county policy (fictional)'},
    source: {name: 'Example county'},
    counties: ['06037'],
    provenance: {sourceId: 'example-survey', asOf: '2026-11-20'},
  });
}

async function shareFinder(attrs = ''): Promise<ShareFinder> {
  const host = await finder(attrs, dataset(withEvents));
  const el = document.createElement('share-resource-finder') as ShareFinder;
  for (const a of host.getAttributeNames()) el.setAttribute(a, host.getAttribute(a)!);
  host.replaceWith(el);
  // The share button, next events and support links are a lazy part, loaded with the first card.
  await waitUntil(() => has(el, '.results .card .share'), 'card links loaded');
  await el.updateComplete;
  return el;
}

describe('<amparo-resource-finder> links (issue 18)', () => {
  let restore: () => void;
  before(() => (restore = answerZipTable()));
  after(() => restore());

  it('shares a provider: name, what it offers and its phone, with a link that carries only the service', async () => {
    const el = await shareFinder();
    await searchFor(el, '90012');
    const card = cardOf(el, 'svc-example-la-asylum')!;
    [...card.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Share')!.click();
    await waitUntil(() => copied.length === 1, 'copied');
    const [shared] = copied;
    expect(shared).to.contain('Example Immigrant Justice Center: Asylum applications');
    expect(shared).to.contain('Asylum');
    expect(shared).to.contain('(213) 555-0110');
    const url = new URL(shared!.split(' ').pop()!);
    expect([...url.searchParams.keys()]).to.deep.equal(['amparo-service']);
    expect(url.searchParams.get('amparo-service')).to.equal('svc-example-la-asylum');
    expect(shared).to.not.contain('90012');
    await waitUntil(() => cardOf(el, 'svc-example-la-asylum')!.textContent!.includes('Link copied'), 'status shown');
  });

  it("opens the phone's share sheet where there is one, with the same short text and link", async () => {
    const el = await shareFinder();
    const sheets: ShareData[] = [];
    Object.assign(el, {
      shareNavigator: () => ({share: (d: ShareData) => (sheets.push(d), Promise.resolve()), canShare: () => true}),
    });
    [...cardOf(el, 'svc-example-la-asylum')!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Share')!.click();
    await waitUntil(() => sheets.length === 1, 'shared');
    expect(sheets[0]!.title).to.equal('Example Immigrant Justice Center: Asylum applications');
    expect(sheets[0]!.text).to.contain('(213) 555-0110');
    expect(new URL(sheets[0]!.url!).searchParams.get('amparo-service')).to.equal('svc-example-la-asylum');
  });

  it('reopens a shared provider card first from the page address', async () => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?amparo-service=svc-example-oakland-workers`);
    try {
      const el = await shareFinder();
      await waitUntil(() => cardIds(el)[0] === 'Workers’ rights help' || $$(el, '.results .card')[0]?.dataset['id'] === 'svc-example-oakland-workers');
      expect($$(el, '.results .card')[0]!.dataset['id']).to.equal('svc-example-oakland-workers');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it("lists the organization's next events on its card, in the interface language, each linking to the calendar (1 tap)", async () => {
    const el = await shareFinder('calendar-page="/events"');
    await searchFor(el, '90012');
    await waitUntil(() => !!cardOf(el, 'svc-example-la-asylum')?.querySelector('.next-events'), 'next events');
    const events = cardOf(el, 'svc-example-la-asylum')!.querySelector('.next-events')!;
    expect(events.textContent).to.contain('Asylum clinic');
    expect(events.textContent).to.not.contain('Cancelled');
    expect(events.textContent).to.match(/Dec 3, 2026/);
    const link = events.querySelector<HTMLAnchorElement>('a')!;
    const href = new URL(link.href);
    expect(href.pathname).to.equal('/events');
    expect(href.searchParams.get('amparo-event')).to.equal('evt-la-clinic');
    // From a result to the organization's next event: one tap on this link.
  });

  it('hands an event link to the calendar on the same page', async () => {
    const el = await shareFinder();
    const got: Record<string, string>[] = [];
    // A stand-in calendar: an element of its tag with followLink is the link target.
    const tag = document.createElement('amparo-event-calendar');
    Object.assign(tag, {followLink: (s: Record<string, string>) => void got.push(s)});
    document.body.append(tag);
    try {
      await searchFor(el, '90012');
      await waitUntil(() => !!cardOf(el, 'svc-example-la-asylum')?.querySelector('.next-events a'), 'event link');
      cardOf(el, 'svc-example-la-asylum')!.querySelector<HTMLAnchorElement>('.next-events a')!.click();
      expect(got).to.deep.equal([{event: 'evt-la-clinic'}]);
    } finally {
      tag.remove();
    }
  });

  it('takes links from another widget: an organization only (with a way back), a need and county, a service focused', async () => {
    const el = await shareFinder();
    await el.followLink({org: 'org-example-la'});
    expect($$(el, '.results .card').every((c) => c.dataset['id'] === 'svc-example-la-asylum')).to.equal(true);
    expect(text(el, '[data-kind="org"]')).to.contain('Example Immigrant Justice Center');
    expect(active(el)?.id).to.equal('results-title');
    const all = $<HTMLButtonElement>(el, '[data-kind="org"] button')!;
    const event = oneEvent(el, 'amparo-search');
    all.click();
    await event;
    await el.updateComplete;
    expect($$(el, '.results .card').length).to.be.greaterThan(1);
    expect(active(el)?.id).to.equal('results-title');

    await el.followLink({need: 'asylum', county: 'Los Angeles'});
    expect($<HTMLSelectElement>(el, '#need')!.value).to.equal('asylum');
    expect(text(el, '[part="emergency"]')).to.contain('Los Angeles');

    await el.followLink({service: 'svc-example-oakland-workers'});
    expect(active(el)?.dataset['id']).to.equal('svc-example-oakland-workers');
  });

  it("links the organization's volunteer and donate pages", async () => {
    const el = await shareFinder();
    const card = cardOf(el, 'svc-example-la-asylum')!;
    const links = [...card.querySelectorAll<HTMLAnchorElement>('.support a')].map((a) => a.href);
    expect(links).to.deep.equal(['https://la.example.org/volunteer', 'https://la.example.org/give']);
  });

  it('shows the 988 line only for mental health, and the court case line for detention or court help, marked not verified', async () => {
    const el = await shareFinder();
    expect(text(el, '[part="emergency"]')).to.not.contain('988');
    expect(text(el, '[part="emergency"]')).to.not.contain('EOIR');
    const need = $<HTMLSelectElement>(el, '#need')!;
    need.value = 'mental-health';
    need.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text(el, '[part="emergency"]')).to.contain('988 Suicide & Crisis Lifeline');
    expect(text(el, '[part="emergency"]')).to.match(/988 Suicide & Crisis Lifeline.*not verified/);
    need.value = 'detention';
    need.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text(el, '[part="emergency"]')).to.contain('EOIR');
    expect(text(el, '[part="emergency"]')).to.not.contain('988 Suicide');
  });

  it('lists what changed for the county, with its rapid-response hotline to check rumours with', async () => {
    const el = await shareFinder();
    await searchFor(el, '90012');
    expect(text(el, '[part="updates"]')).to.contain('Example county policy');
    expect(text(el, '.rumour')).to.contain('Example Los Angeles Rapid Response');
    expect(text(el, '.rumour')).to.contain('+1 213 555 0113');
  });
});
