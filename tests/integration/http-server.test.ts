import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_RPC_BODY_BYTES, SESSION_COOKIE, startBrowserServer, type BrowserServer } from '../../electron/transport/http-server';
import { createTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let server: BrowserServer;

beforeAll(async () => {
  app = createTestApp();
  const rendererDir = join(app.dataDir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>ClaimChart</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(app.dataDir, 'secret.txt'), 'matter secrets');
  server = await startBrowserServer({ ctx: app.ctx, handlers: app.handlers, rendererDir });
});
afterAll(async () => {
  await server.close();
  await app.dispose();
});

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so tests control every header (fetch would not let us forge Host). */
function raw(options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, method: options.method ?? 'GET', path: options.path, headers: { Host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const auth = () => ({ Authorization: `Bearer ${server.token}` });
const rpc = (method: string, body: unknown, headers: Record<string, string> = auth()) =>
  raw({ method: 'POST', path: `/rpc/${method}`, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('the browser-mode server', () => {
  it('listens on loopback only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves an RPC call with the token', async () => {
    const res = await rpc('matter.current', {});
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { name: expect.stringContaining('Hewlett Packard') } });
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses requests without the token or with a wrong one', async () => {
    expect((await rpc('matter.current', {}, {})).status).toBe(401);
    expect((await rpc('matter.current', {}, { Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await rpc('matter.current', {}, { Cookie: `${SESSION_COOKIE}=${server.token.slice(1)}` })).status).toBe(401);
    expect((await raw({ path: '/' })).status).toBe(401);
    expect((await raw({ path: '/events' })).status).toBe(401);
    expect((await raw({ path: '/?session=guess' })).status).toBe(401);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    expect((await rpc('matter.current', {}, { ...auth(), Host: 'evil.example:80' })).status).toBe(421);
    expect((await rpc('matter.current', {}, { ...auth(), Host: `attacker.test:${server.port}` })).status).toBe(421);
    expect((await rpc('matter.current', {}, { ...auth(), Origin: 'http://evil.example' })).status).toBe(403);
    expect((await rpc('matter.current', {}, { ...auth(), Origin: `http://127.0.0.1:${server.port + 1}` })).status).toBe(403);
    expect((await rpc('matter.current', {}, { ...auth(), Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('exchanges the launch link for an HttpOnly, SameSite=Strict cookie that then authenticates', async () => {
    const launch = await raw({ path: `/?session=${server.token}` });
    expect(launch.status).toBe(303);
    const cookie = String(launch.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await raw({ path: '/', headers: { Cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>ClaimChart</title>');
  });

  it('refuses path traversal on static files', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00index.html']) {
      const res = await raw({ path, headers: auth() });
      expect(res.body).not.toContain('matter secrets');
      expect(res.status).toBe(404);
    }
    expect((await raw({ path: '/assets/app.js', headers: auth() })).body).toBe('console.log(1)');
  });

  it('refuses oversized bodies, non-JSON bodies and other verbs', async () => {
    const big = Buffer.alloc(MAX_RPC_BODY_BYTES + 10, 'a');
    const tooBig = await raw({ method: 'POST', path: '/rpc/matter.current', headers: { ...auth(), 'Content-Type': 'application/json' }, body: big });
    expect(tooBig.status).toBe(413);
    const notJson = await raw({ method: 'POST', path: '/rpc/matter.current', headers: { ...auth(), 'Content-Type': 'text/plain' }, body: '{}' });
    expect(notJson.status).toBe(415);
    expect((await raw({ method: 'GET', path: '/rpc/matter.current', headers: auth() })).status).toBe(405);
    const garbage = await raw({ method: 'POST', path: '/rpc/matter.current', headers: { ...auth(), 'Content-Type': 'application/json' }, body: '{nope' });
    expect(JSON.parse(garbage.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('returns typed errors for invalid input and unknown methods over HTTP', async () => {
    expect(JSON.parse((await rpc('patent.get', { id: 'x' })).body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(JSON.parse((await rpc('no.such', {})).body)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('streams events to an authenticated listener', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/events', headers: { Host: `127.0.0.1:${server.port}`, ...auth() } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('event: matter.changed')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', (e) => (String(e).includes('socket hang up') ? undefined : reject(e)));
      req.end();
      setTimeout(() => app.ctx.events.publish('matter.changed', { reason: 'test' }), 100);
    });
    expect(await received).toContain('data: {"reason":"test"}');
  });

  it('accepts an upload and keeps it where an import can read it', async () => {
    const res = await raw({ method: 'POST', path: '/upload?name=../../etc/claims.txt', headers: { ...auth(), 'Content-Type': 'application/octet-stream' }, body: '1. A widget.' });
    expect(res.status).toBe(200);
    const { path } = JSON.parse(res.body) as { path: string };
    expect(path.endsWith('claims.txt')).toBe(true);
    expect(path).not.toContain('..');
    expect(readFileSync(path, 'utf8')).toBe('1. A widget.');
    const unauthenticated = await raw({ method: 'POST', path: '/upload?name=x', headers: { 'Content-Type': 'application/octet-stream' }, body: 'x' });
    expect(unauthenticated.status).toBe(401);
  });

  it('serves binary content with byte ranges and 404 for unknown content', async () => {
    const missing = await raw({ path: '/binary/document/12345', headers: auth() });
    expect(missing.status).toBe(404);
  });
});
