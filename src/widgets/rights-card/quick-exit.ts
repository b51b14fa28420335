import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * "Quick exit", modelled on GOV.UK's "Exit this page": Escape pressed three times within a couple
 * of seconds leaves the page. Returns a keydown handler; pure timing logic, tested directly.
 */
export function tripleEscape(onExit: () => void, {presses = 3, withinMs = 2000, now = () => Date.now()} = {}) {
  let times: number[] = [];
  return (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') {
      times = [];
      return;
    }
    const t = now();
    times = [...times.filter((s) => t - s <= withinMs), t];
    if (times.length >= presses) {
      times = [];
      onExit();
    }
  };
}

/**
 * Listens on the document for the quick-exit shortcut while the host has a quick-exit page
 * (`enabled()`, read at every host update), and stops when the host leaves the page.
 */
export class QuickExitController implements ReactiveController {
  private readonly onKeydown: (event: KeyboardEvent) => void;
  private listening = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly enabled: () => boolean,
    onExit: () => void,
  ) {
    this.onKeydown = tripleEscape(onExit);
    host.addController(this);
  }

  hostUpdate(): void {
    this.listen(this.enabled());
  }

  hostDisconnected(): void {
    this.listen(false);
  }

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    if (on) document.addEventListener('keydown', this.onKeydown);
    else document.removeEventListener('keydown', this.onKeydown);
  }
}

/**
 * Replaces the current page with `url` (no new history entry, so Back does not return here).
 * The caller clears its own state first. It cannot erase earlier history; the README says so.
 */
export function leavePage(url: string): void {
  location.replace(url);
}
