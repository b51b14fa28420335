import {expect} from '@open-wc/testing';
import {COLLECTIONS} from '../../../src/core/dataset/schema/index.js';
import {validateDataset, validateZipTable, type Issue, type ValidationResult, validateRightsStrings} from '../../../src/core/dataset/validate.js';
import {FIXTURE_NOW, validDataset, validZipDistrictTable, validZipGeoTable} from '../../fixtures/dataset.js';

/** Validates at a fixed date. */
const validate = (input: unknown, options: {now?: Date; staleAfterDays?: number} = {}) =>
  validateDataset(input, {now: FIXTURE_NOW, ...options});

function accepted(result: ValidationResult) {
  if (!result.ok) expect.fail(`expected ok, got ${result.failure}: ${JSON.stringify(result.issues)}`);
  return result;
}

const errors = (issues: Issue[]) => issues.filter((i) => i.severity === 'error');
const warnings = (issues: Issue[]) => issues.filter((i) => i.severity === 'warning');
const ids = (records: readonly {id?: string; ocdId?: string}[]) => records.map((r) => r.id ?? r.ocdId);

describe('validateDataset', () => {
  it('accepts the fixture with no errors and keeps every record', () => {
    const input = validDataset();
    const {dataset, issues, skipped} = accepted(validate(input));
    expect(errors(issues)).to.deep.equal([]);
    expect(skipped).to.equal(0);
    for (const name of COLLECTIONS) expect(dataset[name]).to.deep.equal(input[name]);
    expect(dataset.meta).to.deep.equal(input.meta);
    expect(input, 'input is not modified').to.deep.equal(validDataset());
  });

  it('skips one invalid record with its path and id, and keeps the rest', () => {
    const input = validDataset();
    (input.organizations[1] as {website?: string}).website = 'javascript:alert(1)';
    const {dataset, issues, skipped} = accepted(validate(input));
    expect(skipped).to.equal(1);
    expect(ids(dataset.organizations)).to.deep.equal(['org-example-legal-aid']);
    expect(errors(issues)).to.deep.equal([
      {
        path: '$.organizations[1].website',
        message: 'expected a web address starting with https://',
        severity: 'error',
        collection: 'organizations',
        id: 'org-example-community-center',
        skipped: true,
      },
    ]);
    expect(dataset.services).to.have.length(2);
  });

  it('leaves out a bad phone number, not the organization', () => {
    const input = validDataset();
    input.organizations[0]!.phones!.unshift({number: 'call us'});
    const {dataset, issues, skipped} = accepted(validate(input));
    expect(skipped).to.equal(0);
    expect(dataset.organizations[0]!.phones).to.deep.equal(validDataset().organizations[0]!.phones);
    expect(errors(issues)).to.deep.equal([
      {
        path: '$.organizations[0].phones[0].number',
        message: 'expected a phone number like +1 415 555 0100; this entry is left out, the rest of the record is kept',
        severity: 'error',
        collection: 'organizations',
        id: 'org-example-legal-aid',
      },
    ]);
  });

  it('leaves out only the bad phone of an office, and skips a hotline whose only number is bad', () => {
    const input = validDataset();
    const official = input.officials.find((o) => o.offices?.some((f) => f.phones?.length))!;
    const office = official.offices!.find((f) => f.phones?.length)!;
    office.phones!.push({number: 'n/a'});
    input.hotlines[0]!.phones = [{number: 'n/a'}];
    const {dataset, issues} = accepted(validate(input));
    const kept = dataset.officials.find((o) => o.id === official.id)!;
    expect(kept.offices).to.have.length(official.offices!.length);
    expect(kept.offices!.flatMap((f) => f.phones ?? []).map((p) => p.number)).not.to.include('n/a');
    expect(ids(dataset.hotlines)).to.deep.equal(['hotline-example-statewide']);
    expect(errors(issues).find((i) => i.collection === 'hotlines')).to.include({skipped: true});
  });

  it('leaves out a bad entry of meta.sources alone; records citing it stay and say so', () => {
    const input = validDataset();
    input.meta.sources[0]!.url = 'not a url';
    const {dataset, issues, skipped} = accepted(validate(input));
    expect(dataset.meta.sources.map((x) => x.id)).to.deep.equal(['example-officials']);
    expect(skipped).to.equal(0);
    expect(dataset.organizations).to.have.length(validDataset().organizations.length);
    expect(errors(issues)[0]).to.deep.equal({
      path: '$.meta.sources[0].url',
      message: 'expected a web address starting with https://; this source is left out',
      severity: 'error',
    });
    expect(errors(issues).slice(1).every((i) => i.message.includes('the record is kept without a named source'))).to.equal(true);
  });

  it('keeps a rights edition whose source list has one broken link, without that link', () => {
    const input = validDataset();
    const edition = input.rightsEditions[0]!;
    edition.sources = [{name: 'Broken', url: 'javascript:void(0)'}, ...edition.sources];
    const {dataset, skipped} = accepted(validate(input));
    expect(skipped).to.equal(0);
    expect(dataset.rightsEditions[0]!.sources).to.deep.equal(validDataset().rightsEditions[0]!.sources);
  });

  it('reports every problem of a skipped record in plain English', () => {
    const input = validDataset() as unknown as {services: Record<string, unknown>[]};
    input.services[0] = {...input.services[0], name: undefined, needs: ['daca', 'nope'], statewide: 'yes'};
    const result = accepted(validate(input));
    expect(result.skipped).to.equal(1);
    expect(errors(result.issues).map((i) => `${i.path}: ${i.message}`)).to.have.members([
      '$.services[0].name: is required',
      '$.services[0].needs[1]: "nope" is not one of: ' + 'deportation-defense, detention, daca, asylum, u-t-visa, vawa, tps, family-petitions, citizenship, sijs, kyr-workshop, family-preparedness, rapid-response, mental-health, food, health, housing, workers-rights, education, benefits',
      '$.services[0].statewide: expected true or false',
    ]);
  });

  it('skips a record without an id and reports it without one', () => {
    const input = validDataset() as unknown as {hotlines: unknown[]};
    input.hotlines.push('not a record');
    const result = accepted(validate(input));
    expect(result.skipped).to.equal(1);
    expect(errors(result.issues)).to.deep.equal([
      {path: '$.hotlines[2]', message: 'expected an object', severity: 'error', collection: 'hotlines', skipped: true},
    ]);
  });

  it('fails as invalid when the document or its meta is unusable', () => {
    for (const input of [null, [], 'dataset', 42]) {
      const result = validate(input);
      expect(result.ok).to.equal(false);
      expect(!result.ok && result.failure).to.equal('invalid');
    }
    const noMeta = validate({organizations: []});
    expect(!noMeta.ok && noMeta.failure).to.equal('invalid');
    expect(noMeta.issues[0]?.path).to.equal('$.meta');

    const input = validDataset();
    input.meta.generatedAt = 'yesterday';
    const badMeta = validate(input);
    expect(!badMeta.ok && badMeta.failure).to.equal('invalid');
    expect(badMeta.issues).to.deep.equal([
      {path: '$.meta.generatedAt', message: 'expected a date-time like 2026-03-01T12:00:00Z', severity: 'error'},
    ]);

    input.meta.generatedAt = validDataset().meta.generatedAt;
    input.meta.schemaVersion = 'v1';
    const badVersion = validate(input);
    expect(!badVersion.ok && badVersion.failure).to.equal('invalid');
    expect(badVersion.issues[0]?.path).to.equal('$.meta.schemaVersion');
  });

  it('refuses another major schema version, even with a meta it cannot read', () => {
    for (const version of ['2.0.0', '0.9.0']) {
      const result = validate({meta: {schemaVersion: version}});
      expect(!result.ok && result.failure).to.equal('unsupported-version');
      expect(result.issues[0]).to.include({path: '$.meta.schemaVersion', severity: 'error'});
    }
  });

  it('accepts a newer minor or patch version with a warning', () => {
    for (const version of ['1.2.0', '1.1.1']) {
      const input = validDataset();
      input.meta.schemaVersion = version;
      const {issues} = accepted(validate(input));
      expect(warnings(issues)).to.deep.include({
        path: '$.meta.schemaVersion',
        message: `schema version ${version} is newer than 1.1.0; unknown fields are ignored`,
        severity: 'warning',
      });
    }
  });

  it('fails as empty when no record is left', () => {
    const onlyMeta = validate({meta: validDataset().meta});
    expect(!onlyMeta.ok && onlyMeta.failure).to.equal('empty');

    const input = {meta: validDataset().meta, hotlines: [{id: 'broken-hotline'}], zipTables: validDataset().zipTables};
    const allBroken = validate(input);
    expect(!allBroken.ok && allBroken.failure).to.equal('empty');
    expect(allBroken.issues.some((i) => i.id === 'broken-hotline'), 'keeps the reasons').to.equal(true);
  });

  it('warns about unknown top-level fields and ignores them', () => {
    const input = {...validDataset(), extras: {a: 1}};
    const {dataset, issues} = accepted(validate(input));
    expect(warnings(issues)).to.deep.include({path: '$.extras', message: 'unknown top-level field; ignored', severity: 'warning'});
    expect(dataset).not.to.have.property('extras');
  });

  it('ignores a collection that is not a list', () => {
    const input = {...validDataset(), events: {id: 'x'}};
    const {dataset, issues} = accepted(validate(input));
    expect(dataset.events).to.deep.equal([]);
    expect(errors(issues)).to.deep.equal([
      {path: '$.events', message: 'expected a list of records; ignored', severity: 'error', collection: 'events'},
    ]);
  });

  it('keeps the first of two records with the same id', () => {
    const input = validDataset();
    input.hotlines.push({...input.hotlines[1]!, name: {en: 'Second copy'}});
    input.districts.push({...input.districts[0]!, number: 99});
    const {dataset, issues, skipped} = accepted(validate(input));
    expect(skipped).to.equal(2);
    expect(dataset.hotlines.map((h) => h.name.en)).to.deep.equal(['Example Bay Area Rapid Response', 'Example Statewide Legal Line']);
    expect(dataset.districts.map((d) => d.number)).to.deep.equal([11, 14, 11]);
    expect(errors(issues).map((i) => [i.path, i.message])).to.deep.equal([
      ['$.hotlines[2].id', 'duplicate id "hotline-example-statewide"; the first record with it is kept'],
      ['$.districts[3].ocdId', 'duplicate id "ocd-division/country:us/state:ca/cd:11"; the first record with it is kept'],
    ]);
  });

  it('keeps records whose soft references do not resolve, and names each problem', () => {
    const input = validDataset();
    input.locations[0]!.organizationId = 'org-missing';
    input.districtPlans[1]!.provenance.sourceId = 'source-missing';
    input.campaigns[0]!.targets.push('official:official-missing');
    input.zipTables[1]!.planIds = ['plan-missing'];
    input.events[0]!.organizer.organizationId = 'org-missing';
    const {dataset, issues, skipped} = accepted(validate(input));
    expect(errors(issues).map((i) => [i.path, i.message])).to.deep.equal([
      ['$.locations[0].organizationId', 'refers to unknown organizations id "org-missing"; the record is kept without it'],
      ['$.events[0].organizer.organizationId', 'refers to unknown organizations id "org-missing"; the record is kept without it'],
      ['$.districtPlans[1].provenance.sourceId', 'refers to unknown meta.sources id "source-missing"; the record is kept without a named source'],
      ['$.campaigns[0].targets[2]', 'refers to unknown officials id "official-missing"; the record is kept without it'],
      // A table whose only plan is unknown cannot be used for anything.
      ['$.zipTables[1].planIds[0]', 'refers to unknown districtPlans id "plan-missing", and nothing else is left to refer to'],
    ]);
    expect(skipped).to.equal(1);
    // Nothing cascades: the location, the service at it, the plan's districts all stay.
    expect(ids(dataset.locations)).to.deep.equal(ids(validDataset().locations));
    expect(ids(dataset.services)).to.deep.equal(ids(validDataset().services));
    expect(dataset.districts).to.have.length(validDataset().districts.length);
    expect(dataset.events).to.have.length(validDataset().events.length);
    // The campaign keeps its resolvable targets only.
    expect(dataset.campaigns[0]!.targets).to.deep.equal(validDataset().campaigns[0]!.targets);
    expect(dataset.officials).to.have.length(3);
  });

  it('does not hide an organization, its locations and services when its source id is wrong', () => {
    const input = validDataset();
    input.organizations[0]!.provenance!.sourceId = 'typo-in-source-id';
    const {dataset, issues, skipped} = accepted(validate(input));
    expect(skipped).to.equal(0);
    expect(ids(dataset.organizations)).to.deep.equal(ids(validDataset().organizations));
    expect(ids(dataset.locations)).to.deep.equal(ids(validDataset().locations));
    expect(ids(dataset.services)).to.deep.equal(ids(validDataset().services));
    expect(errors(issues)).to.deep.equal([
      {
        path: '$.organizations[0].provenance.sourceId',
        message: 'refers to unknown meta.sources id "typo-in-source-id"; the record is kept without a named source',
        severity: 'error',
        collection: 'organizations',
        id: 'org-example-legal-aid',
      },
    ]);
  });

  it('drops a service location that does not resolve and keeps the service', () => {
    const input = validDataset();
    const service = input.services.find((s) => s.locationIds?.length)!;
    service.locationIds = ['loc-missing', ...service.locationIds!];
    const {dataset} = accepted(validate(input));
    expect(dataset.services.find((s) => s.id === service.id)!.locationIds).to.deep.equal(service.locationIds.slice(1));
  });

  it('skips a district whose plan is unknown: it cannot be placed in time', () => {
    const input = validDataset();
    input.districts[0]!.planId = 'plan-missing';
    const {issues} = accepted(validate(input));
    expect(errors(issues)[0]).to.include({path: '$.districts[0].planId', message: 'refers to unknown districtPlans id "plan-missing"'});
  });

  it('skips an official whose district is unknown but keeps statewide officials', () => {
    const input = validDataset();
    input.officials[0]!.districtOcdId = 'ocd-division/country:us/state:ca/cd:99';
    const {dataset, issues} = accepted(validate(input));
    expect(ids(dataset.officials)).to.deep.equal(['official-example-vacant', 'official-example-senator']);
    expect(errors(issues)[0]).to.include({path: '$.officials[0].districtOcdId', id: 'official-example-rep'});
  });

  it('warns about stale records but keeps them', () => {
    const now = new Date('2027-06-01T00:00:00Z');
    const {dataset, issues, skipped} = accepted(validate(validDataset(), {now}));
    expect(skipped).to.equal(0);
    expect(dataset.organizations).to.have.length(2);
    const stale = warnings(issues).filter((i) => i.message.startsWith('last checked'));
    expect(stale.find((i) => i.id === 'org-example-legal-aid')).to.deep.equal({
      path: '$.organizations[0].verification.checkedAt',
      message: 'last checked 2026-11-01, more than 180 days ago',
      severity: 'warning',
      collection: 'organizations',
      id: 'org-example-legal-aid',
    });
    expect(stale.find((i) => i.id === 'hotline-example-statewide')?.path).to.equal('$.hotlines[1].provenance.asOf');
    expect(stale.some((i) => i.collection === 'events'), 'records without dates are never stale').to.equal(false);
  });

  it('uses the newer of checkedAt and asOf, and a custom threshold', () => {
    const input = validDataset();
    input.organizations[0]!.verification!.checkedAt = '2025-01-01';
    const stale = (result: ValidationResult) => warnings(result.issues).filter((i) => i.message.startsWith('last checked'));
    // checkedAt is old, but provenance.asOf (2026-11-01) is recent.
    expect(stale(validate(input)).some((i) => i.id === 'org-example-legal-aid')).to.equal(false);
    const tenDays = stale(validate(input, {staleAfterDays: 10}));
    expect(tenDays.find((i) => i.id === 'org-example-legal-aid')?.path).to.equal('$.organizations[0].provenance.asOf');
    expect(tenDays.map((i) => i.id)).to.include('org-example-community-center');
    expect(stale(validate(input, {staleAfterDays: 30})).map((i) => i.id)).not.to.include('org-example-community-center');
  });

  it('warns about records marked doubtful', () => {
    const {issues} = accepted(validate(validDataset()));
    expect(warnings(issues)).to.deep.equal([
      {
        path: '$.hotlines[1].verification.status',
        message: 'marked doubtful: Number could not be confirmed (fictional)',
        severity: 'warning',
        collection: 'hotlines',
        id: 'hotline-example-statewide',
      },
    ]);
  });

  it('skips a whole rights edition when one scenario is broken', () => {
    const input = validDataset();
    input.rightsEditions[0]!.scenarios[1]!.steps = [];
    const result = validate(input);
    const {dataset, issues} = accepted(result);
    expect(dataset.rightsEditions).to.deep.equal([]);
    expect(errors(issues)[0]).to.include({path: '$.rightsEditions[0].scenarios[1].steps', message: 'needs at least 1 item(s)'});
  });
});

describe('validateZipTable', () => {
  it('accepts both table kinds', () => {
    for (const table of [validZipGeoTable(), validZipDistrictTable()]) {
      const result = validateZipTable(table);
      expect(result).to.deep.equal({ok: true, table, issues: [], skipped: 0});
    }
  });

  it('skips invalid rows with their path', () => {
    const table = validZipGeoTable() as {zips: Record<string, unknown>};
    table.zips['9411'] = ['06075', 37.7, -122.4];
    table.zips['94111'] = ['06075', 'north', -122.4];
    const result = validateZipTable(table);
    if (!result.ok) expect.fail(result.failure);
    expect(result.skipped).to.equal(2);
    expect(Object.keys(result.table.zips)).to.have.members(['94110', '94014', '94601']);
    expect(result.issues).to.deep.equal([
      {path: '$.zips["9411"]', message: 'expected a 5-digit ZIP code', severity: 'error'},
      {path: '$.zips["94111"][1]', message: 'expected a number', severity: 'error'},
    ]);
  });

  it('fails as invalid on a bad header and as empty without rows', () => {
    const notObject = validateZipTable([]);
    expect(!notObject.ok && notObject.failure).to.equal('invalid');
    const unknownKind = validateZipTable({...validZipGeoTable(), kind: 'zip-other'});
    expect(!unknownKind.ok && unknownKind.failure).to.equal('invalid');
    expect(unknownKind.issues[0]?.path).to.equal('$.kind');
    const noPlan = validateZipTable({...validZipDistrictTable(), planId: undefined});
    expect(noPlan.issues).to.deep.equal([{path: '$.planId', message: 'is required', severity: 'error'}]);
    const noZips = validateZipTable({...validZipGeoTable(), zips: []});
    expect(!noZips.ok && noZips.failure).to.equal('invalid');
    const empty = validateZipTable({...validZipDistrictTable(), zips: {'94110': []}});
    expect(!empty.ok && empty.failure).to.equal('empty');
    expect(empty.issues[0]).to.deep.equal({path: '$.zips["94110"]', message: 'needs at least 1 item(s)', severity: 'error'});
  });
});

describe('validateRightsStrings', () => {
  const file = () => ({kind: 'rights-strings', edition: 'example-ca-2026', locale: 'vi', strings: {'phrases.remain-silent': 'Tôi chọn giữ im lặng.'}});

  it('accepts a language file of the rights edition', () => {
    const result = validateRightsStrings(file());
    expect(result.ok && result.strings.strings['phrases.remain-silent']).to.equal('Tôi chọn giữ im lặng.');
  });

  it('skips empty texts and reports them by key', () => {
    const input = file();
    (input.strings as Record<string, unknown>)['disclaimer'] = '';
    const result = validateRightsStrings(input);
    expect(result.ok).to.equal(true);
    expect(result.issues.map((i) => i.path)).to.deep.equal(['$.strings.disclaimer']);
  });

  it('refuses a file of another kind or without texts', () => {
    expect(validateRightsStrings({...file(), kind: 'zip-geo'}).ok).to.equal(false);
    const empty = validateRightsStrings({...file(), strings: {}});
    expect(empty.ok === false && empty.failure).to.equal('empty');
  });
});
