import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultDocumentOptions } from '../../../electron/services/documents/options';
import { scheduleExtractionWarmUp, warmUpExtraction } from '../../../electron/services/documents/warm-up';
import { builtWorkerPath } from '../../helpers/test-app';

const options = { ...defaultDocumentOptions(), workerPath: builtWorkerPath };

/** A worker thread is an OS thread of this process. */
const osThreads = () => Number(/^Threads:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))![1]);

afterEach(() => vi.restoreAllMocks());

describe('PDF engine warm-up', () => {
  it('reads the made-up manual in a worker and ends that worker', async () => {
    const before = osThreads();
    await expect(warmUpExtraction(options)).resolves.toBeUndefined();
    await vi.waitFor(() => expect(osThreads()).toBe(before));
  });

  it('only logs a failure when scheduled, since an import would report it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    scheduleExtractionWarmUp({ ...options, workerPath: '/nonexistent/extract-worker.js' }, 0);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^The PDF engine's warm-up failed: /)), { timeout: 10_000 });
  });
});
