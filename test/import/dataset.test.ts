import {expect} from '@open-wc/testing';
import {importFiles} from '../../src/import/index.js';
import {NOW} from './helpers.js';

const csv = (rows: string) => ({name: 'p.csv', text: `Name,Website,City\n${rows}`});

describe('merging an import into an existing dataset', () => {
  it('updates records with the same id, appends new ones, keeps the rest, and says what changed', async () => {
    const first = await importFiles([csv('Centro A,https://a.example.org,Fresno\nCentro B,https://b.example.org,Fresno\n')], {now: NOW});
    const again = await importFiles([csv('Centro A,https://a.example.org/new,Fresno\nCentro C,,Fresno\n')], {
      now: NOW,
      into: {name: 'ours.json', json: first.dataset},
    });
    const orgs = (again.dataset!['organizations'] as {id: string; website?: string}[]).map((o) => [o.id, o.website]);
    expect(orgs).to.deep.equal([
      ['centro-a', 'https://a.example.org/new'],
      ['centro-b', 'https://b.example.org'],
      ['centro-c', undefined],
    ]);
    expect(again.changes.organizations).to.deep.equal({added: ['centro-c'], updated: ['centro-a'], unchanged: 0});
    expect(again.problems.map((p) => p.message)).to.include('organizations "centro-a" updated: website');
  });

  it('starts a new dataset that extends the statewide one, copying nothing from it', async () => {
    const r = await importFiles([csv('Centro A,,Fresno\n')], {now: NOW, extendsDefault: true, hotlinesFrom: {hotlines: [{id: 'x'}]}, zipTableUrl: '/amparo/data/zip-geo.json'});
    const d = r.dataset as {meta: {extends?: string}; hotlines?: unknown[]; zipTables?: unknown[]};
    expect(d.meta.extends).to.equal('amparo:default');
    expect(d.hotlines).to.equal(undefined);
    expect(d.zipTables).to.equal(undefined);
  });

  it('starts a standalone dataset with the hotlines it is given and the ZIP table reference', async () => {
    const defaults = {
      meta: {attribution: ['Hotlines: example attribution'], sources: [{id: 'src', name: 'Example list', asOf: '2026-11-01'}, {id: 'other', name: 'x', asOf: '2026-11-01'}]},
      hotlines: [{id: 'rr-x', kind: 'rapid-response', name: {en: 'Example Rapid Response'}, phones: [{number: '(559) 555-0199'}], scope: 'statewide', provenance: {sourceId: 'src', asOf: '2026-11-01'}}],
    };
    const r = await importFiles([csv('Centro A,,Fresno\n')], {now: NOW, hotlinesFrom: defaults, zipTableUrl: '/amparo/data/zip-geo.json', licence: 'CC-BY-4.0'});
    const d = r.dataset as {meta: {sources: {id: string}[]; attribution: string[]; licence: string}; hotlines: unknown[]; zipTables: unknown[]};
    expect(d.hotlines.length).to.equal(1);
    expect(d.meta.sources.map((s) => s.id)).to.deep.equal(['src']);
    expect(d.meta.attribution).to.deep.equal(['Hotlines: example attribution']);
    expect(d.meta.licence).to.equal('CC-BY-4.0');
    expect(d.zipTables).to.deep.equal([{id: 'zip-geo', kind: 'zip-geo', url: '/amparo/data/zip-geo.json'}]);
  });

  it('leaves out what the validator refuses and names the line it came from', async () => {
    // An event whose time zone the browser does not know: the reader keeps it, the validator does not.
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:mars\r\nDTSTART;TZID=Mars/Olympus_Mons:20270105T180000\r\nSUMMARY:Taller\r\nLOCATION:Example Hall\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const r = await importFiles([{name: 'c.ics', text: ics}, csv('Centro A,,Fresno\n')], {now: NOW});
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}: ${p.message}`)).to.deep.equal([
      'c.ics:3: timeZone: expected an IANA time zone like America/Los_Angeles; record left out',
    ]);
    expect(r.dataset!['events']).to.equal(undefined);
  });
});
