import type { NextFunction, Request, Response } from 'express';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Angular's output names: `main-4PTVOVWH.js`, `chunk-ABCDEFGH.js`, `styles-XYZ12345.css`. */
const HASHED = /-[A-Z0-9]{8}\.(js|css)$/;
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest']);
/** Below this, compressing costs more than it saves. */
const MIN_BYTES = 1024;
const ONE_YEAR_S = 365 * 24 * 3600;

interface Compressed {
  readonly br: Buffer;
  readonly gzip: Buffer;
  readonly type: string;
}

/**
 * How long a browser keeps a file: hashed files never change under their name, so a year and
 * `immutable` (no revalidation on reload); index.html is always asked again, so a new version is
 * picked up at once; other files (translations, icons) an hour.
 */
export function cacheControlFor(path: string): string {
  if (path.endsWith('.html')) return 'no-cache';
  if (HASHED.test(path)) return `public, max-age=${ONE_YEAR_S}, immutable`;
  return 'public, max-age=3600';
}

/**
 * Serves the web app's scripts, styles and translations compressed with brotli (or gzip for
 * browsers without it): compressed once when the API starts, at the highest level, then kept in
 * memory, so no request waits for compression. Files it does not hold fall through to the plain
 * static server.
 */
export function precompressedWebAssets(webDist: string): (req: Request, res: Response, next: NextFunction) => void {
  const files = compressAll(webDist);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = files.get(req.path);
    if (!file) return next();
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
    res.setHeader('Vary', 'Accept-Encoding');
    if (!encoding) return next();
    const body = file[encoding];
    res.setHeader('Content-Type', file.type);
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', String(body.length));
    res.setHeader('Cache-Control', cacheControlFor(req.path));
    res.status(200).end(req.method === 'HEAD' ? undefined : body);
  };
}

function compressAll(webDist: string): Map<string, Compressed> {
  const files = new Map<string, Compressed>();
  for (const path of walk(webDist)) {
    const type = CONTENT_TYPES[extname(path)];
    if (!type || statSync(path).size < MIN_BYTES) continue;
    const content = readFileSync(path);
    files.set(`/${relative(webDist, path).split(sep).join('/')}`, {
      br: brotliCompressSync(content, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
      }),
      gzip: gzipSync(content, { level: 9 }),
      type,
    });
  }
  return files;
}

function* walk(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (COMPRESSIBLE.has(extname(entry.name))) yield path;
  }
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
