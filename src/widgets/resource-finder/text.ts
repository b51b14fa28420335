/**
 * Free-text matching without a dependency: accent- and case-folding, English/Spanish synonyms,
 * and a bounded edit distance for typos in names. No DOM, no Lit.
 */

/** Lower case, accents removed, punctuation to spaces: "Asesoría  Legal!" -> "asesoria legal". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words too common to narrow a search. */
const STOP = new Set(
  'a al and con de del el en for i in la las los me mi my of para por the to un una y with need necesito ayuda help'.split(
    ' ',
  ),
);

/** The words of a query that narrow it (folded, stop words dropped). */
export function queryWords(query: string): string[] {
  return fold(query)
    .split(' ')
    .filter((w) => w && !STOP.has(w));
}

/**
 * English and Spanish words for the same thing, folded. A query word matches a record when the
 * record holds the word or any word of its group. Need ids are in the groups too, so "asilo"
 * finds services tagged `asylum`.
 */
const GROUPS = [
  'abogado abogada abogados abogadas lawyer lawyers attorney attorneys licenciado legal',
  'asilo asylum refugio refugiado refugee refugees',
  'deportacion deportation deportations removal corte court tribunal juez judge',
  'detenido detenida detenidos detention detained detencion arrested arrestado preso',
  'ciudadania citizenship naturalizacion naturalization ciudadano citizen',
  'daca dreamer dreamers sonadores',
  'visa visas',
  'vawa violencia violence domestica domestic abuso abuse',
  'tps temporal temporary',
  'familia family familiar familiares peticion petition petitions',
  'nino nina ninos ninas child children menor menores sijs youth juvenil joven jovenes',
  'taller talleres workshop workshops charla',
  'derechos rights',
  'salud health clinica clinic medico medical doctor',
  'mental psicologo psicologia therapy terapia counseling consejeria',
  'comida food alimentos despensa pantry',
  'vivienda housing casa renta rent alquiler shelter albergue',
  'trabajo work worker workers trabajador trabajadores laboral labor empleo job',
  'gratis free gratuito gratuita',
  'escuela school education educacion estudiante estudiantes student students',
  'beneficios benefits',
  'emergencia emergency urgente urgent',
].map((g) => g.split(' '));

const SYNONYMS = new Map<string, string[]>();
for (const group of GROUPS) for (const word of group) SYNONYMS.set(word, group);

/** A word and its synonyms. */
export function expand(word: string): string[] {
  return SYNONYMS.get(word) ?? [word];
}

// Three reusable rows for the edit distance (no allocation per comparison).
let rows = [new Uint8Array(64), new Uint8Array(64), new Uint8Array(64)];

/**
 * Edit distance (insertions, deletions, substitutions and swaps of two neighbouring letters),
 * abandoned once it exceeds `max` (returns `max + 1`). Cheap for the short words it compares.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length >= rows[0]!.length) rows = rows.map(() => new Uint8Array(b.length + 1));
  let [before, prev, row] = rows as [Uint8Array, Uint8Array, Uint8Array];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [before, prev, row] = [prev, row, before];
  }
  return prev[b.length]!;
}

/** Typos allowed for a word of this length: none under 4 letters, 1 up to 6, else 2. */
export const typoBudget = (length: number): number => (length < 4 ? 0 : length <= 6 ? 1 : 2);

/** Folded text prepared for matching: its words, and the words of its name (typos allowed there only). */
export interface Haystack {
  words: readonly string[];
  nameWords: readonly string[];
}

export function haystack(texts: readonly string[], names: readonly string[]): Haystack {
  const nameWords = [...new Set(names.flatMap((n) => fold(n).split(' ')).filter(Boolean))];
  const words = [...new Set([...nameWords, ...texts.flatMap((t) => fold(t).split(' ')).filter(Boolean)])];
  return {words, nameWords};
}

/**
 * Whether every query word is found: as the start of a word of the record (or of a synonym's),
 * or, for a name, within the typo budget. Returns a score (higher is better; 0 = no match).
 */
export function matchScore(words: readonly string[], hay: Haystack): number {
  // One render asks the same query of every record several times (results, counts, "remove a
  // filter" suggestions): remember the answers for the last query.
  const key = words.join(' ');
  if (key !== memo.key) memo = {key, scores: new WeakMap(), near: new Map()};
  let score = memo.scores.get(hay);
  if (score === undefined) memo.scores.set(hay, (score = computeScore(words, hay)));
  return score;
}

let memo = {key: '', scores: new WeakMap<Haystack, number>(), near: new Map<string, boolean>()};

/** Whether a name word is within the typo budget of a query word (cached: names share words). */
function near(word: string, nameWord: string, budget: number): boolean {
  const pair = `${word} ${nameWord}`;
  let yes = memo.near.get(pair);
  if (yes === undefined) memo.near.set(pair, (yes = editDistance(word, nameWord, budget) <= budget));
  return yes;
}

function computeScore(words: readonly string[], hay: Haystack): number {
  let score = 0;
  for (const word of words) {
    const alternatives = expand(word);
    if (alternatives.some((alt) => hay.nameWords.some((w) => w.startsWith(alt)))) score += 3;
    else if (alternatives.some((alt) => hay.words.some((w) => w.startsWith(alt)))) score += 2;
    else {
      const budget = typoBudget(word.length);
      if (!budget || !hay.nameWords.some((w) => near(word, w, budget))) return 0;
      score += 1;
    }
  }
  return score || 1;
}
