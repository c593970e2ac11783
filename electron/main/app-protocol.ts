import { SECURITY_HEADERS } from '#core/security/content-security-policy';
import { readRendererFile } from '#core/security/static-files';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './window-options';

/** Must run before `app.ready`: makes app:// a standard, secure origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer on app://ledger/ with the strict CSP header. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? await readRendererFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('找不到该页面', { status: 404, headers: SECURITY_HEADERS });
    return new Response(new Uint8Array(file.body), { headers: { ...SECURITY_HEADERS, 'content-type': file.type } });
  });
}
