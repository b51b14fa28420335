import {expect} from '@open-wc/testing';
import {defineElement} from '../../src/core/define.js';
import {VERSION} from '../../src/core/version.js';

let n = 0;
const uniqueTag = () => `amparo-define-test-${n++}-${Date.now()}`;

function captureWarnings(run: () => void): unknown[][] {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('defineElement', () => {
  it('defines a new tag', () => {
    const tag = uniqueTag();
    class A extends HTMLElement {
      static amparoVersion = VERSION;
    }
    defineElement(tag, A);
    expect(customElements.get(tag)).to.equal(A);
  });

  it('is a silent no-op when the same version defines the tag again', () => {
    const tag = uniqueTag();
    class A extends HTMLElement {
      static amparoVersion = VERSION;
    }
    class B extends HTMLElement {
      static amparoVersion = VERSION;
    }
    defineElement(tag, A);
    const warnings = captureWarnings(() => defineElement(tag, B));
    expect(warnings).to.have.length(0);
    expect(customElements.get(tag)).to.equal(A);
  });

  it('warns once, naming both versions, when another version owns the tag', () => {
    const tag = uniqueTag();
    class Old extends HTMLElement {
      static amparoVersion = '0.0.1';
    }
    class Current extends HTMLElement {
      static amparoVersion = VERSION;
    }
    customElements.define(tag, Old);
    const warnings = captureWarnings(() => {
      defineElement(tag, Current);
      defineElement(tag, Current);
    });
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('0.0.1').and.contain(VERSION).and.contain(tag);
    expect(customElements.get(tag)).to.equal(Old);
  });

  it('does not throw when a foreign script owns the tag', () => {
    const tag = uniqueTag();
    customElements.define(tag, class extends HTMLElement {});
    const warnings = captureWarnings(() => defineElement(tag, class extends HTMLElement {}));
    expect(String(warnings[0]![0])).to.contain('another script');
  });
});
