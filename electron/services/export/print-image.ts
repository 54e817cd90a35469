/**
 * Figures sized for print: a region image is stored at screen or higher resolution, often several
 * megabytes; a chart needs it no sharper than the printer shows it at the width it is printed. Decode,
 * flatten onto white paper, scale down to 150–200 dpi at the printed width, drop colour when there is
 * none, re-encode; keep the original when that is not smaller (or not a PNG this codec reads).
 */
import { AppError } from '../../../shared/errors';
import { decodePng, encodePng, isPng, pngSize, UnsupportedPng, type RasterImage } from './png';

export interface PrintImage {
  readonly bytes: Uint8Array;
  readonly widthPx: number;
  readonly heightPx: number;
}

/**
 * Print resolution for figures: sharp enough for screenshots of text, far smaller than 300 dpi captures.
 * Within the range, halving (cheap) is preferred to resampling to an exact width.
 */
export const FIGURE_DPI = { min: 150, max: 200 } as const;

export async function imageForPrint(bytes: Uint8Array, printedWidthInches: number): Promise<PrintImage> {
  if (!isPng(bytes)) throw new AppError('matter-damaged', 'A region image in the matter file is not a PNG image.');
  const original = { bytes, ...pngSizeAsPixels(bytes) };
  let image: RasterImage;
  try {
    image = await decodePng(bytes);
  } catch (error) {
    if (error instanceof UnsupportedPng) return original;
    throw error;
  }
  const scaled = downscale(withoutUnusedColour(flattenOntoWhite(image)), {
    min: Math.max(1, Math.round(printedWidthInches * FIGURE_DPI.min)),
    max: Math.max(1, Math.round(printedWidthInches * FIGURE_DPI.max)),
  });
  const encoded = await encodePng(scaled);
  return encoded.length < bytes.length ? { bytes: encoded, widthPx: scaled.width, heightPx: scaled.height } : original;
}

function pngSizeAsPixels(bytes: Uint8Array) {
  const { width, height } = pngSize(bytes);
  return { widthPx: width, heightPx: height };
}

/** Transparent pixels printed on paper are white: composite once, then the alpha channel carries nothing. */
function flattenOntoWhite(image: RasterImage): RasterImage {
  if (image.channels === 1 || image.channels === 3) return image;
  const colour = image.channels - 1;
  const pixels = image.width * image.height;
  const data = new Uint8Array(pixels * colour);
  for (let p = 0; p < pixels; p++) {
    const alpha = image.data[p * image.channels + colour]!;
    for (let c = 0; c < colour; c++) {
      const value = image.data[p * image.channels + c]!;
      data[p * colour + c] = Math.round((value * alpha + 255 * (255 - alpha)) / 255);
    }
  }
  return { width: image.width, height: image.height, channels: colour as 1 | 3, data };
}

/** An RGB image whose every pixel is gray is stored as gray: a third of the samples. */
function withoutUnusedColour(image: RasterImage): RasterImage {
  if (image.channels !== 3) return image;
  const { data } = image;
  for (let i = 0; i < data.length; i += 3) {
    if (data[i] !== data[i + 1] || data[i] !== data[i + 2]) return image;
  }
  const gray = new Uint8Array(data.length / 3);
  for (let p = 0; p < gray.length; p++) gray[p] = data[p * 3]!;
  return { width: image.width, height: image.height, channels: 1, data: gray };
}

/**
 * Scales an image down to a width in [min, max] (unchanged when it is no wider than max): halving with
 * 2×2 means while it stays at least `min` wide (exact area averages, and cheap), then area-averaging to
 * `min` only if it is still wider than `max`.
 */
function downscale(image: RasterImage, width: { min: number; max: number }): RasterImage {
  let scaled = image;
  while (scaled.width > width.max && scaled.width >= 2 * width.min) scaled = halve(scaled);
  return scaled.width > width.max ? areaAverage(scaled, width.min) : scaled;
}

function halve(image: RasterImage): RasterImage {
  const { channels, data } = image;
  const width = Math.floor(image.width / 2);
  const height = Math.floor(image.height / 2);
  const out = new Uint8Array(width * height * channels);
  const rowIn = image.width * channels;
  for (let y = 0; y < height; y++) {
    const top = 2 * y * rowIn;
    const bottom = top + rowIn;
    const rowOut = y * width * channels;
    for (let x = 0; x < width; x++) {
      const left = 2 * x * channels;
      for (let c = 0; c < channels; c++) {
        const i = left + c;
        out[rowOut + x * channels + c] = (data[top + i]! + data[top + i + channels]! + data[bottom + i]! + data[bottom + i + channels]! + 2) >> 2;
      }
    }
  }
  return { width, height, channels, data: out };
}

/**
 * Each output pixel the mean of the input area it covers, for a reduction by less than half (what is left
 * after halving): an output pixel then covers at most three input pixels along each axis, so every output
 * is three weighted taps (some of weight 0), rows first, without branches.
 */
function areaAverage(image: RasterImage, width: number): RasterImage {
  if (image.width >= 2 * width) throw new Error('areaAverage reduces by less than half; halve first');
  const height = Math.max(1, Math.round((image.height * width) / image.width));
  const { channels, data: source } = image;
  const across = threeTaps(image.width, width, channels);
  const down = threeTaps(image.height, height, image.width * channels);
  const rowIn = image.width * channels;
  const rowOut = width * channels;
  const column = new Float32Array(rowIn);
  const data = new Uint8Array(rowOut * height);
  for (let o = 0; o < height; o++) {
    const t = 3 * o;
    const r0 = down.offsets[t]!, r1 = down.offsets[t + 1]!, r2 = down.offsets[t + 2]!;
    const v0 = down.weights[t]!, v1 = down.weights[t + 1]!, v2 = down.weights[t + 2]!;
    for (let i = 0; i < rowIn; i++) column[i] = source[r0 + i]! * v0 + source[r1 + i]! * v1 + source[r2 + i]! * v2;
    for (let x = 0; x < width; x++) {
      const u = 3 * x;
      const a = across.offsets[u]!, b = across.offsets[u + 1]!, c = across.offsets[u + 2]!;
      const u0 = across.weights[u]!, u1 = across.weights[u + 1]!, u2 = across.weights[u + 2]!;
      // + 0.5 so that storing into a Uint8Array (which truncates) rounds; weights sum to 1, so nothing passes 255.5.
      for (let k = 0; k < channels; k++) data[o * rowOut + x * channels + k] = column[a + k]! * u0 + column[b + k]! * u1 + column[c + k]! * u2 + 0.5;
    }
  }
  return { width, height, channels, data };
}

/**
 * For each output position along an axis of `source` positions reduced to `target`, the three source
 * positions it may cover (as offsets: position × `step`, clamped to the axis) and their weights.
 */
function threeTaps(source: number, target: number, step: number) {
  const scale = source / target;
  const offsets = new Int32Array(3 * target);
  const weights = new Float32Array(3 * target);
  for (let o = 0; o < target; o++) {
    const start = o * scale;
    const end = Math.min(source, start + scale);
    for (let k = 0; k < 3; k++) {
      const at = Math.floor(start) + k;
      offsets[3 * o + k] = Math.min(at, source - 1) * step;
      weights[3 * o + k] = at < end ? (Math.min(end, at + 1) - Math.max(start, at)) / scale : 0;
    }
  }
  return { offsets, weights };
}
