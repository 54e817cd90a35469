import { afterEach, describe, expect, it } from 'vitest';
import { closeMatter, createAppContext, openInitialMatter } from '../../electron/services/app-context';
import { createHandlers } from '../../electron/services/handlers';
import { dispatch } from '../../electron/services/rpc/dispatch';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const opened: string[] = [];
const ctx = () => {
  const c = createAppContext({ dataDir: tempDir(), transport: 'in-process', openExternal: async (url) => void opened.push(url) });
  openInitialMatter(c);
  return c;
};
afterEach(() => void (opened.length = 0));

describe('links from PDFs', () => {
  it('open in the system browser only for http(s) URLs', async () => {
    const app = ctx();
    const handlers = createHandlers(app);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'data:text/html,x', 'launch.exe', `https://example.com/${'x'.repeat(2100)}`]) {
      const reply = await dispatch(handlers, 'app.openExternal', { url });
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(opened).toEqual([]);
    expect(await dispatch(handlers, 'app.openExternal', { url: 'https://www.uspto.gov/patents' })).toEqual({ ok: true, value: { opened: true } });
    expect(opened).toEqual(['https://www.uspto.gov/patents']);
    await closeMatter(app);
  });
});
