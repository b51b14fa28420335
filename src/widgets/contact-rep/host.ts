/**
 * What the contact widget's controllers need from their element: Lit's controller host, and its
 * shadow root to move focus to what replaced the part the person was on.
 */
import type {ReactiveControllerHost} from 'lit';

export interface ContactHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Once the host has rendered, focuses the first element found in its shadow root for
 * `selectors`, in their order (the first selector that matches wins).
 */
export async function focusAfterRender(host: ContactHost, ...selectors: string[]): Promise<void> {
  await host.updateComplete;
  for (const selector of selectors) {
    const target = host.renderRoot.querySelector<HTMLElement>(selector);
    if (target) return target.focus();
  }
}
