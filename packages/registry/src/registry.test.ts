import { globSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseSchemaOf, repositoryRoot, serviceDir, serviceNames, servicePackageName, services } from './index';

const servicesFolder = join(repositoryRoot, 'services');
const foldersInRepository = readdirSync(servicesFolder, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function sourceFiles(service: string): { path: string; text: string; test: boolean }[] {
  return globSync('src/**/*.ts', { cwd: join(repositoryRoot, serviceDir(service)) })
    .filter((path) => !path.startsWith('src/generated/'))
    .map((path) => ({
      path,
      text: readFileSync(join(repositoryRoot, serviceDir(service), path), 'utf8'),
      test: /\.test\.ts$/.test(path) || path.startsWith('src/testing/'),
    }));
}

/** SQL written by hand: the contents of every sql`…` template, where a schema-qualified table name would appear. */
function sqlTemplates(text: string): string[] {
  return [...text.matchAll(/\bsql`([^`]*)`/g)].map((match) => match[1] ?? '');
}

describe('the service registry', () => {
  it('lists exactly the service folders of the repository, each once, on a port of its own', () => {
    expect([...serviceNames].sort()).toEqual(foldersInRepository);
    expect(new Set(services.map((service) => service.port)).size).toBe(services.length);
    for (const service of services) {
      const manifest = JSON.parse(readFileSync(join(servicesFolder, service.name, 'package.json'), 'utf8'));
      expect(manifest.name).toBe(servicePackageName(service.name));
    }
  });

  describe.each(serviceNames)('%s', (name) => {
    const own = databaseSchemaOf(name);
    const others = serviceNames.filter((other) => other !== name);

    it('declares only its own Postgres schema, and its migrations touch no other', () => {
      const files = sourceFiles(name);
      const declared = files.flatMap((file) => [...file.text.matchAll(/pgSchema\('([^']+)'\)/g)].map((m) => m[1]));
      expect(declared).toEqual([own]);
      const migrations = globSync('drizzle/*.sql', { cwd: join(repositoryRoot, serviceDir(name)) }).map((path) =>
        readFileSync(join(repositoryRoot, serviceDir(name), path), 'utf8'),
      );
      for (const other of others) {
        const foreign = new RegExp(`"${databaseSchemaOf(other)}"\\.`);
        expect(migrations.filter((migration) => foreign.test(migration))).toEqual([]);
      }
    });

    it("reads no other service's tables: no import of another service's code outside tests, no foreign SQL", () => {
      for (const file of sourceFiles(name)) {
        for (const other of others) {
          if (!file.test) expect(file.text, file.path).not.toContain(`'${servicePackageName(other)}'`);
          const foreign = new RegExp(`\\b${databaseSchemaOf(other)}\\.[a-z_]+`);
          expect(
            sqlTemplates(file.text).filter((template) => foreign.test(template)),
            file.path,
          ).toEqual([]);
        }
      }
    });
  });
});
