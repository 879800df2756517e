import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  ExponentialBackoff,
  handleAll,
  IsolatedCircuitError,
  TaskCancelledError,
  TimeoutStrategy,
  timeout,
  wrap,
} from 'cockatiel';

export interface SubgraphBreakerOptions {
  /** How long one fetch may take. */
  timeoutMs: number;
  /** Failures in a row (refused, timed out, 502–504) that open the circuit. */
  failuresToOpen?: number;
  /** How long the circuit stays open before one trial fetch; it doubles while the trials fail, up to 30 s. */
  halfOpenAfterMs?: number;
}

/** Why a fetch did not reach a subgraph's answer: it could not be reached, or it took too long. */
export type SubgraphFault = 'unavailable' | 'timeout';

export interface SubgraphBreaker {
  fetch(input: string, init: RequestInit): Promise<Response>;
  /** `closed` lets every fetch through; `open` fails them at once; `half-open` lets one trial through. */
  state(): 'closed' | 'open' | 'half-open';
}

const unavailableStatuses = new Set([502, 503, 504]);

/**
 * A timeout on each fetch and a circuit breaker around it. While a subgraph keeps failing, its fetches fail in
 * microseconds instead of each waiting for the timeout or a refused connection; after a pause, one trial fetch finds
 * out whether it is back, and its success closes the circuit.
 */
export function createSubgraphBreaker(options: SubgraphBreakerOptions): SubgraphBreaker {
  const breaker = circuitBreaker(
    handleAll.orWhenResult((result) => result instanceof Response && unavailableStatuses.has(result.status)),
    {
      breaker: new ConsecutiveBreaker(options.failuresToOpen ?? 3),
      halfOpenAfter: new ExponentialBackoff({ initialDelay: options.halfOpenAfterMs ?? 1_000, maxDelay: 30_000 }),
    },
  );
  const policy = wrap(breaker, timeout(options.timeoutMs, TimeoutStrategy.Aggressive));
  return {
    // The body is read inside the policy: the timeout covers it, and the policy aborts its signal once it returns.
    fetch: (input, init) =>
      policy.execute(async ({ signal }) => {
        const response = await fetch(input, {
          ...init,
          signal: init.signal ? AbortSignal.any([init.signal, signal]) : signal,
        });
        const body = await response.arrayBuffer();
        return new Response(body, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        });
      }),
    state: () =>
      breaker.state === CircuitState.Closed ? 'closed' : breaker.state === CircuitState.HalfOpen ? 'half-open' : 'open',
  };
}

/** The fault behind a failed fetch, or null when the failure is of another kind (a bug, a refused request). */
export function subgraphFaultOf(error: unknown): SubgraphFault | null {
  if (error instanceof TaskCancelledError) return 'timeout';
  if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) return 'unavailable';
  // fetch() rejects with a TypeError when no connection comes about (refused, reset, unknown host).
  if (error instanceof TypeError && error.message.startsWith('fetch failed')) return 'unavailable';
  return null;
}

export function isUnavailableStatus(status: number): boolean {
  return unavailableStatuses.has(status);
}
