import { useEffect, useState } from 'react';
import { PasswordResponses, type PDFDocumentProxy } from './pdfjs';
import { openPdf } from './pdfLoads';

export type PdfLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly pdf: PDFDocumentProxy }
  | { readonly status: 'failed'; readonly message: string }
  /** An encrypted PDF (stored as imported; the password is never kept): `submit` tries one. */
  | { readonly status: 'password'; readonly wrong: boolean; readonly submit: (password: string) => void };

/** The document's PDF, loaded by pdf.js from the app's own origin; closed when the view goes. */
export function usePdfDocument(documentId: number): PdfLoad {
  const [load, setLoad] = useState<PdfLoad>({ status: 'loading' });
  useEffect(() => {
    setLoad({ status: 'loading' });
    const { task, close } = openPdf(documentId, (submit, reason) =>
      setLoad({ status: 'password', wrong: reason === PasswordResponses.INCORRECT_PASSWORD, submit }),
    );
    task.promise.then(
      (pdf) => setLoad({ status: 'loaded', pdf }),
      (error: unknown) => {
        if (task.destroyed) return;
        setLoad({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return close;
  }, [documentId]);
  return load;
}
