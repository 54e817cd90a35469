/**
 * An excerpt carried by drag and drop, from the evidence panel onto a chart row or into a cell, under the
 * app's own media type so nothing else (a file, a link, text from another program) is taken for one.
 */
import type { CitableExcerpt } from '../../../shared/chart/append-evidence';

export const EXCERPT_MEDIA_TYPE = 'application/x-claimchart-excerpt';

export function writeExcerpt(data: DataTransfer, excerpt: CitableExcerpt, cite: string): void {
  const { id, kind, quote, note } = excerpt;
  data.setData(EXCERPT_MEDIA_TYPE, JSON.stringify({ id, kind, quote, note }));
  data.setData('text/plain', kind === 'text' ? `“${quote}” ${cite}` : cite);
  data.effectAllowed = 'copy';
}

/** During dragover only the types can be read, not the data. */
export const carriesExcerpt = (data: DataTransfer) => data.types.includes(EXCERPT_MEDIA_TYPE);

export function readExcerpt(data: DataTransfer): CitableExcerpt | undefined {
  const raw = data.getData(EXCERPT_MEDIA_TYPE);
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<CitableExcerpt>;
    const valid =
      Number.isInteger(value.id) && (value.kind === 'text' || value.kind === 'region') && typeof value.quote === 'string' && (value.note === null || typeof value.note === 'string');
    return valid ? (value as CitableExcerpt) : undefined;
  } catch {
    return undefined;
  }
}
