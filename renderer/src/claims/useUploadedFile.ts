import { useRef, useState } from 'react';
import { asRpcError, importablePath, type RpcError } from '../rpc/client';

export interface UploadedFile {
  readonly name: string;
  readonly size: number;
  /** Where the Node side can read it; null while it is being sent (browser mode). */
  readonly path: string | null;
  readonly error: RpcError | null;
}

/** A file chosen or dropped for import, made readable by the Node side. The latest choice wins. */
export function useUploadedFile() {
  const [file, setFile] = useState<UploadedFile | null>(null);
  const latest = useRef<File | null>(null);

  async function choose(chosen: File) {
    latest.current = chosen;
    const described = { name: chosen.name, size: chosen.size, path: null, error: null };
    setFile(described);
    try {
      const path = await importablePath(chosen);
      if (latest.current === chosen) setFile({ ...described, path });
    } catch (error) {
      if (latest.current === chosen) setFile({ ...described, error: asRpcError(error) });
    }
  }

  return { file, choose };
}
