import fc from 'fast-check';
import sharp from 'sharp';
import type { Response } from 'supertest';
import { createTestApp, type TestApp } from '../../../test/test-app';

/** A post's photo: checked by content, re-encoded, served only to those who may read the post (issue #17). */
describe('board photo', () => {
  let t: TestApp;
  let memberFamille: string;
  let memberCulture: string;
  let memberAilleurs: string;
  let coordinator: string;

  beforeAll(async () => {
    t = await createTestApp();
    const f = t.factory;
    const networkId = (await f.network()).id;
    const otherNetworkId = (await f.network()).id;
    const famille = (await f.organisation(networkId, 'Maison de la famille')).id;
    const culture = (await f.organisation(networkId, 'Centre culturel')).id;
    const ailleurs = (await f.organisation(otherNetworkId, 'Ailleurs')).id;
    const cookie = async (options: Parameters<typeof f.user>[0]) =>
      f.sessionCookie((await f.user({ ...options, password: null })).id);
    memberFamille = await cookie({ memberOf: [[famille, 'member']] });
    memberCulture = await cookie({ memberOf: [[culture, 'member']] });
    memberAilleurs = await cookie({ memberOf: [[ailleurs, 'member']] });
    coordinator = await cookie({ coordinatorOf: [networkId] });
  });
  afterAll(() => t.close());

  const newPost = async (): Promise<string> =>
    (
      await t
        .newAgent()
        .post('/api/board/posts')
        .set('Cookie', memberFamille)
        .send({ kind: 'offer', category: 'premises', title: 'Salle lumineuse' })
        .expect(201)
    ).body.id;
  const upload = (cookie: string, id: string, bytes: Buffer, type = 'image/png') =>
    t.newAgent().put(`/api/board/posts/${id}/photo`).set('Cookie', cookie).set('Content-Type', type).send(bytes);
  const fetchPhoto = (cookie: string, id: string, image: 'photo' | 'thumbnail' = 'photo') =>
    t
      .newAgent()
      .get(`/api/board/posts/${id}/${image}`)
      .set('Cookie', cookie)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  const hasPhoto = async (id: string): Promise<boolean> =>
    (await t.newAgent().get(`/api/board/posts/${id}`).set('Cookie', memberFamille).expect(200)).body.hasPhoto;
  const codeOf = (res: Response) => [res.status, res.body.code];

  /** A 3000 × 2000 photo with a camera's EXIF (make, GPS comment): what a phone sends. */
  const cameraPng = () =>
    sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#3a7bd5' } })
      .withExif({ IFD0: { Make: 'Téléphone', Copyright: 'Ana, 45.5017 N 73.5673 W' } })
      .png()
      .toBuffer();

  it('accepts a PNG and stores it re-encoded: WebP, at most 1600 px, without its EXIF', async () => {
    const id = await newPost();
    const png = await cameraPng();
    expect((await sharp(png).metadata()).exif).toBeDefined();

    const res = await upload(memberFamille, id, png, 'image/png');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, hasPhoto: true });

    const served = await fetchPhoto(memberCulture, id).expect(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-disposition']).toBe(`inline; filename="annonce-${id}.webp"`);
    expect(served.headers['cache-control']).toBe('no-store');
    const stored = served.body as Buffer;
    expect(stored.equals(png)).toBe(false);
    const metadata = await sharp(stored).metadata();
    expect(metadata).toMatchObject({ format: 'webp', width: 1600, height: 1067 });
    expect(metadata.exif).toBeUndefined();
    expect(stored.includes(Buffer.from('45.5017'))).toBe(false);
  });

  it('replaces the photo, and its organisation removes it', async () => {
    const id = await newPost();
    await upload(memberFamille, id, await cameraPng()).expect(200);
    const small = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#f00' } })
      .jpeg()
      .toBuffer();
    // The declared type does not matter: the bytes are a JPEG.
    await upload(memberFamille, id, small, 'application/octet-stream').expect(200);
    expect(await sharp((await fetchPhoto(memberFamille, id).expect(200)).body).metadata()).toMatchObject({
      width: 40,
      height: 30,
    });

    await t.newAgent().delete(`/api/board/posts/${id}/photo`).set('Cookie', memberFamille).expect(204);
    expect(await hasPhoto(id)).toBe(false);
    expect(codeOf(await t.newAgent().get(`/api/board/posts/${id}/photo`).set('Cookie', memberFamille))).toEqual([
      404,
      'NOT_FOUND',
    ]);
    const audit = await t.dataSource.query(
      `SELECT action FROM audit_event WHERE entity_id = $1 AND action LIKE 'photo-%' ORDER BY id`,
      [id],
    );
    expect(audit.map((r: { action: string }) => r.action)).toEqual(['photo-add', 'photo-replace', 'photo-remove']);
  });

  it('refuses a text file named .png, an SVG and an empty body, whatever type they declare', async () => {
    const id = await newPost();
    const text = Buffer.from('Ceci est un fichier texte renommé photo.png\n');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    for (const [bytes, type] of [
      [text, 'image/png'],
      [svg, 'image/svg+xml'],
      [Buffer.alloc(0), 'image/png'],
    ] as const) {
      const res = await upload(memberFamille, id, bytes, type);
      expect({ type, status: res.status, code: res.body.code }).toEqual({ type, status: 415, code: 'PHOTO_NOT_AN_IMAGE' });
    }
    expect(await hasPhoto(id)).toBe(false);
  });

  it('refuses a damaged image with 422', async () => {
    const id = await newPost();
    const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#0a0' } })
      .png()
      .toBuffer();
    const truncated = png.subarray(0, Math.floor(png.length / 2));
    expect(codeOf(await upload(memberFamille, id, truncated))).toEqual([422, 'PHOTO_UNREADABLE']);
    // A PNG signature in front of a JPEG: the decoder and the magic number disagree.
    const jpeg = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#0a0' } })
      .jpeg()
      .toBuffer();
    const lying = Buffer.concat([png.subarray(0, 8), jpeg]);
    expect((await upload(memberFamille, id, lying)).status).toBe(422);
    expect(await hasPhoto(id)).toBe(false);
  });

  it('refuses more than 1 MB with 413, even a real image', async () => {
    const id = await newPost();
    const noise = await sharp(Buffer.from(Array.from({ length: 700 * 700 * 3 }, (_, i) => (i * 7919) % 251)), {
      raw: { width: 700, height: 700, channels: 3 },
    })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(noise.length).toBeGreaterThan(1024 * 1024);
    expect(codeOf(await upload(memberFamille, id, noise))).toEqual([413, 'PHOTO_TOO_LARGE']);
    expect(await hasPhoto(id)).toBe(false);
  });

  it('takes the bytes of an image only: a form, JSON or a cross-site request is refused', async () => {
    const id = await newPost();
    const png = await cameraPng();
    expect(codeOf(await upload(memberFamille, id, png, 'multipart/form-data; boundary=x'))).toEqual([
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ]);
    expect(codeOf(await upload(memberFamille, id, png, 'text/plain'))).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const json = await t
      .newAgent()
      .put(`/api/board/posts/${id}/photo`)
      .set('Cookie', memberFamille)
      .send({ photo: png.toString('base64') });
    expect(codeOf(json)).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const crossSite = await upload(memberFamille, id, png).set('Origin', 'https://evil.example');
    expect(codeOf(crossSite)).toEqual([403, 'CSRF_REJECTED']);
    expect(await hasPhoto(id)).toBe(false);
  });

  it('shows the photo only to those who may read the post; only its organisation changes it', async () => {
    const id = await newPost();
    await upload(memberFamille, id, await cameraPng()).expect(200);
    await fetchPhoto(coordinator, id).expect(200);
    expect(codeOf(await t.newAgent().get(`/api/board/posts/${id}/photo`).set('Cookie', memberAilleurs))).toEqual([
      404,
      'NOT_FOUND',
    ]);
    expect(codeOf(await t.newAgent().get(`/api/board/posts/${id}/photo`))).toEqual([401, 'UNAUTHENTICATED']);
    const png = await cameraPng();
    expect(codeOf(await upload(memberAilleurs, id, png))).toEqual([404, 'NOT_FOUND']);
    expect(codeOf(await upload(memberCulture, id, png))).toEqual([403, 'FORBIDDEN']);
    expect(codeOf(await upload(coordinator, id, png))).toEqual([403, 'FORBIDDEN']);
    expect(codeOf(await t.newAgent().delete(`/api/board/posts/${id}/photo`).set('Cookie', memberCulture))).toEqual([
      403,
      'FORBIDDEN',
    ]);
    expect(await hasPhoto(id)).toBe(true);
  });

  it('makes a thumbnail for the list: a small WebP square, with an ETag, to those who may read the post', async () => {
    const id = await newPost();
    const thumbnailOf = (cookie: string, id: string) => fetchPhoto(cookie, id, 'thumbnail');
    expect(codeOf(await t.newAgent().get(`/api/board/posts/${id}/thumbnail`).set('Cookie', memberFamille))).toEqual([
      404,
      'NOT_FOUND',
    ]);
    await upload(memberFamille, id, await cameraPng()).expect(200);

    const served = await thumbnailOf(memberCulture, id).expect(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['cache-control']).toBe('private, no-cache');
    const thumbnail = served.body as Buffer;
    expect(await sharp(thumbnail).metadata()).toMatchObject({ format: 'webp', width: 192, height: 192 });
    expect(thumbnail.length).toBeLessThan(16 * 1024);
    const etag = served.headers['etag'];
    expect(etag).toMatch(/^"[\w-]+"$/);
    // Already held: no body; the access is still checked.
    const again = await thumbnailOf(memberCulture, id).set('If-None-Match', etag);
    expect(again.status).toBe(304);
    expect((again.body as Buffer).length).toBe(0);
    const stranger = t.newAgent().get(`/api/board/posts/${id}/thumbnail`).set('Cookie', memberAilleurs);
    expect(codeOf(await stranger.set('If-None-Match', etag))).toEqual([404, 'NOT_FOUND']);
    expect((await t.newAgent().get(`/api/board/posts/${id}/thumbnail`)).status).toBe(401);

    // A new photo, a new thumbnail and ETag; no photo, no thumbnail.
    const tall = await sharp({ create: { width: 300, height: 900, channels: 3, background: '#c33' } })
      .jpeg()
      .toBuffer();
    await upload(memberFamille, id, tall).expect(200);
    const replaced = await thumbnailOf(memberCulture, id).set('If-None-Match', etag).expect(200);
    expect(replaced.headers['etag']).not.toBe(etag);
    expect(await sharp(replaced.body as Buffer).metadata()).toMatchObject({ width: 192, height: 192 });
    await t.newAgent().delete(`/api/board/posts/${id}/photo`).set('Cookie', memberFamille).expect(204);
    expect(codeOf(await t.newAgent().get(`/api/board/posts/${id}/thumbnail`).set('Cookie', memberFamille))).toEqual([
      404,
      'NOT_FOUND',
    ]);
    const [{ photo_thumbnail }] = await t.dataSource.query('SELECT photo_thumbnail FROM board_post WHERE id = $1', [id]);
    expect(photo_thumbnail).toBeNull();
  });

  it('makes the thumbnail of a photo stored before thumbnails were', async () => {
    const id = await newPost();
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#36c' } })
      .webp()
      .toBuffer();
    await t.dataSource.query(`UPDATE board_post SET photo = $2, photo_type = 'image/webp' WHERE id = $1`, [id, photo]);
    const served = await fetchPhoto(memberCulture, id, 'thumbnail').expect(200);
    expect(await sharp(served.body as Buffer).metadata()).toMatchObject({ format: 'webp', width: 192, height: 192 });
  });

  it('answers any bytes behind an image signature with 2xx or 4xx, never 5xx', async () => {
    const id = await newPost();
    const signatures = [
      [0xff, 0xd8, 0xff],
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      [...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WEBP')],
      [...Buffer.from('GIF89a')],
      [],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...signatures), fc.uint8Array({ maxLength: 2048 }), async (signature, rest) => {
        const res = await upload(memberFamille, id, Buffer.concat([Buffer.from(signature), Buffer.from(rest)]));
        expect(res.status === 200 || (res.status >= 400 && res.status < 500)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
