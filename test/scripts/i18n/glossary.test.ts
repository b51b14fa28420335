import {expect} from '@open-wc/testing';
import {checkGlossary, xliffPairs, type Glossary} from '../../../scripts/i18n/glossary.js';

const english: Glossary = {
  terms: {
    'judicial-warrant': {term: 'judicial warrant', match: 'judicial warrants?'},
    hotline: {term: 'hotline', match: '\\bhotlines?\\b'},
  },
};
const spanish: Glossary = {
  locale: 'es',
  terms: {
    'judicial-warrant': {term: 'orden judicial', match: '[óo]rden(es)? judicial(es)?'},
    hotline: {term: 'línea de respuesta rápida', match: 'l[íi]neas?( de respuesta r[áa]pida)?'},
  },
};

describe('glossary check', () => {
  it('reports a term translated another way, and accepts the rendering in any of its forms', () => {
    const {problems, missing} = checkGlossary(english, spanish, [
      {where: 'a', en: 'They need a judicial warrant.', text: 'Necesitan una orden judicial.'},
      {where: 'b', en: 'Judicial warrants name you.', text: 'Las órdenes judiciales llevan su nombre.'},
      {where: 'c', en: 'Only with a judicial warrant.', text: 'Solo con una orden firmada por un juez.'},
      {where: 'd', en: 'Call the hotline.', text: 'Llame al teléfono de ayuda.'},
      {where: 'e', en: 'Nothing to see here.', text: 'Nada.'},
    ]);
    expect(missing).to.deep.equal([]);
    expect(problems.map((p) => [p.where, p.term, p.expected])).to.deep.equal([
      ['c', 'judicial-warrant', 'orden judicial'],
      ['d', 'hotline', 'línea de respuesta rápida'],
    ]);
  });

  it('names the terms a locale glossary lacks', () => {
    const {missing} = checkGlossary(english, {terms: {hotline: spanish.terms.hotline!}}, []);
    expect(missing).to.deep.equal(['judicial-warrant']);
  });

  it('reads lit-localize XLIFF units with placeholders and entities', () => {
    const xml = `<trans-unit id="s1">
  <source>Call <x id="0" equiv-text="\${name}"/> &amp; the hotline</source>
  <target state="needs-review-translation">Llame a <x id="0" equiv-text="\${name}"/> y a la línea</target>
</trans-unit>
<trans-unit id="s2">
  <source>Untranslated</source>
</trans-unit>`;
    expect(xliffPairs(xml, 'es.xlf')).to.deep.equal([
      {where: 'es.xlf s1', en: 'Call ${name} & the hotline', text: 'Llame a ${name} y a la línea'},
    ]);
  });
});
