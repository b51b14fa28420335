/**
 * The contact form's last step is a lazy part (last-step.ts): this controller fetches it once,
 * early (when the person records a first outcome, so it is there when they finish), and
 * re-renders the host when it arrives. If it cannot be fetched, the thank-you screen works
 * without it.
 */
import type {ReactiveController} from 'lit';
import type {ContactHost} from './host.js';
import type * as LastStep from './last-step.js';

export class LastStepController implements ReactiveController {
  /** The part, once loaded. */
  part?: typeof LastStep;
  private loading?: Promise<void>;

  constructor(private readonly host: ContactHost) {
    host.addController(this);
  }

  /** Nothing to set up: the part is fetched on the person's first outcome. */
  hostConnected(): void {}

  /** Fetches the part (once); resolves when it is there or could not be fetched. */
  load(): Promise<void> {
    return (this.loading ??= import('./last-step.js').then(
      (part) => {
        this.part = part;
        this.host.requestUpdate();
      },
      (error: unknown) => console.warn('Amparo: could not load the last step of the contact form (next events, report).', error),
    ));
  }
}
