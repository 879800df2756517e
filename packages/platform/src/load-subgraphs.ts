import { type ServiceName, serviceNames, servicePackageName } from '@mitmach/registry';
import type { Subgraph } from '@mitmach/server-kit';

/**
 * The registered services' subgraph definitions, in registry order. Each service package exports its definition as
 * `subgraph`, so nothing but the registry names them here.
 */
export async function loadSubgraphs(names: readonly ServiceName[] = serviceNames): Promise<Subgraph[]> {
  return Promise.all(
    names.map(async (name) => {
      const { subgraph } = (await import(servicePackageName(name))) as { subgraph?: Subgraph };
      if (!subgraph || subgraph.name !== name) {
        throw new Error(`${servicePackageName(name)} must export the subgraph definition of ${name} as \`subgraph\``);
      }
      return subgraph;
    }),
  );
}
