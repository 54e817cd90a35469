/** One HTTP byte range (RFC 9110 §14) over a body read on demand, for pdf.js's ranged PDF loading. */
import type { BinaryContent } from '../services/blobs';

type RangeSource = Pick<BinaryContent, 'size' | 'read'>;

export interface RangedBody {
  readonly status: 200 | 206 | 416;
  readonly headers: Record<string, string>;
  readonly body: Uint8Array;
}

export function sliceForRange(source: RangeSource, rangeHeader: string | null | undefined): RangedBody {
  const total = source.size;
  const base = { 'Accept-Ranges': 'bytes' };
  if (!rangeHeader) return { status: 200, headers: { ...base, 'Content-Length': String(total) }, body: source.read(0, total) };
  const match = /^bytes=(\d*)-(\d*)$/.exec(rangeHeader.trim());
  let start: number;
  let end: number;
  if (!match || (match[1] === '' && match[2] === '')) {
    return { status: 416, headers: { ...base, 'Content-Range': `bytes */${total}` }, body: new Uint8Array() };
  }
  if (match[1] === '') {
    start = Math.max(0, total - Number(match[2]));
    end = total - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? total - 1 : Math.min(Number(match[2]), total - 1);
  }
  if (start >= total || start > end) {
    return { status: 416, headers: { ...base, 'Content-Range': `bytes */${total}` }, body: new Uint8Array() };
  }
  return {
    status: 206,
    headers: { ...base, 'Content-Range': `bytes ${start}-${end}/${total}`, 'Content-Length': String(end - start + 1) },
    body: source.read(start, end + 1),
  };
}
