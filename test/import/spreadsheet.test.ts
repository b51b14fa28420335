import {expect} from '@open-wc/testing';
import {validateDataset} from '../../src/core/dataset/validate.js';
import {formatProblem, importFiles} from '../../src/import/index.js';
import {importSpreadsheet} from '../../src/import/spreadsheet.js';
import {fixture, NOW, TODAY, zipTable} from './helpers.js';

const messages = (problems: {severity: string; line?: number; message: string}[], severity?: string) =>
  problems.filter((p) => !severity || p.severity === severity).map((p) => `${p.line}: ${p.message}`);

describe('a spreadsheet of partner organizations', () => {
  it('becomes a dataset with zero validation errors, every row left out named by its line', async () => {
    const result = await importFiles([{name: 'partners.csv', text: await fixture('partners.csv')}], {now: NOW, zipTable: await zipTable()});
    expect(messages(result.problems, 'error')).to.deep.equal(['5: no organization name; row left out']);
    const lines = result.problems.map(formatProblem);
    expect(lines).to.include('partners.csv:5: (spreadsheet row 4) no organization name; row left out');
    expect(lines).to.include("partners.csv:9: (spreadsheet row 8) warning: the template's example row; left out");
    const check = validateDataset(result.dataset, {now: NOW});
    expect(check.ok).to.equal(true);
    expect(check.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
    expect(result.counts).to.include({organizations: 3, locations: 3, services: 3});
  });

  it('drops a javascript: link and reports it, keeping the rest of the row', async () => {
    const part = importSpreadsheet('Name,Website,Phone\r\nCentro Ejemplo,javascript:alert(document.cookie),(559) 555-0100\r\n', {file: 'p.csv', today: TODAY});
    const org = part.records.organizations[0]!;
    expect(org.website).to.equal(undefined);
    expect(org.phones).to.deep.equal([{number: '(559) 555-0100'}]);
    expect(messages(part.problems)).to.deep.equal(['2: website: "javascript:alert(document.cookie)" is not a web address (javascript: links are not allowed); left out']);
  });

  it('rejects a row without a name with its line, counting a multi-line cell above it', () => {
    const part = importSpreadsheet('Name,Notes\r\nA,"two\r\nlines"\r\n,orphan\r\n', {file: 'p.csv', today: TODAY});
    expect(part.problems.filter((p) => p.severity === 'error')).to.deep.equal([
      {file: 'p.csv', line: 4, row: 3, severity: 'error', message: 'no organization name; row left out'},
    ]);
  });

  it('derives county and an approximate position from the ZIP code, and says so', async () => {
    const part = importSpreadsheet('Nombre,Dirección,Código postal,Idiomas,Servicios\nCentro Ejemplo,1 Example St,93721,"español, mixteco",asilo\n', {
      file: 'socios.csv',
      today: TODAY,
      zipTable: await zipTable(),
    });
    const [location] = part.records.locations;
    expect(location!.address).to.deep.equal({street: '1 Example St', city: 'Fresno', state: 'CA', zip: '93721'});
    expect(location!.county).to.equal('06019');
    expect(location!.geo!.precision).to.equal('approximate');
    expect(location!.provenance).to.deep.equal({
      name: 'socios.csv',
      asOf: TODAY,
      derived: ['city from the ZIP code', 'county from the ZIP code', 'coordinates: ZIP code centroid'],
    });
    // Spanish headers: the text is marked as Spanish (with the English fallback the schema needs).
    expect(part.records.organizations[0]!.name).to.deep.equal({en: 'Centro Ejemplo', es: 'Centro Ejemplo'});
    expect(part.records.services[0]).to.include({organizationId: 'centro-ejemplo'});
    expect(part.records.services[0]!.needs).to.deep.equal(['asylum']);
    expect(part.records.services[0]!.languages).to.deep.equal(['es', 'mix']);
    expect(part.attribution[0]).to.match(/^ZIP code centroids and counties: GeoNames/);
  });

  it('adds a second row of the same organization as another location and service, with readable ids', () => {
    const csv =
      'Organization,Street,City,State,ZIP,Services\n' +
      'Centro Ejemplo,1 A St,Fresno,CA,93721,DACA\n' +
      'centro-ejemplo!,2 B St,Madera,CA,93637,asylum\n' +
      '华人法律服务,3 C St,Fresno,CA,93721,TPS\n' +
      '越南社区中心,4 D St,Fresno,CA,93721,TPS\n';
    const part = importSpreadsheet(csv, {file: 'p.csv', today: TODAY});
    // The same name written differently is the same organization; names with no Latin letters get a counter.
    expect(part.records.organizations.map((o) => o.id)).to.deep.equal(['centro-ejemplo', 'org', 'org-2']);
    expect(part.records.locations.map((l) => l.id)).to.deep.equal([
      'centro-ejemplo-location-1',
      'centro-ejemplo-location-2',
      'org-location-1',
      'org-2-location-1',
    ]);
    expect(part.records.services.slice(0, 2).map((s) => [s.id, s.locationIds])).to.deep.equal([
      ['centro-ejemplo-service-1', ['centro-ejemplo-location-1']],
      ['centro-ejemplo-service-2', ['centro-ejemplo-location-2']],
    ]);
    expect(messages(part.problems, 'note')).to.include('3: same organization as line 2: its location and services are added to it');
  });

  it('reports languages and services it cannot match, per row', () => {
    const part = importSpreadsheet('Name,Languages,Services\nA,"Spanish, Bilingual","DACA, Tax help"\n', {file: 'p.csv', today: TODAY});
    expect(messages(part.problems, 'warning')).to.deep.equal([
      `2: services: "tax" (in "Tax help") is not one of Amparo's needs or kinds of help`,
      `2: languages: "Bilingual" is not a language Amparo knows; write its name (Spanish, Mixteco) or its code (es, mix)`,
    ]);
  });

  it('uses the date a row gives as its as-of date, and refuses one in the future', () => {
    const part = importSpreadsheet('Name,Last updated\nA,11/30/2026\nB,2027-01-01\n', {file: 'p.csv', today: TODAY});
    expect(part.records.organizations.map((o) => o.provenance!.asOf)).to.deep.equal(['2026-11-30', TODAY]);
    expect(messages(part.problems)).to.deep.equal([`3: date 2027-01-01 is in the future; today (${TODAY}) is used`]);
  });

  it('says what to do when no column holds the name', () => {
    const part = importSpreadsheet('Foo,Bar\n1,2\n', {file: 'p.csv', today: TODAY});
    expect(part.problems.at(-1)!.message).to.match(/^no column for the organization name/);
    expect(part.records.organizations).to.deep.equal([]);
  });
});
