/**
 * One spreadsheet cell read as one dataset value: web addresses (through the safe-URL check),
 * phone numbers and emails (the schema's own patterns), addresses, ZIP codes, counties, opening
 * hours, cost and intake. Each reader returns the value, or undefined with the reason, and never
 * makes a fact up: what it cannot read is left out and reported by the caller.
 */
import {countyByName, CA_COUNTIES, type CountyFips} from '../core/dataset/ca-counties.js';
import {Email, Phone} from '../core/dataset/schema/common.js';
import type {Address, Cost, Hours} from '../core/dataset/schema/index.js';
import {WEEKDAYS} from '../core/dataset/vocabulary.js';
import {safeUrl} from '../core/safe-url.js';
import {fold} from './text.js';

export type Read<T> = {value: T; changed?: string} | {value?: undefined; reason: string};

const URL_PATTERN = /^https?:\/\/[^\s/?#]+\S*$/;

/**
 * A web address: http(s) only, checked with the widgets' safe-URL rule, so `javascript:`, `data:`
 * and other schemes are refused. "www.example.org" and "example.org/help" get `https://`.
 */
export function readUrl(raw: string): Read<string> {
  const text = raw.trim().replace(/^<(.*)>$/, '$1');
  const scheme = /^([a-z][\w+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  if (scheme && !/^\d+$/.test(text.slice(scheme.length + 1, scheme.length + 2))) {
    const safe = safeUrl(text, {base: 'https://invalid.invalid/', protocols: ['http:', 'https:']});
    if (!safe) return {reason: `"${short(text)}" is not a web address (${scheme}: links are not allowed)`};
    return URL_PATTERN.test(text) ? {value: text} : {value: safe, changed: `written as ${safe}`};
  }
  if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/\S*)?$/i.test(text)) {
    const value = `https://${text}`;
    const safe = safeUrl(value, {base: 'https://invalid.invalid/', protocols: ['https:']});
    if (safe) return {value, changed: `"https://" added: ${value}`};
  }
  return {reason: `"${short(text)}" is not a web address like https://example.org`};
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

const phoneOk = (number: string) => Phone.safeParse({number}).success;

export interface ReadPhone {
  number: string;
  label?: string;
  kind?: 'sms' | 'whatsapp' | 'fax';
}

/** A label that says how the number is used: "WhatsApp", "Text", "Mensajes de texto", "Fax". */
function phoneKind(label: string): ReadPhone['kind'] {
  const f = fold(label);
  if (/\bwhats ?app\b/.test(f)) return 'whatsapp';
  if (/^(text|text only|sms|texto|mensajes de texto|text messages)$/.test(f)) return 'sms';
  if (/^fax$/.test(f)) return 'fax';
  return undefined;
}

/**
 * Phone numbers in one cell ("(415) 555-0100; 415.555.0101 ext 2", "Main: 415-555-0100 / Spanish: ..."),
 * each checked with the schema's Phone pattern. A 10-digit number in another form is rewritten
 * as `(415) 555-0100` (reported); text before a number ("Main:") becomes its label.
 */
export function readPhones(raw: string): {phones: ReadPhone[]; problems: string[]} {
  const phones: ReadPhone[] = [];
  const problems: string[] = [];
  for (const part of raw.split(/[;,\n/|]|\s+or\s+|\s+o\s+/i).map((p) => p.trim()).filter(Boolean)) {
    const m = /^(?:([^\d+(]*?)\s*[:\-–]\s*)?([+(\d][\d\s().+-]*\d)\s*(?:(?:x|ext\.?|extension|ext|ext:|#)\s*(\d{1,6}))?\s*(?:\(([^)]*)\))?$/i.exec(part);
    if (!m) {
      problems.push(`phone "${short(part)}" is not a phone number like (415) 555-0100; left out`);
      continue;
    }
    const label = (m[1] || m[4])?.trim();
    const main = m[2]!.trim();
    const ext = m[3];
    let number = `${main}${ext ? ` x${ext}` : ''}`;
    if (!phoneOk(number) || /^\d{10,11}$/.test(main)) {
      const digits = main.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
      const formatted = /^[2-9]\d{2}[2-9]\d{6}$/.test(digits)
        ? `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}${ext ? ` x${ext}` : ''}`
        : undefined;
      if (!formatted || !phoneOk(formatted)) {
        problems.push(`phone "${short(part)}" is not a phone number like (415) 555-0100; left out`);
        continue;
      }
      if (formatted !== number) problems.push(`phone "${part}" written as ${formatted}`);
      number = formatted;
    }
    const kind = label && phoneKind(label);
    phones.push({number, ...(label && {label}), ...(kind && {kind})});
  }
  return {phones, problems};
}

/** Email addresses in one cell (separated by `,` `;` or spaces), checked with the schema's pattern. */
export function readEmails(raw: string): {emails: string[]; problems: string[]} {
  const emails: string[] = [];
  const problems: string[] = [];
  for (const part of raw.split(/[,;\s]+/).map((p) => p.trim().replace(/^mailto:/i, '')).filter(Boolean)) {
    if (Email.safeParse(part).success) emails.push(part);
    else problems.push(`email "${short(part)}" is not an email address like info@example.org; left out`);
  }
  return {emails, problems};
}

/** `95814`, `95814-1234`, `95814 1234`; a number that lost its leading zero is refused. */
export function readZip(raw: string): string | undefined {
  const m = /^(\d{5})(?:[-\s]?(\d{4}))?$/.exec(raw.trim());
  return m ? (m[2] ? `${m[1]}-${m[2]}` : m[1]) : undefined;
}

/** `CA`, `Calif.`, `California` → `CA`; another two-letter code as written (upper case). */
export function readState(raw: string): string | undefined {
  const f = fold(raw);
  if (f === 'ca' || f === 'calif' || f === 'california') return 'CA';
  return /^[a-z]{2}$/.test(f) ? f.toUpperCase() : undefined;
}

/** A California county by FIPS (`06037`, `6037`) or name ("Los Angeles", "LA County", "Condado de Fresno"). */
export function readCounty(raw: string): CountyFips | undefined {
  const text = raw.trim();
  if (/^0?6\d{3}$/.test(text)) {
    const fips = text.padStart(5, '0') as CountyFips;
    return fips in CA_COUNTIES ? fips : undefined;
  }
  const name = fold(text)
    .replace(/^(condado de|county of)\s+/, '')
    .replace(/\s+(county|condado)$/, '')
    .replace(/\s+ca$|\s+california$/, '');
  const alias: Record<string, string> = {la: 'los angeles', sf: 'san francisco', 'los angeles': 'los angeles'};
  const plain = alias[name] ?? name;
  return (Object.keys(CA_COUNTIES) as CountyFips[]).find((f) => fold(CA_COUNTIES[f]) === plain) ?? countyByName(plain);
}

/** "Statewide", "All of California", "Todo el estado". */
export const isStatewide = (raw: string) =>
  /^(statewide|state wide|all of california|all california|all counties|california|todo el estado|todo california|en todo el estado|todos los condados)$/.test(fold(raw));

/** The street line: it starts with a house number, "One", or a P.O. box. */
const STREET_RE = /^(\d|one\s|p\.?\s?o\.?\s+box)/i;

/**
 * A one-line address: "1 Example St, Suite 2, Fresno, CA 93721" (", USA" allowed at the end;
 * a place name before the street, as calendars write it, is returned as `name`). Undefined unless
 * it has a street, a city, a state and a ZIP code.
 */
export function readOneLineAddress(raw: string): (Address & {name?: string}) | undefined {
  const parts = raw
    .replace(/,?\s*(USA|U\.S\.A\.|United States|EE\.? ?UU\.?|Estados Unidos)\.?\s*$/i, '')
    .split(/,|\n/)
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  const last = parts.pop() ?? '';
  const m = /^([A-Za-z. ]+?)\.?\s+(\d{5}(?:-\d{4})?)$/.exec(last);
  const state = m && readState(m[1]!);
  const city = parts.pop();
  if (!m || !state || !city || /\d/.test(city)) return undefined;
  const at = parts.findIndex((p) => STREET_RE.test(p));
  if (at < 0) return undefined;
  const name = parts.slice(0, at).join(', ');
  const suite = parts.slice(at + 1).join(', ');
  return {street: parts[at]!, ...(suite && {suite}), city, state, zip: m[2]!, ...(name && {name})};
}

/** A date the way spreadsheets write it: `2026-11-30`, `11/30/2026`, `30/11/2026` when unambiguous. */
export function readDate(raw: string): string | undefined {
  const text = raw.trim();
  let y: number, mo: number, d: number;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    // US order (month first) unless the first number cannot be a month.
    [y, mo, d] = a > 12 ? [Number(m[3]), b, a] : [Number(m[3]), a, b];
  } else return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

const COST_WORDS: [RegExp, Cost['type']][] = [
  [/\b(sliding scale|sliding fee|escala movil|escala de pagos?|segun (sus )?ingresos|based on income)\b/, 'sliding-scale'],
  [/\b(low cost|low fee|reduced fee|bajo costo|costo bajo|costo reducido|tarifa reducida|affordable|economico)\b/, 'low-cost'],
  [/\b(free|gratis|gratuit[oa]s?|no cost|sin costo|no charge|sin cargo|0)\b/, 'free'],
  [/\b(fee|fees|paid|cost|costo|cuota|tarifa|pago)\b/, 'fee'],
];

/** "Free", "Gratis", "Sliding scale", "$50 consultation" → a Cost; undefined when no kind is named. */
export function readCost(raw: string): Read<Cost> {
  const text = raw.trim();
  const f = fold(text);
  const amount = /\$\s?(\d+(?:\.\d{1,2})?)/.exec(text);
  const found = COST_WORDS.filter(([re]) => re.test(f)).map(([, type]) => type);
  const type = found[0] ?? (amount ? 'fee' : undefined);
  if (!type) return {reason: `cost "${short(text)}" is not free, low cost, sliding scale or a fee; left out`};
  const labelOnly = /^(free|gratis|gratuito|gratuita|sliding scale|escala movil|low cost|bajo costo|fee)$/.test(f);
  const single = amount && (text.match(/\$/g) ?? []).length === 1;
  return {
    value: {
      type,
      ...(single && {amount: Number(amount[1]), currency: 'USD'}),
      ...(!labelOnly && {note: {en: text}}),
    },
  };
}

/** "Yes" / "Sí" / "Open" → open; "No" / "Closed" → closed; "Waitlist" / "Lista de espera" → waitlist. */
export function readIntake(raw: string): 'open' | 'closed' | 'waitlist' | undefined {
  const f = fold(raw);
  if (/^(yes|y|si|open|abierto|accepting|aceptando|true|x)$/.test(f)) return 'open';
  if (/^(no|n|closed|cerrado|not accepting|no aceptando|false)$/.test(f)) return 'closed';
  if (/\b(wait ?list|waiting list|lista de espera)\b/.test(f)) return 'waitlist';
  return undefined;
}

const DAY_WORDS: [RegExp, number][] = [
  [/^(mon|monday|mo|m|lun|lunes|lu)$/, 0],
  [/^(tue|tues|tuesday|tu|mar|martes|ma)$/, 1],
  [/^(wed|weds|wednesday|we|w|mie|mier|miercoles|mi)$/, 2],
  [/^(thu|thur|thurs|thursday|th|r|jue|jueves|ju)$/, 3],
  [/^(fri|friday|fr|f|vie|viernes|vi)$/, 4],
  [/^(sat|saturday|sa|sab|sabado)$/, 5],
  [/^(sun|sunday|su|dom|domingo|do)$/, 6],
];

const dayIndex = (word: string) => DAY_WORDS.find(([re]) => re.test(word))?.[1];

/** "mon-fri", "lunes a viernes", "tue & thu", "daily" → day indices; undefined when not read. */
function readDays(text: string): number[] | undefined {
  const t = text.trim();
  if (/^(daily|every day|everyday|todos los dias|diario|7 days|7 days a week|mon sun)$/.test(t)) return [0, 1, 2, 3, 4, 5, 6];
  if (/^(weekdays|entre semana|dias de semana)$/.test(t)) return [0, 1, 2, 3, 4];
  if (/^(weekends|fines de semana)$/.test(t)) return [5, 6];
  const days = new Set<number>();
  for (const part of t.split(/\s*(?:,|&|\band\b|\by\b|\/)\s*/).filter(Boolean)) {
    const range = /^([a-z]+)-([a-z]+)$/.exec(part);
    if (range) {
      const [a, b] = [dayIndex(range[1]!), dayIndex(range[2]!)];
      if (a === undefined || b === undefined) return undefined;
      for (let d = a; ; d = (d + 1) % 7) {
        days.add(d);
        if (d === b) break;
      }
    } else {
      const d = dayIndex(part);
      if (d === undefined) return undefined;
      days.add(d);
    }
  }
  return days.size ? [...days].sort() : undefined;
}

/** "9", "9:30", "9am", "5 p.m.", "17:00", "noon" → [hours, minutes, meridiem?]. */
function readTime(text: string): [number, number, 'am' | 'pm' | undefined] | undefined {
  const t = text.trim();
  if (/^(noon|mediodia)$/.test(t)) return [12, 0, 'pm'];
  const m = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm|a m|p m|hrs|h)?$/.exec(t);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  if (h > 24 || min > 59) return undefined;
  const mer = m[3]?.startsWith('a') ? 'am' : m[3]?.startsWith('p') ? 'pm' : undefined;
  return [h, min, mer];
}

const hhmm = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

/** A time range "9am-5pm", "9-5", "9:00 a 17:00" → [opens, closes] as HH:MM. */
function readTimes(text: string): [string, string] | undefined {
  const m = /^(.+?)\s*(?:-|\bto\b|\buntil\b|\ba\b|\bhasta\b)\s*(.+)$/.exec(text.trim());
  if (!m) return undefined;
  const a = readTime(m[1]!);
  const b = readTime(m[2]!);
  if (!a || !b) return undefined;
  let [oh, , omer] = a;
  let [ch] = b;
  const om = a[1];
  const cm = b[1];
  const cmer = b[2];
  const to24 = (h: number, mer?: 'am' | 'pm') => (mer === 'pm' && h < 12 ? h + 12 : mer === 'am' && h === 12 ? 0 : h);
  // "9-5pm": the first time shares the second's meridiem unless that would put it after the close.
  if (!omer && cmer) omer = cmer === 'pm' && (oh === 12 || oh <= ch) ? 'pm' : cmer === 'pm' ? 'am' : cmer;
  oh = to24(oh, omer);
  ch = to24(ch, cmer);
  // "9-5" with no am/pm: office hours, the close is in the afternoon; "1-5" and "6-9" are afternoon and evening.
  if (!omer && !cmer) {
    if (oh < 7) [oh, ch] = [oh + 12, ch < 12 ? ch + 12 : ch];
    else if (ch <= oh && ch < 12) ch += 12;
  }
  const opens = hhmm(oh, om);
  const closes = ch === 24 ? '24:00' : hhmm(ch, cm);
  return closes > opens ? [opens, closes] : undefined;
}

/**
 * Weekly hours from text like "Mon-Fri 9am-5pm; Sat 10am-2pm", "Lunes a viernes 9:00 a 17:00",
 * "Tue & Thu 10-2", "24/7". All of it must be read, else the text is kept as a note only. A part
 * in brackets ("(closed on holidays)") becomes the note.
 */
export function readHours(raw: string, lang: string): {hours: Hours; parsed: boolean} {
  const note = [...raw.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!.trim()).filter(Boolean).join('; ');
  const body = raw.replace(/\([^)]*\)/g, ' ');
  const keepAsNote = (): {hours: Hours; parsed: boolean} => ({hours: {note: text(raw.trim())}, parsed: false});
  const text = (t: string) => ({en: t, ...(lang !== 'en' && {[lang]: t})});
  const simple = body
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/\b([ap])\.\s?m\.?/g, '$1m')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^(24 ?\/ ?7|open 24 hours|24 hours|24 horas|abierto 24 horas|24 hrs)$/.test(simple)) {
    return {hours: {open247: true, ...(note && {note: text(note)})}, parsed: true};
  }
  const weekly: NonNullable<Hours['weekly']> = [];
  for (const segment of simple.split(/\s*[;\n]\s*|\s*,\s*(?=[a-z]+\s*(?:-|to|a)?\s*[a-z]*\s+\d)/).filter(Boolean)) {
    const m = /^([a-z][a-z ,&/-]*?)\s*:?\s+(?:from |de )?(\d.*|noon.*)$/.exec(segment);
    const days = m && readDays(m[1]!.replace(/\s*-\s*/g, '-').replace(/ (a|al|to|through|thru) /g, '-'));
    const times = m && readTimes(m[2]!.replace(/\s*-\s*/g, '-'));
    if (!days || !times) return keepAsNote();
    weekly.push({days: days.map((d) => WEEKDAYS[d]!), opens: times[0], closes: times[1]});
  }
  if (!weekly.length) return keepAsNote();
  return {hours: {weekly, ...(note && {note: text(note)})}, parsed: true};
}

/** Hours as the report writes them back: "mo-fr 09:00-17:00". */
export const describeHours = (hours: Hours) =>
  hours.open247 ? '24/7' : (hours.weekly ?? []).map((w) => `${w.days.join(',')} ${w.opens}-${w.closes}`).join('; ');
