import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync, type BrotliOptions } from 'node:zlib';

/** Below this, a JSON body travels as it is: compressing would cost more than it saves. */
export const JSON_COMPRESSION_MIN_BYTES = 1024;

/**
 * Up to this size a body is compressed at once on the event loop, at brotli quality 1 or gzip level 3:
 * a month of a room's calendar (74 kB) in 0.14 ms (brotli 4: 0.44 ms) for 2 % more bytes, without the
 * trip through zlib's thread pool (0.2 ms here). Larger bodies (reports, exports' JSON) go to the
 * thread pool at brotli quality 4 and gzip's default level: they would hold the event loop for tens of
 * milliseconds, and on them quality 4 saves a tenth of the bytes (`docs/benchmarks.md`).
 */
export const JSON_FAST_COMPRESSION_MAX_BYTES = 128 * 1024;

/** `application/json`, and its `+json` relatives (`application/problem+json`). */
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;
const NO_BODY_STATUSES = new Set([204, 304]);

type Encoding = 'br' | 'gzip';

/**
 * Compresses the API's JSON answers (brotli, or gzip for clients without it) once they reach
 * `minBytes`: a week of the calendar or a report is mostly repeated keys, which compress well, and
 * bytes are what a slow rural connection waits for.
 *
 * Only whole bodies handed to `res.send` (what `res.json` and Nest's replies use) are compressed:
 * small ones at once and fast, large ones in zlib's thread pool and smaller (see
 * `JSON_FAST_COMPRESSION_MAX_BYTES`). A stream written piece by piece (an event stream, an export)
 * is never buffered or touched, nor is anything that is not JSON, nor a response that asks for
 * `no-transform`.
 */
export function compressJsonResponses(minBytes = JSON_COMPRESSION_MIN_BYTES): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (!isCompressibleJson(req, res, body, minBytes)) return send(body);
      const content = typeof body === 'string' ? Buffer.from(body, 'utf8') : (body as Buffer);
      // The answer depends on what the client accepts, even when it accepts nothing.
      res.vary('Accept-Encoding');
      const encoding = acceptedEncoding(req);
      if (!encoding) return send(body);
      compress(content, encoding, (error, compressed) => {
        if (res.headersSent) return;
        if (error) return void send(body);
        // A Buffer gets no charset from Express: keep the one a string would have had.
        const type = String(res.getHeader('Content-Type'));
        if (!/charset=/i.test(type)) res.setHeader('Content-Type', `${type}; charset=utf-8`);
        res.setHeader('Content-Encoding', encoding);
        send(compressed);
      });
      return res;
    };
    next();
  };
}

function isCompressibleJson(req: Request, res: Response, body: unknown, minBytes: number): boolean {
  if (req.method === 'HEAD' || NO_BODY_STATUSES.has(res.statusCode) || res.statusCode < 200) return false;
  if (typeof body !== 'string' && !Buffer.isBuffer(body)) return false;
  if (Buffer.byteLength(body) < minBytes) return false;
  if (!JSON_TYPE.test(String(res.getHeader('Content-Type') ?? ''))) return false;
  if (res.getHeader('Content-Encoding') !== undefined) return false;
  return !/\bno-transform\b/i.test(String(res.getHeader('Cache-Control') ?? ''));
}

/** Brotli whenever the client takes it (it lists it after gzip, but it is smaller), else gzip. */
function acceptedEncoding(req: Request): Encoding | null {
  if (req.acceptsEncodings('br') === 'br') return 'br';
  return req.acceptsEncodings('gzip') === 'gzip' ? 'gzip' : null;
}

function compress(content: Buffer, encoding: Encoding, done: (error: Error | null, result: Buffer) => void): void {
  if (content.length <= JSON_FAST_COMPRESSION_MAX_BYTES) {
    let compressed: Buffer;
    try {
      compressed = encoding === 'gzip' ? gzipSync(content, { level: 3 }) : brotliCompressSync(content, brotli(1, content.length));
    } catch (error) {
      return done(error as Error, content);
    }
    return done(null, compressed);
  }
  if (encoding === 'gzip') return gzip(content, done);
  brotliCompress(content, brotli(4, content.length), done);
}

function brotli(quality: number, size: number): BrotliOptions {
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: size,
    },
  };
}
