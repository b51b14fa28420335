/**
 * The spreadsheet template (`npx amparo template`, `dist/templates/organizations.csv`): the
 * headers the importer knows best, and one example row that is clearly not real (reserved
 * 555-01xx number, example.org, "delete this row"), which the importer refuses to publish.
 */
import {writeCsv} from './csv.js';

const HEADER = [
  'Organization Name',
  'Description',
  'Services',
  'Languages Spoken',
  'Cost',
  'Accepting New Clients',
  'Who We Serve',
  'Counties Served',
  'Street Address',
  'Suite',
  'City',
  'State',
  'ZIP Code',
  'Phone Number',
  'Email',
  'Website',
  'Hours',
  'Last Updated',
];

const EXAMPLE = [
  'EXAMPLE Immigrant Legal Services (delete this row)',
  'Free immigration legal help for families. Fictional example: replace it with your partners.',
  'DACA renewals, citizenship, asylum, know your rights workshops',
  'Spanish, English, Mixteco',
  'Free',
  'Yes',
  'Farmworkers, students',
  'Fresno, Madera',
  '123 Example St',
  'Suite 4',
  'Fresno',
  'CA',
  '93721',
  '(559) 555-0100',
  'info@example.org',
  'https://example.org',
  'Mon-Fri 9am-5pm',
  '2026-01-15',
];

/** The CSV template: header row plus the fictional example row. */
export const TEMPLATE_CSV = writeCsv(HEADER, [EXAMPLE]);
