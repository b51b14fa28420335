import {expect} from '@open-wc/testing';
import {addressFromFields, geo, parseAddress, round, usPhone, zipCode} from '../../../scripts/data/normalise.js';

describe('import normalisation', () => {
  it('writes valid US numbers as 415-555-0100 and refuses the rest', () => {
    expect(usPhone('415-555-0100')).to.equal('415-555-0100');
    expect(usPhone('(415) 555 0100')).to.equal('415-555-0100');
    expect(usPhone('+1 415.555.0100')).to.equal('415-555-0100');
    expect(usPhone('555-0100')).to.equal(undefined);
    expect(usPhone('015-555-0100'), 'area code cannot start with 0').to.equal(undefined);
    expect(usPhone('415-155-0100'), 'exchange cannot start with 1').to.equal(undefined);
    expect(usPhone('415-555-01000')).to.equal(undefined);
    expect(usPhone(null)).to.equal(undefined);
  });

  it('rounds coordinates and refuses missing ones', () => {
    expect(round(37.788973993979155, 3)).to.equal(37.789);
    expect(geo(37.788973993979155, -122.40264950109052)).to.deep.equal({lat: 37.78897, lng: -122.40265});
    expect(geo(undefined, -122.4)).to.equal(undefined);
    expect(geo(137, -122.4)).to.equal(undefined);
  });

  it('reads ZIP codes, including a dangling hyphen', () => {
    expect(zipCode('95814')).to.equal('95814');
    expect(zipCode('94244-2550')).to.equal('94244-2550');
    expect(zipCode('95814-')).to.equal('95814');
    expect(zipCode(' 9581')).to.equal(undefined);
  });

  it('splits one-line addresses into street, suite, city, state and ZIP', () => {
    expect(parseAddress('113 Presley Way Suite 10, Grass Valley, CA 95945')).to.deep.equal({
      street: '113 Presley Way',
      suite: 'Suite 10',
      city: 'Grass Valley',
      state: 'CA',
      zip: '95945',
    });
    expect(parseAddress('Room 5710, 1021 O St. P.O. Box 942849, Sacramento, CA 94249')).to.deep.equal({
      street: '1021 O St. P.O. Box 942849',
      suite: 'Room 5710',
      city: 'Sacramento',
      state: 'CA',
      zip: '94249',
    });
    expect(parseAddress('Rocklin Corporate Plaza, 6030 W. Oaks Blvd. Suite 145, Rocklin, CA 95765')).to.deep.include({
      street: '6030 W. Oaks Blvd.',
      suite: 'Suite 145, Rocklin Corporate Plaza',
    });
    expect(parseAddress('2721 Napa Valley Corporate Drive Building 4, Second Floor, Napa, CA 94558')).to.deep.include({
      street: '2721 Napa Valley Corporate Drive',
      suite: 'Building 4, Second Floor',
    });
    expect(parseAddress('1445 N. Stanley Ave. Third Floor, Los Angeles, CA 90046')).to.deep.include({
      street: '1445 N. Stanley Ave.',
      suite: 'Third Floor',
    });
    expect(parseAddress('The Atrium Building, 860 Via De La Paz Suite E3-D, Pacific Palisades,, CA 90272')).to.deep.equal({
      street: '860 Via De La Paz',
      suite: 'Suite E3-D, The Atrium Building',
      city: 'Pacific Palisades',
      state: 'CA',
      zip: '90272',
    });
    expect(parseAddress('1303 10th Street, Suite 1173; Sacramento, CA 95814')).to.deep.include({street: '1303 10th Street', suite: 'Suite 1173'});
    expect(parseAddress('P.O. Box 944255; Sacramento, CA 94244-2550')).to.deep.equal({
      street: 'P.O. Box 944255',
      city: 'Sacramento',
      state: 'CA',
      zip: '94244-2550',
    });
    expect(parseAddress('11 English St., Petaluma, CA 94952')).to.deep.equal({street: '11 English St.', city: 'Petaluma', state: 'CA', zip: '94952'});
  });

  it('refuses addresses without a street, city or ZIP code', () => {
    expect(parseAddress('Sacramento, CA 95814')).to.equal(undefined);
    expect(parseAddress('1021 O St., Sacramento, CA')).to.equal(undefined);
    expect(parseAddress('1021 O St., Sacramento')).to.equal(undefined);
    expect(parseAddress('Capitol Building, Sacramento, CA 95814')).to.equal(undefined);
  });

  it('builds addresses from separate fields, keeping building names and suites', () => {
    expect(addressFromFields({address: '501 I St.', suite: 'Suite 12-600', building: 'U.S. Courthouse', city: 'Sacramento', zip: '95814'})).to.deep.equal({
      street: '501 I St.',
      suite: 'Suite 12-600, U.S. Courthouse',
      city: 'Sacramento',
      state: 'CA',
      zip: '95814',
    });
    expect(addressFromFields({address: '6803 International Ave.', suite: 100, city: 'Cypress', zip: '90630'})?.suite).to.equal('100');
    expect(addressFromFields({address: '3465 Camino del Rio S', city: 'San Diego'}), 'no ZIP').to.equal(undefined);
    expect(addressFromFields({city: 'Oakland', zip: '94612'}), 'no street').to.equal(undefined);
  });
});
