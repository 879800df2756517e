/** A background loop a process starts after it serves and stops before it closes its database. */
export interface Worker {
  /** Names the loop in readiness reports and logs, e.g. `outbox-relay` or `consumer:statistics`. */
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** False while the loop is not running or its last round failed; a standby that waits for its turn is ready. */
  ready(): boolean;
}

/** Lets a loop sleep until either its poll interval passes or something wakes it. */
export function wakeable() {
  let wake: (() => void) | null = null;
  let pending = false;
  return {
    wake() {
      pending = true;
      wake?.();
    },
    sleep(ms: number): Promise<void> {
      if (pending) {
        pending = false;
        return Promise.resolve();
      }
      return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          wake = null;
          pending = false;
          resolve();
        }
        wake = done;
      });
    },
  };
}
