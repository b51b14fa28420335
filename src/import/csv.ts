/**
 * CSV as spreadsheets export it (Google Sheets, Excel, LibreOffice, Airtable): UTF-8 with or
 * without a byte-order mark; CRLF, LF or (old Excel for Mac) CR line ends; fields quoted with `"`
 * that hold commas, doubled quotes and line breaks; blank rows anywhere. Excel in some locales
 * writes `;` or tabs between fields: the separator is read from the header line.
 *
 * Each record keeps where it starts: `line` counts physical lines of the file with the header as
 * line 1 (so a cell with two line breaks moves every later record down by two), `row` counts
 * records the way a spreadsheet numbers its rows (header = row 1, blank rows included).
 */

export interface CsvRecord {
  /** Physical line of the file where the record starts (header = 1). */
  line: number;
  /** Spreadsheet row number (header = 1); differs from `line` after a cell with line breaks. */
  row: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  /** Records with at least one non-blank cell. */
  records: CsvRecord[];
  /** The field separator found in the header: `,`, `;` or a tab. */
  separator: string;
  /** A quote left open at the end of the file: the line where the unfinished record starts. */
  unclosedQuoteAt?: number;
}

/** The separator a header line uses: the most frequent of `,` `;` tab outside quotes (`,` on a tie). */
function detectSeparator(text: string): string {
  const counts: Record<string, number> = {',': 0, ';': 0, '\t': 0};
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  return counts[';']! > counts[',']! && counts[';']! >= counts['\t']! ? ';' : counts['\t']! > counts[',']! ? '\t' : ',';
}

/** Splits CSV text into records (see the module comment); never throws. */
export function parseCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const all: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let row = 1;
  let start = 1;
  let startRow = 1;
  let touched = false; // the record has any character (so `""` alone is a record, a bare newline is not)

  const endRecord = () => {
    cells.push(cell);
    if (touched || cells.length > 1) all.push({line: start, row: startRow, cells});
    cells = [];
    cell = '';
    touched = false;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\r' || ch === '\n') {
          if (ch === '\r' && text[i + 1] === '\n') i++;
          cell += '\n';
          line++;
        } else cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      touched = true;
      cell = '';
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
      touched = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      row++;
      start = line;
      startRow = row;
    } else {
      cell += ch;
      if (ch.trim()) touched = true;
    }
  }
  const unclosedQuoteAt = quoted ? start : undefined;
  if (touched || cell || cells.length) endRecord();

  const [head, ...rest] = all;
  return {
    header: (head?.cells ?? []).map((h) => h.trim()),
    records: rest.filter((r) => r.cells.some((c) => c.trim() !== '')),
    separator,
    ...(unclosedQuoteAt !== undefined && {unclosedQuoteAt}),
  };
}

/** One CSV field, quoted when it holds a separator, a quote, a line break or edge spaces. */
function field(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** CSV text (comma-separated, CRLF line ends as RFC 4180 says) of a header and its rows. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
