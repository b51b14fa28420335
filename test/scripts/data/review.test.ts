import {expect} from '@open-wc/testing';
import {reviewBy} from '../../../scripts/data/review.js';

describe('meta.reviewBy', () => {
  const officials = [{termEnd: '2027-01-03'}, {termEnd: '2026-12-07'}, {}, {termEnd: '2028-12-04'}];

  it('is the earliest term end, plan end or recognition expiry on or after the build date', () => {
    expect(reviewBy({officials}, '2026-12-04T00:00:00Z')).to.equal('2026-12-07');
    expect(reviewBy({officials, districtPlans: [{validTo: '2026-12-05'}, {}]}, '2026-12-04')).to.equal('2026-12-05');
    expect(reviewBy({officials, rightsEditions: [{review: {nextReviewDue: '2026-12-06'}}, {}]}, '2026-12-04')).to.equal('2026-12-06');
  });

  it('counts a date on the build day, and leaves out dates that had already passed', () => {
    expect(reviewBy({officials: [{termEnd: '2026-12-04'}, {termEnd: '2027-01-03'}]}, '2026-12-04T00:00:00Z')).to.equal('2026-12-04');
    // An expired recognition is shown as expired already; it does not make the whole dataset overdue.
    expect(reviewBy({officials, rightsEditions: [{review: {nextReviewDue: '2026-09-30'}}]}, '2026-12-04')).to.equal('2026-12-07');
  });

  it('is undefined when nothing expires', () => {
    expect(reviewBy({}, '2026-12-04')).to.equal(undefined);
    expect(reviewBy({officials: [{termEnd: '2026-01-01'}]}, '2026-12-04')).to.equal(undefined);
  });
});
