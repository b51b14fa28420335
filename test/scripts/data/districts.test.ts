import {expect} from '@open-wc/testing';
import {
  districtPlans,
  districts,
  formatZipTable,
  ocdId,
  planInForce,
  unmappedZctas,
  zipDistrictsFromCsv,
  zipDistrictsFromLists,
  zipGeoFromGeoNames,
} from '../../../scripts/data/districts.js';
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
