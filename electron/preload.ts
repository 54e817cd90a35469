/**
 * The whole surface the sandboxed renderer gets: `window.claimchart.invoke` and `.subscribe`, over one
 * prefixed IPC channel pair. No Node, no ipcRenderer, nothing else crosses.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';

const INVOKE = 'claimchart:invoke';
const EVENT = 'claimchart:event';

contextBridge.exposeInMainWorld('claimchart', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE, method, input),
  subscribe: (channel: string, callback: (payload: unknown) => void): (() => void) => {
    const listener = (_event: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === channel) callback(payload);
    };
    ipcRenderer.on(EVENT, listener);
    return () => ipcRenderer.removeListener(EVENT, listener);
  },
  // A dropped or picked file's path on disk, so imports read it in place instead of copying it through IPC.
  pathForFile: (file: File): string => webUtils.getPathForFile(file),
});
