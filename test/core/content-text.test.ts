import {expect, fixture, html} from '@open-wc/testing';
import {LitElement} from 'lit';
import {ContentText} from '../../src/core/content-text.js';

class Host extends LitElement {
  locale = 'vi';
  values: {en: string; [k: string]: string}[] = [];
  content = new ContentText(this, () => this.locale);
  override render() {
    return html`${this.values.map((v) => this.content.text(v))}${this.content.notice()}`;
  }
}
customElements.define('test-content-text', Host);

describe('ContentText', () => {
  it('marks a fallback with its language and says so once, in the same render', async () => {
    const el = await fixture<Host>(html`<test-content-text></test-content-text>`);
    el.values = [{en: 'Legal help', vi: 'Trợ giúp pháp lý'}, {en: 'Hotline'}];
    el.requestUpdate();
    await el.updateComplete;
    const spans = [...el.shadowRoot!.querySelectorAll('span')];
    expect(spans.map((s) => s.getAttribute('lang'))).to.deep.equal(['vi', 'en']);
    expect(el.shadowRoot!.querySelector('[data-kind="fallback"]')).to.not.equal(null);
    el.values = [{en: 'Legal help', vi: 'Trợ giúp pháp lý'}];
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-kind="fallback"]')).to.equal(null);
  });

  it('picks text the widget processes before showing it (a script to fill in) and remembers a fallback for the notice', async () => {
    const el = await fixture<Host>(html`<test-content-text></test-content-text>`);
    el.content.hostUpdate();
    expect(el.content.pick({en: 'Call {{target.name}}', vi: 'Gọi {{target.name}}'})).to.deep.equal({text: 'Gọi {{target.name}}', lang: 'vi', fallback: false});
    expect(el.content.fellBack).to.equal(false);
    expect(el.content.pick({en: 'Call {{target.name}}'})).to.deep.equal({text: 'Call {{target.name}}', lang: 'en', fallback: true});
    expect(el.content.fellBack).to.equal(true);
  });

  it('says nothing for English readers', async () => {
    const el = await fixture<Host>(html`<test-content-text></test-content-text>`);
    el.locale = 'en';
    el.values = [{en: 'Hotline'}];
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-kind="fallback"]')).to.equal(null);
  });
});
