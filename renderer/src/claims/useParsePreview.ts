import { useEffect, useState } from 'react';
import type { MethodInput } from '../../../shared/rpc/contract';
import type { ParsedPatentView } from '../../../shared/domain/patent';
import { asRpcError, call, type RpcError } from '../rpc/client';

export type ClaimSource = MethodInput<'patent.parse'>['source'];

export interface ParsePreview {
  /** The last successful parse, kept on screen while a newer one runs. */
  readonly parsed: ParsedPatentView | null;
  readonly error: RpcError | null;
  readonly parsing: boolean;
}

// Typing pauses this long before the text is parsed again.
const TYPING_PAUSE_MS = 250;

const nothing: ParsePreview = { parsed: null, error: null, parsing: false };

/**
 * The claims as the import would make them, parsed by the Node side with the very parser the import uses, so
 * the preview and the result cannot differ. `number` picks one patent of a USPTO bulk file.
 */
export function useParsePreview(source: ClaimSource | null, number: string): ParsePreview {
  const [preview, setPreview] = useState(nothing);
  const text = source && 'text' in source ? source.text : null;
  const path = source && 'path' in source ? source.path : null;
  const wanted = number.trim();

  useEffect(() => {
    const input = text !== null ? { text } : path !== null ? { path } : null;
    if (!input) {
      setPreview(nothing);
      return;
    }
    let current = true;
    setPreview((old) => ({ ...old, parsing: true }));
    const timer = setTimeout(() => {
      call('patent.parse', { source: input, ...(wanted ? { number: wanted } : {}) }).then(
        (parsed) => current && setPreview({ parsed, error: null, parsing: false }),
        (error: unknown) => current && setPreview({ parsed: null, error: asRpcError(error), parsing: false }),
      );
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, path, wanted]);

  return preview;
}
