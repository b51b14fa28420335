/**
 * The stable keys of a rights edition's texts, shared by the data build (which writes one file of
 * strings per language) and the card (which merges a language's file in when it shows it).
 */
import type {RightsEdition} from '../../core/dataset/schema/index.js';

type LocalizedText = RightsEdition['disclaimer'];

/** One translatable text, by its stable key; a phrase used in several scenarios has one key. */
export interface TextSlot {
  key: string;
  texts: LocalizedText[];
}

/**
 * Every translatable text of an edition, in reading order, keyed by a stable path:
 * `disclaimer`, `scenarios.<id>.title|summary`, `scenarios.<id>.steps.<i>|doNot.<i>|caveats.<i>`,
 * `scenarios.<id>.californiaLaw.<i>` (the text; citations stay as written) and
 * `scenarios.<id>.californiaLaw.<i>.statusNote`, `phrases.<id>`,
 * `agentStatement.title|lines.<i>`, `warrantChecklist.items.<i>|caveat`.
 * Throws if two scenarios share an id or one phrase id has two English texts.
 */
export function textSlots(edition: RightsEdition): TextSlot[] {
  const slots = new Map<string, TextSlot>();
  const add = (key: string, text: LocalizedText | undefined) => {
    if (!text) return;
    if (slots.has(key)) throw new Error(`rights: duplicate text key ${key}`);
    slots.set(key, {key, texts: [text]});
  };
  add('disclaimer', edition.disclaimer);
  for (const s of edition.scenarios) {
    const p = `scenarios.${s.id}`;
    add(`${p}.title`, s.title);
    add(`${p}.summary`, s.summary);
    s.steps.forEach((t, i) => add(`${p}.steps.${i}`, t));
    s.doNot?.forEach((t, i) => add(`${p}.doNot.${i}`, t));
    for (const phrase of s.phrases ?? []) {
      const key = `phrases.${phrase.id}`;
      const slot = slots.get(key);
      if (!slot) slots.set(key, {key, texts: [phrase.say]});
      else if (slot.texts[0]!.en !== phrase.say.en) {
        throw new Error(`rights: phrase "${phrase.id}" has two English texts; give the second one its own id`);
      } else slot.texts.push(phrase.say);
    }
    s.californiaLaw?.forEach((law, i) => {
      add(`${p}.californiaLaw.${i}`, law.text);
      add(`${p}.californiaLaw.${i}.statusNote`, law.statusNote);
    });
    s.caveats?.forEach((c, i) => add(`${p}.caveats.${i}`, c.text));
  }
  add('agentStatement.title', edition.agentStatement.title);
  edition.agentStatement.lines.forEach((t, i) => add(`agentStatement.lines.${i}`, t));
  edition.warrantChecklist?.items.forEach((item, i) => add(`warrantChecklist.items.${i}`, item.text));
  add('warrantChecklist.caveat', edition.warrantChecklist?.caveat?.text);
  return [...slots.values()];
}

/**
 * A copy of `edition` with `locale`'s texts from a strings file merged in (keys it lacks stay
 * English; unknown keys are ignored). The edition itself is not changed.
 */
export function withStrings(edition: RightsEdition, locale: string, strings: Readonly<Record<string, string>>): RightsEdition {
  const copy = structuredClone(edition);
  for (const {key, texts} of textSlots(copy)) {
    const text = strings[key];
    if (text) for (const target of texts) target[locale] = text;
  }
  return copy;
}
