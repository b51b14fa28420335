/**
 * Habits that must never hurt the visitor (issue 14): resizing a phone's window, small touch
 * targets, focus dropped to the page when a control disappears, and the rights card's quick exit
 * (Shift pressed alone three times) fired by typing in the calendar's fields.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys, setViewport} from '../../helpers/commands.js';
import {setUiLocale} from '../../../src/core/i18n/localization.js';
import {card} from '../rights-card/harness.js';
import {$, $$, calendar, choose, has, listComplete, openDetails, root, toggle} from './helpers.js';

/** The element that has the focus, looking into the calendar's shadow root. */
const focused = (el: Element) => root(el).activeElement as HTMLElement | null;
const noOverflow = (el: Element) => {
  const base = $(el, '[part="base"]')!;
  const form = $(el, '[part="filters"]')!;
  expect(base.scrollWidth, 'widget scroll width').to.be.at.most(base.clientWidth + 1);
  expect(form.scrollWidth, 'filter form scroll width').to.be.at.most(form.clientWidth + 1);
  expect(form.getBoundingClientRect().right, 'filter form right edge').to.be.at.most(document.documentElement.clientWidth + 1);
};

describe('<amparo-event-calendar> habits', () => {
  beforeEach(async () => {
    await setUiLocale('en');
    await setViewport({width: 1000, height: 800});
  });

  it('reflows the filter form after a resize from 390 to 320 px: nothing overflows', async () => {
    await setViewport({width: 390, height: 844});
    const el = await calendar();
    await choose(el, 'type', 'kyr-workshop');
    await setViewport({width: 320, height: 640});
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    noOverflow(el);
  });

  it('reflows from a wide month view to 390 then 320 px without a resize error or overflow', async () => {
    const el = await calendar('view="month"');
    await waitUntil(() => has(el, 'table'), 'month grid');
    for (const width of [390, 320]) {
      await setViewport({width, height: 700});
      await new Promise((r) => setTimeout(r, 150));
    }
    await el.updateComplete;
    expect(has(el, 'table')).to.equal(false);
    noOverflow(el);
  });

  it('has no horizontal overflow at 320 px with an event open', async () => {
    await setViewport({width: 320, height: 640});
    const el = await calendar();
    await openDetails(el, $$(el, '.event')[0]!);
    noOverflow(el);
  });

  it('makes every control at least 24 x 24 px', async () => {
    await setViewport({width: 390, height: 844});
    const el = await calendar();
    await choose(el, 'type', 'kyr-workshop');
    await openDetails(el, $$(el, '.event')[0]!);
    const controls = $$(el, 'button, select, input, a.button, input[type="checkbox"], input[type="radio"]');
    expect(controls.length).to.be.above(8);
    for (const c of controls) {
      const r = c.getBoundingClientRect();
      const what = `${c.localName} ${c.getAttribute('name') ?? c.textContent!.trim()}`;
      expect(r.width, `${what} width`).to.be.at.least(24);
      expect(r.height, `${what} height`).to.be.at.least(24);
    }
  });

  it('keeps the focus on the title button when details open and close', async () => {
    const el = await calendar();
    const row = $$(el, '.event')[0]!;
    toggle(row).focus();
    await openDetails(el, row);
    expect(focused(el) === toggle(row), 'focus on toggle(row)').to.equal(true);
    toggle(row).click();
    await el.updateComplete;
    expect(row.querySelector('.details')).to.equal(null);
    expect(focused(el) === toggle(row), 'focus on toggle(row)').to.equal(true);
  });

  it('moves the focus to the filters after "Clear filters" (the button goes away)', async () => {
    const el = await calendar();
    await choose(el, 'type', 'kyr-workshop');
    const clear = $<HTMLButtonElement>(el, '.clear')!;
    clear.focus();
    clear.click();
    await el.updateComplete;
    expect(has(el, '.clear')).to.equal(false);
    expect(focused(el) === $(el, '[name="type"]'), 'focus on $(el, [name="type"])').to.equal(true);
  });

  it('keeps the focus on a filter field while its choice applies', async () => {
    const el = await calendar();
    const select = $<HTMLSelectElement>(el, '[name="type"]')!;
    select.focus();
    await choose(el, 'type', 'kyr-workshop');
    expect(focused(el) === select, 'focus on select').to.equal(true);
  });

  it('moves the focus to the first new event after "Show more events"', async () => {
    const el = await calendar('limit="2"');
    const before = $$(el, '.event').length;
    const more = $$<HTMLButtonElement>(el, '.footer button').find((b) => b.textContent!.includes('Show more'))!;
    more.focus();
    more.click();
    await waitUntil(() => $$(el, '.event').length > before, 'more rows');
    await el.updateComplete;
    expect(focused(el) === toggle($$(el, '.event')[before]!), 'focus on toggle($$(el, .event)[before]!)').to.equal(true);
  });

  it('keeps the focus on the month arrows and on the day chosen with the keyboard', async () => {
    const el = await calendar('view="month"');
    await waitUntil(() => has(el, 'table'), 'month grid');
    const next = $$<HTMLButtonElement>(el, '.month-nav button')[1]!;
    next.focus();
    next.click();
    await el.updateComplete;
    expect(focused(el) === $$(el, '.month-nav button')[1], 'focus on $$(el, .month-nav button)[1]').to.equal(true);
    const cell = $<HTMLElement>(el, 'td[tabindex="0"]')!;
    cell.focus();
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect(focused(el)?.dataset.day).to.not.equal(cell.dataset.day);
    expect(focused(el)?.getAttribute('tabindex')).to.equal('0');
  });

  it('keeps the focus on the add-to-calendar buttons after a download', async () => {
    const el = await calendar();
    const row = $$(el, '.event')[0]!;
    await openDetails(el, row);
    const file = row.querySelector<HTMLButtonElement>('[part="actions"] button')!;
    file.focus();
    file.click();
    await waitUntil(() => el.downloads.length === 1, 'downloaded');
    await el.updateComplete;
    expect(focused(el) === file, 'focus on file').to.equal(true);
    expect(listComplete(el)).to.equal(true);
  });

  it("never leaves the page by the rights card's quick exit while typing in the calendar's fields", async () => {
    const exit = await card('quick-exit="https://example.org/weather"');
    const el = await calendar();
    $<HTMLInputElement>(el, '[name="q"]')!.focus();
    await sendKeys({type: 'Los Angeles ICE Know Your Rights'});
    for (let i = 0; i < 3; i++) await sendKeys({press: 'Escape'});
    expect(exit.left).to.deep.equal([]);
    $<HTMLSelectElement>(el, '[name="type"]')!.focus();
    for (const key of ['ArrowDown', 'ArrowUp']) await sendKeys({press: key});
    for (let i = 0; i < 3; i++) {
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'Tab'});
      await sendKeys({up: 'Shift'});
    }
    expect(exit.left).to.deep.equal([]);
  });
});
