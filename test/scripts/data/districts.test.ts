import {expect} from '@open-wc/testing';
import {
  blockDistrictsFromCsv,
  countyDistrictsFromJson,
  districtPlans,
  districts,
  formatZipTable,
  ocdId,
  planInForce,
  unmappedZctas,
  zipDistrictsFromBlocks,
  zipDistrictsFromCsv,
  zipDistrictsFromLists,
  zipDistrictsFromZctaJson,
  zipGeoFromGeoNames,
} from '../../../scripts/data/districts.js';
import {CA_COUNTIES} from '../../../src/core/dataset/ca-counties.js';
import {validateZipTable} from '../../../src/core/dataset/validate.js';

const facts = {
  congress: {sourceId: 'example-congress', asOf: '2026-06-15'},
  legislature: {sourceId: 'example-legislature', asOf: '2026-08-05'},
};

describe('district plans and districts', () => {
  it('names districts by OCD division id', () => {
    expect(ocdId('us-house', 12)).to.equal('ocd-division/country:us/state:ca/cd:12');
    expect(ocdId('state-senate', 7)).to.equal('ocd-division/country:us/state:ca/sldu:7');
    expect(ocdId('state-assembly', 7)).to.equal('ocd-division/country:us/state:ca/sldl:7');
  });

  it('switches the congressional map on 2027-01-03; the state maps stay', () => {
    const plans = districtPlans(facts);
    expect(planInForce(plans, 'us-house', '2026-11-03')?.id).to.equal('ca-cd-2021');
    expect(planInForce(plans, 'us-house', '2027-01-02')?.id).to.equal('ca-cd-2021');
    expect(planInForce(plans, 'us-house', '2027-01-03')?.id).to.equal('ca-cd-prop50');
    expect(planInForce(plans, 'state-senate', '2027-01-03')?.id).to.equal('ca-sd-2021');
    expect(planInForce(plans, 'state-assembly', '2031-01-01')?.id).to.equal('ca-ad-2021');
    const prop50 = plans.find((p) => p.id === 'ca-cd-prop50')!;
    expect(prop50).to.deep.include({validFrom: '2027-01-03', electionsFrom: '2026-06-02'});
  });

  it('lists 52 + 40 + 80 districts of the plans in force', () => {
    const plans = districtPlans(facts);
    const before = districts(plans, '2026-08-13');
    expect(before).to.have.length(172);
    expect(new Set(before.map((d) => d.ocdId)).size).to.equal(172);
    expect(before[0]).to.deep.include({ocdId: 'ocd-division/country:us/state:ca/cd:1', planId: 'ca-cd-2021', number: 1});
    const after = districts(plans, '2027-01-03');
    expect(after.filter((d) => d.planId === 'ca-cd-prop50')).to.have.length(52);
    expect(after.filter((d) => d.planId === 'ca-sd-2021')).to.have.length(40);
  });
});

describe('ZIP tables', () => {
  it('reads California rows of zccd.csv, merging and sorting districts', () => {
    const csv = ['state_fips,state_abbr,zcta,cd', '06,CA,90001,43', '06,CA,90001,37', '06,CA,90001,43', '32,NV,89019,4', '06,CA,89019,23', '06,CA,9000,1', '06,CA,90002,53'].join('\n');
    const {table, skipped} = zipDistrictsFromCsv(csv, 'ca-cd-2021', 52, 'Example', '2024-11-12');
    expect(table).to.deep.equal({
      kind: 'zip-districts',
      planId: 'ca-cd-2021',
      asOf: '2024-11-12',
      source: 'Example',
      zips: {'89019': [23], '90001': [37, 43]},
    });
    expect(skipped).to.have.length(2);
  });

  it('inverts district → ZCTA lists; a ZCTA lists every district it touches', () => {
    const {table} = zipDistrictsFromLists({'2': ['95501', '95521'], '1': ['95501']}, 'ca-sd-2021', 40, 'Example', '2026-02-14');
    expect(table.zips).to.deep.equal({'95501': [1, 2], '95521': [2]});
    expect(Object.keys(table.zips)).to.deep.equal(['95501', '95521']);
  });

  it('reports ZCTAs that a chamber does not map', () => {
    const a = zipDistrictsFromLists({'1': ['95501', '95521']}, 'ca-sd-2021', 40, 'Example', '2026-02-14').table;
    const b = zipDistrictsFromLists({'1': ['95501']}, 'ca-ad-2021', 80, 'Example', '2026-02-14').table;
    expect(unmappedZctas([a, b])).to.deep.equal(['95521 (ca-ad-2021)']);
    expect(unmappedZctas([a, a])).to.deep.equal([]);
  });

  it('keeps California GeoNames rows: county FIPS, a centroid rounded to 3 decimals and the place name', () => {
    const tsv = [
      'US\t94501\tAlameda\tCalifornia\tCA\tAlameda\t001\t\t\t37.7706\t-122.2648\t4',
      'US\t89019\tJean\tNevada\tNV\tClark\t003\t\t\t35.7\t-115.3\t4',
      'US\t96161\tTruckee\tCalifornia\tCA\tNevada\t057\t\t\t39.32795\t-120.18305\t4',
      'US\t90000\tNowhere\tCalifornia\tCA\t\t\t\t\t34\t-118\t1',
      'US\t95002\t \tCalifornia\tCA\tSanta Clara\t085\t\t\t37.4284\t-121.9721\t4',
      '',
    ].join('\n');
    const {table, skipped} = zipGeoFromGeoNames(tsv, 'Example GeoNames', '2026-03-11');
    // A row without a place name keeps the 3-element form.
    expect(table.zips).to.deep.equal({
      '94501': ['06001', 37.771, -122.265, 'Alameda'],
      '95002': ['06085', 37.428, -121.972],
      '96161': ['06057', 39.328, -120.183, 'Truckee'],
    });
    expect(validateZipTable(JSON.parse(formatZipTable(table))).ok).to.equal(true);
    expect(skipped).to.have.length(1);
    expect(skipped[0]).to.contain('90000');
  });

  it('writes tables one ZIP per line, readable by the widgets’ validator', () => {
    const {table} = zipDistrictsFromLists({'1': ['95501'], '2': ['95501', '95521']}, 'ca-sd-2021', 40, 'Example', '2026-02-14');
    const text = formatZipTable(table);
    expect(text).to.equal(
      '{"kind":"zip-districts","planId":"ca-sd-2021","asOf":"2026-02-14","source":"Example","zips":{\n"95501":[1,2],\n"95521":[2]\n}}\n',
    );
    const result = validateZipTable(JSON.parse(text));
    expect(result.ok && result.issues).to.deep.equal([]);
    expect(JSON.parse(text)).to.deep.equal(table);
  });
});

describe('the Prop 50 map', () => {
  const FIXTURES = '/test/fixtures/data/prop50';
  const fixture = async (name: string) => (await fetch(`${FIXTURES}/${name}`)).text();

  it('gives the plan its county → candidate districts, largest population first', () => {
    const counties = Object.fromEntries(Object.keys(CA_COUNTIES).map((f) => [f, {cds: [1]}])) as Record<string, {cds: number[]; population_by_cd?: Record<string, number>}>;
    counties['06001'] = {cds: [12, 14, 17, 10], population_by_cd: {'12': 760065, '14': 760065, '17': 83696, '10': 79642}};
    counties['06003'] = {cds: [5, 3], population_by_cd: {'5': 10, '3': 20}};
    counties['06999'] = {cds: [2]};
    const {table, skipped} = countyDistrictsFromJson({valid_from: '2027-01-03', counties}, 52, '2027-01-03');
    expect(table['06001'], 'ties keep the listed order').to.deep.equal([12, 14, 17, 10]);
    expect(table['06003'], 'the population decides').to.deep.equal([3, 5]);
    expect(table['06999']).to.equal(undefined);
    expect(skipped.some((l) => l.includes('06999') && l.includes('not a California county'))).to.equal(true);
    expect(skipped.some((l) => l.includes('06003') && l.includes('population order 3, 5 used'))).to.equal(true);
    expect(skipped.some((l) => l.startsWith('countyDistricts: districts in no county: 2, 4,'))).to.equal(true);

    const plans = districtPlans({...facts, prop50Counties: {countyDistricts: table, sourceId: 'example-county-table'}});
    const prop50 = plans.find((p) => p.id === 'ca-cd-prop50')!;
    expect(prop50.countyDistricts!['06001']).to.deep.equal([12, 14, 17, 10]);
    expect(prop50.provenance.note).to.equal('countyDistricts from source example-county-table');
    expect(districtPlans(facts).find((p) => p.id === 'ca-cd-prop50')!.countyDistricts).to.equal(undefined);
  });

  it('reads the AB 604 block assignment: headerless (with a byte-order mark and quotes), California only, malformed lines reported', async () => {
    const {districts: blocks, skipped} = blockDistrictsFromCsv(await fixture('ab604-fake.csv'), 52, 'ab604.csv');
    expect([...blocks]).to.deep.equal([
      ['069990000011000', 1],
      ['069990000011001', 1],
      ['069990000011002', 2],
      ['069990000012000', 2],
      ['069990000013000', 3],
      ['069990000014000', 3],
      ['069990000015000', 3],
    ]);
    expect(skipped).to.deep.equal([
      'ab604.csv: line 10 has no 15-digit block GEOID: "06999000001X000,1"; left out',
      'ab604.csv: line 11 has no district 1–52: "069990000016000,53"; left out',
      'ab604.csv: line 12 assigns block 069990000011000 a second district: "069990000011000,2"; left out',
      'ab604.csv: 1 California blocks in no district (ZZ)',
    ]);
  });

  it('accepts the GEOID,CDFP and GEOID20,DISTRICT headers, and refuses another', () => {
    const census = blockDistrictsFromCsv('GEOID,CDFP\n060014001001000,12\n060014001001001,ZZ\n', 52);
    expect([...census.districts]).to.deep.equal([['060014001001000', 12]]);
    const tool = blockDistrictsFromCsv('GEOID20,District\r\n060014001001000,14\r\n', 52);
    expect([...tool.districts]).to.deep.equal([['060014001001000', 14]]);
    const piped = blockDistrictsFromCsv('GEOID|CDFP\n060014001001000|07\n', 52);
    expect([...piped.districts]).to.deep.equal([['060014001001000', 7]]);
    expect(() => blockDistrictsFromCsv('BLOCK,CD\n060014001001000,12\n', 52)).to.throw(/GEOID,CDFP or GEOID20,DISTRICT/);
  });

  it('joins blocks to ZCTAs: every (ZCTA, district) pair kept, non-California blocks ignored, problems reported', async () => {
    const {districts: blocks} = blockDistrictsFromCsv(await fixture('ab604-fake.csv'), 52);
    const lines = (await fixture('tab20-zcta-block-fake.txt')).split('\n');
    const {table, skipped} = await zipDistrictsFromBlocks(lines, blocks, 'ca-cd-prop50', 52, 'Example join', '2025-08-21', {file: 'tab20.txt'});
    expect(table).to.deep.equal({
      kind: 'zip-districts',
      planId: 'ca-cd-prop50',
      asOf: '2025-08-21',
      source: 'Example join',
      zips: {'00011': [1, 2], '00012': [2], '00013': [3]},
    });
    expect(validateZipTable(JSON.parse(formatZipTable(table))).ok).to.equal(true);
    expect(skipped).to.deep.equal([
      'tab20.txt: line 10 has no 15-digit block GEOID: "5|00013|9|0699900000130|1"; left out',
      'tab20.txt: line 11 has 1 columns, not 5: "garbage line"; left out',
      'tab20.txt: line 12 has no 5-digit ZCTA: "6|0001A|10|069990000017000|1"; left out',
      'tab20.txt: 1 California blocks in no ZCTA (not in the table)',
      'ca-cd-prop50: 1 California blocks of the relationship file have no district in the block assignment',
      'ca-cd-prop50: 2 blocks of the block assignment are in no ZCTA row',
    ]);
  });

  it('can give each district its share of a ZCTA’s blocks, and reads lines as they stream', async () => {
    const {districts: blocks} = blockDistrictsFromCsv(await fixture('ab604-fake.csv'), 52);
    const text = await fixture('tab20-zcta-block-fake.txt');
    async function* stream() {
      for (const line of text.split('\n')) yield line;
    }
    const {table} = await zipDistrictsFromBlocks(stream(), blocks, 'ca-cd-prop50', 52, 'Example join', '2025-08-21', {share: true});
    expect(table.zips).to.deep.equal({'00011': [[1, 0.667], [2, 0.333]], '00012': [[2, 1]], '00013': [[3, 1]]});
    expect(validateZipTable(JSON.parse(formatZipTable(table))).ok).to.equal(true);
  });

  it('reads a derived ZCTA table in the form of ca-zcta-cd119.json', () => {
    const {table, skipped} = zipDistrictsFromZctaJson({zcta: {'90001': [42, 37], '9000': [1]}, valid_from: '2027-01-03'}, 'ca-cd-prop50', 52, 'Example', '2025-08-21');
    expect(table.zips).to.deep.equal({'90001': [37, 42]});
    expect(skipped).to.have.length(1);
  });
});
