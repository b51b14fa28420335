/**
 * Quick exit on the page (issue 14): Shift pressed alone three times leaves, as on GOV.UK's "Exit
 * this page"; Escape, pressed by habit to close a dialog or clear a search field, never does.
 * Real key presses (sendKeys), so the events travel through the page as a visitor's would.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '../../helpers/commands.js';
import {setUiLocale} from '../../../src/core/i18n/localization.js';
import {$, $$, card, has} from './harness.js';

const EXIT = 'https://example.org/weather';
const press = async (key: string, times = 1) => {
  for (let i = 0; i < times; i++) await sendKeys({press: key});
};
/** Another widget's search field on the same page. */
const searchField = async () => {
  const input = await fixture<HTMLInputElement>(html`<input type="search" aria-label="Search" />`);
  input.focus();
  return input;
};

describe('<amparo-rights-card> quick exit', () => {
  beforeEach(() => setUiLocale('en'));

  it('leaves the page and clears its state on Shift pressed three times', async () => {
    const el = await card(`quick-exit="${EXIT}"`);
    $$(el, '.sides button')[1]!.click();
    await el.updateComplete;
    await press('Shift', 2);
    expect(el.left).to.deep.equal([]);
    await press('Shift');
    expect(el.left).to.deep.equal([EXIT]);
    expect(el.side).to.equal('holder');
  });

  it('keeps the on-screen "Leave this page" button, which names the Shift shortcut', async () => {
    const el = await card(`quick-exit="${EXIT}"`);
    const button = $<HTMLButtonElement>(el, '[part="quick-exit"]')!;
    expect(button.textContent).to.contain('Leave this page');
    expect(button.textContent).to.contain('(or press Shift 3 times)');
    button.click();
    expect(el.left).to.deep.equal([EXIT]);
    await setUiLocale('es');
    await el.updateComplete;
    expect(button.textContent).to.contain('(o presione la tecla Shift 3 veces)');
  });

  it('does not leave on three Escapes after the officer view was closed with Escape', async () => {
    const el = await card(`quick-exit="${EXIT}"`);
    $(el, '.actions .primary')!.click();
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    await press('Escape');
    await waitUntil(() => !dialog.open, 'closed by Escape');
    await press('Escape', 2);
    expect(el.left).to.deep.equal([]);
    await press('Escape', 3);
    expect(el.left).to.deep.equal([]);
  });

  it("does not leave on three Escapes in another widget's search field", async () => {
    const el = await card(`quick-exit="${EXIT}"`);
    await searchField();
    await sendKeys({type: 'legal aid'});
    await press('Escape', 3);
    expect(el.left).to.deep.equal([]);
  });

  it('does not count Shift held to type capitals', async () => {
    const el = await card(`quick-exit="${EXIT}"`);
    const input = await searchField();
    for (let i = 0; i < 3; i++) {
      await sendKeys({down: 'Shift'});
      for (const letter of ['KeyA', 'KeyB', 'KeyC']) await press(letter);
      await sendKeys({up: 'Shift'});
    }
    expect(input.value).to.equal('ABCABCABC');
    expect(el.left).to.deep.equal([]);
  });

  it('leaves on Shift three times wherever the focus is: in a text field, in the officer view', async () => {
    const el = await card(`quick-exit="${EXIT}"`);
    await searchField();
    await press('Shift', 3);
    expect(el.left).to.deep.equal([EXIT]);
    $(el, '.actions .primary')!.click();
    await press('Shift', 3);
    expect(el.left).to.deep.equal([EXIT, EXIT]);
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
  });

  it('does not count a Shift that another handler marked handled', async () => {
    const el = await card(`quick-exit="${EXIT}"`);
    const input = await searchField();
    const handle = (event: KeyboardEvent) => event.key === 'Shift' && event.preventDefault();
    input.addEventListener('keydown', handle);
    await press('Shift', 3);
    expect(el.left).to.deep.equal([]);
    input.removeEventListener('keydown', handle);
    input.addEventListener('keyup', handle);
    await press('Shift', 3);
    expect(el.left).to.deep.equal([]);
    input.removeEventListener('keyup', handle);
    await press('Shift', 3);
    expect(el.left).to.deep.equal([EXIT]);
  });

  it('still leaves on Shift after the card was moved in the page', async () => {
    const el = await card(`quick-exit="${EXIT}"`);
    const other = await fixture<HTMLDivElement>(html`<div></div>`);
    other.append(el);
    await el.updateComplete;
    await press('Shift', 3);
    expect(el.left).to.deep.equal([EXIT]);
  });

  it('has no quick exit unless asked, and refuses an unsafe exit URL', async () => {
    const plain = await card();
    await press('Shift', 3);
    await press('Escape', 3);
    expect(plain.left).to.deep.equal([]);
    expect(has(plain, '[part="quick-exit"]')).to.equal(false);
    const unsafe = await card('quick-exit="javascript:alert(1)"');
    await press('Shift', 3);
    expect(unsafe.left).to.deep.equal([]);
    expect(has(unsafe, '[part="quick-exit"]')).to.equal(false);
  });
});
