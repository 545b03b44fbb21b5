import sharp, { type SharpOptions } from 'sharp';
import { DomainError } from '../../errors/domain-error';

/** A post's photo, as received and as stored (the database checks the stored size too). */
export const PHOTO_LIMIT_BYTES = 1024 * 1024;

export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'gif';

export interface StoredPhoto {
  data: Buffer;
  type: 'image/webp';
  /** The small square shown in the board's list (`thumbnailOf`). */
  thumbnail: Buffer;
}

/** The thumbnail's side in pixels: shown at most 96 CSS pixels wide, so sharp on a phone's 2× screen. */
export const THUMBNAIL_SIDE = 192;

/**
 * What the decoder may read: no more pixels than a 40-megapixel camera (a small PNG can declare a
 * huge canvas), the first frame of an animation, and a truncated or corrupt file is an error.
 */
const DECODING: SharpOptions = { limitInputPixels: 40_000_000, failOn: 'warning', animated: false, sequentialRead: true };
/** Longest side, then quality, tried in turn until the WebP fits the limit. */
const ENCODINGS = [
  { side: 1600, quality: 80 },
  { side: 1200, quality: 70 },
  { side: 800, quality: 60 },
];

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The image format the bytes start with (magic numbers); null for anything else, SVG included. */
export function sniffImageFormat(bytes: Buffer): PhotoFormat | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'png';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') {
    return 'webp';
  }
  const head = bytes.toString('latin1', 0, 6);
  if (head === 'GIF87a' || head === 'GIF89a') return 'gif';
  return null;
}

/**
 * Checks a photo by its content, never by its name or declared type, and re-encodes it: turned
 * upright, at most 1600 px on its longest side, as WebP without any metadata (EXIF, GPS, comments).
 * Only the re-encoded image is stored or served, so nothing the sender wrote in the file reaches a reader.
 */
export async function reencodePhoto(bytes: Buffer): Promise<StoredPhoto> {
  if (bytes.length > PHOTO_LIMIT_BYTES) {
    throw new DomainError('PHOTO_TOO_LARGE', 'The photo is larger than 1 MB.', { limitBytes: PHOTO_LIMIT_BYTES });
  }
  const format = sniffImageFormat(bytes);
  if (!format) {
    throw new DomainError('PHOTO_NOT_AN_IMAGE', 'The photo must be a JPEG, PNG, WebP or GIF image (checked by its content).', {
      accepted: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
    });
  }
  try {
    const metadata = await sharp(bytes, DECODING).metadata();
    if (metadata.format !== format) throw unreadable(format);
    for (const { side, quality } of ENCODINGS) {
      const data = await sharp(bytes, DECODING)
        .autoOrient()
        .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
        .webp({ quality })
        .toBuffer();
      if (data.length <= PHOTO_LIMIT_BYTES) return { data, type: 'image/webp', thumbnail: await thumbnailOf(data) };
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw unreadable(format);
  }
  throw unreadable(format);
}

/**
 * The thumbnail of a stored photo (already upright and without metadata): a WebP square of
 * `THUMBNAIL_SIDE` pixels, the photo's most salient part when it is not square. A few kilobytes.
 */
export function thumbnailOf(photo: Buffer): Promise<Buffer> {
  return sharp(photo, DECODING)
    .resize({ width: THUMBNAIL_SIDE, height: THUMBNAIL_SIDE, fit: 'cover', position: sharp.strategy.attention })
    .webp({ quality: 70 })
    .toBuffer();
}

function unreadable(format: PhotoFormat): DomainError {
  return new DomainError('PHOTO_UNREADABLE', 'The image is damaged, or too large to read (40 megapixels at most).', {
    format,
  });
}
