import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerDashboard } from './dashboard-routes';

let distDir: string;
const apps: FastifyInstance[] = [];

beforeAll(() => {
  distDir = mkdtempSync(join(tmpdir(), 'dashboard-dist-'));
  mkdirSync(join(distDir, 'assets'));
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>Bericht</title>');
  writeFileSync(join(distDir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(distDir, 'assets', 'index-abc.js.br'), brotliCompressSync('console.log(1)'));
  writeFileSync(join(distDir, 'assets', 'index-abc.js.gz'), gzipSync('console.log(1)'));
  writeFileSync(join(distDir, 'secret.txt'), 'not served');
});
afterAll(async () => {
  await Promise.all(apps.map((app) => app.close()));
  rmSync(distDir, { recursive: true, force: true });
});

function dashboard(options: Parameters<typeof registerDashboard>[1]) {
  const app = Fastify();
  registerDashboard(app, options);
  apps.push(app);
  return app;
}

describe('the dashboard routes', () => {
  it('serve the page for every page path under a strict content security policy', async () => {
    const app = dashboard({ distDir });
    for (const path of ['/dashboard/', '/dashboard/regions', '/dashboard/report', '/dashboard/callback']) {
      const response = await app.inject(path);
      expect(response.statusCode, path).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.body).toContain('<title>Bericht</title>');
      const policy = String(response.headers['content-security-policy']);
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("connect-src 'self';");
      expect(policy).not.toContain('unsafe');
      expect(response.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('serves hashed assets as immutable and nothing else of the build folder', async () => {
    const app = dashboard({ distDir });
    const asset = await app.inject('/dashboard/assets/index-abc.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    for (const path of [
      '/dashboard/secret.txt',
      '/dashboard/assets/../secret.txt',
      '/dashboard/assets/%2e%2e%2fsecret.txt',
      '/dashboard/assets/missing.js',
      '/dashboard/nowhere',
      `/dashboard/${'x'.repeat(5000)}`,
    ]) {
      const response = await app.inject(path);
      expect(response.statusCode, path).toBe(404);
      expect(response.body).not.toContain('not served');
    }
  });

  it('serves the build’s Brotli or gzip copy to browsers that accept it, and the plain file to others', async () => {
    const app = dashboard({ distDir });
    const get = (acceptEncoding?: string) =>
      app.inject({
        url: '/dashboard/assets/index-abc.js',
        headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
      });
    const brotli = await get('gzip, deflate, br, zstd');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toBe('accept-encoding');
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe('console.log(1)');
    const gzip = await get('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe('console.log(1)');
    for (const acceptEncoding of [undefined, 'identity', 'br;q=0, gzip;q=0', 'deflate']) {
      const plain = await get(acceptEncoding);
      expect(plain.headers['content-encoding'], acceptEncoding).toBeUndefined();
      expect(plain.body, acceptEncoding).toBe('console.log(1)');
    }
    // The page itself has no compressed copy here: it goes out as it is.
    const page = await app.inject({ url: '/dashboard/', headers: { 'accept-encoding': 'br' } });
    expect(page.headers['content-encoding']).toBeUndefined();
    for (const copy of ['/dashboard/assets/index-abc.js.br', '/dashboard/assets/index-abc.js.gz']) {
      expect((await app.inject(copy)).statusCode, copy).toBe(404);
    }
  });

  it('redirects /dashboard to the page, keeping the filters of a shared link', async () => {
    const response = await dashboard({ distDir }).inject('/dashboard?from=2024&to=2025&country=AT');
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe('/dashboard/?from=2024&to=2025&country=AT');
  });

  it('tells the page how to sign in, and offers the development sign-in only where it is configured', async () => {
    const production = dashboard({
      distDir,
      oidc: { issuer: 'https://id.example.org/realms/mitmach', clientId: 'dashboard', scope: 'openid' },
    });
    const config = await production.inject('/dashboard/config.json');
    expect(config.json()).toEqual({
      developmentSignIn: false,
      oidc: { issuer: 'https://id.example.org/realms/mitmach', clientId: 'dashboard', scope: 'openid' },
    });
    expect(String(config.headers['content-security-policy'])).toContain("connect-src 'self' https://id.example.org;");
    expect((await production.inject({ method: 'POST', url: '/dashboard/development-sign-in' })).statusCode).toBe(404);

    const embedded = dashboard({ distDir, developmentToken: async () => 'a.b.c' });
    expect((await embedded.inject('/dashboard/config.json')).json()).toEqual({ developmentSignIn: true, oidc: null });
    const signIn = await embedded.inject({ method: 'POST', url: '/dashboard/development-sign-in' });
    expect(signIn.json()).toEqual({ token: 'a.b.c' });
    expect(signIn.headers['cache-control']).toBe('no-store');
  });

  it('says plainly when the dashboard was not built', async () => {
    const response = await dashboard({ distDir: join(distDir, 'missing') }).inject('/dashboard/');
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('pnpm --filter @mitmach/dashboard build');
  });
});
