/**
 * Free text normalised to the dataset's vocabularies: languages as people write them
 * ("Spanish, Mixteco", "español", "Chinese (Cantonese)") to language tags, and kinds of help
 * ("DACA renewals", "asilo", "citizenship classes") to NEEDS, ASSISTANCE_TYPES and POPULATIONS.
 *
 * Matching rules: an item is compared folded (no accents, case or punctuation); a language item
 * must be a known name (English, Spanish or its own name) or a language tag; a service item
 * matches every known phrase it contains as whole words, longest first, so "salud mental"
 * is mental health and not health. An item that matches nothing is returned in `unmatched` for
 * the report; nothing is guessed from partial words.
 */
import type {ASSISTANCE_TYPES, NEEDS, POPULATIONS} from '../core/dataset/vocabulary.js';
import {fold, splitList} from './text.js';

type Need = (typeof NEEDS)[number];
type Assistance = (typeof ASSISTANCE_TYPES)[number];
type Population = (typeof POPULATIONS)[number];

/** Language names (folded) → tag. English names, Spanish names and autonyms. */
const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en', ingles: 'en',
  spanish: 'es', espanol: 'es', castellano: 'es', castilian: 'es',
  chinese: 'zh', chino: 'zh', 中文: 'zh',
  mandarin: 'cmn', 'mandarin chinese': 'cmn', 'chinese mandarin': 'cmn', 'chino mandarin': 'cmn', 普通话: 'cmn',
  cantonese: 'yue', canton: 'yue', cantones: 'yue', 'chinese cantonese': 'yue', 'chino cantones': 'yue', 广东话: 'yue', 廣東話: 'yue',
  vietnamese: 'vi', vietnamita: 'vi', 'tieng viet': 'vi',
  tagalog: 'tl', tagalo: 'tl', filipino: 'tl',
  korean: 'ko', coreano: 'ko', 한국어: 'ko',
  arabic: 'ar', arabe: 'ar', العربية: 'ar',
  farsi: 'fa', persian: 'fa', persa: 'fa', فارسی: 'fa',
  dari: 'prs', pashto: 'ps', pastun: 'ps',
  russian: 'ru', ruso: 'ru', русский: 'ru',
  ukrainian: 'uk', ucraniano: 'uk', українська: 'uk',
  punjabi: 'pa', panjabi: 'pa', punyabi: 'pa', panyabi: 'pa',
  armenian: 'hy', armenio: 'hy',
  hmong: 'hmn', hmoob: 'hmn',
  hindi: 'hi', urdu: 'ur', bengali: 'bn', bangla: 'bn', gujarati: 'gu', tamil: 'ta', telugu: 'te',
  japanese: 'ja', japones: 'ja',
  khmer: 'km', cambodian: 'km', camboyano: 'km', jemer: 'km',
  lao: 'lo', laotian: 'lo', laosiano: 'lo',
  thai: 'th', tailandes: 'th',
  portuguese: 'pt', portugues: 'pt',
  french: 'fr', frances: 'fr',
  'haitian creole': 'ht', 'criollo haitiano': 'ht', 'kreyol': 'ht',
  amharic: 'am', amarico: 'am', tigrinya: 'ti', 'tigrina': 'ti', somali: 'so', swahili: 'sw', suajili: 'sw',
  turkish: 'tr', turco: 'tr', hebrew: 'he', hebreo: 'he', german: 'de', aleman: 'de', italian: 'it', italiano: 'it',
  polish: 'pl', polaco: 'pl', romanian: 'ro', rumano: 'ro', greek: 'el', griego: 'el', indonesian: 'id', samoan: 'sm', tongan: 'to',
  'american sign language': 'ase', asl: 'ase', 'lengua de senas americana': 'ase', 'lenguaje de senas americano': 'ase',
  // Indigenous languages of Mexico and Guatemala spoken in California (collective codes where ISO 639 has one).
  mixtec: 'mix', mixteco: 'mix', 'tu un savi': 'mix',
  zapotec: 'zap', zapoteco: 'zap',
  purepecha: 'tsz', tarascan: 'tsz', tarasco: 'tsz',
  nahuatl: 'nah', nahuat: 'nah',
  'yucatec maya': 'yua', 'maya yucateco': 'yua', 'yucatec': 'yua',
  'q anjob al': 'kjb', qanjobal: 'kjb', kanjobal: 'kjb', 'q anjobal': 'kjb',
  mam: 'mam',
  'k iche': 'quc', kiche: 'quc', quiche: 'quc',
  tzotzil: 'tzo', tzeltal: 'tzh',
};

/** Words around a language name that do not change it ("Spanish speakers", "idioma español"). */
const LANGUAGE_NOISE = /\b(language|languages|idioma|idiomas|lengua|speaking|speakers|spoken|hablantes|only|solamente|fluent|native|staff|some|basic|limited)\b/g;

/** Short words that look like language tags but, in a languages cell, are not ("no", "all", "N/A"). */
const NOT_TAGS = new Set(['no', 'si', 'yes', 'na', 'n a', 'all', 'any', 'and', 'or', 'the', 'la', 'el', 'ok', 'tbd', 'etc', 'todo', 'ver']);

let displayNames: Intl.DisplayNames | null | undefined;
/** True when `tag` is a language the platform can name (so "trc" passes, "xx" does not). */
function knownTag(tag: string): boolean {
  if (displayNames === undefined) {
    try {
      displayNames = new Intl.DisplayNames(['en'], {type: 'language', fallback: 'none'});
    } catch {
      displayNames = null;
    }
  }
  try {
    return !!displayNames?.of(tag);
  } catch {
    return false;
  }
}

export interface LanguageResult {
  tags: string[];
  unmatched: string[];
}

/** Language tags for a cell like "Spanish, Mixteco y Zapoteco" (see the module comment). */
export function normaliseLanguages(text: string): LanguageResult {
  const tags: string[] = [];
  const unmatched: string[] = [];
  for (const item of splitList(text.replace(/[()]/g, ','))) {
    const raw = item.trim();
    const folded = fold(raw);
    const plain = folded.replace(LANGUAGE_NOISE, ' ').replace(/\s+/g, ' ').trim();
    let tag = LANGUAGE_NAMES[folded] ?? LANGUAGE_NAMES[plain] ?? LANGUAGE_NAMES[raw];
    if (!tag && /^[a-z]{2,3}(-[A-Za-z\d]{2,8})*$/i.test(raw) && !NOT_TAGS.has(folded) && knownTag(raw)) {
      tag = raw.split('-').map((p, i) => (i === 0 ? p.toLowerCase() : p)).join('-');
    }
    if (tag) {
      if (!tags.includes(tag)) tags.push(tag);
    } else unmatched.push(raw);
  }
  // "Chinese (Cantonese)" names both: keep the more precise tag only.
  const precise = tags.filter((t) => !(t === 'zh' && (tags.includes('yue') || tags.includes('cmn'))));
  return {tags: precise, unmatched};
}

type Term = ['need', Need] | ['assistance', Assistance] | ['population', Population];

/** Phrases (folded) → what they mean. Longer phrases win over the shorter ones inside them. */
const SERVICE_PHRASES: [string, Term][] = [];
const add = (term: Term, ...phrases: string[]) => phrases.forEach((p) => SERVICE_PHRASES.push([p, term]));

add(['need', 'deportation-defense'], 'deportation', 'deportation defense', 'removal defense', 'removal', 'immigration court', 'court representation', 'deportacion', 'defensa contra la deportacion', 'defensa de deportacion', 'corte de inmigracion', 'audiencia', 'court hearings');
add(['need', 'detention'], 'detention', 'detained', 'bond', 'bond hearings', 'detencion', 'detenidos', 'detenido', 'fianza', 'fianzas');
add(['need', 'daca'], 'daca', 'dreamers', 'deferred action for childhood arrivals', 'accion diferida');
add(['need', 'asylum'], 'asylum', 'asilo', 'asilo politico', 'withholding of removal');
add(['need', 'u-t-visa'], 'u visa', 'u visas', 't visa', 't visas', 'visa u', 'visas u', 'visa t', 'visas t', 'crime victims', 'victims of crime', 'trafficking', 'victimas de crimenes', 'victimas de crimen', 'trata de personas');
add(['need', 'vawa'], 'vawa', 'violence against women act');
add(['need', 'tps'], 'tps', 'temporary protected status', 'estatus de proteccion temporal');
add(['need', 'family-petitions'], 'family petitions', 'family petition', 'family based petitions', 'family based immigration', 'i 130', 'peticiones familiares', 'peticion familiar', 'peticiones de familia');
add(['need', 'citizenship'], 'citizenship', 'naturalization', 'n 400', 'ciudadania', 'naturalizacion');
add(['need', 'sijs'], 'sijs', 'special immigrant juvenile', 'special immigrant juvenile status', 'estatus especial de inmigrante juvenil');
add(['need', 'kyr-workshop'], 'know your rights', 'kyr', 'conozca sus derechos', 'conoce tus derechos');
add(['need', 'family-preparedness'], 'family preparedness', 'family preparedness plans', 'family safety plan', 'preparacion familiar', 'plan familiar', 'plan de preparacion familiar', "caregiver s authorization affidavit", 'caregiver authorization');
add(['need', 'rapid-response'], 'rapid response', 'respuesta rapida', 'raid response');
add(['need', 'mental-health'], 'mental health', 'counseling', 'counselling', 'therapy', 'salud mental', 'terapia', 'consejeria', 'apoyo emocional');
add(['need', 'food'], 'food', 'food pantry', 'food bank', 'groceries', 'comida', 'alimentos', 'despensa', 'banco de comida', 'banco de alimentos');
add(['need', 'health'], 'health', 'health care', 'healthcare', 'medical', 'salud', 'atencion medica', 'medico');
add(['need', 'housing'], 'housing', 'shelter', 'tenant rights', 'tenants', 'eviction', 'vivienda', 'albergue', 'inquilinos', 'desalojo');
add(['need', 'workers-rights'], 'workers rights', 'worker rights', 'labor rights', 'wage theft', 'derechos laborales', 'derechos de los trabajadores', 'robo de salario');
add(['need', 'education'], 'education', 'esl', 'english classes', 'adult education', 'educacion', 'clases de ingles', 'ingles como segundo idioma');
add(['need', 'benefits'], 'benefits', 'public benefits', 'calfresh', 'medi cal', 'beneficios', 'beneficios publicos');
add(['assistance', 'full-representation'], 'representation', 'legal representation', 'full representation', 'representacion', 'representacion legal');
add(['assistance', 'application-help'], 'application help', 'applications', 'application', 'renewals', 'renewal', 'forms', 'form preparation', 'solicitudes', 'solicitud', 'renovaciones', 'renovacion', 'formularios', 'llenado de formularios');
add(['assistance', 'consultation'], 'consultation', 'consultations', 'legal advice', 'legal consultation', 'legal consultations', 'screening', 'screenings', 'consulta', 'consultas', 'asesoria', 'asesoria legal', 'consulta legal', 'consultas legales');
add(['assistance', 'referral'], 'referral', 'referrals', 'referencias', 'referidos', 'canalizacion');
add(['assistance', 'workshop'], 'workshop', 'workshops', 'classes', 'class', 'taller', 'talleres', 'clases', 'charlas');
add(['population', 'children'], 'children', 'minors', 'unaccompanied minors', 'youth', 'kids', 'ninos', 'menores', 'menores no acompanados', 'jovenes');
add(['population', 'students'], 'students', 'estudiantes');
add(['population', 'detained'], 'detained people', 'people in detention', 'personas detenidas');
add(['population', 'dv-survivors'], 'domestic violence', 'dv survivors', 'survivors', 'sobrevivientes', 'violencia domestica');
add(['population', 'lgbtq'], 'lgbtq', 'lgbt', 'lgbtqi', 'lgbtqia', 'queer', 'transgender', 'trans');
add(['population', 'farmworkers'], 'farmworkers', 'farm workers', 'agricultural workers', 'campesinos', 'trabajadores agricolas', 'trabajadores del campo');
add(['population', 'indigenous-language'], 'indigenous', 'indigenous communities', 'indigenous language speakers', 'indigenas', 'comunidades indigenas', 'pueblos originarios');
add(['population', 'veterans'], 'veterans', 'veteranos');

/** Phrases longest first. */
const MATCHERS = [...SERVICE_PHRASES].sort((a, b) => b[0].length - a[0].length);

/** Filler that may surround the phrases ("help with", "ayuda con", "services", "legal"). */
const SERVICE_FILLER = new Set(
  ('help with ayuda con para por for the los las el la de del and y legal legales service services servicio servicios ' +
    'assistance asistencia immigration inmigracion migratorio migratoria migratorios free gratis gratuito gratuita ' +
    'gratuitos gratuitas our nuestro nuestros a an in en to al case cases caso casos support apoyo program programs ' +
    'programa programas information informacion other otros otras general').split(' '),
);

/** An item of a cell that was not (fully) understood: the item, and the words left over. */
export interface Unmatched {
  item: string;
  words: string;
}

export interface ServiceResult {
  needs: Need[];
  assistance: Assistance[];
  populations: Population[];
  unmatched: Unmatched[];
}

/** Needs, kinds of help and populations named in a cell like "DACA renewals, asilo, citizenship". */
export function normaliseServices(text: string): ServiceResult {
  const out: ServiceResult = {needs: [], assistance: [], populations: [], unmatched: []};
  const push = <T>(list: T[], value: T) => {
    if (!list.includes(value)) list.push(value);
  };
  for (const item of splitList(text)) {
    let rest = ` ${fold(item)} `;
    for (const [phrase, term] of MATCHERS) {
      const at = rest.indexOf(` ${phrase} `);
      if (at < 0) continue;
      rest = `${rest.slice(0, at)} ${rest.slice(at + phrase.length + 1)}`;
      if (term[0] === 'need') push(out.needs, term[1]);
      else if (term[0] === 'assistance') push(out.assistance, term[1]);
      else push(out.populations, term[1]);
    }
    // Words left over that are not filler mean the item said more than we understood.
    const words = rest
      .split(' ')
      .filter((w) => w && !SERVICE_FILLER.has(w))
      .join(' ');
    if (words) out.unmatched.push({item: item.trim(), words});
  }
  return out;
}

/** Populations named in a "Who we serve" cell; what is not recognised is returned too. */
export function normalisePopulations(text: string): {populations: Population[]; unmatched: Unmatched[]} {
  const {populations, needs, assistance, unmatched} = normaliseServices(text);
  // In this column "detained" means detained people, not the need.
  const extra: Population[] = needs.includes('detention') ? ['detained'] : [];
  const stray = [...needs.filter((n) => n !== 'detention'), ...assistance];
  return {
    populations: [...new Set([...populations, ...extra])],
    unmatched: stray.length ? [...unmatched, {item: text.trim(), words: stray.join(', ')}] : unmatched,
  };
}
