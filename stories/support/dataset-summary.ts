/**
 * `<amparo-story-dataset-summary>`: a **Storybook-only demonstration element**. It is not part
 * of Amparo, is never built into `dist/` and must not be used on a site.
 *
 * No real widget exists yet, so the stories need a minimal {@link AmparoElement} subclass to
 * show what the base class does for every widget: load the dataset, then render either the
 * widget's content or one of the shared loading / problem states. Its `renderContent` lists
 * the dataset's `meta` and how many records each collection holds. Its own strings are plain
 * English (not `msg()`), because it is a developer aid, not user-facing UI.
 */
import {css, html, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {AmparoElement, type DatasetProblem} from '../../src/core/base-element.js';
import {COLLECTIONS, type Dataset} from '../../src/core/dataset/schema/index.js';
import {defineElement} from '../../src/core/define.js';
import {dateFormat, numberFormat, pickText, type LocalizedText} from '../../src/core/format.js';
import {uiLocale} from '../../src/core/i18n/localization.js';
import {directionOf} from '../../src/core/locale.js';

export class AmparoStoryDatasetSummary extends AmparoElement {
  static override styles = [
    ...AmparoElement.styles,
    css`
      .summary {
        padding: var(--_space);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      h3 {
        margin: 0 0 calc(var(--_space) * 0.5);
        font-size: 1em;
      }
      h2 {
        margin: 0 0 calc(var(--_space) * 0.75);
        padding-block-end: calc(var(--_space) * 0.25);
        border-block-end: 3px solid var(--_accent);
        font-size: 1.15em;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: calc(var(--_space) * 0.25) var(--_space);
        margin: 0 0 var(--_space);
      }
      dt {
        color: var(--_muted);
      }
      dd {
        margin: 0;
      }
      ul {
        margin: 0;
        padding-inline-start: 1.25em;
      }
      .sample {
        display: inline-block;
        padding-inline: 0.5em;
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_muted);
        font-size: 0.875em;
      }
    `,
  ];

  protected override renderContent(dataset: Dataset): TemplateResult {
    const {meta} = dataset;
    const count = numberFormat(this.locale);
    const collections = COLLECTIONS.filter((name) => dataset[name].length > 0);
    return html`<section class="summary" aria-labelledby="title">
      <h2 id="title">Dataset ${meta.id} ${meta.sample ? html`<span class="sample">sample data</span>` : nothing}</h2>
      <dl>
        <dt>Generated</dt>
        <dd><time datetime=${meta.generatedAt}>${this.formatInstant(meta.generatedAt, meta.timeZone)}</time></dd>
        <dt>Jurisdiction</dt>
        <dd>${meta.jurisdiction}</dd>
        <dt>Locales</dt>
        <dd>${meta.locales.join(', ')}</dd>
        <dt>Licence</dt>
        <dd>${meta.licence}</dd>
        <dt>Attribution</dt>
        <dd>
          ${meta.attribution?.length
            ? html`<ul>
                ${meta.attribution.map((line) => this.renderText(line))}
              </ul>`
            : 'none'}
        </dd>
      </dl>
      <h3>Records</h3>
      <dl>
        ${collections.map(
          (name) => html`<dt>${name}</dt>
            <dd>${count.format(dataset[name].length)}</dd>`,
        )}
      </dl>
    </section>`;
  }

  /**
   * An attribution line: plain text, or localized text in the element's locale (with `lang` on
   * fallback). `dir="auto"` on the text (not the item, whose marker follows the page): an English
   * line in an Arabic page keeps its punctuation in place.
   */
  private renderText(line: string | LocalizedText): TemplateResult {
    if (typeof line === 'string') return html`<li><span dir="auto">${line}</span></li>`;
    const picked = pickText(line, this.locale);
    return html`<li><span lang=${picked.fallback ? picked.lang : nothing} dir="auto">${picked.text}</span></li>`;
  }

  private formatInstant(iso: string, timeZone = 'UTC'): string {
    return dateFormat(this.locale, {dateStyle: 'medium', timeStyle: 'short', timeZone}).format(new Date(iso));
  }
}

/** A state the base class renders before or instead of the content. */
export type PreviewState = 'loading' | DatasetProblem;

/**
 * `<amparo-story-state-preview state="loading|timeout|...">`: Storybook-only, like the element
 * above. Some states cannot be produced reliably from static files: "loading" needs a request
 * that never answers, "timeout" one that answers after 10 s. This element skips the dataset
 * load and calls the base class's own `renderLoading()` / `renderProblem()` inside the same
 * wrapper as `AmparoElement.render()`, so the markup and styles are exactly the real ones.
 */
export class AmparoStoryStatePreview extends AmparoStoryDatasetSummary {
  /** Which state to show. */
  @property() state: PreviewState = 'loading';

  override render(): TemplateResult {
    return html`<div part="base" lang=${uiLocale()} dir=${directionOf(this.locale)}>
      ${this.state === 'loading' ? this.renderLoading() : this.renderProblem(this.state)}
    </div>`;
  }
}

/**
 * Defines both story elements (idempotent, through Amparo's own define guard). Story files call
 * it instead of relying on a side-effect import: package.json's `sideEffects` list does not
 * cover stories/, so the production Storybook build would drop a bare `import './support/...'`.
 */
export function defineStoryElements(): void {
  defineElement('amparo-story-dataset-summary', AmparoStoryDatasetSummary);
  defineElement('amparo-story-state-preview', AmparoStoryStatePreview);
}

declare global {
  interface HTMLElementTagNameMap {
    'amparo-story-dataset-summary': AmparoStoryDatasetSummary;
    'amparo-story-state-preview': AmparoStoryStatePreview;
  }
}
