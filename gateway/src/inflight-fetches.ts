interface Flight<T> {
  promise: Promise<T>;
  waiters: number;
}

/**
 * Shares one in-flight fetch among everyone who asks for the same key while it runs. The gateway writes into the
 * data a subgraph returned (it merges later fetches into it), so each waiter but the last gets its own copy and the
 * last gets the original; the copies are taken before the original is handed out.
 */
export class InflightFetches<T> {
  private readonly flights = new Map<string, Flight<T>>();

  constructor(private readonly copy: (value: T) => T) {}

  async share(key: string, fetch: () => Promise<T>): Promise<T> {
    let flight = this.flights.get(key);
    if (!flight) {
      const started: Flight<T> = {
        promise: fetch().finally(() => this.flights.delete(key)),
        waiters: 0,
      };
      this.flights.set(key, started);
      flight = started;
    }
    flight.waiters += 1;
    const value = await flight.promise;
    flight.waiters -= 1;
    return flight.waiters === 0 ? value : this.copy(value);
  }

  /** How many distinct fetches are in flight. */
  get size(): number {
    return this.flights.size;
  }
}
