import type { AddressInfo } from 'node:net';
import type { DatabaseConnection, DrizzleOptions } from '@mitmach/db';
import type { EventTransport } from '@mitmach/events';
import type { Logger } from 'pino';
import type { MountedSubgraph, Subgraph } from '../subgraph/define-subgraph';
import type { Lifecycle } from './lifecycle';

export interface SubgraphStepsOptions {
  connection: DatabaseConnection;
  logger: Logger;
  /** The gateway's public key, to verify the caller header. */
  callerKey: string;
  allowUnsignedCallers?: boolean;
  /** Load the demo network into empty tables. */
  seed: boolean;
  host: string;
  /** The port each subgraph listens on; 0 picks a free one. */
  port: (subgraph: Subgraph) => number;
  /** Opens the event transport the workers run on; without it the process serves the API only. */
  openTransport: (() => Promise<EventTransport>) | null;
  onQuery?: (subgraph: Subgraph) => DrizzleOptions['onQuery'];
  /** How long the event tables keep what is done with (see MountOptions). */
  eventRetentionMs?: number;
}

/** What a started set of subgraphs offers: where each one listens, and each one's mounted parts. */
export interface RunningSubgraphs {
  urls: Record<string, string>;
  mounted: Record<string, MountedSubgraph>;
  /** The transport, once its step has run; null without events. */
  transport(): EventTransport | null;
}

export function graphqlUrlOf(address: AddressInfo | string | null, host: string): string {
  if (!address || typeof address === 'string') throw new Error('server is not listening on a TCP port');
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${address.port}/graphql`;
}

/**
 * Adds the subgraphs to a lifecycle in the order every mode shares: migrate all, seed all, open the event transport,
 * serve all, then start the workers. Stopping reverses it: workers first, then the servers, the transport last.
 */
export function addSubgraphSteps(
  lifecycle: Lifecycle,
  subgraphs: readonly Subgraph[],
  options: SubgraphStepsOptions,
): RunningSubgraphs {
  const urls: Record<string, string> = {};
  const mounted: Record<string, MountedSubgraph> = {};
  let transport: EventTransport | null = null;

  for (const subgraph of subgraphs) {
    lifecycle.add({ name: `migrate:${subgraph.name}`, start: () => subgraph.migrate(options.connection) });
  }
  if (options.seed) {
    for (const subgraph of subgraphs) {
      lifecycle.add({
        name: `seed:${subgraph.name}`,
        async start() {
          const result = await subgraph.seed(options.connection);
          options.logger.info({ subgraph: subgraph.name, result }, 'demo data');
        },
      });
    }
  }
  const openTransport = options.openTransport;
  if (openTransport) {
    lifecycle.add({
      name: 'event-transport',
      async start() {
        transport = await openTransport();
      },
      async stop() {
        await transport?.close();
      },
    });
  }
  for (const subgraph of subgraphs) {
    lifecycle.add({
      name: `listen:${subgraph.name}`,
      async start() {
        const parts = await subgraph.mount({
          connection: options.connection,
          logger: options.logger,
          callerKey: options.callerKey,
          allowUnsignedCallers: options.allowUnsignedCallers ?? false,
          transport,
          accepting: lifecycle.accepting,
          ...(options.onQuery ? { onQuery: options.onQuery(subgraph) } : {}),
          ...(options.eventRetentionMs ? { eventRetentionMs: options.eventRetentionMs } : {}),
        });
        await parts.server.app.listen({ host: options.host, port: options.port(subgraph) });
        urls[subgraph.name] = graphqlUrlOf(parts.server.app.server.address(), options.host);
        mounted[subgraph.name] = parts;
      },
      async stop() {
        await mounted[subgraph.name]?.server.app.close();
      },
    });
  }
  if (openTransport) {
    for (const subgraph of subgraphs) {
      lifecycle.add({
        name: `workers:${subgraph.name}`,
        async start() {
          for (const worker of mounted[subgraph.name]?.workers ?? []) await worker.start();
        },
        async stop() {
          for (const worker of mounted[subgraph.name]?.workers ?? []) await worker.stop();
        },
      });
    }
  }
  return { urls, mounted, transport: () => transport };
}
