import {expect} from '@open-wc/testing';
import {parseCsv, writeCsv} from '../../src/import/csv.js';

describe('CSV as spreadsheets export it', () => {
  it('reads UTF-8 with a byte-order mark and CRLF line ends', () => {
    const t = parseCsv('\ufeffName,City\r\nCentro Ejemplo,San José\r\n');
    expect(t.header).to.deep.equal(['Name', 'City']);
    expect(t.records).to.deep.equal([{line: 2, row: 2, cells: ['Centro Ejemplo', 'San José']}]);
  });

  it('reads LF and old-Mac CR line ends alike', () => {
    expect(parseCsv('a,b\n1,2\n3,4').records.map((r) => r.cells)).to.deep.equal([['1', '2'], ['3', '4']]);
    expect(parseCsv('a,b\r1,2\r3,4\r').records.map((r) => r.line)).to.deep.equal([2, 3]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const t = parseCsv('Name,Notes\r\n"Centro, Inc.","Say ""hola""\r\nthen wait"\r\n');
    expect(t.records[0]!.cells).to.deep.equal(['Centro, Inc.', 'Say "hola"\nthen wait']);
  });

  it('counts lines and spreadsheet rows right after a cell with line breaks and blank rows', () => {
    const t = parseCsv('Name,Notes\r\nA,"one\r\ntwo\r\nthree"\r\n\r\n,,\r\nB,x\r\n');
    // Header line 1; A spans lines 2-4 (row 2); a blank line (row 3) and an empty row (row 4) are skipped.
    expect(t.records.map((r) => [r.cells[0], r.line, r.row])).to.deep.equal([
      ['A', 2, 2],
      ['B', 7, 5],
    ]);
  });

  it('reads the separator Excel uses in some locales (;) from the header', () => {
    const t = parseCsv('Nombre;Ciudad\n"Centro; Ejemplo";Fresno\n');
    expect(t.separator).to.equal(';');
    expect(t.records[0]!.cells).to.deep.equal(['Centro; Ejemplo', 'Fresno']);
  });

  it('says where a quote is left open', () => {
    expect(parseCsv('a,b\n1,2\n"3,4\n5,6\n').unclosedQuoteAt).to.equal(3);
  });

  it('writes what it reads back', () => {
    const rows = [['Centro, Inc.', 'Say "hola"\nthen wait', ' edge ']];
    const t = parseCsv(writeCsv(['a', 'b', 'c'], rows));
    expect(t.records[0]!.cells).to.deep.equal(rows[0]);
  });
});
