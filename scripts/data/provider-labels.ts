/**
 * The words of the provider lists mapped to the dataset's vocabulary, and the texts the provider
 * import writes (English and Spanish). Pure data: ./providers.ts and ./places.ts use it.
 *
 * Every mapping here is a reading of the source's own words; a word not listed is reported by the
 * import and left out, never guessed. data/README.md ("Providers and places") explains each choice.
 */
import type {ASSISTANCE_TYPES, NEEDS, POPULATIONS} from '../../src/core/dataset/vocabulary.js';

type Need = (typeof NEEDS)[number];
type Population = (typeof POPULATIONS)[number];
type Assistance = (typeof ASSISTANCE_TYPES)[number];
export type Texts = {en: string; es?: string};

export interface TagMeaning {
  needs?: Need[];
  populations?: Population[];
  assistance?: Assistance[];
}

const DETAINED: TagMeaning = {needs: ['detention'], populations: ['detained']};
const CHILDREN: TagMeaning = {populations: ['children']};
const REMOVAL: TagMeaning = {needs: ['deportation-defense']};
const CRIME_VICTIMS: TagMeaning = {needs: ['vawa', 'u-t-visa']};

/**
 * Service tags of the EOIR pro bono list (lower case). Withholding of removal and protection under
 * the Convention Against Torture are claimed together with asylum, so they map to `asylum`; bond
 * and habeas cases are for people held in detention. Scope words with no vocabulary term
 * (`adults`, `non-detained`) map to nothing, on purpose.
 */
export const SERVICE_TAGS: Record<string, TagMeaning> = {
  'removal defense': REMOVAL,
  'criminal removal defense': REMOVAL,
  'cancellation of removal': REMOVAL,
  asylum: {needs: ['asylum']},
  'asylum (referral to pro bono counsel)': {needs: ['asylum'], assistance: ['referral']},
  withholding: {needs: ['asylum']},
  cat: {needs: ['asylum']},
  sijs: {needs: ['sijs'], populations: ['children']},
  detained: DETAINED,
  'detained adults': DETAINED,
  'detention hotline': DETAINED,
  bond: DETAINED,
  'habeas petitions': DETAINED,
  'pro se assistance for detained people': {...DETAINED, assistance: ['consultation']},
  'unaccompanied minors': CHILDREN,
  'non-detained minors': CHILDREN,
  children: CHILDREN,
  juveniles: CHILDREN,
  'crime victims (vawa/u/t)': CRIME_VICTIMS,
  'trafficking victims (u/t/vawa)': CRIME_VICTIMS,
  vawa: {needs: ['vawa']},
  'u/t visas': {needs: ['u-t-visa']},
  'u visa': {needs: ['u-t-visa']},
  't visa': {needs: ['u-t-visa']},
  daca: {needs: ['daca']},
  tps: {needs: ['tps']},
  'family petitions': {needs: ['family-petitions']},
  citizenship: {needs: ['citizenship']},
  naturalization: {needs: ['citizenship']},
  consultations: {assistance: ['consultation']},
  adults: {},
  'non-detained': {},
};

/** Services named by the USCIS grant list. */
export const GRANT_SERVICES: Record<string, Assistance> = {
  'citizenship instruction': 'workshop',
  'naturalization application help (n-400)': 'application-help',
};

/** Language names as the lists write them (lower case) → BCP-47 tags. Mandarin is `zh`, Cantonese `yue`, Dari `prs`. */
export const LANGUAGES: Record<string, string> = {
  english: 'en',
  spanish: 'es',
  mandarin: 'zh',
  chinese: 'zh',
  cantonese: 'yue',
  farsi: 'fa',
  persian: 'fa',
  dari: 'prs',
  pashto: 'ps',
  russian: 'ru',
  ukrainian: 'uk',
  portuguese: 'pt',
  vietnamese: 'vi',
  tagalog: 'tl',
  korean: 'ko',
  arabic: 'ar',
  armenian: 'hy',
  punjabi: 'pa',
  hmong: 'hmn',
  french: 'fr',
  'haitian creole': 'ht',
  hindi: 'hi',
};

/** California telephone area codes: a California office with another one may have a personal or forwarding number. */
export const CA_AREA_CODES = new Set(
  '209 213 279 310 323 341 350 369 408 415 424 442 510 530 559 562 619 626 628 650 657 661 669 707 714 747 760 805 818 820 831 840 858 909 916 925 949 951'.split(' '),
);
/** Toll-free area codes (no place). */
export const TOLL_FREE = new Set(['800', '833', '844', '855', '866', '877', '888']);

/**
 * What a note of a pro bono or grant record says about the service: who it is for
 * (`eligibility`), how to get in (`intake`), or more about it (`about`). Notes about the data
 * itself (conflicting addresses, ZIPs, missing phones) are `data`: the import handles those
 * facts itself. A note that matches nothing is reported.
 */
export type NoteUse =
  | {eligibility: Texts; populations?: Population[]}
  | {intake: Texts}
  | {about: Texts}
  | {data: string};

const APPOINTMENT: NoteUse = {intake: {en: 'By appointment only.', es: 'Solo con cita.'}};

export const SERVICE_NOTES: [RegExp, NoteUse | NoteUse[]][] = [
  [/^appointment only$/, APPOINTMENT],
  [/^removal defense; appointment only$/, APPOINTMENT],
  [/^children only; appointment only$/, [{eligibility: {en: 'Children only.', es: 'Solo niños y niñas.'}, populations: ['children']}, APPOINTMENT]],
  [/^voicemail intake$/, {intake: {en: 'Intake is by voicemail: leave a message.', es: 'Para pedir ayuda, deje un mensaje de voz.'}}],
  [
    /^referral service \(\*\* in the EOIR list\); asylum seekers$/,
    {eligibility: {en: 'People seeking asylum. A referral service: it looks for a volunteer lawyer.', es: 'Personas que piden asilo. Es un servicio de referencia: busca un abogado voluntario.'}},
  ],
  [
    /^limited to people with Alameda County residence or convictions$/,
    {eligibility: {en: 'Only people who live in Alameda County or have a conviction there.', es: 'Solo personas que viven en el condado de Alameda o tienen una condena allí.'}},
  ],
  [
    /^detained people with San Francisco ties; non-detained current or former clients$/,
    {
      eligibility: {
        en: 'Detained people with ties to San Francisco; people not detained only if they are current or former clients.',
        es: 'Personas detenidas con vínculos con San Francisco; personas no detenidas solo si son o fueron clientes.',
      },
    },
  ],
  [/^San Mateo and Santa Clara county residents$/, {eligibility: {en: 'Residents of San Mateo and Santa Clara counties.', es: 'Residentes de los condados de San Mateo y Santa Clara.'}}],
  [
    /^children in (.+) counties(; phone not captured in the parse)?$/,
    {eligibility: {en: 'Children.', es: 'Niños y niñas.'}, populations: ['children']},
  ],
  [/^criminal removal defense for detained people$/, {eligibility: {en: 'Detained people facing deportation because of a criminal record.', es: 'Personas detenidas que enfrentan la deportación por antecedentes penales.'}}],
  [
    /^asylum only; African countries and LGBTQ; no Spanish$/,
    {
      eligibility: {
        en: 'Asylum only: people from African countries and LGBTQ people. No Spanish.',
        es: 'Solo asilo: personas de países africanos y personas LGBTQ. No atienden en español.',
      },
      populations: ['lgbtq'],
    },
  ],
  [/^bond hearings; Ukrainian and Afghan cases; trafficking victims$/, {about: {en: 'Bond hearings; Ukrainian and Afghan cases; trafficking victims.', es: 'Audiencias de fianza; casos de Ucrania y Afganistán; víctimas de trata.'}}],
  [/^removal defense only$/, {eligibility: {en: 'Deportation defense only.', es: 'Solo defensa contra la deportación.'}}],
  [
    /^national; pro se help for detained people only; people in ICE or BOP custody use speed dial 2150# or email; the toll-free line .+ is for DOD military facilities$/,
    {
      eligibility: {
        en: 'Only for people in detention, to help them with their own case (no lawyer assigned). From ICE or Bureau of Prisons custody: speed dial 2150# or email.',
        es: 'Solo para personas detenidas, para ayudarles con su propio caso (sin abogado asignado). Desde la custodia de ICE o de la Oficina de Prisiones: marcación rápida 2150# o correo electrónico.',
      },
    },
  ],
  [/^citizenship services with Modesto Junior College$/, {about: {en: 'Citizenship services with Modesto Junior College.', es: 'Servicios de ciudadanía con Modesto Junior College.'}}],
  [/^a school district \(citizenship classes\), not a legal-services nonprofit$/, {about: {en: 'A school district (citizenship classes).', es: 'Un distrito escolar (clases de ciudadanía).'}}],
  [/^source says northern Napa County$/, {eligibility: {en: 'Northern Napa County.', es: 'Norte del condado de Napa.'}}],
  [/^source names the Sherman Oaks and Irvine communities$/, {eligibility: {en: 'The grant names the Sherman Oaks and Irvine communities.', es: 'La subvención nombra las comunidades de Sherman Oaks e Irvine.'}}],
  [/^free online citizenship course \(remote\); not legal representation$/, {about: {en: 'An online citizenship course (USA Learns).', es: 'Un curso de ciudadanía en línea (USA Learns).'}}],
  [
    /San Diego = North San Diego County only; city unknown$/,
    {eligibility: {en: 'In San Diego County, North County only.', es: 'En el condado de San Diego, solo el norte del condado.'}},
  ],
  [/^source lists "Mountain View, San Jose" among the areas served/, {data: 'both cities are in Santa Clara County, which the stated service area already has'}],
  [/^EOIR lists a different San Diego street address under the/, {data: 'two addresses for one organization in one city: both locations doubtful'}],
  [/^R&A roster \(2026-09\) gives /, {data: 'two addresses for one organization in one city: both locations doubtful'}],
  [/^pro bono list prints ZIP \d{5}; R&A roster prints \d{5} \(kept\)$/, {data: 'ZIP settled by the compiler; the roster location is used'}],
  [/^out-of-state address \([A-Z]{2}\); listed for California courts$/, {data: 'no California location; remote help'}],
];

/** Notes of roster records the import uses as facts, or knowingly leaves to the dates. */
export const ROSTER_NOTES: [RegExp, {phoneDoubt: (number: string) => Texts} | {data: string}][] = [
  [
    /^roster phone \((\d{3})\) is not the main intake line; verify$/,
    {
      phoneDoubt: (number) => ({
        en: `This number from the roster (${number}) may not be the organization's main intake line. Confirm it before relying on it.`,
        es: `Puede que este número de la lista (${number}) no sea la línea principal de admisión de la organización. Confírmelo antes de contar con él.`,
      }),
    },
  ],
  [/^phone has an? .*area code/, {data: 'area codes are checked by the import itself'}],
  [/^mailing address \(P\.O\. box\) only/, {data: 'P.O. boxes are found by the import itself'}],
  [/^ZIP \d{5} is /, {data: 'the ZIP is checked against the city'}],
  [/^city printed upstream as "/, {data: 'spelling corrected by the compiler: provenance.derived'}],
  [/^present in the compiler's \d{4}-\d{2}-\d{2} roster file/, {data: 'provenance.note'}],
  [/^recognition expires \d{4}-\d{2}-\d{2} \(today's date at compilation\)/, {data: 'recognition dates carry it'}],
];

/** Names and descriptions of the services the import writes, one kind per list. */
export const SERVICE_TEXT = {
  recognized: {
    name: {
      en: 'Immigration legal services by DOJ-accredited representatives',
      es: 'Servicios legales de inmigración de representantes acreditados por el DOJ',
    },
    description: {
      en: "On the Justice Department's roster of recognized organizations (EOIR): its DOJ-accredited representatives may give immigration legal advice and represent people. The roster does not say which cases it takes or what it charges: call to ask. Being on the roster does not mean the help is free.",
      es: 'Está en la lista oficial del Departamento de Justicia (EOIR) de organizaciones reconocidas: sus representantes acreditados por el DOJ pueden dar asesoría legal de inmigración y representar a personas. La lista no dice qué casos atiende ni cuánto cobra: llame para preguntar. Estar en la lista no significa que la ayuda sea gratis.',
    },
  },
  proBono: {
    name: {
      en: 'Listed by the immigration court as offering some free help',
      es: 'Según la corte de inmigración, ofrece algo de ayuda gratuita',
    },
    description: {
      en: "On the immigration courts' (EOIR) list of pro bono legal service providers. Listed providers commit to some free representation each year; not every case is free. Being listed does not mean EOIR recommends it.",
      es: 'Está en la lista de proveedores de servicios legales gratuitos (pro bono) de las cortes de inmigración (EOIR). Los proveedores de la lista se comprometen a dar algo de representación gratuita cada año; no todos los casos son gratis. Estar en la lista no significa que EOIR lo recomiende.',
    },
  },
  grantees: {
    name: {en: 'Help with citizenship (naturalization)', es: 'Ayuda con la ciudadanía (naturalización)'},
  },
} as const;

/** `FY2024, FY2022` → English and Spanish wording of the award years, newest first. */
export function grantDescription(years: string[]): Texts {
  const numbers = [...new Set(years.map((y) => y.replace(/^FY/, '')))].sort().reverse();
  const list = (items: string[], and: string) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`);
  const en = list(numbers.map((n) => `FY${n}`), 'and');
  const es = `${numbers.length > 1 ? 'años fiscales' : 'año fiscal'} ${list(numbers, 'y')}`;
  return {
    en: `Received a USCIS Citizenship and Integration Grant (${en}) for citizenship classes and help with the naturalization application (Form N-400). This is help with naturalization, not legal representation. Grants last about two years, so the program may have ended: call to ask.`,
    es: `Recibió una subvención de USCIS para ciudadanía e integración (${es}) para clases de ciudadanía y ayuda con la solicitud de naturalización (formulario N-400). Es ayuda con la naturalización, no representación legal. Las subvenciones duran unos dos años, así que el programa puede haber terminado: llame para preguntar.`,
  };
}

/** Verification notes of doubtful records. */
export const DOUBT = {
  poBox: {
    en: 'The only address listed is a P.O. box: mail only; call before you go.',
    es: 'La única dirección es un apartado postal: solo para correo; llame antes de ir.',
  },
  zip: (zip: string, zipPlace: string, city: string): Texts => ({
    en: `The ZIP code as listed (${zip}) is in ${zipPlace}, not ${city}; the map position is the centre of ${city}. Call before you go.`,
    es: `El código postal de la lista (${zip}) es de ${zipPlace}, no de ${city}; la posición en el mapa es el centro de ${city}. Llame antes de ir.`,
  }),
  addresses: (others: string): Texts => ({
    en: `The lists give another address for this organization in the same city (${others}); one of them may be out of date. Call before you go.`,
    es: `Las listas dan otra dirección para esta organización en la misma ciudad (${others}); una de ellas puede estar desactualizada. Llame antes de ir.`,
  }),
  areaCode: (number: string, city: string): Texts => ({
    en: `The listed number (${number}) has an area code from outside California for an office in ${city}; it may be a personal or forwarding number. Confirm it before relying on it.`,
    es: `El número de la lista (${number}) tiene un código de área de fuera de California para una oficina en ${city}; puede ser un número personal o de reenvío. Confírmelo antes de contar con él.`,
  }),
};

/** Texts joined into one per language (English always; Spanish only when both have it). */
export function joinTexts(parts: Texts[]): Texts | undefined {
  if (!parts.length) return undefined;
  const en = parts.map((p) => p.en).join(' ');
  return parts.every((p) => p.es) ? {en, es: parts.map((p) => p.es).join(' ')} : {en};
}
