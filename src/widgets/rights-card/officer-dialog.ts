import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** History entry pushed while the officer view is open, so the phone's Back button closes it. */
interface OfficerViewState {
  amparoOfficerView?: boolean;
}

/**
 * The full-screen "show to officer" view (the host's `<dialog>`): opens it modal, and makes the
 * browser's Back button close it instead of leaving the page.
 */
export class OfficerDialogController implements ReactiveController {
  private readonly onPopState = () => this.close();

  constructor(private readonly host: ReactiveControllerHost & {readonly renderRoot: ParentNode}) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.onPopState);
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  open(): void {
    const dialog = this.dialog;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    history.pushState({amparoOfficerView: true} satisfies OfficerViewState, '');
  }

  close(): void {
    const dialog = this.dialog;
    if (dialog?.open) dialog.close();
  }

  /** After the dialog closed (Escape, Close, quick exit): drops the history entry it pushed. */
  closed(): void {
    if ((history.state as OfficerViewState | null)?.amparoOfficerView) history.back();
  }
}
