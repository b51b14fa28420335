import {expect} from '@open-wc/testing';
import {isCaliforniaZip, readZip} from '../../src/core/zip.js';

describe('ZIP input', () => {
  it('reads a 5-digit ZIP, ZIP+4 and stray spaces as the 5-digit ZIP', () => {
    for (const typed of ['94110', ' 94110 ', '94110-1234', '94110 - 1234', '94110 1234', '941101234']) expect(readZip(typed), typed).to.equal('94110');
  });

  it('refuses what is not a ZIP', () => {
    for (const typed of ['', '9411', '941100', 'abcde', '94110-12', 'San Jose']) expect(readZip(typed), typed).to.equal(undefined);
  });

  it('knows California ZIPs by their USPS prefix, PO boxes included', () => {
    expect(isCaliforniaZip('94142')).to.equal(true); // San Francisco PO boxes
    expect(isCaliforniaZip('90009')).to.equal(true); // Los Angeles PO boxes
    expect(isCaliforniaZip('96162')).to.equal(true);
    expect(isCaliforniaZip('89501')).to.equal(false); // Reno
    expect(isCaliforniaZip('97635')).to.equal(false); // Oregon
  });
});
