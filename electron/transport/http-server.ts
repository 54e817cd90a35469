/**
 * Browser mode: the same renderer and the same handler table, served over HTTP on 127.0.0.1.
 *
 * Every request must carry the per-session token (a cookie set by the one-time `/?session=` link, or an
 * `Authorization: Bearer` header for the CLI and tests). `Host` must name this server (DNS rebinding) and
 * `Origin`, when sent, must be this server (cross-site requests). No CORS headers are ever sent.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '../../shared/errors';
import type { AppContext } from '../services/app-context';
import { readBinary } from '../services/blobs';
import { dispatch, toErrorInfo } from '../services/rpc/dispatch';
import type { HandlerTable } from '../services/rpc/handler-table';
import { SECURITY_HEADERS, mediaTypeFor } from '../services/security-policy';
import { MAX_UPLOAD_BYTES, UploadStore } from '../services/uploads';
import { sliceForRange } from './byte-range';
import { resolveStaticFile } from './static-files';

export const SESSION_COOKIE = 'claimchart_session';
export const MAX_RPC_BODY_BYTES = 4 * 1024 * 1024;

export interface BrowserServer {
  readonly url: string;
  /** The URL to open once: it hands the browser the session cookie. */
  readonly launchUrl: string;
  readonly token: string;
  readonly port: number;
  close(): Promise<void>;
}

export interface BrowserServerOptions {
  readonly ctx: AppContext;
  readonly handlers: HandlerTable;
  readonly rendererDir: string;
  readonly port?: number;
  readonly token?: string;
}

class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new HttpRefusal(413, 'Request body too large.'));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > limit) return;
      size += chunk.length;
      if (size > limit) {
        // Stop reading; the 413 goes out with `Connection: close`, which ends the upload.
        req.pause();
        reject(new HttpRefusal(413, 'Request body too large.'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: string | Uint8Array, headers: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  send(res, status, JSON.stringify(value), { 'Content-Type': 'application/json; charset=utf-8' });
}

export function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const { ctx, handlers, rendererDir } = options;
  let port = 0;
  const openStreams = new Set<ServerResponse>();
  const uploads = new UploadStore();

  function checkHostAndOrigin(req: IncomingMessage) {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) throw new HttpRefusal(421, 'Unexpected Host header.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
      throw new HttpRefusal(403, 'Cross-origin requests are refused.');
    }
    const fetchSite = req.headers['sec-fetch-site'];
    if (fetchSite === 'cross-site') throw new HttpRefusal(403, 'Cross-site requests are refused.');
  }

  function isAuthorized(req: IncomingMessage): boolean {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    return sameToken(bearer, token) || sameToken(cookieValue(req.headers.cookie, SESSION_COOKIE), token);
  }

  async function handleRpc(req: IncomingMessage, res: ServerResponse, methodName: string) {
    if (req.method !== 'POST') throw new HttpRefusal(405, 'RPC calls are POST requests.');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      throw new HttpRefusal(415, 'RPC calls carry application/json.');
    }
    const body = await readBody(req, MAX_RPC_BODY_BYTES);
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      sendJson(res, 200, { ok: false, error: { code: 'invalid-input', message: 'The request body is not valid JSON.' } });
      return;
    }
    sendJson(res, 200, await dispatch(handlers, methodName, input));
  }

  /** `POST /upload?name=FILE` with the raw bytes: answers `{path}` for an import method to use. */
  async function handleUpload(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (req.method !== 'POST') throw new HttpRefusal(405, 'Uploads are POST requests.');
    if (req.headers['content-type'] !== 'application/octet-stream') throw new HttpRefusal(415, 'Uploads carry application/octet-stream.');
    const name = url.searchParams.get('name') ?? 'upload';
    const bytes = await readBody(req, MAX_UPLOAD_BYTES);
    sendJson(res, 200, { path: uploads.put(name, bytes) });
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse) {
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
    res.write(': connected\n\n');
    openStreams.add(res);
    const stop = ctx.events.listen((channel, payload) => {
      res.write(`event: ${channel}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
    req.on('close', () => {
      stop();
      clearInterval(keepAlive);
      openStreams.delete(res);
    });
  }

  function handleBinary(req: IncomingMessage, res: ServerResponse, path: string) {
    let content;
    try {
      content = readBinary(ctx, path);
    } catch (error) {
      const info = toErrorInfo(error);
      send(res, info.code === 'not-found' ? 404 : 409, info.message, { 'Content-Type': 'text/plain; charset=utf-8' });
      return;
    }
    const ranged = sliceForRange(content, req.headers.range);
    send(res, ranged.status, ranged.body, { ...ranged.headers, 'Content-Type': content.mediaType });
  }

  function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string) {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpRefusal(405, 'Method not allowed.');
    const file = resolveStaticFile(rendererDir, pathname);
    if (!file) throw new HttpRefusal(404, 'Not found.');
    send(res, 200, readFileSync(file), { 'Content-Type': mediaTypeFor(file) });
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    checkHostAndOrigin(req);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const offered = url.searchParams.get('session');
    if (url.pathname === '/' && offered !== null) {
      if (!sameToken(offered, token)) throw new HttpRefusal(401, 'This link has expired: use the URL printed by `npm start`.');
      res.writeHead(303, {
        ...SECURITY_HEADERS,
        Location: '/',
        'Set-Cookie': `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
      });
      res.end();
      return;
    }
    if (!isAuthorized(req)) throw new HttpRefusal(401, 'Missing or wrong session token.');
    if (url.pathname.startsWith('/rpc/')) return handleRpc(req, res, decodeURIComponent(url.pathname.slice(5)));
    if (url.pathname === '/events') return handleEvents(req, res);
    if (url.pathname === '/upload') return handleUpload(req, res, url);
    if (url.pathname.startsWith('/binary/')) return handleBinary(req, res, url.pathname.slice('/binary'.length));
    return handleStatic(req, res, url.pathname);
  }

  const server: Server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpRefusal) {
        send(res, error.status, error.message, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
        return;
      }
      const info = error instanceof AppError ? error.toInfo() : toErrorInfo(error);
      send(res, 500, info.message, { 'Content-Type': 'text/plain; charset=utf-8' });
    });
  });
  server.headersTimeout = 30_000;
  server.requestTimeout = 120_000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      const url = `http://127.0.0.1:${port}/`;
      resolve({
        url,
        launchUrl: `${url}?session=${token}`,
        token,
        port,
        close: () =>
          new Promise<void>((done) => {
            for (const stream of openStreams) stream.end();
            uploads.dispose();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
