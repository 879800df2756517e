import { actionPoolSubgraph } from '@mitmach/action-pool-service';
import { conferencesSubgraph } from '@mitmach/conferences-service';
import { regionsSubgraph } from '@mitmach/regions-service';
import { type Federation, startFederation } from '@mitmach/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

function metricsUrl(graphqlUrl: string | undefined): string {
  return (graphqlUrl ?? '').replace(/\/graphql$/, '/metrics');
}

/** The value of one sample of the Prometheus text, or undefined when it is not there. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((entry) => entry.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('event metrics for Prometheus', () => {
  let federation: Federation;

  beforeAll(async () => {
    // Conferences reads region names and websites from the regions subgraph (@requires), so it cannot compose alone.
    federation = await startFederation({
      subgraphs: [regionsSubgraph, conferencesSubgraph, actionPoolSubgraph],
      events: true,
    });
  }, 300_000);
  afterAll(() => federation?.stop());

  it("exposes each service's outbox backlog, consumer lag and dead letters, labelled with the service", async () => {
    const response = await fetch(metricsUrl(federation.subgraphUrls['action-pool']));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(sample(text, 'mitmach_outbox_backlog{service="action-pool"}')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'mitmach_dead_letters{service="action-pool"}')).toBe(0);
    expect(sample(text, 'mitmach_consumer_lag{group="action-pool",service="action-pool"}')).toBeGreaterThanOrEqual(0);

    const conferences = await (await fetch(metricsUrl(federation.subgraphUrls.conferences))).text();
    expect(sample(conferences, 'mitmach_outbox_backlog{service="conferences"}')).toBeGreaterThanOrEqual(0);
  });

  it('sees the consumer catch up: its lag falls to 0 once the seeded events are applied', async () => {
    await expect
      .poll(
        async () =>
          sample(
            await (await fetch(metricsUrl(federation.subgraphUrls['action-pool']))).text(),
            'mitmach_consumer_lag{group="action-pool",service="action-pool"}',
          ),
        { timeout: 60_000, interval: 500 },
      )
      .toBe(0);
  });
});
