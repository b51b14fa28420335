import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, canEmulatePrint} from '../helpers/commands.js';
import {printOnly} from '../../src/core/print.js';

describe('printOnly', () => {
  afterEach(() => emulateMedia({media: 'screen'}));

  it('prints only the element and leaves nothing behind', async function () {
    // Print media can be emulated only in Chromium (CDP); see canEmulatePrint.
    if (!canEmulatePrint) this.skip();
    const page = await fixture<HTMLDivElement>(html`<div>
      <p id="other">Host page text</p>
      <section><article id="widget">The widget</article></section>
    </div>`);
    const widget = page.querySelector('#widget')!;
    const other = page.querySelector('#other')!;
    await emulateMedia({media: 'print'});
    const original = window.print;
    let during: {other: string; widget: string; section: string} | undefined;
    window.print = () => {
      during = {
        other: getComputedStyle(other).display,
        widget: getComputedStyle(widget).display,
        section: getComputedStyle(widget.parentElement!).display,
      };
    };
    try {
      printOnly(widget);
    } finally {
      window.print = original;
    }
    expect(during).to.deep.equal({other: 'none', widget: 'block', section: 'block'});
    expect(getComputedStyle(other).display).to.equal('block');
    expect(widget.hasAttribute('data-amparo-printing')).to.equal(false);
    expect(document.adoptedStyleSheets).to.have.length(0);
  });

  it('cleans up even when printing throws', async () => {
    const widget = await fixture<HTMLElement>(html`<article>x</article>`);
    const original = window.print;
    window.print = () => {
      throw new Error('blocked');
    };
    try {
      expect(() => printOnly(widget)).to.throw('blocked');
    } finally {
      window.print = original;
    }
    expect(document.adoptedStyleSheets).to.have.length(0);
    expect(widget.hasAttribute('data-amparo-printing')).to.equal(false);
  });
});
