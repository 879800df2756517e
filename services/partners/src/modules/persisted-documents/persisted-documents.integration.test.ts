import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startForFile } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { keyAdmin } from '../../testing/key-admin';
import { startPartners } from '../../testing/start-partners';

const { platform } = await startForFile(startPartners);
const admin = await keyAdmin(platform);

const regions = '{ regions(first: 5) { edges { node { name } } } }';
const hashOf = (document: string) => createHash('sha256').update(document).digest('hex');
const entry = (document: string) => ({ hash: hashOf(document), document });
const newKey = () => admin.create({ allowedOrigins: ['https://zeitung.example'] });

describe('persisted documents', () => {
  it('registers the documents of a manifest once, checking each hash', async () => {
    const { id } = await newKey();
    expect(await admin.registerDocuments(id, [entry(regions)])).toMatchObject({ added: 1, total: 1 });
    expect(await admin.registerDocuments(id, [entry(regions)])).toMatchObject({ added: 0, total: 1 });
  });

  it('refuses the whole registration when a hash does not match or a document does not parse', async () => {
    const { id } = await newKey();
    const refused = await admin.registerDocuments(id, [
      entry(regions),
      { hash: '0'.repeat(64), document: regions },
      entry('{ regions('),
    ]);
    expect(refused?.added).toBe(0);
    expect(refused?.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['input.documents.1.hash', 'HASH_MISMATCH'],
      ['input.documents.2.document', 'INVALID'],
    ]);
    const tooMany = await admin.registerDocuments(
      id,
      Array.from({ length: 501 }, () => entry(regions)),
    );
    expect(tooMany?.userErrors[0]?.message).toBe('A registration holds 1 to 500 documents, got 501.');
  });

  it('refuses to let one key hold more than 10,000 documents, registering nothing of the batch that would', async () => {
    const { id } = await newKey();
    const documents = Array.from({ length: 10_001 }, (_, i) => entry(`query Q${i} { __typename }`));
    for (let start = 0; start < 10_000; start += 500) {
      expect((await admin.registerDocuments(id, documents.slice(start, start + 500)))?.userErrors).toEqual([]);
    }
    const over = await admin.registerDocuments(id, documents.slice(9_999));
    expect(over?.userErrors[0]?.message).toBe(
      'A key holds at most 10000 documents; this registration would make 10001.',
    );
    expect((await admin.registerDocuments(id, [documents[0] as { hash: string; document: string }]))?.total).toBe(
      10_000,
    );
  });
});

describe('npm run register-documents', () => {
  const script = new URL('../../../scripts/register-documents.ts', import.meta.url).pathname;
  const run = (args: string[], env: Record<string, string>) =>
    promisify(execFile)('node', ['--import', 'tsx', script, ...args], {
      env: { ...process.env, ...env },
    }).then(
      ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
  const folder = mkdtempSync(join(tmpdir(), 'manifest-'));
  const manifest = (name: string, content: unknown) => {
    const path = join(folder, name);
    writeFileSync(path, JSON.stringify(content));
    return path;
  };

  it("registers graphql-codegen's manifest for a key", async () => {
    const { id } = await newKey();
    const other = 'query Count { regions { totalCount } }';
    const path = manifest('persisted-documents.json', { [hashOf(regions)]: regions, [hashOf(other)]: other });
    const done = await run(['--key', id, '--gateway', platform.gatewayUrl, path], { MITMACH_TOKEN: admin.token });
    expect(done).toMatchObject({ code: 0, stdout: `registered 2 documents for key ${id}: 2 new, 2 in all\n` });
  });

  it('refuses a manifest hashed with SHA-1, registering nothing, and says how to fix it', async () => {
    const { id } = await newKey();
    const sha1 = createHash('sha1').update(regions).digest('hex');
    const path = manifest('sha1.json', { [sha1]: regions });
    const refused = await run(['--key', id, '--gateway', platform.gatewayUrl, path], { MITMACH_TOKEN: admin.token });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("generate the manifest with persistedDocuments: { hashAlgorithm: 'sha256' }");
    expect((await admin.registerDocuments(id, [entry(regions)]))?.added).toBe(1);
  });

  it('names what is missing or wrong in the command', async () => {
    expect((await run([], {})).stderr).toContain('--key is required');
    const noToken = await run(['--key', 'k', manifest('a.json', {})], { MITMACH_TOKEN: '' });
    expect(noToken.stderr).toContain('MITMACH_TOKEN must hold a staff token');
    const notJson = join(folder, 'broken.json');
    writeFileSync(notJson, '{');
    expect((await run(['--key', 'k', notJson], { MITMACH_TOKEN: 't' })).stderr).toContain('the manifest is not JSON');
    const wrongKey = await run(
      ['--key', 'not-a-uuid', '--gateway', platform.gatewayUrl, manifest('b.json', { [hashOf(regions)]: regions })],
      {
        MITMACH_TOKEN: admin.token,
      },
    );
    expect(wrongKey.code).toBe(2);
    expect(wrongKey.stderr).toMatch(/keyId/);
  });
});
