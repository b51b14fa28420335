/**
 * The language choice every widget offers: the interface languages by their own names, and,
 * when the language shown was drafted by machine and not yet reviewed, a notice saying so in
 * that language. Choosing a language sets `lang` on every Amparo element of the page (the
 * interface language is page-wide) and remembers it for this tab only (sessionStorage; nothing
 * is sent anywhere).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {autonym} from './i18n/autonyms.js';
import {UI_LOCALES, uiLocale} from './i18n/localization.js';
import {MACHINE_TRANSLATED} from './i18n/review-status.js';
import {directionOf} from './locale.js';

const STORAGE_KEY = 'amparo:lang';

/** Whether the interface strings of `locale` were drafted by machine and not yet reviewed. */
export const isMachineTranslated = (locale: string) => (MACHINE_TRANSLATED as readonly string[]).includes(locale);

/** The language this tab's visitor chose earlier, if any. */
export function chosenLanguage(): string | undefined {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    // Storage blocked (private mode, sandboxed frame): the choice lasts for this page only.
    return undefined;
  }
}

/** Shows every Amparo element of the page in `locale` and remembers it for this tab. */
export function chooseLanguage(locale: string): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // See chosenLanguage.
  }
  for (const el of document.querySelectorAll<HTMLElement>('*')) {
    if (el.localName.startsWith('amparo-') && 'refreshLocale' in el) el.setAttribute('lang', locale);
  }
}

/**
 * A labelled `<select>` of the interface languages (each option marked with its own `lang`),
 * plus the machine-translation notice of the language in effect. `id` must be unique in the
 * widget's shadow root.
 */
export function languageChoice(id: string, onChoose: (locale: string) => void = chooseLanguage): TemplateResult {
  const current = uiLocale();
  return html`<div class="language-choice" part="language">
    <label for=${id}>${msg('Language')}</label>
    <select
      id=${id}
      .value=${current}
      @change=${(e: Event) => onChoose((e.target as HTMLSelectElement).value)}
    >
      ${UI_LOCALES.map(
        (l) => html`<option value=${l} lang=${l} dir=${directionOf(l)} ?selected=${l === current}>${autonym(l)}</option>`,
      )}
    </select>
    ${isMachineTranslated(current)
      ? html`<p class="small muted" data-kind="machine-translation">${msg('Machine translation, not yet reviewed.')}</p>`
      : nothing}
  </div>`;
}
