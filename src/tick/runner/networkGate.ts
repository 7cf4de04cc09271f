// Whether a network failure is the company's fault: not until some site-reaching attempt of this tick got
// through. Until then such failures are held; when enough pile up with none through, the network is down
// for everyone and nobody is blamed (the tick exits 69). Pure state, no I/O.

/** Unreachable companies in a row, with none reachable, that make the tick conclude the network is down. */
export const NETWORK_DOWN_AFTER = 3;

export class NetworkGate<T> {
  private proven = false;
  private readonly held: T[] = [];

  constructor(private readonly downAfter = NETWORK_DOWN_AFTER) {}

  /** A site-reaching attempt succeeded: the network works. Returns the held failures, to be recorded now. */
  reached(): T[] {
    this.proven = true;
    return this.held.splice(0);
  }

  /**
   * Offers a site-reaching network failure. Held (true) while the network is unproven; false once it is
   * proven, when the failure is the company's like any other.
   */
  hold(failure: T): boolean {
    if (this.proven) return false;
    this.held.push(failure);
    return true;
  }

  /** Enough failures held, none reached: the network looks down. */
  looksDown(): boolean {
    return !this.proven && this.held.length >= this.downAfter;
  }

  get heldCount(): number {
    return this.held.length;
  }

  /** At the end of the tick: what is still held is handed back, blaming nobody. */
  takeHeld(): T[] {
    return this.held.splice(0);
  }
}
