/**
 * Dataset text in the widget's language, with a visible, `lang`-marked fallback: a reactive
 * controller that renders `{locale: text}` values (marked with the language they are really in)
 * and remembers, for the render under way, whether any of them had to fall back to another
 * language, so the widget can say so, in the visitor's language, instead of switching silently.
 */
import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {pickText, type LocalizedText, type PickedText} from './format.js';
import {directionOf, languageKey} from './locale.js';

export class ContentText implements ReactiveController {
  /** Whether some text of the current render is not in the wanted language. */
  fellBack = false;

  constructor(
    host: ReactiveControllerHost,
    /** The language the widget shows its content in. */
    private readonly locale: () => string,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.fellBack = false;
  }

  /**
   * `value` in the widget's language (or its fallback, remembered for the notice), for text the
   * widget processes before showing it (a campaign's script filled in): mark what shows it with
   * the returned `lang`.
   */
  pick(value: LocalizedText): PickedText {
    const picked = pickText(value, this.locale());
    if (picked.fallback && languageKey(picked.lang) !== languageKey(this.locale())) this.fellBack = true;
    return picked;
  }

  /** `value` in the widget's language, marked with its real `lang` and `dir`. */
  text(value: LocalizedText): TemplateResult {
    const picked = this.pick(value);
    return html`<span lang=${picked.lang} dir=${directionOf(picked.lang)}>${picked.text}</span>`;
  }

  /**
   * The notice that some information is shown in English, in the visitor's language; nothing when
   * everything was in their language. Render it AFTER the content (a notice above would be
   * decided before the content is picked), e.g. at the end of the widget.
   */
  notice(): TemplateResult | typeof nothing {
    return this.fellBack
      ? html`<p class="notice small" part="notice" data-kind="fallback">
          ${msg('Some of this information is not available in your language yet and is shown in English.')}
        </p>`
      : nothing;
  }
}
