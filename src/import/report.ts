/**
 * What an import tells the person who ran it: one entry per rejected record, changed or dropped
 * value, or fact derived from another (a county from a ZIP code), each naming the file and the
 * line (or JSON path) it comes from.
 */

export interface Origin {
  file: string;
  /** Physical line where the record starts (header = 1). */
  line?: number;
  /** Spreadsheet row (header = 1), given only when it differs from `line`. */
  row?: number;
  /** Where in a JSON file, e.g. `contents[3]`. */
  path?: string;
}

export interface Problem extends Origin {
  /**
   * `error`: the record was left out. `warning`: a value was left out or changed. `note`: a fact
   * was added from another one (county and map position from the ZIP code) or a record was merged.
   */
  severity: 'error' | 'warning' | 'note';
  message: string;
}

/** `file:line:` (or `file: path:`), the prefix editors and terminals link to. */
export function where(o: Origin): string {
  if (o.line !== undefined) return `${o.file}:${o.line}:${o.row !== undefined ? ` (spreadsheet row ${o.row})` : ''}`;
  return o.path ? `${o.file}: ${o.path}:` : `${o.file}:`;
}

/** One problem as the CLI prints it: `partners.csv:7: no organization name; row left out`. */
export const formatProblem = (p: Problem) =>
  `${where(p)} ${p.severity === 'error' ? '' : `${p.severity}: `}${p.message}`;

/** A collector bound to one record's origin. */
export class Reporter {
  constructor(
    readonly problems: Problem[],
    readonly origin: Origin,
  ) {}
  error(message: string): void {
    this.problems.push({...this.origin, severity: 'error', message});
  }
  warn(message: string): void {
    this.problems.push({...this.origin, severity: 'warning', message});
  }
  note(message: string): void {
    this.problems.push({...this.origin, severity: 'note', message});
  }
  /** The same collector for another record. */
  at(origin: Origin): Reporter {
    return new Reporter(this.problems, origin);
  }
}

/** The origin of a CSV record: its line, and its spreadsheet row when that differs. */
export const csvOrigin = (file: string, record: {line: number; row: number}): Origin => ({
  file,
  line: record.line,
  ...(record.row !== record.line && {row: record.row}),
});
