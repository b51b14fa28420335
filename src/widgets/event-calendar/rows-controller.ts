/**
 * Builds a long list in slices, as a reactive controller. The first list is built in one go (like
 * any page content). After that (filters, "show more"), rows already on screen are kept, wherever
 * they are, and at most ROWS_PER_TASK new rows are built per task, in list order: the top of the
 * list is complete at once, rows further down fill in over the next tasks, and no row is removed
 * only to be built again.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Occurrence} from '../../core/events/occurrences.js';
import {yieldToPage} from '../../core/yield.js';

/**
 * New rows of the list built per task: about 0.05 ms a row on a 2-core laptop and 0.2 ms at 4x
 * CPU throttling (a slow phone), so the re-render, style and layout around them keep each task
 * under the 50 ms long-task mark even there.
 */
export const ROWS_PER_TASK = 20;

export class RowsController implements ReactiveController {
  private built = false;
  /** The occurrences the list shows now. */
  private onScreen = new Set<Occurrence>();
  /** More rows are due: the next slice is built in a task of its own. */
  private more = false;
  /** A turn is awaited before the next slice (one chain at a time; a newer render just continues it). */
  private waiting = false;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** The rows to render now of `listed` (all of them when `sliced` is false: the month grid). */
  slice(listed: Occurrence[], sliced: boolean): Occurrence[] {
    let rows = listed;
    if (sliced) {
      if (this.built) {
        let created = 0;
        rows = rows.filter((o) => this.onScreen.has(o) || created++ < ROWS_PER_TASK);
      }
      this.built = true;
      this.onScreen = new Set(rows);
    }
    this.more = sliced && rows.length < listed.length;
    return rows;
  }

  hostConnected(): void {
    this.schedule();
  }

  hostUpdated(): void {
    this.schedule();
  }

  private schedule(): void {
    if (!this.more || this.waiting) return;
    this.waiting = true;
    void yieldToPage().then(() => {
      this.waiting = false;
      // The newest list decides: a filter changed since builds its own rows, not the old ones.
      if (this.more && this.host.isConnected) this.host.requestUpdate();
    });
  }
}
