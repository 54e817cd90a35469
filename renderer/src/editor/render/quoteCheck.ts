import { useMemo } from 'react';
import { Node } from 'slate';
import type { QuoteElement } from '../../../../shared/chart/cell-schema';
import type { QuoteCheck } from '../../../../shared/domain/chart';
import { matchQuote } from '../../../../shared/text/quote-match';
import { useCellEvidence } from './CellContext';

export type QuoteStatus = Pick<QuoteCheck, 'matches' | 'reason' | 'firstMismatchAt'> & { readonly text: string };

/**
 * Whether a quote block still matches its excerpt: checked here as it is typed when the excerpt's quote is
 * at hand (the same matcher the Node side runs on save), else the server's check from the last save.
 */
export function useQuoteStatus(quote: QuoteElement): QuoteStatus | undefined {
  const { sourceQuote, quoteChecks } = useCellEvidence();
  const text = Node.string(quote);
  const source = sourceQuote(quote.excerptId);
  return useMemo(() => {
    if (source === undefined) {
      const saved = quoteChecks.find((c) => c.excerptId === quote.excerptId);
      return saved && { ...saved, text };
    }
    const result = matchQuote(text, source, { wholeWords: true });
    return result.ok
      ? { matches: true, reason: null, firstMismatchAt: null, text }
      : { matches: false, reason: result.reason, firstMismatchAt: result.firstMismatchAt, text };
  }, [text, source, quoteChecks, quote.excerptId]);
}

/** "Differs from the source at “consumtion value…”", naming the word where the quote departs. */
export function describeQuoteStatus(status: QuoteStatus): string {
  if (status.matches) return 'Matches the source';
  switch (status.reason) {
    case 'empty':
      return 'Empty quote';
    case 'no-source':
      return 'Its excerpt is gone: the quote cannot be checked';
    default: {
      const at = status.firstMismatchAt ?? 0;
      const start = status.text.lastIndexOf(' ', at) + 1;
      const words = status.text.slice(start, start + 28).trim();
      return words ? `Differs from the source at “${words}${start + 28 < status.text.length ? '…' : ''}”` : 'Differs from the source';
    }
  }
}
