import {expect} from '@open-wc/testing';
import {flatten, loadRightsEdition, sourceHash, sourceHashes, textSlots} from '../../../scripts/data/rights.js';
import type {RightsEdition} from '../../../src/core/dataset/schema/index.js';
import {validateDataset} from '../../../src/core/dataset/validate.js';
import {SCENARIO_IDS} from '../../../src/core/dataset/vocabulary.js';
import {FIXTURE_NOW, validDataset} from '../../fixtures/dataset.js';

// The test server serves the project root.
const getJson = async (path: string): Promise<unknown> => {
  const response = await fetch(path);
  expect(response.ok, path).to.equal(true);
  return response.json();
};

type Translation = {locale: string; strings: Record<string, string>; source: Record<string, string>} & Record<string, unknown>;

describe('know-your-rights edition', () => {
  let editionJson: unknown;
  let esJson: Translation;
  let english: RightsEdition;

  before(async () => {
    editionJson = await getJson('/scripts/data/rights/edition.json');
    esJson = (await getJson('/scripts/data/rights/es.json')) as Translation;
    english = loadRightsEdition(editionJson).edition;
  });

  /** A translation of `keys` (all by default) into `locale`, with correct source hashes. */
  const translation = (locale: string, keys?: string[]): Translation => {
    const en = flatten(english, 'en');
    const hashes = sourceHashes(english);
    const picked = keys ?? Object.keys(en);
    return {
      locale,
      method: 'machine',
      translator: 'Test',
      date: '2026-11-27',
      strings: Object.fromEntries(picked.map((k) => [k, `[${locale}] ${en[k]}`])),
      source: Object.fromEntries(picked.map((k) => [k, hashes[k]!])),
    };
  };

  it('holds English only, written honestly as an unreviewed AI draft', () => {
    expect(english.review.status).to.equal('not-reviewed');
    expect(english.locales).to.have.length(1);
    expect(english.locales[0]).to.include({locale: 'en', method: 'machine'});
    const withEs = structuredClone(editionJson) as {disclaimer: Record<string, string>};
    withEs.disclaimer.es = 'Texto';
    expect(() => loadRightsEdition(withEs)).to.throw(/English only/);
  });

  it('has every known scenario, with 2-5 steps, at most 3 do-nots and 3 phrases each', () => {
    expect(english.scenarios.map((s) => s.id)).to.deep.equal([...SCENARIO_IDS]);
    for (const s of english.scenarios) {
      expect(s.steps.length, s.id).to.be.within(2, 5);
      expect(s.doNot?.length ?? 0, s.id).to.be.at.most(3);
      expect(s.phrases?.length ?? 0, s.id).to.be.within(1, 3);
    }
  });

  it('has the agent statement in English', () => {
    const lines = english.agentStatement.lines.map((l) => l.en).join('\n');
    expect(english.agentStatement.lines.length).to.be.at.least(5);
    for (const words of ['Fifth Amendment', 'remain silent', 'Fourth Amendment', 'signed by a judge', 'slide', 'search', 'sign', 'lawyer', 'constitutional rights']) {
      expect(lines).to.contain(words);
    }
  });

  it('marks the I-205 memo and expedited removal as contested', () => {
    expect(english.warrantChecklist?.caveat).to.include({contested: true, since: '2025-05-12'});
    const door = english.scenarios.find((s) => s.id === 'at-door')!;
    expect(door.caveats?.[0]).to.include({contested: true, since: '2025-05-12'});
    const prepare = english.scenarios.find((s) => s.id === 'prepare-family')!;
    expect(prepare.caveats?.some((c) => c.contested && c.text.en.includes('expedited removal'))).to.equal(true);
  });

  it('keys each law status note next to its law, so translators see both', () => {
    const keys = textSlots(english).map((s) => s.key);
    const law = keys.indexOf('scenarios.at-work.californiaLaw.0');
    expect(keys[law + 1]).to.equal('scenarios.at-work.californiaLaw.0.statusNote');
    // A law without a note has no note key.
    expect(keys).not.to.include('scenarios.if-detained.californiaLaw.0.statusNote');
  });

  it('says AB 450 is partly blocked: the consent rule is enjoined, the 72-hour notice rule stands', () => {
    const work = english.scenarios.find((s) => s.id === 'at-work')!;
    const ab450 = work.californiaLaw!.find((l) => l.citation.startsWith('AB 450'))!;
    expect(ab450).to.include({status: 'partly-blocked', asOf: '2026-12-04'});
    expect(ab450.text.en).to.contain('72 hours');
    expect(ab450.statusNote!.en).to.contain('notice rule still applies').and.to.contain('U.S. v. California');
  });

  it('offers every text, the AB 495 family plan included, in all 14 languages', async () => {
    const locales = ['ar', 'es', 'fa', 'hmn', 'hy', 'ko', 'pa', 'ru', 'tl', 'uk', 'vi', 'zh-Hans', 'zh-Hant'];
    const files = await Promise.all(locales.map((l) => getJson(`/scripts/data/rights/${l}.json`)));
    const {edition, reports} = loadRightsEdition(editionJson, files);
    for (const r of reports) {
      expect(r.missing, r.locale).to.deep.equal([]);
      expect(r.stale, r.locale).to.deep.equal([]);
      expect(r.sameAsEnglish, r.locale).to.deep.equal([]);
    }
    const prepare = edition.scenarios.find((s) => s.id === 'prepare-family')!;
    const ab495 = prepare.californiaLaw!.find((l) => l.citation.startsWith('AB 495'))!;
    expect(ab495.text.en).to.contain("Caregiver's Authorization Affidavit");
    for (const locale of locales) {
      // The form keeps its English name in every language, so people can ask for it by name.
      expect(ab495.text[locale], locale).to.contain("Caregiver's Authorization Affidavit");
      expect(ab495.text[locale], locale).to.contain('joint guardian');
    }
    // Every language is dated with this edition.
    expect(edition.locales.map((l) => l.date)).to.deep.equal(Array(14).fill('2026-12-04'));
  });

  it('contains no phone numbers (the widget shows hotlines from the dataset)', () => {
    const all = [...Object.values(flatten(english, 'en')), ...Object.values(esJson.strings)].join('\n');
    expect(all).not.to.match(/\d{3}[-. )]+\d{3}[-. ]\d{4}/);
  });

  it('merges the Spanish file: every key, and its provenance', () => {
    const {edition, reports} = loadRightsEdition(editionJson, [esJson]);
    expect(reports).to.have.length(1);
    expect(reports[0]).to.include({locale: 'es', translated: reports[0]!.total});
    expect(reports[0]!.missing).to.deep.equal([]);
    expect(reports[0]!.stale).to.deep.equal([]);
    expect(Object.keys(flatten(edition, 'es'))).to.deep.equal(Object.keys(flatten(english, 'en')));
    expect(edition.locales.map((l) => [l.locale, l.method])).to.deep.equal([
      ['en', 'machine'],
      ['es', 'machine'],
    ]);
    expect(edition.scenarios[0]!.title.es).to.equal(esJson.strings['scenarios.at-door.title']);
    // One phrase key fills the phrase in every scenario that uses it.
    const silent = edition.scenarios.flatMap((s) => s.phrases ?? []).filter((p) => p.id === 'remain-silent');
    expect(silent.length).to.be.greaterThan(1);
    for (const p of silent) expect(p.say.es).to.equal(esJson.strings['phrases.remain-silent']);
  });

  it('leaves missing keys absent, so the widget falls back to English', () => {
    const {edition, reports} = loadRightsEdition(editionJson, [translation('fr', ['scenarios.at-door.title'])]);
    expect(edition.scenarios[0]!.title.fr).to.equal('[fr] If agents come to your home');
    expect(edition.scenarios[0]!.steps[0]!.fr).to.equal(undefined);
    expect('fr' in edition.disclaimer).to.equal(false);
    expect(reports[0]!.translated).to.equal(1);
    expect(reports[0]!.missing).to.have.length(reports[0]!.total - 1);
    // Empty strings count as missing.
    const empty = translation('fr', ['disclaimer']);
    empty.strings.disclaimer = '';
    expect(loadRightsEdition(editionJson, [empty]).edition.disclaimer.fr).to.equal(undefined);
  });

  it('rejects keys the edition does not have, listing them', () => {
    const t = translation('fr', ['disclaimer']);
    t.strings['scenarios.at-moon.title'] = 'Sur la lune';
    t.source['scenarios.at-moon.title'] = '00000000';
    t.strings['scenarios.at-door.steps.9'] = 'Étape';
    t.source['scenarios.at-door.steps.9'] = '00000000';
    expect(() => loadRightsEdition(editionJson, [t])).to.throw(/scenarios\.at-moon\.title\n\s+scenarios\.at-door\.steps\.9/);
  });

  it('leaves out and reports strings translated from older English', () => {
    const t = translation('fr', ['disclaimer', 'scenarios.at-door.title']);
    t.source.disclaimer = sourceHash('An older English disclaimer.');
    const {edition, reports} = loadRightsEdition(editionJson, [t]);
    expect(edition.disclaimer.fr).to.equal(undefined);
    expect(reports[0]!.stale).to.deep.equal(['disclaimer']);
    expect(edition.scenarios[0]!.title.fr).to.be.a('string');
  });

  it('rejects malformed files, strings without a source hash and a locale given twice', () => {
    expect(() => loadRightsEdition(editionJson, [{...translation('fr'), extra: 1}])).to.throw(/translation #1/);
    expect(() => loadRightsEdition(editionJson, [{...translation('fr'), translator: ''}])).to.throw(/translator/);
    const unhashed = translation('fr', ['disclaimer']);
    unhashed.source = {};
    expect(() => loadRightsEdition(editionJson, [unhashed])).to.throw(/without a source hash/);
    expect(() => loadRightsEdition(editionJson, [translation('fr'), translation('fr')])).to.throw(/two files/);
    expect(() => loadRightsEdition(editionJson, [translation('en')])).to.throw(/two files/);
  });

  it('refuses one phrase id with two English texts', () => {
    const bad = structuredClone(editionJson) as {scenarios: {phrases?: {say: {en: string}}[]}[]};
    bad.scenarios[1]!.phrases![1]!.say.en = 'I will stay quiet.';
    expect(() => loadRightsEdition(bad)).to.throw(/remain-silent/);
  });

  it('gives every text a unique, stable key', () => {
    const keys = textSlots(english).map((s) => s.key);
    expect(new Set(keys).size).to.equal(keys.length);
    expect(keys).to.include.members(['disclaimer', 'scenarios.at-door.steps.0', 'phrases.remain-silent', 'agentStatement.lines.0', 'warrantChecklist.caveat']);
  });

  it('passes the dataset validator once merged', () => {
    const {edition} = loadRightsEdition(editionJson, [esJson]);
    const result = validateDataset({...validDataset(), rightsEditions: [edition]}, {now: FIXTURE_NOW});
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.issues.filter((i) => i.collection === 'rightsEditions')).to.deep.equal([]);
    expect(result.dataset.rightsEditions.map((e) => e.id)).to.deep.equal(['ca-kyr-2026-12']);
  });
});
