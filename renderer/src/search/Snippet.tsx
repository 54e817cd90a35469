import type { ReactNode } from 'react';
import type { Snippet as SnippetData } from '../../../shared/domain/document';

/** Snippet text with its hits marked, built from text nodes (the Node side never sends HTML). */
export function Snippet({ snippet }: { readonly snippet: SnippetData }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of [...snippet.hits].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    if (start > at) parts.push(snippet.text.slice(at, start));
    parts.push(<mark key={start}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(snippet.text.slice(at));
  return <p className="search-snippet">{parts}</p>;
}
