import {expect} from '@open-wc/testing';
import type {Hotline, RightsEdition} from '../../../src/core/dataset/schema/index.js';
import {
  assessWarrant,
  bestLanguage,
  countyHotlines,
  currentEdition,
  editionLanguages,
  lawStatus,
  orderedScenarios,
  resolveCounty,
  untranslatedCount,
} from '../../../src/widgets/rights-card/content.js';
import {tripleShift} from '../../../src/widgets/rights-card/quick-exit.js';
import {voiceFor} from '../../../src/widgets/rights-card/speech.js';
import {tabFor} from '../../../src/widgets/rights-card/tabs.js';
import {validDataset} from '../../fixtures/dataset.js';

const edition = () => validDataset().rightsEditions[0] as RightsEdition;

describe('rights card logic', () => {
  it('picks the newest edition for California', () => {
    const older = {...edition(), id: 'old', publishedAt: '2025-01-01'};
    const other = {...edition(), id: 'ny', jurisdiction: 'US-NY', publishedAt: '2027-01-01'};
    expect(currentEdition([older, edition(), other])?.id).to.equal('example-ca-2026');
    expect(currentEdition([])).to.equal(undefined);
  });

  it('lists the edition languages, English first, named in themselves, with direction', () => {
    const langs = editionLanguages(edition());
    expect(langs.map((l) => l.locale)).to.deep.equal(['en', 'es', 'ar']);
    expect(langs[1]!.name).to.equal('Español');
    expect(langs[2]!.dir).to.equal('rtl');
    expect(langs[2]!.method).to.equal('machine');
  });

  it('matches the visitor language to an edition language', () => {
    expect(bestLanguage(edition(), 'es-MX')).to.equal('es');
    expect(bestLanguage(edition(), 'ar-EG')).to.equal('ar');
    expect(bestLanguage(edition(), 'hy')).to.equal('en');
  });

  it('orders scenarios as on the card, unknown ones last', () => {
    const e = edition();
    e.scenarios = [
      {id: 'custom', title: {en: 'Custom'}, steps: [{en: 'x'}]},
      {id: 'if-detained', title: {en: 'Detained'}, steps: [{en: 'x'}]},
      {id: 'at-door', title: {en: 'Door'}, steps: [{en: 'x'}]},
    ];
    expect(orderedScenarios(e).map((s) => s.id)).to.deep.equal(['at-door', 'if-detained', 'custom']);
  });

  it('counts the texts of a scenario that fall back to English', () => {
    const door = edition().scenarios[0]!;
    // title and phrase have Spanish; two steps, one "do not" and one caveat do not.
    expect(untranslatedCount(door, 'es')).to.equal(4);
    expect(untranslatedCount(door, 'en')).to.equal(0);
  });

  it('counts an untranslated law status note as English fallback too', () => {
    const work = edition().scenarios[1]!;
    work.californiaLaw = [{citation: 'AB 450 (2017)', text: {en: 'Rule.', es: 'Regla.'}, statusNote: {en: 'Part of it is blocked.'}}];
    expect(untranslatedCount(work, 'es')).to.equal(3); // the title, the step and the note (the law is translated)
    work.californiaLaw[0]!.statusNote!.es = 'Una parte está bloqueada.';
    expect(untranslatedCount(work, 'es')).to.equal(2);
  });

  it('dates each law status and flags it once it is too old to trust', () => {
    const law = {citation: 'SB 627 (2025)', text: {en: 'Rule.'}};
    const on = (day: string) => new Date(`${day}T12:00:00Z`);
    // A 1.0 dataset: no ledger entry, nothing to show.
    expect(lawStatus(law, on('2026-12-04'))).to.equal(undefined);
    const blocked = {...law, status: 'blocked-for-federal-officers', asOf: '2026-12-04'} as const;
    expect(lawStatus(blocked, on('2026-12-04'))).to.deep.equal({status: 'blocked-for-federal-officers', asOf: '2026-12-04', stale: false});
    // Blocked or contested: re-checked every 90 days.
    expect(lawStatus(blocked, on('2027-03-04'))!.stale).to.equal(false);
    expect(lawStatus(blocked, on('2027-03-05'))!.stale).to.equal(true);
    // In force: a year.
    const inForce = {...law, status: 'in-force', asOf: '2026-12-04'} as const;
    expect(lawStatus(inForce, on('2027-06-01'))!.stale).to.equal(false);
    expect(lawStatus(inForce, on('2027-12-05'))!.stale).to.equal(true);
  });

  it('reads a county as FIPS code or name', () => {
    expect(resolveCounty('06037')).to.equal('06037');
    expect(resolveCounty('Los Angeles')).to.equal('06037');
    expect(resolveCounty('san francisco county')).to.equal('06075');
    expect(resolveCounty('Narnia')).to.equal(undefined);
    expect(resolveCounty(undefined)).to.equal(undefined);
  });

  it('finds the county rapid-response lines, verified first and doubtful last', () => {
    const line = (id: string, status: 'verified' | 'unverified' | 'doubtful', counties = ['06075']): Hotline => ({
      id,
      kind: 'rapid-response',
      name: {en: id},
      phones: [{number: '+1 415 555 0100'}],
      scope: 'local',
      counties,
      verification: status === 'doubtful' ? {status, note: {en: 'why'}} : {status},
    });
    const lines = [line('doubt', 'doubtful'), line('plain', 'unverified'), line('checked', 'verified'), line('la', 'verified', ['06037'])];
    expect(countyHotlines(lines, '06075').map((h) => h.id)).to.deep.equal(['checked', 'plain', 'doubt']);
    expect(countyHotlines(lines, undefined)).to.deep.equal([]);
  });

  it('reads the warrant checklist conservatively', () => {
    const items = [{indicates: 'judicial'}, {indicates: 'judicial'}, {indicates: 'administrative'}] as const;
    expect(assessWarrant(items, new Set())).to.equal('unsure');
    expect(assessWarrant(items, new Set([0]))).to.equal('unsure');
    expect(assessWarrant(items, new Set([0, 1]))).to.equal('judicial');
    expect(assessWarrant(items, new Set([0, 1, 2]))).to.equal('administrative');
    expect(assessWarrant(items, new Set([2]))).to.equal('administrative');
  });
});

describe('quick exit', () => {
  const key = (type: 'keydown' | 'keyup', k: string, init: KeyboardEventInit = {}) =>
    new KeyboardEvent(type, {key: k, cancelable: true, shiftKey: k === 'Shift' && type === 'keydown', ...init});
  /** A counter on a fake clock, and a lone Shift press (down, then up) at a time. */
  function shortcut() {
    const state = {t: 0, exits: 0};
    const onKey = tripleShift(() => state.exits++, {now: () => state.t});
    const shift = (at: number, down: KeyboardEventInit = {}) => {
      state.t = at;
      onKey(key('keydown', 'Shift', down));
      onKey(key('keyup', 'Shift'));
    };
    return {state, onKey, shift};
  }

  it('fires on Shift pressed alone three times, each press within 5 seconds of the last (as GOV.UK)', () => {
    const {state, shift} = shortcut();
    shift(0);
    shift(4000);
    expect(state.exits).to.equal(0);
    shift(8900);
    expect(state.exits).to.equal(1);
  });

  it('starts again after a gap of more than 5 seconds', () => {
    const {state, shift} = shortcut();
    shift(0);
    shift(1000);
    shift(6001);
    expect(state.exits).to.equal(0);
    shift(7000);
    shift(8000);
    expect(state.exits).to.equal(1);
  });

  it('never fires on Escape, and any other key starts again', () => {
    const {state, onKey, shift} = shortcut();
    for (let i = 0; i < 5; i++) {
      onKey(key('keydown', 'Escape'));
      onKey(key('keyup', 'Escape'));
    }
    shift(100);
    shift(200);
    onKey(key('keydown', 'Escape'));
    shift(300);
    expect(state.exits).to.equal(0);
  });

  it('does not count Shift used with another key: typing capitals, Ctrl+Shift', () => {
    const {state, onKey, shift} = shortcut();
    for (let i = 0; i < 3; i++) {
      onKey(key('keydown', 'Shift', {shiftKey: true}));
      for (const letter of 'ABC') {
        onKey(key('keydown', letter, {shiftKey: true}));
        onKey(key('keyup', letter, {shiftKey: true}));
      }
      onKey(key('keyup', 'Shift'));
    }
    for (let i = 0; i < 3; i++) shift(i * 100, {ctrlKey: true});
    expect(state.exits).to.equal(0);
  });

  it('takes a held Shift (key repeat) as one press', () => {
    const {state, onKey, shift} = shortcut();
    onKey(key('keydown', 'Shift'));
    for (let i = 0; i < 5; i++) onKey(key('keydown', 'Shift', {repeat: true}));
    onKey(key('keyup', 'Shift'));
    shift(100);
    expect(state.exits).to.equal(0);
    shift(200);
    expect(state.exits).to.equal(1);
  });

  it('does not count a Shift another handler marked handled, on keydown or keyup', () => {
    const {state, onKey, shift} = shortcut();
    shift(0);
    shift(100);
    const down = key('keydown', 'Shift');
    onKey(down);
    down.preventDefault(); // by a handler that runs after this one
    onKey(key('keyup', 'Shift'));
    shift(200);
    shift(300);
    expect(state.exits).to.equal(0);
    const up = key('keyup', 'Shift');
    up.preventDefault();
    onKey(key('keydown', 'Shift'));
    onKey(up);
    shift(400);
    shift(500);
    expect(state.exits).to.equal(0);
    shift(600);
    expect(state.exits).to.equal(1);
  });
});

describe('read aloud', () => {
  const synth = (langs: string[]) => ({getVoices: () => langs.map((lang) => ({lang}))}) as unknown as SpeechSynthesis;

  it('finds a voice for the language, exact or regional', () => {
    expect(voiceFor('es', synth(['en-US', 'es-MX']))?.lang).to.equal('es-MX');
    expect(voiceFor('es-MX', synth(['es-ES', 'es-MX']))?.lang).to.equal('es-MX');
  });

  it('has no voice when the device has none for the language or no speech at all', () => {
    expect(voiceFor('hy', synth(['en-US']))).to.equal(undefined);
    expect(voiceFor('es', null)).to.equal(undefined);
  });
});

describe('situation tabs keyboard', () => {
  it('moves with the arrows, wrapping round, and mirrors Left and Right in right-to-left text', () => {
    expect(tabFor('ArrowRight', 0, 4, false)).to.equal(1);
    expect(tabFor('ArrowLeft', 0, 4, false)).to.equal(3);
    expect(tabFor('ArrowRight', 0, 4, true)).to.equal(3);
    expect(tabFor('ArrowLeft', 3, 4, true)).to.equal(0);
    expect(tabFor('ArrowDown', 3, 4, true)).to.equal(0);
    expect(tabFor('ArrowUp', 0, 4, false)).to.equal(3);
  });

  it('goes to the first and last with Home and End, and ignores other keys', () => {
    expect(tabFor('Home', 2, 4, false)).to.equal(0);
    expect(tabFor('End', 0, 4, true)).to.equal(3);
    expect(tabFor('Enter', 1, 4, false)).to.equal(-1);
    expect(tabFor('a', 1, 4, false)).to.equal(-1);
  });
});
