/**
 * Quick exit for any widget (the rights card, the finder): Shift pressed three times leaves the
 * page for a neutral one.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** How long GOV.UK's "Exit this page" waits for the next Shift press (it restarts at every press). */
export const SHIFT_GAP_MS = 5000;

/**
 * "Quick exit", as GOV.UK's "Exit this page": Shift pressed on its own three times, each press
 * within {@link SHIFT_GAP_MS} of the one before, leaves the page. Escape is not used: people
 * press it by habit to close a dialog or clear a search field, and would lose the page.
 *
 * A press counts when a Shift keydown is released with no other key in between (Shift+A or
 * typing capitals is not a press) and no handler marked the keydown or keyup handled
 * (`defaultPrevented`). Auto-repeat of a held Shift is the same press; Shift with Ctrl, Alt or
 * Meta held, or during IME composition, is not a press. Any other key, and a handled Shift, ends
 * the sequence. Returns the handler for both `keydown` and `keyup`; pure timing logic, tested
 * directly.
 */
export function tripleShift(onExit: () => void, {presses = 3, gapMs = SHIFT_GAP_MS, now = () => Date.now()} = {}) {
  let count = 0;
  let last = 0;
  /** The Shift keydown that becomes a press if it is released with nothing in between. */
  let pending: KeyboardEvent | undefined;
  return (event: KeyboardEvent): void => {
    const shift = event.key === 'Shift';
    if (event.type === 'keydown') {
      if (shift && event.repeat) return;
      pending = shift && !event.ctrlKey && !event.altKey && !event.metaKey && !event.isComposing ? event : undefined;
      if (!pending || event.defaultPrevented) count = 0;
      return;
    }
    if (event.type !== 'keyup' || !shift || !pending) return;
    // Read now, not at keydown: handlers that ran after this one have had their say.
    const handled = pending.defaultPrevented || event.defaultPrevented;
    pending = undefined;
    const t = now();
    count = handled ? 0 : count > 0 && t - last <= gapMs ? count + 1 : 1;
    last = t;
    if (count >= presses) {
      count = 0;
      onExit();
    }
  };
}

/**
 * Listens for the quick-exit shortcut while the host is on the page with a quick-exit page
 * (`enabled()`, read when it connects and at every update). It listens on the window, where
 * keyboard events arrive last, so that every other handler has marked them handled first.
 */
export class QuickExitController implements ReactiveController {
  private readonly onKey: (event: KeyboardEvent) => void;
  private listening = false;
  /** An update that runs after the host left the page must not listen again. */
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly enabled: () => boolean,
    onExit: () => void,
  ) {
    this.onKey = tripleShift(onExit);
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.listen(this.enabled());
  }

  hostUpdate(): void {
    this.listen(this.connected && this.enabled());
  }

  hostDisconnected(): void {
    this.connected = false;
    this.listen(false);
  }

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    for (const type of ['keydown', 'keyup'] as const) {
      if (on) addEventListener(type, this.onKey);
      else removeEventListener(type, this.onKey);
    }
  }
}

/**
 * Replaces the current page with `url` (no new history entry, so Back does not return here).
 * The caller clears its own state first. It cannot erase earlier history; the README says so.
 */
export function leavePage(url: string): void {
  location.replace(url);
}
