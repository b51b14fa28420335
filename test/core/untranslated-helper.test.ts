import {expect} from '@open-wc/testing';
import {identicalToEnglish, visibleTexts} from '../helpers/untranslated.js';

describe('test helper: visible interface text', () => {
  it('keeps interface text and leaves out marked content, isolates, numbers and hidden parts', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({mode: 'open'});
    const add = (tag: string, text: string, attrs: Record<string, string> = {}) => {
      const el = document.createElement(tag);
      el.textContent = text;
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      root.append(el);
      return el;
    };
    add('button', 'Buscar');
    add('span', 'Legal Aid Example', {lang: 'en'});
    add('bdi', '(415) 555-0100', {dir: 'ltr'});
    add('p', '94110');
    add('p', 'Hidden', {hidden: ''});
    add('button', 'x', {'aria-label': 'Close'});
    document.body.append(host);
    try {
      const texts = visibleTexts(root, 'es');
      expect(texts).to.deep.equal(['Buscar', 'x', 'Close']);
      expect(identicalToEnglish(['Search', 'Close', 'x'], texts, ['x'])).to.deep.equal(['Close']);
    } finally {
      host.remove();
    }
  });
});
