import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/rpc/dispatch';
import { startBrowserServer, type BrowserServer } from '../../electron/transport/http-server';
import { errorCodes } from '../../shared/errors';
import { contract, methodNames } from '../../shared/rpc/contract';
import { createTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let server: BrowserServer;

beforeAll(async () => {
  app = createTestApp();
  const rendererDir = join(app.dataDir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  server = await startBrowserServer({ ctx: app.ctx, handlers: app.handlers, rendererDir });
});
afterAll(async () => {
  await server.close();
  await app.dispose();
});

/** Every row of every table, hashed: equal fingerprints mean the matter did not change. */
function fingerprint(): string {
  const db = app.ctx.session.current.db;
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'pages_fts%' ORDER BY name").all() as { name: string }[];
  const hash = createHash('sha256');
  const encode = (_key: string, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? String(v) : v);
  for (const { name } of tables) {
    const rows = db.prepare(`SELECT * FROM "${name}"`).raw().all().map((row) => JSON.stringify(row, encode)).sort();
    hash.update(name).update(rows.join('\n'));
  }
  return hash.digest('hex');
}

const knownCodes = new Set<string>(errorCodes);

/** Inputs shaped like real ones (objects with the contract's key names) as well as anything at all. */
const keyNames = ['id', 'path', 'name', 'offset', 'label', 'terms', 'limiting', 'scheme', 'source', 'text', 'format', 'number', 'patentId', 'chartId', 'excerptId', 'query', 'limit', '__proto__', 'constructor'];
const plausibleInput = fc.dictionary(fc.constantFrom(...keyNames), fc.oneof(fc.anything(), fc.integer(), fc.string(), fc.constant(null)), { maxKeys: 4 });
const anyInput = fc.oneof(fc.anything({ maxDepth: 3 }), plausibleInput);

function post(method: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, method: 'POST', path: `/rpc/${encodeURIComponent(method)}`, headers: { Host: `127.0.0.1:${server.port}`, Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('fuzzing the RPC boundary', () => {
  it('every method answers random and malformed input with a typed error and leaves the matter as it was', async () => {
    // A refused call must change nothing. A random input that happens to be valid (a product named "a")
    // does what it says: the expected state then moves on with it.
    let expected = fingerprint();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methodNames), anyInput, async (method, input) => {
        const reply = await dispatch(app.handlers, method, input);
        if (reply.ok) {
          if (contract[method].kind === 'write') expected = fingerprint();
          return;
        }
        expect(knownCodes.has(reply.error.code)).toBe(true);
        expect(reply.error.message.length).toBeGreaterThan(5);
        expect(reply.error.message).not.toMatch(/\n\s+at /);
        expect(fingerprint()).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    expect(app.ctx.session.current.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('random method names are refused', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }), async (name) => {
        fc.pre(!methodNames.includes(name as never));
        const reply = await dispatch(app.handlers, name, {});
        expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
      }),
      { numRuns: 500 },
    );
  });

  it('the HTTP transport answers random bodies to every method with a typed error or a refusal, never a crash', async () => {
    const bodies = fc.oneof(
      fc.json(),
      fc.string({ maxLength: 200 }),
      anyInput.map((v) => {
        try {
          return JSON.stringify(v) ?? '';
        } catch {
          return '{';
        }
      }),
    );
    const check = async (method: string, body: string, expected: { fingerprint: string }) => {
      const res = await post(method, body);
      expect([200, 404]).toContain(res.status);
      expect(res.body).not.toMatch(/\n\s+at /);
      if (res.status !== 200) return;
      const reply = JSON.parse(res.body) as { ok: boolean; error?: { code: string; message: string } };
      if (reply.ok) {
        if (contract[method as keyof typeof contract]?.kind === 'write') expected.fingerprint = fingerprint();
        return;
      }
      expect(knownCodes.has(reply.error!.code)).toBe(true);
      expect(fingerprint()).toBe(expected.fingerprint);
    };
    const expected = { fingerprint: fingerprint() };
    // Every method gets its own runs, so none is left to chance.
    for (const method of [...methodNames, 'nope', '../../etc/passwd', '%00']) {
      await fc.assert(
        fc.asyncProperty(bodies, (body) => check(method, body, expected)),
        { numRuns: 12 },
      );
    }
    expect(app.ctx.session.current.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((await post('matter.current', '{}')).status).toBe(200);
  });
});
