import { useEffect } from 'react';

/** The window title (and each history entry's name): most specific first, the app's name last. */
export function useDocumentTitle(...parts: readonly (string | undefined)[]): void {
  const title = [...parts.filter(Boolean), 'ClaimChart'].join(' — ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
