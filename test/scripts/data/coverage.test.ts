import {expect} from '@open-wc/testing';
import {REPORT_END, REPORT_START, coverageReport, replaceReport} from '../../../scripts/data/coverage.js';
import {FIXTURE_NOW, validDataset} from '../../fixtures/dataset.js';

describe('coverage report', () => {
  it('lists counties without a resource or hotline, verification by collection, doubts and vacancies', () => {
    const report = coverageReport(validDataset(), {now: FIXTURE_NOW, nowLabel: 'fixture'});
    expect(report).to.contain('Reference date 2026-11-15 (fixture)');
    // The fixture has a statewide service and a statewide hotline: every county is covered.
    expect(report).to.contain('**Counties without a provider (office or stated service area): 0 of 58.**');
    expect(report).to.contain('**Counties without a hotline: 0 of 58.**');
    expect(report).to.contain('| hotlines | 2 | 1 | 0 | 1 | 0 | 0 |');
    expect(report).to.contain('**Doubtful records: 1.**');
    expect(report).to.contain('- hotlines `hotline-example-statewide` (Example Statewide Legal Line): Number could not be confirmed (fictional)');
    expect(report).to.contain('**Vacant seats: 1 of 3.**');
    expect(report).to.match(/\*\*Term ends: \d+ of 3 seats without one\.\*\*/);
    expect(report).to.contain('- U.S. House, CA-14: vacant');
  });

  it('names the counties without a local hotline, and says when there are no resources yet', () => {
    const data = validDataset();
    const input = {...data, organizations: [], locations: [], services: [], events: [], hotlines: data.hotlines.slice(0, 1)};
    const report = coverageReport(input, {now: FIXTURE_NOW});
    expect(report).to.contain('**Counties without a provider (office or stated service area): 58 of 58.** The dataset has no organizations or services yet');
    expect(report).to.contain('**Counties without a hotline: 56 of 58.** Alameda, Alpine,');
    expect(report).not.to.contain('San Francisco, San Joaquin');
  });

  it('counts offices and stated service areas as providers, never places, and says where there is only a place', () => {
    const data = validDataset();
    const court = {...data.places[0]!, id: 'place-example-imperial', county: '06025'};
    const input = {
      ...data,
      // Only the local service (San Francisco, San Mateo) and its San Francisco office; a court in Imperial.
      services: data.services.filter((s) => !s.statewide),
      places: [...data.places, court],
    };
    const report = coverageReport(input, {now: FIXTURE_NOW});
    expect(report).to.contain('**Counties without a provider (office or stated service area): 56 of 58.** Alameda, Alpine,');
    expect(report).to.contain(' Imperial,');
    expect(report).not.to.contain('San Francisco, San Joaquin');
    expect(report).to.contain('**Places (not help, not counted as providers): 2** (2 immigration-court), in 2 counties. Counties with a place but no provider: Imperial.');
  });

  it('counts the seats by term end date, and those without one', () => {
    const data = validDataset();
    const officials = data.officials.map((o, i) => ({...o, termEnd: i === 0 ? undefined : ['2027-01-03', '2026-12-07'][i % 2]}));
    const report = coverageReport({...data, officials}, {now: FIXTURE_NOW});
    expect(report).to.contain('**Term ends: 1 of 3 seats without one.** 2026-12-07: 1; 2027-01-03: 1.');
  });

  it('counts stale records against the reference date', () => {
    const report = coverageReport(validDataset(), {now: new Date('2027-12-01T00:00:00Z')});
    expect(report).to.match(/\| hotlines \| 2 \| 1 \| 0 \| 1 \| 0 \| 2 \|/);
  });

  it('replaces only the section between the markers', () => {
    const readme = `# Data\n\n## Coverage report\n\n${REPORT_START}\nold\n${REPORT_END}\n\nAfter.\n`;
    expect(replaceReport(readme, 'new')).to.equal(`# Data\n\n## Coverage report\n\n${REPORT_START}\n\nnew\n\n${REPORT_END}\n\nAfter.\n`);
    expect(() => replaceReport('# no markers', 'new')).to.throw(/markers/);
  });
});
