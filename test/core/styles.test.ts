import {expect} from '@open-wc/testing';
import {base} from '../../src/core/styles/base.js';
import {tokens} from '../../src/core/styles/tokens.js';

/** Custom properties declared (`--x:`) and read (`var(--x`) in a stylesheet's text. */
const declared = (css: string) => new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
const read = (css: string) => new Set([...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]));

describe('design tokens', () => {
  it('give every private token the shared styles read a default on :host', () => {
    const defined = declared(tokens.cssText);
    const missing = [...read(base.cssText)].filter((name) => name!.startsWith('--_') && !defined.has(name));
    expect(missing).to.deep.equal([]);
  });

  it('define no private token that nothing reads', () => {
    const used = read(base.cssText);
    const unused = [...declared(tokens.cssText)].filter((name) => !used.has(name));
    expect(unused).to.deep.equal([]);
  });

  it('map each private token to a public --amparo-* property with a default', () => {
    for (const [, priv, pub, fallback] of tokens.cssText.matchAll(/(--_[\w-]+):\s*var\((--[\w-]+),\s*([^)]+)\)/g)) {
      expect(pub, priv).to.match(/^--amparo-/);
      expect(fallback!.trim(), priv).to.not.equal('');
    }
  });

  it('switch to the dark palette when the host asks for it', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({mode: 'open'});
    root.adoptedStyleSheets = [tokens.styleSheet!];
    const probe = () => getComputedStyle(host).getPropertyValue('--_bg').trim();
    host.setAttribute('theme', 'light');
    const light = probe();
    host.setAttribute('theme', 'dark');
    expect(probe()).to.not.equal(light);
    host.style.setProperty('--amparo-color-background', 'rgb(1, 2, 3)');
    expect(probe()).to.contain('rgb(1, 2, 3)');
    host.remove();
  });
});
