/**
 * Merging a dataset stacked with `meta.extends` onto its base, as raw JSON, before the merged
 * document is validated as one (validate.ts re-exports it; part of the validator chunk).
 */
import {COLLECTIONS} from './schema/index.js';

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The document a layered dataset stands for: `own` (whose `meta.extends` named `base`) on top of
 * `base`, read from `baseUrl`. Records of `own` with the id of a `base` record replace it in
 * place; the others follow the base's. `meta` is own's, with the sources, attribution and
 * locales of both and the earlier `reviewBy`. Paths in `base` that are relative to its own URL
 * (ZIP tables, rights-language files, recordings) are made absolute, so they still resolve. The
 * merged document is then validated as one. Works on raw JSON; bad shapes are left to the
 * validator.
 */
export function mergeLayers(base: unknown, own: unknown, baseUrl: string, ownUrl?: string): Record<string, unknown> {
  if (!isObject(own)) return {};
  if (!isObject(base)) return own;
  const absolute = (url: unknown) => {
    if (typeof url !== 'string') return url;
    try {
      const target = new URL(url, baseUrl);
      // Local files (the CLI) stay paths relative to the own document: file: is no web address.
      return target.protocol === 'file:' && ownUrl ? relativePath(target, new URL(ownUrl)) : target.href;
    } catch {
      return url;
    }
  };
  const rebased: Record<string, unknown> = {...base};
  if (Array.isArray(base.zipTables)) {
    rebased.zipTables = base.zipTables.map((t: unknown) => (isObject(t) ? {...t, url: absolute(t.url)} : t));
  }
  if (Array.isArray(base.rightsEditions)) {
    rebased.rightsEditions = base.rightsEditions.map((e: unknown) => {
      if (!isObject(e)) return e;
      const locales = Array.isArray(e.locales)
        ? e.locales.map((l: unknown) => (isObject(l) && l.url !== undefined ? {...l, url: absolute(l.url)} : l))
        : e.locales;
      const scenarios = Array.isArray(e.scenarios)
        ? e.scenarios.map((s: unknown) =>
            isObject(s) && Array.isArray(s.phrases)
              ? {
                  ...s,
                  phrases: s.phrases.map((p: unknown) =>
                    isObject(p) && isObject(p.audio)
                      ? {...p, audio: Object.fromEntries(Object.entries(p.audio).map(([k, v]) => [k, absolute(v)]))}
                      : p,
                  ),
                }
              : s,
          )
        : e.scenarios;
      return {...e, locales, scenarios};
    });
  }

  const merged: Record<string, unknown> = {};
  for (const name of COLLECTIONS) {
    const lower = Array.isArray(rebased[name]) ? (rebased[name] as unknown[]) : [];
    const upper = Array.isArray(own[name]) ? (own[name] as unknown[]) : undefined;
    if (!upper) {
      if (rebased[name] !== undefined) merged[name] = lower;
      if (own[name] !== undefined) merged[name] = own[name];
      continue;
    }
    const key = (r: unknown) => (isObject(r) ? (r.id ?? r.ocdId) : undefined);
    const replacing = new Map(upper.flatMap((r) => (typeof key(r) === 'string' ? [[key(r) as string, r]] : [])));
    const kept = lower.map((r) => {
      const id = key(r);
      const mine = typeof id === 'string' ? replacing.get(id) : undefined;
      if (mine) replacing.delete(id as string);
      return mine ?? r;
    });
    merged[name] = [...kept, ...upper.filter((r) => typeof key(r) !== 'string' || replacing.has(key(r) as string))];
  }
  for (const key of Object.keys(own)) if (key !== 'meta' && !(key in merged)) merged[key] = own[key];

  const baseMeta = isObject(base.meta) ? base.meta : {};
  const ownMeta = isObject(own.meta) ? own.meta : {};
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  const ownSourceIds = new Set(list(ownMeta.sources).flatMap((s) => (isObject(s) ? [s.id] : [])));
  const reviewBy = [baseMeta.reviewBy, ownMeta.reviewBy].filter((d): d is string => typeof d === 'string').sort()[0];
  merged.meta = {
    ...ownMeta,
    sources: [...list(baseMeta.sources).filter((s) => !isObject(s) || !ownSourceIds.has(s.id)), ...list(ownMeta.sources)],
    attribution: [...new Set([...list(baseMeta.attribution), ...list(ownMeta.attribution)].map((a) => JSON.stringify(a)))].map(
      (a) => JSON.parse(a) as unknown,
    ),
    locales: [...new Set([...list(ownMeta.locales), ...list(baseMeta.locales)])],
    ...(reviewBy && {reviewBy}),
  };
  return merged;
}

/** `target` as a path relative to the document `from` (both file: URLs). */
function relativePath(target: URL, from: URL): string {
  const to = target.pathname.split('/');
  const dir = from.pathname.split('/').slice(0, -1);
  let common = 0;
  while (common < dir.length && common < to.length - 1 && dir[common] === to[common]) common++;
  return [...Array<string>(dir.length - common).fill('..'), ...to.slice(common)].join('/') || '.';
}
