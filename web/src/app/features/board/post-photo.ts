import type { ErrorCode } from '@mutualis/contracts';

/** The API refuses more (decision 0011); the form says so before uploading. */
export const PHOTO_LIMIT_BYTES = 1024 * 1024;

/** What the file picker offers; the API checks the content whatever the name says. */
export const PHOTO_ACCEPT = 'image/jpeg,image/png,image/webp,image/gif';

/** The refusals of `PUT /api/board/posts/:id/photo`, said next to the photo. */
export const PHOTO_ERRORS: Partial<Record<ErrorCode, string>> = {
  PHOTO_TOO_LARGE: 'board.photo.tooLarge',
  PHOTO_NOT_AN_IMAGE: 'board.photo.notAnImage',
  PHOTO_UNREADABLE: 'board.photo.unreadable',
  UNSUPPORTED_MEDIA_TYPE: 'board.photo.notAnImage',
  FORBIDDEN: 'board.photo.forbidden',
};
