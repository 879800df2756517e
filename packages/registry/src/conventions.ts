import { fileURLToPath } from 'node:url';
import { services } from './services';

export type ServiceName = (typeof services)[number]['name'];
export type ServiceEntry = (typeof services)[number];

export const serviceNames: readonly ServiceName[] = services.map((service) => service.name);

export const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

export function isServiceName(name: string): name is ServiceName {
  return (serviceNames as readonly string[]).includes(name);
}

export function serviceEntry(name: ServiceName): ServiceEntry {
  const entry = services.find((service) => service.name === name);
  if (!entry) throw new Error(`${name} is not in the service registry`);
  return entry;
}

/** The package folder, relative to the repository root. */
export function serviceDir(name: string): string {
  return `services/${name}`;
}

export function servicePackageName(name: string): string {
  return `@mitmach/${name}-service`;
}

/** The service's own Postgres schema; SQL identifiers take no hyphen. */
export function databaseSchemaOf(name: string): string {
  return name.replaceAll('-', '_');
}

/** Where the gateway finds the service in the distributed topology (docker-compose service names). */
export function routingUrlOf(name: ServiceName): string {
  return `http://${name}:${serviceEntry(name).port}/graphql`;
}

/** `action-pool` → `ActionPool`: the prefix of the service's TypeScript and GraphQL names. */
export function pascalCaseOf(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());
}

/** `action-pool` → `actionPool`. */
export function camelCaseOf(name: string): string {
  const pascal = pascalCaseOf(name);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}
