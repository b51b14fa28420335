import {expect} from '@open-wc/testing';
import {msg, str} from '@lit/localize';
import {templatesFromJson} from '../../src/core/i18n/json-locale.js';

describe('JSON locales (classic builds)', () => {
  it('turns plain and placeholder strings into @lit/localize templates, and skips malformed ones', () => {
    const templates = templatesFromJson({
      a: 'Hola',
      b: [['', ' resultados en ', ''], [1, 0]],
      bad1: [['only one string'], [0]],
      bad2: 42,
    });
    expect(templates['a']).to.equal('Hola');
    expect(templates['b']).to.deep.equal({strTag: true, strings: ['', ' resultados en ', ''], values: [1, 0]});
    expect(templates).to.not.have.property('bad1');
    expect(templates).to.not.have.property('bad2');
    // Type use only: the runtime reads the same shape as msg(str`…`) produces.
    void msg(str`${1}`);
  });
});
