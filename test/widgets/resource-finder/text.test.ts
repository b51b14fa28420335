import {expect} from '@open-wc/testing';
import {editDistance, expand, fold, haystack, matchScore, queryWords} from '../../../src/widgets/resource-finder/text.js';

describe('resource finder: text matching', () => {
  it('folds accents, case and punctuation', () => {
    expect(fold('Asesoría  LEGAL, ¡Niños!')).to.equal('asesoria legal ninos');
    expect(fold('Ciudadanía')).to.equal('ciudadania');
  });

  it('drops stop words from queries in both languages', () => {
    expect(queryWords('Necesito un abogado para la corte')).to.deep.equal(['abogado', 'corte']);
    expect(queryWords('help with the asylum')).to.deep.equal(['asylum']);
  });

  it('expands English and Spanish synonyms', () => {
    expect(expand('abogado')).to.include('lawyer');
    expect(expand('lawyer')).to.include('abogado');
    expect(expand('asilo')).to.include('asylum');
    expect(expand('zzz')).to.deep.equal(['zzz']);
  });

  it('computes a bounded edit distance', () => {
    expect(editDistance('example', 'exampel', 2)).to.equal(1); // a swap counts once
    expect(editDistance('kitten', 'sitting', 3)).to.equal(3);
    expect(editDistance('abc', 'abc', 1)).to.equal(0);
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).to.equal(3);
    expect(editDistance('a', 'abcdef', 2)).to.equal(3);
  });

  it('matches prefixes, synonyms, and typos in names only', () => {
    const hay = haystack(['Free help with asylum applications'], ['Centro Legal de la Raza']);
    expect(matchScore(['asyl'], hay)).to.be.greaterThan(0);
    expect(matchScore(['asilo'], hay)).to.be.greaterThan(0);
    expect(matchScore(['centor'], hay)).to.be.greaterThan(0); // typo in the name
    expect(matchScore(['aplicatons'], hay)).to.equal(0); // typos are forgiven in names only
    expect(matchScore(['raza', 'asylum'], hay)).to.be.greaterThan(0);
    expect(matchScore(['raza', 'daca'], hay)).to.equal(0); // every word must match
    expect(matchScore(['xy'], hay)).to.equal(0); // short words need an exact prefix
  });
});
