/**
 * Share and links (issue 18): "Share this event" with Web Share (stubbed, with the event's .ics
 * as a file) and without it (the link copied); the event's organization in the finder (same
 * page and another page); the calendar taking links (`amparo-*` parameters on load, followLink).
 */
import {expect, waitUntil} from '@open-wc/testing';
import {setViewport} from '../../helpers/commands.js';
import {setUiLocale} from '../../../src/core/i18n/localization.js';
import type {ShareNavigator} from '../../../src/core/share.js';
import {defineElement} from '../../../src/core/define.js';
import {$, $$, TestEventCalendar, calendar, has, openDetails, root, text, titles} from './helpers.js';

/** A calendar whose navigator is a stub (Web Share present or absent). */
class ShareCalendar extends TestEventCalendar {
  static nav: Partial<ShareNavigator> = {};
  protected override shareNavigator(): Partial<ShareNavigator> {
    return ShareCalendar.nav;
  }
}
defineElement('share-event-calendar', ShareCalendar);

const KYR = 'Know your rights workshop';
const row = (el: Element, title: string) => $$(el, '.event').find((r) => r.querySelector('.event-title')!.textContent!.trim() === title)!;
const shareButton = (r: Element) => [...r.querySelectorAll<HTMLButtonElement>('.share button')].find((b) => b.textContent!.includes('Share this event'))!;

async function shareCalendar(attrs = ''): Promise<ShareCalendar> {
  const el = document.createElement('share-event-calendar') as ShareCalendar;
  for (const [, name, value] of attrs.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(name!, value!);
  const base = await calendar(attrs);
  el.setAttribute('dataset', base.getAttribute('dataset')!);
  el.now = base.now;
  base.replaceWith(el);
  await waitUntil(() => el.shadowRoot?.querySelector('.event'), 'rendered');
  return el;
}

describe('<amparo-event-calendar> share and links', () => {
  const page = location.href;
  beforeEach(async () => {
    await setUiLocale('en');
    await setViewport({width: 1000, height: 800});
  });
  afterEach(() => {
    history.replaceState(null, '', page);
    document.querySelectorAll('amparo-resource-finder').forEach((f) => f.remove());
  });

  it("shares an event through Web Share with its .ics file, a short text and a link that reopens it", async () => {
    const shared: ShareData[] = [];
    ShareCalendar.nav = {canShare: (d) => !!d, share: async (d) => void shared.push(d!)};
    const el = await shareCalendar();
    const r = row(el, KYR);
    await openDetails(el, r);
    r.querySelector<HTMLElement>('[part="actions"]')!.dispatchEvent(new FocusEvent('focusin', {bubbles: true}));
    await new Promise((res) => setTimeout(res, 300)); // the .ics writer loads on focus
    shareButton(r).click();
    await waitUntil(() => shared.length === 1, 'shared');
    const data = shared[0]!;
    expect(data.title).to.equal(KYR);
    expect(data.text).to.match(/^Know your rights workshop · Tuesday, December 1 at 6:00\s?PM PST · /);
    const url = new URL(data.url!);
    expect(url.searchParams.get('amparo-event')).to.equal('evt-example-kyr');
    expect([...url.searchParams.keys()]).to.deep.equal(['amparo-event']);
    expect(data.files?.[0]?.name).to.equal('evt-example-kyr.ics');
    expect(await data.files![0]!.text()).to.contain('BEGIN:VEVENT');
  });

  it('copies the link when there is no Web Share, and says so', async () => {
    const copied: string[] = [];
    ShareCalendar.nav = {clipboard: {writeText: async (t: string) => void copied.push(t)} as Clipboard};
    const el = await shareCalendar();
    const r = row(el, KYR);
    await openDetails(el, r);
    shareButton(r).click();
    await waitUntil(() => r.querySelector('.share [role="status"]')!.textContent!.includes('Link copied'), 'status');
    expect(copied[0]).to.contain('Know your rights workshop').and.to.contain('amparo-event=evt-example-kyr');
  });

  it('opens the event of a shared link on load (amparo-event) and focuses it', async () => {
    history.replaceState(null, '', `${location.pathname}?amparo-event=evt-example-kyr`);
    const el = await calendar();
    await waitUntil(() => row(el, KYR)?.querySelector('.details-body'), 'details open');
    await waitUntil(() => root(el).activeElement === row(el, KYR).querySelector('.event-title button'), 'focused');
  });

  it('takes the org filter of a link on load, names the organization, and clears it', async () => {
    history.replaceState(null, '', `${location.pathname}?amparo-org=org-example-legal-aid`);
    const el = await calendar();
    expect(titles(el).every((t) => t === KYR)).to.equal(true);
    expect(text(el, '.org-filter')).to.equal('Organizer: Example Legal Aid');
    $<HTMLButtonElement>(el, '.clear')!.click();
    await el.updateComplete;
    expect(has(el, '.org-filter')).to.equal(false);
    expect(titles(el)).to.include('Citizenship clinic');
  });

  it('follows a link from another widget of the page: filters, then the focus on the event', async () => {
    const el = await calendar();
    el.followLink({type: 'legal-clinic'});
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Citizenship clinic']);
    el.followLink({event: 'evt-example-kyr'});
    await waitUntil(() => row(el, KYR)?.querySelector('.details-body'), 'details open');
    await waitUntil(() => root(el).activeElement === row(el, KYR).querySelector('.event-title button'), 'focused');
  });

  it("links the event's organization to the finder page named by finder-page, and shows no link without one", async () => {
    const el = await calendar('finder-page="/help/finder"');
    const r = row(el, KYR);
    await openDetails(el, r);
    const a = r.querySelector<HTMLAnchorElement>('.org-link')!;
    expect(a.textContent).to.equal('More help from this organization');
    const url = new URL(a.href);
    expect(url.pathname).to.equal('/help/finder');
    expect(url.searchParams.get('amparo-org')).to.equal('org-example-legal-aid');
    const clinic = row(el, 'Citizenship clinic');
    await openDetails(el, clinic);
    expect(clinic.querySelector('.org-link')).to.equal(null); // no organization of the dataset

    const bare = await calendar();
    const r2 = row(bare, KYR);
    await openDetails(bare, r2);
    expect(r2.querySelector('.org-link')).to.equal(null);
  });

  it('hands the organization to the finder on the same page', async () => {
    const finder = document.createElement('amparo-resource-finder') as unknown as HTMLElement & {followLink(s: Record<string, string>): void};
    const followed: Record<string, string>[] = [];
    finder.followLink = (s) => void followed.push(s);
    document.body.append(finder);
    const el = await calendar();
    const r = row(el, KYR);
    await openDetails(el, r);
    r.querySelector<HTMLAnchorElement>('.org-link')!.click();
    expect(followed).to.deep.equal([{org: 'org-example-legal-aid'}]);
    expect(location.href).to.equal(page);
  });
});
