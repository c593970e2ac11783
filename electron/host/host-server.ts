import { documentDownload } from '#core/app/document-download';
import type { LedgerApp } from '#core/app/ledger-app';
import { SECURITY_HEADERS } from '#core/security/content-security-policy';
import { readRendererFile } from '#core/security/static-files';
import { DOCUMENTS_PATH, HOST_LAUNCH_HEADER, HOST_LAUNCH_PATH, HOST_SECRET_HEADER, HOST_SESSION_HEADER } from '#shared/ipc/bridge';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SessionTable, type SessionTableOptions } from './host-sessions';

const MAX_BODY = 1024 * 1024;

export type HostOptions = { app: LedgerApp; rendererDir: string; port?: number; secret?: string; sessions?: SessionTableOptions };
export type RunningHost = {
  url: string;
  origin: string;
  port: number;
  secret: string;
  server: Server;
  /** A URL for a command line (Chromium's --app): its token is exchanged once for the secret, useless afterwards. */
  launchUrl(): string;
  close(): Promise<void>;
};

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The loopback host: the built renderer, `POST /rpc/<channel>` and
 * `GET /documents/<id>` on 127.0.0.1 only. Every RPC and download needs the
 * per-launch secret; a foreign Host or Origin header (DNS rebinding, another site
 * in the same browser) is refused.
 */
export async function startHost({ app, rendererDir, port = 0, secret = randomBytes(24).toString('base64url'), ...options }: HostOptions): Promise<RunningHost> {
  const sessions = new SessionTable(options.sessions);
  // Launch tokens: a command line is readable by every local account, so what goes on
  // Chromium's is a token the page trades for the secret on its first load, once.
  const launchTokens = new Set<string>();
  let allowedHosts = new Set<string>();

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', '内部错误');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const host = req.headers.host ?? '';
    const origin = req.headers.origin;
    if (!allowedHosts.has(host) || (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, '')))) {
      return send(res, 403, 'text/plain; charset=utf-8', '拒绝访问：来源不是本机台账');
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === HOST_LAUNCH_PATH) return launch(req, res);
    if (path.startsWith('/rpc/')) return rpc(req, res, path.slice(5));
    if (path.startsWith(DOCUMENTS_PATH)) return download(req, res, path.slice(DOCUMENTS_PATH.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', '不支持的请求方法');
    const file = await readRendererFile(rendererDir, path);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', '找不到该页面');
    return send(res, 200, file.type, file.body, path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store');
  }

  async function rpc(req: IncomingMessage, res: ServerResponse, encodedChannel: string) {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', '请使用 POST');
    if (!secretMatches(req.headers[HOST_SECRET_HEADER], secret)) return send(res, 403, 'text/plain; charset=utf-8', '访问密钥无效');
    // Only JSON: a cross-site <form> cannot send this content type without a CORS preflight.
    // The media type exactly (`application/jsonp` is not JSON); parameters such as charset may follow.
    if (mediaType(req.headers['content-type']) !== 'application/json') return send(res, 415, 'text/plain; charset=utf-8', '只接受 JSON');
    const channel = decodedChannel(encodedChannel);
    if (channel === null) return json(res, 400, { ok: false, error: { code: 'invalid-input', message: '请求的通道名称无效（不是有效的 URL 编码）。' } });
    const body = await readBody(req);
    if (body === null) {
      // Answered before the rest of the body is read, then the connection is closed: the client reads the 413, not a reset.
      res.once('finish', () => req.destroy());
      res.setHeader('connection', 'close');
      return json(res, 413, { ok: false, error: { code: 'invalid-input', message: `提交的数据太大（一次最多 ${MAX_BODY / 1048576} MB）。请减少一次提交的内容后重试。` } });
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return json(res, 400, { ok: false, error: { code: 'invalid-input', message: '提交的数据不是有效的 JSON。' } });
    }
    const token = String(req.headers[HOST_SESSION_HEADER] ?? '');
    let session = sessions.get(token);
    if (!session) {
      const issued = sessions.issue();
      session = issued.session;
      res.setHeader(HOST_SESSION_HEADER, issued.token);
    }
    return json(res, 200, await app.dispatch(channel, input, session));
  }

  function launch(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', '请使用 POST');
    const token = req.headers[HOST_LAUNCH_HEADER];
    if (typeof token !== 'string' || !launchTokens.delete(token)) return send(res, 403, 'text/plain; charset=utf-8', '启动地址已用过或无效');
    return json(res, 200, { secret });
  }

  /**
   * A generated document, by the opaque id the core issued when it wrote the file
   * (never a path), for a tab that has signed in: the browser's 打开 and 打印.
   */
  async function download(req: IncomingMessage, res: ServerResponse, documentId: string) {
    if (req.method !== 'GET') return send(res, 405, 'text/plain; charset=utf-8', '请使用 GET');
    if (!secretMatches(req.headers[HOST_SECRET_HEADER], secret)) return send(res, 403, 'text/plain; charset=utf-8', '访问密钥无效');
    // A download never opens a session: it must come from a tab that signed in.
    const session = sessions.get(String(req.headers[HOST_SESSION_HEADER] ?? '')) ?? { principal: null };
    const result = await documentDownload(app, session, documentId);
    if (!result.ok) {
      const status = result.error.code === 'unauthenticated' ? 401 : result.error.code === 'forbidden' ? 403 : 404;
      return send(res, status, 'text/plain; charset=utf-8', result.error.message);
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': DOCX,
      'content-disposition': attachment(result.fileName),
      'content-length': String(result.bytes.length),
      'cache-control': 'no-store',
    });
    res.end(result.bytes);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${actualPort}`, `localhost:${actualPort}`]);
  const origin = `http://127.0.0.1:${actualPort}`;
  return {
    url: `${origin}/#k=${secret}`,
    origin,
    port: actualPort,
    secret,
    server,
    launchUrl() {
      const token = randomBytes(24).toString('base64url');
      launchTokens.add(token);
      return `${origin}/#l=${token}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Content-Disposition for a download: an ASCII fallback name and the real (Chinese) one as RFC 5987 UTF-8. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]+/g, '_').replace(/["\\%]/g, '_');
  const utf8 = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

function secretMatches(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

const mediaType = (header: string | undefined) => (header ?? '').split(';')[0]!.trim().toLowerCase();

function decodedChannel(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/** The body as text, or null once it passes MAX_BODY (by its declared length or as it arrives). */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) return resolve(null);
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        req.off('data', onData);
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, cache = 'no-store') {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': cache });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
