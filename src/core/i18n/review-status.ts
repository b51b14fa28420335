// Do not edit: written by `node scripts/i18n/review-status.mjs` from the <target state> of xliff/.
// A reviewer signs a language off with `node scripts/i18n/review-status.mjs --sign-off <locale>`.

/** Interface languages with targets drafted by machine and not yet signed off by a reviewer. */
export const MACHINE_TRANSLATED = ["ar","es","fa","hmn","hy","ko","pa","ru","tl","uk","vi","zh-Hans","zh-Hant"] as const;
