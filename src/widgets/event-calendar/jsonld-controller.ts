/**
 * The opt-in `emit-jsonld` as a reactive controller: after each update, keeps one
 * `<script type="application/ld+json">` light DOM child in sync with the listed events (the
 * builder is a chunk of its own, fetched only on pages that ask for JSON-LD), or removes it.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Occurrence} from '../../core/events/occurrences.js';

export interface JsonLdHost extends ReactiveControllerHost, HTMLElement {
  readonly emitJsonld: boolean;
}

export interface JsonLdOptions {
  /** Whether the dataset is loaded. */
  ready(): boolean;
  locale(): string;
  base(): string | undefined;
}

export class JsonLdController implements ReactiveController {
  /** The occurrences listed by the last render. */
  listed: readonly Occurrence[] = [];
  private script?: HTMLScriptElement;

  constructor(
    private readonly host: JsonLdHost,
    private readonly options: JsonLdOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    void this.write();
  }

  private async write(): Promise<void> {
    if (!this.host.emitJsonld) {
      this.script?.remove();
      this.script = undefined;
      return;
    }
    if (!this.options.ready()) return;
    const occurrences = this.listed;
    const {writeJsonLd} = await import('./jsonld.js');
    if (occurrences !== this.listed || !this.host.emitJsonld) return; // a newer render wins
    this.script = writeJsonLd(this.host, this.script, occurrences, this.options.locale(), this.options.base());
  }
}
