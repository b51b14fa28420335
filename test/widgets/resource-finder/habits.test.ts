/**
 * Issue 14: the finder keeps the habits people bring from other sites (ZIP+4, Escape in a search
 * field, quick exit) and never drops the keyboard focus when part of it is replaced.
 */
import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '../../helpers/commands.js';
import {$, $$, answerZipTable, cardIds, finder, has, root, searchFor, text, TestFinder} from './harness.js';

const active = (el: Element) => root(el).activeElement as HTMLElement | null;

describe('<amparo-resource-finder> habits (issue 14)', () => {
  let restore: () => void;
  before(() => (restore = answerZipTable()));
  after(() => restore());

  for (const typed of ['90012-1234', '90012 1234', '900121234', ' 90012 ']) {
    it(`reads "${typed}" as the 5-digit ZIP 90012`, async () => {
      const el = await finder();
      const detail = await searchFor(el, typed);
      expect(detail.county).to.equal('06037');
      expect(has(el, '[role="alert"]')).to.equal(false);
      expect(text(el, '.count')).to.contain('90012');
    });
  }

  it('names a California ZIP missing from the table a PO-box or business ZIP, never "not in California"', async () => {
    const el = await finder();
    // 96150 (South Lake Tahoe) is in California (prefixes 900-961) but not in the test table.
    for (const zip of ['95999', '96150']) {
      await searchFor(el, zip);
      const alert = text(el, '[role="alert"]');
      expect(alert).to.contain('This ZIP code is for PO boxes or businesses; enter the ZIP code where you live (or your city)');
      expect(alert).to.not.contain('not a California');
      expect(has(el, '#county')).to.equal(true);
    }
  });

  it('says a ZIP outside California is outside what this finder lists, with the statewide and national lines as such', async () => {
    const el = await finder();
    await searchFor(el, '89501');
    const alert = text(el, '[role="alert"]');
    expect(alert).to.contain('89501 is not a California ZIP code');
    expect(alert).to.contain('This finder lists help in California');
    // No county, no local hotline, no distances: nothing presented as near the person.
    expect(text(el, '[part="emergency"]')).to.contain('Statewide and national lines');
    expect(text(el, '.count')).to.not.contain('89501');
    expect(text(el, '.results')).to.not.contain('Farther away');
    expect(text(el, '.results')).to.not.contain('About');
  });

  it('clears the word search on Escape, as a search field does, and does not pass the key on', async () => {
    const el = await finder();
    const q = $<HTMLInputElement>(el, '#q')!;
    q.focus();
    await sendKeys({type: 'asylum'});
    await el.updateComplete;
    const all = cardIds(el).length;
    let outside = 0;
    const count = (e: KeyboardEvent) => e.key === 'Escape' && outside++;
    document.addEventListener('keydown', count);
    try {
      await sendKeys({press: 'Escape'});
    } finally {
      document.removeEventListener('keydown', count);
    }
    await el.updateComplete;
    expect(q.value).to.equal('');
    expect(outside).to.equal(0);
    expect(active(el)).to.equal(q);
    expect(cardIds(el).length).to.be.greaterThan(0);
    expect(cardIds(el).length).to.not.equal(all === 0 ? -1 : 0);
  });

  it('leaves the page on Shift pressed three times, and never while the person types', async () => {
    let left: string | undefined;
    class ExitFinder extends TestFinder {
      protected override leave(url: string): void {
        left = url;
      }
    }
    if (!customElements.get('exit-resource-finder')) customElements.define('exit-resource-finder', ExitFinder);
    const host = await finder();
    const el = document.createElement('exit-resource-finder') as ExitFinder;
    el.setAttribute('quick-exit', 'https://example.org/weather');
    el.setAttribute('dataset', host.getAttribute('dataset')!);
    host.replaceWith(el);
    await waitUntil(() => has(el, '#q'), 'finder rendered');
    // Typing capitals (Shift held with letters) in the fields is not a press.
    $<HTMLInputElement>(el, '#q')!.focus();
    await sendKeys({type: 'ABC DEF'});
    $<HTMLInputElement>(el, '#where')!.focus();
    await sendKeys({type: 'LA'});
    expect(left).to.equal(undefined);
    for (let i = 0; i < 3; i++) await sendKeys({press: 'Shift'});
    expect(left).to.equal('https://example.org/weather');
  });

  it('moves the focus to the results after a search, "Use my location" and a county chosen from the picker', async () => {
    const el = await finder();
    await searchFor(el, '90012');
    expect(active(el)?.id).to.equal('results-title');
    expect(active(el)!.textContent).to.contain('90012');

    const where = oneEvent(el, 'amparo-search');
    [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('Use my location'))!.click();
    await where;
    await el.updateComplete;
    expect(active(el)?.id).to.equal('results-title');

    await searchFor(el, '95999');
    const select = $<HTMLSelectElement>(el, '#county')!;
    const chosen = oneEvent(el, 'amparo-search');
    select.value = '06037';
    select.dispatchEvent(new Event('change'));
    await chosen;
    await el.updateComplete;
    expect(active(el)?.id).to.equal('results-title');
  });

  it('moves the focus to the results when the filters are cleared', async () => {
    const el = await finder('need="asylum" language="es"');
    const clear = [...root(el).querySelectorAll<HTMLButtonElement>('.chips button.link')][0]!;
    clear.focus();
    clear.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(active(el)?.id).to.equal('results-title');
  });

  it('makes every checkbox and radio at least 24 x 24 px', async () => {
    const el = await finder();
    $<HTMLDetailsElement>(el, '[part="filters"]')!.open = true;
    await el.updateComplete;
    const boxes = $$<HTMLInputElement>(el, 'input[type="checkbox"], input[type="radio"]');
    expect(boxes.length).to.be.greaterThan(2);
    for (const box of boxes) {
      const r = box.getBoundingClientRect();
      expect(r.width, box.parentElement?.textContent ?? '').to.be.at.least(24);
      expect(r.height, box.parentElement?.textContent ?? '').to.be.at.least(24);
    }
  });
});
