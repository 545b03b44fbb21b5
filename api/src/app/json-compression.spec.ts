import express from 'express';
import { get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compressJsonResponses, JSON_COMPRESSION_MIN_BYTES, JSON_FAST_COMPRESSION_MAX_BYTES } from './json-compression';

/** What a week of the calendar looks like: the same keys over and over. */
const bookings = Array.from({ length: 200 }, (_, index) => ({
  id: `occurrence-${index}`,
  roomName: 'Salle Bouleau',
  organisationName: 'Maison de la famille',
  status: 'confirmed',
}));

/** What a year's report looks like: larger than what is compressed on the event loop. */
const report = Array.from({ length: 3000 }, (_, index) => ({
  resourceId: `room-${index}`,
  name: `Salle ${index}`,
  byMonth: Array.from({ length: 3 }, (_, month) => ({ month: `2026-0${month + 1}-01`, bookedMinutes: index * month, rate: 0.5 })),
}));

const app = () =>
  express()
    .use(compressJsonResponses())
    .get('/bookings', (_req, res) => res.json(bookings))
    .head('/bookings', (_req, res) => res.json(bookings))
    .get('/report', (_req, res) => res.json(report))
    .get('/health', (_req, res) => res.json({ status: 'ok' }))
    .get('/no-transform', (_req, res) => res.set('Cache-Control', 'no-transform').json(bookings))
    .get('/page', (_req, res) => res.type('html').send('<p>plain</p>'.repeat(500)))
    .get('/events', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
      res.write(`data: ${JSON.stringify(bookings)}\n\n`);
      setTimeout(() => res.end('data: bye\n\n'), 20);
    });

/** The bytes as they travelled, before any decoding (supertest would decode them first). */
function raw(req: request.Test): Promise<request.Response> {
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

/** A plain Node client, which decodes nothing: the headers and bytes exactly as sent. */
async function fetchWire(path: string, acceptEncoding: string): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  const server = app().listen(0);
  try {
    const { port } = server.address() as AddressInfo;
    return await new Promise((resolve, reject) =>
      get({ port, path, headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject),
    );
  } finally {
    server.close();
  }
}

describe('JSON compression', () => {
  const plain = JSON.stringify(bookings);

  it('sends large JSON in brotli, a small fraction of its size, that decodes to the same data', async () => {
    const { headers, body } = await fetchWire('/bookings', 'gzip, deflate, br');
    expect(headers['content-encoding']).toBe('br');
    expect(headers['content-type']).toBe('application/json; charset=utf-8');
    expect(headers['vary']).toMatch(/Accept-Encoding/i);
    expect(Number(headers['content-length'])).toBe(body.length);
    expect(body.length).toBeLessThan(plain.length / 10);
    expect(JSON.parse(brotliDecompressSync(body).toString('utf8'))).toEqual(bookings);
  });

  it('falls back to gzip, and to plain JSON for a client that accepts neither', async () => {
    const gzipped = await fetchWire('/bookings', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzipped.body).toString('utf8'))).toEqual(bookings);

    const identity = await fetchWire('/bookings', 'identity');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(identity.body.toString('utf8')).toBe(plain);
  });

  it('compresses a body larger than the event loop takes, in both encodings, to the same data', async () => {
    expect(JSON.stringify(report).length).toBeGreaterThan(JSON_FAST_COMPRESSION_MAX_BYTES);
    for (const [accept, decode] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const { headers, body } = await fetchWire('/report', accept);
      expect(headers['content-encoding']).toBe(accept);
      expect(Number(headers['content-length'])).toBe(body.length);
      expect(body.length).toBeLessThan(JSON.stringify(report).length / 10);
      expect(JSON.parse(decode(body).toString('utf8'))).toEqual(report);
    }
  });

  it('leaves small bodies, other types, no-transform answers and HEAD as they are', async () => {
    const small = await request(app()).get('/health').set('Accept-Encoding', 'br, gzip');
    expect(JSON.stringify(small.body).length).toBeLessThan(JSON_COMPRESSION_MIN_BYTES);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body).toEqual({ status: 'ok' });

    const page = await request(app()).get('/page').set('Accept-Encoding', 'br, gzip');
    expect(page.headers['content-encoding']).toBeUndefined();

    const noTransform = await request(app()).get('/no-transform').set('Accept-Encoding', 'br, gzip');
    expect(noTransform.headers['content-encoding']).toBeUndefined();
    expect(noTransform.body).toEqual(bookings);

    const head = await request(app()).head('/bookings').set('Accept-Encoding', 'br, gzip');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBeUndefined();
  });

  it('never compresses an event stream, written piece by piece', async () => {
    const response = await raw(request(app()).get('/events').set('Accept-Encoding', 'br, gzip'));
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['content-type']).toBe('text/event-stream');
    expect((response.body as Buffer).toString('utf8')).toBe(`data: ${plain}\n\ndata: bye\n\n`);
  });
});
