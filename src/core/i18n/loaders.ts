/**
 * How each interface language is loaded: one static import per locale (not a template string) so
 * that rollup emits each as its own chunk, fetched only when that language is chosen. The classic
 * single-file builds swap this module for ./loaders.iife.ts (see rollup.config.mjs).
 */
import type {targetLocales} from './locale-codes.js';

type Templates = Promise<{templates: never}>;

export const loaders: Record<(typeof targetLocales)[number], () => Templates> = {
  ar: () => import('./locales/ar.js') as Templates,
  es: () => import('./locales/es.js') as Templates,
  fa: () => import('./locales/fa.js') as Templates,
  hmn: () => import('./locales/hmn.js') as Templates,
  hy: () => import('./locales/hy.js') as Templates,
  ko: () => import('./locales/ko.js') as Templates,
  pa: () => import('./locales/pa.js') as Templates,
  ru: () => import('./locales/ru.js') as Templates,
  tl: () => import('./locales/tl.js') as Templates,
  uk: () => import('./locales/uk.js') as Templates,
  vi: () => import('./locales/vi.js') as Templates,
  'zh-Hans': () => import('./locales/zh-Hans.js') as Templates,
  'zh-Hant': () => import('./locales/zh-Hant.js') as Templates,
};
