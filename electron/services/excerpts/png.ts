/** A region excerpt's image as the viewer sends it: base64 of a PNG, checked before it is stored. */
import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/errors';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngImage {
  readonly bytes: Buffer;
  readonly sha256: string;
}

export function decodePngBase64(base64: string): PngImage {
  // Buffer.from skips characters outside the alphabet silently; refuse them instead.
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new AppError('invalid-input', 'The region image is not valid base64.');
  const bytes = Buffer.from(base64, 'base64');
  const isPng = bytes.length > 24 && bytes.subarray(0, 8).equals(PNG_SIGNATURE) && bytes.toString('latin1', 12, 16) === 'IHDR';
  if (!isPng) throw new AppError('invalid-input', 'The region image is not a PNG.');
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
