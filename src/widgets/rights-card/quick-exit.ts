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
 * Replaces the current page with `url` (no new history entry, so Back does not return here).
 * The caller clears its own state first. It cannot erase earlier history; the README says so.
 */
export function leavePage(url: string): void {
  location.replace(url);
}
