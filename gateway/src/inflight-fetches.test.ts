import { describe, expect, it } from 'vitest';
import { InflightFetches } from './inflight-fetches';

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('in-flight fetches', () => {
  it('runs one fetch for concurrent askers of one key and gives each its own copy', async () => {
    const flights = new InflightFetches<{ list: number[] }>((value) => structuredClone(value));
    const answer = deferred<{ list: number[] }>();
    let fetches = 0;
    const fetch = () => {
      fetches += 1;
      return answer.promise;
    };
    const waiting = Array.from({ length: 5 }, () => flights.share('k', fetch));
    answer.resolve({ list: [1] });
    const results = await Promise.all(waiting);
    expect(fetches).toBe(1);
    expect(results).toEqual(Array.from({ length: 5 }, () => ({ list: [1] })));
    results[0]?.list.push(2);
    expect(results.slice(1).every((result) => result.list.length === 1)).toBe(true);
    expect(new Set(results).size).toBe(5);
  });

  it('fetches again once the flight has landed, and keeps other keys apart', async () => {
    const flights = new InflightFetches<number>((value) => value);
    let fetches = 0;
    const fetch = async () => {
      fetches += 1;
      return fetches;
    };
    await Promise.all([flights.share('a', fetch), flights.share('b', fetch)]);
    await flights.share('a', fetch);
    expect(fetches).toBe(3);
    expect(flights.size).toBe(0);
  });

  it('hands a failure to every waiter and forgets it', async () => {
    const flights = new InflightFetches<number>((value) => value);
    const failing = () => Promise.reject(new Error('down'));
    const outcomes = await Promise.allSettled([flights.share('k', failing), flights.share('k', failing)]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    expect(flights.size).toBe(0);
  });
});
