import {expect} from '@open-wc/testing';
import {coverageToCounties, importHotlines} from '../../../scripts/data/hotlines.js';
import {validateDataset} from '../../../src/core/dataset/validate.js';
import {validDataset} from '../../fixtures/dataset.js';

describe('hotline import', () => {
  it('maps free-text coverage to county FIPS codes', () => {
    expect(coverageToCounties('Alameda County')).to.deep.equal(['06001']);
    expect(coverageToCounties('Sonoma, Napa & Solano Counties')).to.deep.equal(['06097', '06055', '06095']);
    expect(coverageToCounties('San Bernardino & Riverside Counties')).to.deep.equal(['06071', '06065']);
    expect(coverageToCounties('Sacramento')).to.deep.equal(['06067']);
    expect(coverageToCounties('Long Beach')).to.deep.equal(['06037']);
  });

  it('refuses coverage it cannot place', () => {
    expect(coverageToCounties('Gotham County')).to.equal(undefined);
    expect(coverageToCounties('Northern Nevada')).to.equal(undefined);
  });

  it('keeps upstream facts, never marks them verified, and flags known doubts', () => {
    const {records, skipped} = importHotlines([
      {id: 'example', name: 'Example Network', coverage: 'Marin County', phoneNumber: '415-555-0100', url: 'https://example.org/'},
      {id: 'san-mateo', name: 'Example Doubtful', coverage: 'San Mateo County', phoneNumber: '203-555-0100'},
      {id: 'nowhere', name: 'Example Unknown', coverage: 'Atlantis', phoneNumber: '415-555-0101'},
    ]);
    expect(skipped).to.have.length(1);
    expect(skipped[0]).to.contain('nowhere');
    expect(records[0]).to.deep.include({id: 'rr-example', scope: 'local', counties: ['06041'], website: 'https://example.org/'});
    expect(records[0]!.verification).to.deep.equal({status: 'unverified'});
    expect(records[1]!.verification?.status).to.equal('doubtful');
    expect(records[1]!.verification?.note?.en).to.contain('203');
  });

  it('produces records the dataset validator accepts', () => {
    const {records} = importHotlines([
      {id: 'example', name: 'Example Network', coverage: 'Marin County', phoneNumber: '415-555-0100'},
    ]);
    const data = validDataset();
    data.meta.sources.push({id: 'accessitech-redcards', name: 'Example', asOf: '2026-02-02'});
    const result = validateDataset({...data, hotlines: records});
    expect(result.ok).to.equal(true);
    expect(result.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
  });
});
