import express from 'express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { cacheControlFor, precompressedWebAssets } from './web-app-assets';

describe('web app assets', () => {
  let dist: string;
  const script = `console.log(${JSON.stringify('x'.repeat(5000))});`;

  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'web-dist-'));
    writeFileSync(join(dist, 'main-ABCD1234.js'), script);
    mkdirSync(join(dist, 'i18n'));
    writeFileSync(join(dist, 'i18n', 'fr.json'), JSON.stringify({ text: 'é'.repeat(2000) }));
    writeFileSync(join(dist, 'tiny-ABCD1234.js'), '1');
  });

  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  const app = () =>
    express()
      .use(precompressedWebAssets(dist))
      .use((_req, res) => res.status(404).send('plain'));

  it('serves hashed scripts in brotli, cached for a year without revalidation', async () => {
    const response = await request(app())
      .get('/main-ABCD1234.js')
      .set('Accept-Encoding', 'gzip, deflate, br')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(response.headers['content-length'])).toBeLessThan(script.length / 10);
    // The client decodes what it was sent: the same script.
    expect((response.body as Buffer).toString()).toBe(script);
  });

  it('falls back to gzip, and to the plain file for a browser that accepts neither', async () => {
    const gzip = await request(app())
      .get('/i18n/fr.json')
      .set('Accept-Encoding', 'gzip')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['cache-control']).toBe('public, max-age=3600');
    expect(JSON.parse((gzip.body as Buffer).toString())).toEqual({ text: 'é'.repeat(2000) });

    const plain = await request(app()).get('/main-ABCD1234.js').set('Accept-Encoding', 'identity');
    expect(plain.text).toBe('plain');
    const tiny = await request(app()).get('/tiny-ABCD1234.js').set('Accept-Encoding', 'br');
    expect(tiny.text).toBe('plain');
  });

  it('never lets a browser keep index.html', () => {
    expect(cacheControlFor('/work/dist/web/browser/index.html')).toBe('no-cache');
    expect(cacheControlFor('/dist/chunk-ZZ99YY88.js')).toBe('public, max-age=31536000, immutable');
  });
});
