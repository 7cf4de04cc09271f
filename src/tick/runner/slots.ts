// The task slots: how many attempts may work at once, and slot lending. A task parked on a shared
// resource (a browser page slot) lends its slot to the next task; at most as many again are claimed.

export class Slots {
  private inFlight = 0;
  private parked = 0;
  private wake: (() => void) | null = null;

  constructor(readonly concurrency: number) {}

  /** Claimed tasks allowed at once, parked ones included. */
  get maxClaimed(): number {
    return this.concurrency * 2;
  }

  /** Slots free for new claims now. */
  free(): number {
    return this.freeAfter(0);
  }

  /** Slots that will be free once `settling` of the tasks in flight have settled. */
  freeAfter(settling: number): number {
    const inFlight = this.inFlight - settling;
    return Math.max(0, Math.min(this.concurrency - (inFlight - this.parked), this.maxClaimed - inFlight));
  }

  get busy(): number {
    return this.inFlight;
  }

  taken(): void {
    this.inFlight++;
  }

  released(): void {
    this.inFlight--;
    this.notify();
  }

  /** Waits for `waitFor` with the slot lent out. */
  async park<T>(waitFor: Promise<T>): Promise<T> {
    this.parked++;
    this.notify();
    try {
      return await waitFor;
    } finally {
      this.parked--;
    }
  }

  /** Resolves when a slot may have freed (a task settled or parked) or `stop` aborts. */
  changed(stop: AbortSignal): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        this.wake = null;
        stop.removeEventListener('abort', done);
        resolve();
      };
      if (stop.aborted) return resolve();
      this.wake = done;
      stop.addEventListener('abort', done, { once: true });
    });
  }

  private notify(): void {
    this.wake?.();
  }
}
