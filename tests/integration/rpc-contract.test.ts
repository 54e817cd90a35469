import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/rpc/dispatch';
import { buildHandlerTable } from '../../electron/services/rpc/handler-table';
import { contract, methodNames, type MethodName } from '../../shared/rpc/contract';
import { createTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.dispose());

// Inputs no method accepts: wrong shapes, wrong types, smuggled keys, absurd sizes.
const invalidInputs: unknown[] = [
  42,
  'matter',
  [],
  { __proto__: { polluted: true }, unexpected: 1 },
  { id: -1 },
  { id: 1.5 },
  { id: '1' },
  { path: 123 },
  { path: 'x'.repeat(5000) },
  { path: '/tmp/no-extension' },
  { path: '/tmp/evil\0.claimchart' },
  { name: '' },
];

function acceptsAnyOf(method: MethodName, input: unknown): boolean {
  return contract[method].input.safeParse(input).success;
}

describe('the RPC contract', () => {
  it('has a handler for every method and refuses a duplicate', () => {
    expect(Object.keys(app.handlers).sort()).toEqual([...methodNames].sort());
    expect(() => buildHandlerTable({ 'app.info': () => ({ version: '', transport: 'browser' }) }, { 'app.info': () => ({ version: '', transport: 'browser' }) })).toThrow(/two handlers/);
  });

  it.each(methodNames)('%s rejects invalid input with a typed error naming the problem', async (method) => {
    let checked = 0;
    for (const input of invalidInputs) {
      if (acceptsAnyOf(method, input)) continue;
      const reply = await dispatch(app.handlers, method, input);
      expect(reply.ok).toBe(false);
      if (!reply.ok) {
        expect(reply.error.code).toBe('invalid-input');
        expect(reply.error.message).toMatch(/^Invalid input \(.+\)\.$/);
        expect(reply.error.message).not.toMatch(/at .+\.ts:\d+/);
      }
      checked += 1;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('refuses an unknown method, including prototype names', async () => {
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 'matter.overview.extra']) {
      const reply = await dispatch(app.handlers, name, {});
      expect(reply).toEqual({ ok: false, error: expect.objectContaining({ code: 'unknown-method' }) });
    }
  });

  it('answers the read methods with output that matches the contract', async () => {
    const overview = await app.call('matter.overview', {});
    expect(contract['matter.overview'].output.parse(overview)).toEqual(overview);
    const patent = await app.call('patent.get', { id: overview.patents[0]!.id });
    expect(contract['patent.get'].output.parse(patent)).toEqual(patent);
    expect(contract['app.info'].output.parse(await app.call('app.info', {}))).toBeTruthy();
    expect(contract['matter.recent'].output.parse(await app.call('matter.recent', {}))).toHaveLength(1);
  });

  it('turns a failure into a typed error without a stack trace', async () => {
    const reply = await dispatch(app.handlers, 'patent.get', { id: 999_999 });
    expect(reply).toEqual({ ok: false, error: { code: 'not-found', message: 'There is no patent with id 999999 in this matter.' } });
    const missing = await dispatch(app.handlers, 'matter.open', { path: join(app.dataDir, 'absent.claimchart') });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('not-found');
  });

  it('creates, opens and copies matters through the table', async () => {
    const created = await app.call('matter.create', { path: join(app.dataDir, 'new.claimchart'), name: 'Acme v. Widget' });
    expect(created.name).toBe('Acme v. Widget');
    expect((await app.call('matter.overview', {})).patents).toEqual([]);
    const copy = join(app.dataDir, 'copy.claimchart');
    await app.call('matter.saveCopy', { path: copy });
    const reopened = await app.call('matter.open', { path: copy });
    expect(reopened.name).toBe('Acme v. Widget');
    const again = await dispatch(app.handlers, 'matter.saveCopy', { path: copy });
    expect(again.ok).toBe(false);
  });
});
