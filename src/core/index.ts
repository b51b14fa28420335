/** The shared core every widget builds on. */
export {AmparoElement, type DatasetProblem} from './base-element.js';
export {defineElement} from './define.js';
export {loadDataset, loadJson, clearDatasetCache, type LoadResult, type LoadOptions} from './dataset/store.js';
export {setUiLocale, uiLocale, UI_LOCALES, type UiLocale} from './i18n/localization.js';
export {resolveLocale, directionOf, matchLocale, canonicalLocale} from './locale.js';
export {getPageConfig, setPageConfig, type PageConfig} from './page-config.js';
export {safeUrl, telUrl, SAFE_PROTOCOLS} from './safe-url.js';
export {pickText, formatIsoDate, dateFormat, numberFormat, daysSince, type LocalizedText} from './format.js';
export {VERSION} from './version.js';
