/**
 * Interface strings of one language as JSON (`dist/locales/<locale>.json`, written by the build
 * from xliff/): `{id: "text"}`, or `{id: [["text before ", " after"], [0]]}` for a string with
 * placeholders (the numbers say which of the source's values goes where, as in lit-localize's
 * own `str` templates). The classic single-file builds fetch these instead of carrying every
 * language inside the file.
 */

export type JsonTemplates = Record<string, string | [string[], number[]]>;

/** The templates @lit/localize's runtime expects, from the JSON form. Anything else is skipped. */
export function templatesFromJson(json: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!json || typeof json !== 'object') return out;
  for (const [id, value] of Object.entries(json as Record<string, unknown>)) {
    if (typeof value === 'string') out[id] = value;
    else if (
      Array.isArray(value) &&
      Array.isArray(value[0]) &&
      Array.isArray(value[1]) &&
      value[0].every((s) => typeof s === 'string') &&
      value[1].every((n) => Number.isInteger(n)) &&
      value[0].length === value[1].length + 1
    ) {
      out[id] = {strTag: true, strings: value[0], values: value[1]};
    }
  }
  return out;
}
