/**
 * A share button for any widget: a reactive controller that opens the share sheet (or copies the
 * link), keeps what happened, and renders the button with a polite status ("Link copied") and,
 * when neither worked, the link in a field to copy by hand.
 */
import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {share, type ShareData, type ShareNavigator, type ShareResult} from './share.js';

export class ShareController implements ReactiveController {
  /** The result of the last share, and for which link (one controller can serve several buttons). */
  private last?: {key: string; result: ShareResult; url: string};

  constructor(
    private readonly host: ReactiveControllerHost,
    /** A seam for tests. */
    private readonly nav: () => Partial<ShareNavigator> = () => navigator,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.last = undefined;
  }

  /** Shares `data` (from a click) and re-renders the host with the outcome. */
  async share(key: string, data: ShareData): Promise<ShareResult> {
    const result = await share(data, this.nav());
    this.last = {key, result, url: data.url};
    this.host.requestUpdate();
    return result;
  }

  /** The button and its status. `key` tells apart several share buttons of one widget. */
  render(key: string, label: string, data: () => ShareData, onShared?: (result: ShareResult) => void): TemplateResult {
    const last = this.last?.key === key ? this.last : undefined;
    return html`<span class="share">
      <button
        type="button"
        class="secondary"
        @click=${async () => {
          // Not `onShared?.(await ...)`: optional call skips evaluating its argument.
          const result = await this.share(key, data());
          onShared?.(result);
        }}
      >
        ${label}
      </button>
      <span role="status" class="small">
        ${last?.result === 'copied' ? msg('Link copied. Paste it in a message.') : nothing}
        ${last?.result === 'failed'
          ? html`${msg('Copy this link:')} <input readonly aria-label=${msg('Link to share')} .value=${last.url} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />`
          : nothing}
      </span>
    </span>`;
  }
}
