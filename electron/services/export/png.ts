/**
 * A small PNG codec for the figures of an export: decode what the app stores (region images are 8-bit,
 * non-interlaced PNGs; other PNGs of that kind too), then encode a smaller one. Pure TypeScript over
 * node:zlib, so no image package is needed; zlib runs on libuv's thread pool, so several figures in
 * flight overlap their (de)compression with the work done here. Anything it cannot read throws
 * `UnsupportedPng`, and the caller keeps the original bytes.
 */
import { promisify } from 'node:util';
import { constants, crc32, deflate as deflateCallback, inflate as inflateCallback } from 'node:zlib';

const inflate = promisify(inflateCallback);
const deflate = promisify(deflateCallback);

/** 8-bit samples, `channels` per pixel (1 gray, 2 gray + alpha, 3 RGB, 4 RGBA), rows top to bottom. */
export interface RasterImage {
  readonly width: number;
  readonly height: number;
  readonly channels: 1 | 2 | 3 | 4;
  readonly data: Uint8Array;
}

export class UnsupportedPng extends Error {}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS_BY_COLOR_TYPE: Readonly<Record<number, 1 | 2 | 3 | 4>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Refuse images whose pixels would not fit comfortably in memory (a region image is far smaller). */
const MAX_PIXELS = 60_000_000;

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length > 8 && Buffer.from(bytes.subarray(0, 8)).equals(SIGNATURE);
}

/** The image's size from its header, without decoding it. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (!isPng(bytes) || bytes.length < 24) throw new UnsupportedPng('not a PNG');
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

interface Header {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
}

export async function decodePng(bytes: Uint8Array): Promise<RasterImage> {
  if (!isPng(bytes)) throw new UnsupportedPng('not a PNG');
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let header: Header | undefined;
  let palette: Buffer | undefined;
  let transparency: Buffer | undefined;
  const idat: Buffer[] = [];
  for (let at = 8; at + 8 <= view.length; ) {
    const length = view.readUInt32BE(at);
    const type = view.toString('latin1', at + 4, at + 8);
    const body = view.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      if (body[12] !== 0) throw new UnsupportedPng('interlaced PNG');
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), bitDepth: body[8]!, colorType: body[9]! };
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (!header || idat.length === 0) throw new UnsupportedPng('PNG without header or image data');
  const { width, height, bitDepth, colorType } = header;
  const samples = CHANNELS_BY_COLOR_TYPE[colorType];
  if (!samples || ![1, 2, 4, 8, 16].includes(bitDepth)) throw new UnsupportedPng('unknown PNG colour type or depth');
  if (width === 0 || height === 0 || width * height > MAX_PIXELS) throw new UnsupportedPng('PNG too large');
  const bitsPerPixel = samples * bitDepth;
  const stride = Math.ceil((width * bitsPerPixel) / 8);
  const compressed = idat.length === 1 ? idat[0]! : Buffer.concat(idat);
  const raw = unfilter(await inflateImageData(compressed, (stride + 1) * height), stride, height, Math.max(1, bitsPerPixel >> 3));
  const samples8 = toEightBit(raw, { width, height, stride, samples, bitDepth, scaleGray: colorType !== 3 });
  if (colorType === 3) return expandPalette(samples8, width, height, palette, transparency);
  return { width, height, channels: samples, data: samples8 };
}

/** Large chunks: zlib's default 16 KiB means hundreds of round trips to the thread pool per figure. */
const ZLIB_CHUNK = 1 << 20;

async function inflateImageData(compressed: Buffer, expectedBytes: number): Promise<Buffer> {
  try {
    return await inflate(compressed, { chunkSize: ZLIB_CHUNK, maxOutputLength: expectedBytes });
  } catch {
    throw new UnsupportedPng('damaged PNG data');
  }
}

/** Reverses the per-row filters (PNG spec §9); `bpp` is bytes per complete pixel, at least 1. */
function unfilter(data: Buffer, stride: number, height: number, bpp: number): Uint8Array {
  if (data.length < (stride + 1) * height) throw new UnsupportedPng('truncated PNG data');
  const out = new Uint8Array(stride * height);
  const zeros = new Uint8Array(stride); // the row above the first
  const head = Math.min(bpp, stride);
  for (let y = 0; y < height; y++) {
    const src = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = out.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? out.subarray((y - 1) * stride, y * stride) : zeros;
    // One loop per filter, the first pixel (no left neighbour) apart, so the inner loops do no dispatch.
    switch (data[y * (stride + 1)]) {
      case 0:
        row.set(src);
        break;
      case 1:
        row.set(src.subarray(0, head));
        for (let x = bpp; x < stride; x++) row[x] = src[x]! + row[x - bpp]!;
        break;
      case 2:
        for (let x = 0; x < stride; x++) row[x] = src[x]! + up[x]!;
        break;
      case 3:
        for (let x = 0; x < head; x++) row[x] = src[x]! + (up[x]! >> 1);
        for (let x = bpp; x < stride; x++) row[x] = src[x]! + ((row[x - bpp]! + up[x]!) >> 1);
        break;
      case 4:
        for (let x = 0; x < head; x++) row[x] = src[x]! + up[x]!;
        for (let x = bpp; x < stride; x++) row[x] = src[x]! + paeth(row[x - bpp]!, up[x]!, up[x - bpp]!);
        break;
      default:
        throw new UnsupportedPng('unknown PNG filter');
    }
  }
  return out;
}

/**
 * The Paeth predictor (PNG spec §9.4): a, b or c, whichever is closest to a + b − c (ties to a, then b).
 * Written without branches: on photographs and noise a branching version mispredicts on every pixel and
 * runs at half the speed.
 */
function paeth(a: number, b: number, c: number): number {
  const pa = abs(b - c);
  const pb = abs(a - c);
  const pc = abs(a + b - c - c);
  const cCloser = (pc - pb) >> 31; // all ones when pc < pb
  const bOrC = b ^ ((b ^ c) & cCloser);
  const nearest = pb ^ ((pb ^ pc) & cCloser);
  return bOrC ^ ((bOrC ^ a) & ~((nearest - pa) >> 31));
}

function abs(n: number): number {
  const sign = n >> 31;
  return (n ^ sign) - sign;
}

/** Unpacks 1/2/4-bit samples and drops the low byte of 16-bit ones; gray is scaled to 0–255, palette indices not. */
function toEightBit(
  raw: Uint8Array,
  f: { width: number; height: number; stride: number; samples: number; bitDepth: number; scaleGray: boolean },
): Uint8Array {
  if (f.bitDepth === 8) return raw;
  const count = f.width * f.samples;
  const out = new Uint8Array(count * f.height);
  for (let y = 0; y < f.height; y++) {
    const row = y * f.stride;
    for (let i = 0; i < count; i++) {
      if (f.bitDepth === 16) {
        out[y * count + i] = raw[row + i * 2]!;
        continue;
      }
      const bit = i * f.bitDepth;
      const value = (raw[row + (bit >> 3)]! >> (8 - f.bitDepth - (bit & 7))) & ((1 << f.bitDepth) - 1);
      out[y * count + i] = f.scaleGray ? Math.round((value * 255) / ((1 << f.bitDepth) - 1)) : value;
    }
  }
  return out;
}

function expandPalette(indices: Uint8Array, width: number, height: number, palette?: Buffer, alpha?: Buffer): RasterImage {
  if (!palette) throw new UnsupportedPng('palette PNG without a palette');
  const channels = alpha ? 4 : 3;
  const data = new Uint8Array(width * height * channels);
  for (let i = 0; i < indices.length; i++) {
    const entry = indices[i]!;
    data[i * channels] = palette[entry * 3] ?? 0;
    data[i * channels + 1] = palette[entry * 3 + 1] ?? 0;
    data[i * channels + 2] = palette[entry * 3 + 2] ?? 0;
    if (alpha) data[i * channels + 3] = alpha[entry] ?? 255;
  }
  return { width, height, channels, data };
}

const COLOR_TYPE_BY_CHANNELS = { 1: 0, 2: 4, 3: 2, 4: 6 } as const;

/**
 * An 8-bit PNG with an optional tEXt entry (Latin-1 keyword and text). Two ways of compressing, chosen by
 * what the image is like, because each is several times cheaper than trying every filter on every row:
 * - flat images (screenshots of text, tables, diagrams: most pixels repeat their left neighbour) stay
 *   unfiltered, and deflate finds the repeats;
 * - photographs and noisy captures are Paeth-filtered and run-length encoded, which leaves them smaller
 *   than zlib's default matching does, in a fraction of its time.
 */
export async function encodePng(image: RasterImage, text?: { keyword: string; text: string }): Promise<Buffer> {
  const { width, height, channels } = image;
  const flat = flatShare(image) >= FLAT_IMAGE;
  const filtered = flat ? withFilterBytes(image, 0) : paethFiltered(image);
  const idat = await deflate(filtered, flat ? { level: 4, chunkSize: ZLIB_CHUNK } : { strategy: constants.Z_RLE, chunkSize: ZLIB_CHUNK });
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = COLOR_TYPE_BY_CHANNELS[channels];
  const textChunks = text ? [chunk('tEXt', Buffer.from(`${text.keyword}\0${text.text}`, 'latin1'))] : [];
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', idat), ...textChunks, chunk('IEND', Buffer.alloc(0))]);
}

/** Share of pixels equal to their left neighbour above which an image counts as flat. */
const FLAT_IMAGE = 0.5;

function flatShare({ width, height, channels, data }: RasterImage): number {
  let same = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 1; x < width; x++) {
      const i = (y * width + x) * channels;
      let equal = true;
      for (let c = 0; c < channels && equal; c++) equal = data[i + c] === data[i - channels + c];
      if (equal) same += 1;
    }
  }
  return same / Math.max(1, (width - 1) * height);
}

/** The rows, each preceded by its filter type byte. */
function withFilterBytes({ width, height, channels, data }: RasterImage, filter: number): Buffer {
  const stride = width * channels;
  const out = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    out[y * (stride + 1)] = filter;
    out.set(data.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return out;
}

/** Every row Paeth-filtered (the first row's "above" is zeros, the first pixel's "left" too). */
function paethFiltered(image: RasterImage): Buffer {
  const { channels: bpp, data } = image;
  const stride = image.width * bpp;
  const out = withFilterBytes(image, 4);
  const zeros = new Uint8Array(stride);
  const head = Math.min(bpp, stride);
  for (let y = 0; y < image.height; y++) {
    const row = data.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? data.subarray((y - 1) * stride, y * stride) : zeros;
    const filtered = out.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < head; x++) filtered[x] = row[x]! - up[x]!;
    for (let x = bpp; x < stride; x++) filtered[x] = row[x]! - paeth(row[x - bpp]!, up[x]!, up[x - bpp]!);
  }
  return out;
}

function chunk(type: string, body: Buffer): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, 'latin1');
  body.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}
