import {expect} from '@open-wc/testing';
import {
  editDistance,
  expand,
  fold,
  haystack,
  matchScore,
  queryWords,
  textIndex,
  textScores,
} from '../../../src/widgets/resource-finder/text.js';

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

  describe('index (built once per dataset)', () => {
    const hays = [
      haystack(['Free help with asylum applications'], ['Centro Legal de la Raza']),
      haystack(['Citizenship workshops'], ['Example Community Center']),
      haystack(['Asilo y refugio'], ['Clínica Esperanza']),
    ];
    const found = (words: string[]) => {
      const scores = textScores(textIndex(hays), words)!;
      return [...scores].flatMap((score, i) => (score ? [i] : []));
    };

    it('lists each distinct word once, sorted, with the records holding it', () => {
      const ix = textIndex(hays);
      expect(ix.vocab).to.deep.equal([...new Set(hays.flatMap((h) => h.words))].sort());
      // "centro" is a name word of record 0; "center" of record 1 (name bit = 1).
      expect(ix.postings[ix.vocab.indexOf('centro')]).to.deep.equal([0 * 2 + 1]);
      expect(ix.postings[ix.vocab.indexOf('asylum')]).to.deep.equal([0 * 2]);
      expect(ix.names.map((v) => ix.vocab[v])).to.include.members(['centro', 'esperanza', 'community']);
      expect(ix.names.map((v) => ix.vocab[v])).not.to.include('asylum');
    });

    it('finds prefixes, synonyms (both ways) and typos in names, and needs every word', () => {
      expect(found(['asyl'])).to.deep.equal([0]);
      expect(found(['asilo'])).to.deep.equal([0, 2]); // asilo <-> asylum
      expect(found(['c'])).to.deep.equal([0, 1, 2]); // one letter: every word starting with it
      expect(found(['esperansa'])).to.deep.equal([2]); // typo in a name
      expect(found(['workshps'])).to.deep.equal([]); // typos are forgiven in names only
      expect(found(['centro', 'asylum'])).to.deep.equal([0]);
      expect(found(['centro', 'daca'])).to.deep.equal([]);
      expect(textScores(textIndex(hays), [])).to.equal(undefined);
    });

    it('scores a name match over a text match over a typo', () => {
      const ix = textIndex(hays);
      const nameScore = textScores(ix, ['centro'])![0]!;
      const textScore = textScores(ix, ['asylum'])![0]!;
      const typoScore = textScores(ix, ['centor'])![0]!;
      expect(nameScore).to.be.greaterThan(textScore);
      expect(textScore).to.be.greaterThan(typoScore);
      expect(typoScore).to.be.greaterThan(0);
    });

    it('gives the same answers when asked again (per-word results are remembered)', () => {
      const ix = textIndex(hays);
      const typed = ['a', 'as', 'asi', 'asil', 'asilo'].map((w) => [...textScores(ix, [w])!]);
      const again = ['a', 'as', 'asi', 'asil', 'asilo'].map((w) => [...textScores(ix, [w])!]);
      expect(again).to.deep.equal(typed);
      expect(ix.words.has('asil')).to.equal(true);
      // The combined scores of a multi-word query are not mixed up with a single word's.
      expect([...textScores(ix, ['asilo', 'raza'])!].map(Boolean)).to.deep.equal([true, false, false]);
      expect([...textScores(ix, ['asilo'])!].map(Boolean)).to.deep.equal([true, false, true]);
    });

    it('bounds typo matching: compares distinct name words, not records', () => {
      // 5,000 records sharing 50 name words: a typo query still finds the right ones.
      const many = Array.from({length: 5000}, (_, i) => haystack(['legal help'], [`Example word${i % 50}x center`]));
      const ix = textIndex(many);
      expect(ix.names.length).to.equal(52); // example, center, word0x..word49x
      const start = performance.now();
      const scores = textScores(ix, ['word7z'])!;
      expect(performance.now() - start).to.be.below(50);
      expect(scores.filter(Boolean).length).to.equal(100); // word7x (distance 1) in 100 records
    });
  });
});
