import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The encodings the build writes copies in (`<file>.br`, `<file>.gz`), the better first. */
export const contentEncodings = { br: '.br', gzip: '.gz' } as const;
export type ContentEncoding = keyof typeof contentEncodings;

export interface DashboardFile {
  body: Buffer;
  contentType: string;
  /** The same content compressed, as the build wrote it. */
  encoded: Partial<Record<ContentEncoding, Buffer>>;
}

function readVariants(path: string): DashboardFile['encoded'] {
  const encoded: DashboardFile['encoded'] = {};
  for (const [encoding, suffix] of Object.entries(contentEncodings) as [ContentEncoding, string][]) {
    if (existsSync(path + suffix)) encoded[encoding] = readFileSync(path + suffix);
  }
  return encoded;
}

/**
 * The built dashboard, read once into memory: a few hundred kilobytes, served without touching the disk and without
 * any way for a request path to reach a file outside the build. Keys are paths below the build folder; the compressed
 * copies are variants of their file, not files of their own.
 */
export function readDashboardFiles(distDir: string): Map<string, DashboardFile> | null {
  if (!existsSync(join(distDir, 'index.html'))) return null;
  const files = new Map<string, DashboardFile>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const type = contentTypes[extname(name)];
        if (type)
          files.set(relative(distDir, path).split(sep).join('/'), {
            body: readFileSync(path),
            contentType: type,
            encoded: readVariants(path),
          });
      }
    }
  };
  walk(distDir);
  return files;
}
