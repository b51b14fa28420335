import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** History entry pushed while the officer view is open, so the phone's Back button closes it. */
interface OfficerViewState {
  amparoOfficerView?: boolean;
}

/**
 * The full-screen "show to officer" view (the host's `<dialog>`): opens it modal at its top with
 * focus on its heading, makes the browser's Back button close it instead of leaving the page,
 * and gives focus back to the control that opened it.
 */
export class OfficerDialogController implements ReactiveController {
  private readonly onPopState = () => this.close();
  private opener?: HTMLElement | undefined;

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

  /** Opens the view; `opener` (the "Show to officer" button) gets focus back when it closes. */
  open(opener?: HTMLElement): void {
    const dialog = this.dialog;
    if (!dialog || dialog.open) return;
    this.opener = opener;
    dialog.showModal();
    // showModal focuses the first control, Close at the bottom, and scrolls down to it: the
    // officer would see the end of the statement first. Start at the top, on the heading.
    dialog.querySelector<HTMLElement>('[tabindex="-1"]')?.focus({preventScroll: true});
    dialog.scrollTop = 0;
    history.pushState({amparoOfficerView: true} satisfies OfficerViewState, '');
  }

  close(): void {
    const dialog = this.dialog;
    if (dialog?.open) dialog.close();
  }

  /** After the dialog closed (Escape, Close, Back, quick exit): focus back, history entry dropped. */
  closed(): void {
    this.opener?.focus();
    this.opener = undefined;
    if ((history.state as OfficerViewState | null)?.amparoOfficerView) history.back();
  }
}
