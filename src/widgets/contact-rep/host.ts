/**
 * What the contact widget's controllers need from their element: Lit's controller host, and its
 * shadow root to move focus to what replaced the part the person was on.
 */
import type {ReactiveControllerHost} from 'lit';

export interface ContactHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Once the host has rendered, focuses the element `selector` finds in its shadow root. */
export async function focusAfterRender(host: ContactHost, selector: string): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}
