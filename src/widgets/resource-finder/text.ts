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
 * The words of many records, built once per dataset so that a keystroke looks words up instead of
 * scanning every record: each distinct word, sorted (the words starting with a prefix are then one
 * run of the list), with the records that hold it.
 */
export interface TextIndex {
  vocab: readonly string[];
  /** Per word of `vocab`: record number × 2, + 1 when the word is in the record's name. */
  postings: readonly (readonly number[])[];
  /** The positions in `vocab` of name words (the only ones typos are forgiven in). */
  names: readonly number[];
  size: number;
  /** Scores per query word, and the combined scores of the last query. */
  words: Map<string, Uint8Array>;
  last?: {key: string; scores: Uint8Array};
}

export function textIndex(hays: readonly Haystack[]): TextIndex {
  const byWord = new Map<string, number[]>();
  hays.forEach((h, i) => {
    for (const w of h.words) {
      let list = byWord.get(w);
      if (!list) byWord.set(w, (list = []));
      list.push(i * 2 + +h.nameWords.includes(w));
    }
  });
  const vocab = [...byWord.keys()].sort();
  const postings = vocab.map((w) => byWord.get(w)!);
  const names = vocab.flatMap((_, v) => (postings[v]!.some((p) => p & 1) ? [v] : []));
  return {vocab, postings, names, size: hays.length, words: new Map()};
}

/** Where `word` would go in the sorted `list`. */
function lowerBound(list: readonly string[], word: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Per record, how one query word is found: 3 as the start of a name word (or a synonym's), 2 as
 * the start of another word, 1 within the typo budget of a name word, 0 not at all. Remembered
 * per word (typing "asil", "asilo" asks for "asil" again on every later keystroke).
 */
function wordScores(ix: TextIndex, word: string): Uint8Array {
  let scores = ix.words.get(word);
  if (scores) return scores;
  scores = new Uint8Array(ix.size);
  for (const alt of expand(word)) {
    for (let v = lowerBound(ix.vocab, alt); ix.vocab[v]?.startsWith(alt); v++) {
      for (const p of ix.postings[v]!) scores[p >> 1] = Math.max(scores[p >> 1]!, p & 1 ? 3 : 2);
    }
  }
  // Typos: compared with each distinct name word once (not once per record), and only words
  // whose length is within the budget.
  const budget = typoBudget(word.length);
  for (const v of budget ? ix.names : []) {
    if (editDistance(word, ix.vocab[v]!, budget) > budget) continue;
    for (const p of ix.postings[v]!) if (p & 1 && !scores[p >> 1]) scores[p >> 1] = 1;
  }
  if (ix.words.size > 200) ix.words.clear();
  ix.words.set(word, scores);
  return scores;
}

/**
 * Per record: 0 unless every query word is found (see {@link wordScores}), else 1 + the sum of
 * the words' scores (higher is better). Undefined for a query without words (nothing to filter).
 */
export function textScores(ix: TextIndex, words: readonly string[]): Uint8Array | undefined {
  if (!words.length) return undefined;
  const key = words.join(' ');
  if (ix.last?.key !== key) {
    const scores = new Uint8Array(ix.size).fill(1);
    for (const word of words) {
      const found = wordScores(ix, word);
      for (let i = 0; i < scores.length; i++) scores[i] = found[i] && scores[i] ? Math.min(255, scores[i]! + found[i]!) : 0;
    }
    ix.last = {key, scores};
  }
  return ix.last.scores;
}

/** The score of one record (see {@link textScores}); 1 for a query without words. */
export const matchScore = (words: readonly string[], hay: Haystack): number => textScores(textIndex([hay]), words)?.[0] ?? 1;
