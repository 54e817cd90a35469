import { describe, expect, it } from 'vitest';
import { inMemoryContent } from '../../electron/services/blobs';
import { sliceForRange } from '../../electron/transport/byte-range';

const bytes = inMemoryContent(new Uint8Array(Array.from({ length: 100 }, (_, i) => i)), 'application/octet-stream');

describe('byte ranges', () => {
  it('serves the whole body without a Range header', () => {
    const r = sliceForRange(bytes, undefined);
    expect(r.status).toBe(200);
    expect(r.body.length).toBe(100);
    expect(r.headers['Accept-Ranges']).toBe('bytes');
  });
  it('serves a closed, an open and a suffix range', () => {
    expect(Array.from(sliceForRange(bytes, 'bytes=10-12').body)).toEqual([10, 11, 12]);
    expect(sliceForRange(bytes, 'bytes=10-12').headers['Content-Range']).toBe('bytes 10-12/100');
    expect(sliceForRange(bytes, 'bytes=95-').body.length).toBe(5);
    expect(Array.from(sliceForRange(bytes, 'bytes=-2').body)).toEqual([98, 99]);
    expect(sliceForRange(bytes, 'bytes=90-500').headers['Content-Range']).toBe('bytes 90-99/100');
  });
  it('answers 416 for unsatisfiable or malformed ranges', () => {
    for (const header of ['bytes=100-', 'bytes=50-10', 'bytes=-', 'items=1-2', 'bytes=1-2,4-5']) {
      expect(sliceForRange(bytes, header).status).toBe(416);
    }
  });
});
