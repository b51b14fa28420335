import {expect} from '@open-wc/testing';
import {normaliseLanguages, normalisePopulations, normaliseServices} from '../../src/import/vocab.js';

describe('languages as people write them', () => {
  it('reads English, Spanish and own names, lists and codes', () => {
    expect(normaliseLanguages('Spanish, Mixteco y Zapoteco').tags).to.deep.equal(['es', 'mix', 'zap']);
    expect(normaliseLanguages('español / inglés').tags).to.deep.equal(['es', 'en']);
    expect(normaliseLanguages("Tagalog; Q'anjob'al; K'iche'").tags).to.deep.equal(['tl', 'kjb', 'quc']);
    expect(normaliseLanguages('Chinese (Cantonese), Vietnamese').tags).to.deep.equal(['yue', 'vi']);
    expect(normaliseLanguages('ES, ca').tags).to.deep.equal(['es', 'ca']);
    expect(normaliseLanguages('Spanish speakers').tags).to.deep.equal(['es']);
  });

  it('returns what it cannot match, and never reads a word as a code', () => {
    expect(normaliseLanguages('Spanish, Bilingual, no')).to.deep.equal({tags: ['es'], unmatched: ['Bilingual', 'no']});
    expect(normaliseLanguages('Triqui').unmatched).to.deep.equal(['Triqui']);
  });
});

describe('kinds of help as people write them', () => {
  it('maps needs and kinds of help in English and Spanish', () => {
    const r = normaliseServices('DACA renewals, asilo, Citizenship classes');
    expect(r.needs).to.deep.equal(['daca', 'asylum', 'citizenship']);
    expect(r.assistance).to.deep.equal(['application-help', 'workshop']);
    expect(r.unmatched).to.deep.equal([]);
    expect(normaliseServices('Defensa de deportación; consultas legales gratuitas').needs).to.deep.equal(['deportation-defense']);
    expect(normaliseServices('Know Your Rights workshops').needs).to.deep.equal(['kyr-workshop']);
  });

  it('prefers the longer phrase: "salud mental" is mental health, not health', () => {
    expect(normaliseServices('salud mental').needs).to.deep.equal(['mental-health']);
    expect(normaliseServices('U visa, T visa').needs).to.deep.equal(['u-t-visa']);
  });

  it('reports what is not matched, and what was left over in a partly matched item', () => {
    const r = normaliseServices('Tax help, citizenship for seniors');
    expect(r.needs).to.deep.equal(['citizenship']);
    expect(r.unmatched).to.deep.equal([
      {item: 'Tax help', words: 'tax'},
      {item: 'citizenship for seniors', words: 'seniors'},
    ]);
  });

  it('reads who is served, with "detained" as detained people', () => {
    expect(normalisePopulations('Farmworkers, niños, detained').populations).to.deep.equal(['farmworkers', 'children', 'detained']);
    expect(normalisePopulations('Everyone').unmatched).to.deep.equal([{item: 'Everyone', words: 'everyone'}]);
  });
});
