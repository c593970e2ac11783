import { BRIDGE_KEY, DOCUMENTS_PATH, HOST_SECRET_HEADER, HOST_SESSION_HEADER, type LedgerBridge } from '#shared/ipc/bridge';
import { contract, type Channel, type InputOf, type OutputOf } from '#shared/ipc/contract';
import type { Envelope } from '#shared/ipc/envelope';

/**
 * The renderer's only way to the core. In Electron it goes through the preload
 * bridge; in a browser, to the loopback host with the per-launch secret the
 * host put in the URL fragment (never sent to the server in a URL, never logged).
 */
export async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<Envelope<OutputOf<C>>> {
  let result: Envelope<unknown>;
  try {
    const bridge = bridgeOf();
    result = bridge ? await bridge[channel](input) : await callHost(channel, input);
  } catch {
    result = { ok: false, error: { code: 'internal', message: CANNOT_REACH } };
  }
  if (result.ok && contract[channel].mutates) window.dispatchEvent(new CustomEvent(DATA_CHANGED, { detail: { channel } }));
  return result as Envelope<OutputOf<C>>;
}

const bridgeOf = () => (window as unknown as Record<string, LedgerBridge | undefined>)[BRIDGE_KEY];

/**
 * Whether generated documents open with the desktop's Word or WPS: in the Electron
 * window (disputes:open-document). In a browser on the loopback host they are
 * downloaded instead (`downloadDocument`), and the clerk opens or prints the file.
 */
export const opensDocumentsOnDesktop = (): boolean => bridgeOf() !== undefined;

const CANNOT_REACH = '无法连接台账服务。请确认程序仍在运行，然后刷新页面重试。';

/**
 * Downloads a generated document from the loopback host by the id the core issued
 * (with the secret and this tab's session, like every call), saved under its
 * Chinese file name.
 */
export async function downloadDocument(documentId: string, fileName: string): Promise<Envelope<{ fileName: string }>> {
  try {
    const headers: Record<string, string> = { [HOST_SECRET_HEADER]: hostSecret() };
    const session = sessionStorage.getItem(SESSION_KEY);
    if (session) headers[HOST_SESSION_HEADER] = session;
    const response = await fetch(`${DOCUMENTS_PATH}${encodeURIComponent(documentId)}`, { headers });
    if (!response.ok) {
      const code = response.status === 401 ? 'unauthenticated' : response.status === 403 ? 'forbidden' : 'not-found';
      return { ok: false, error: { code, message: await response.text() } };
    }
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    // The download has started from the object URL by now; free it a little later.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { ok: true, value: { fileName } };
  } catch {
    return { ok: false, error: { code: 'internal', message: CANNOT_REACH } };
  }
}

/** Fired after every successful mutation; lists re-fetch on it. */
export const DATA_CHANGED = 'data:changed';

const SECRET_KEY = 'ledger.secret';
const SESSION_KEY = 'ledger.session';

function hostSecret(): string {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('k');
  if (fromHash) {
    sessionStorage.setItem(SECRET_KEY, fromHash);
    // Take the secret out of the address bar so it is not copied or bookmarked.
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(SECRET_KEY) ?? '';
}

async function callHost(channel: Channel, input: unknown): Promise<Envelope<unknown>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', [HOST_SECRET_HEADER]: hostSecret() };
  const session = sessionStorage.getItem(SESSION_KEY);
  if (session) headers[HOST_SESSION_HEADER] = session;
  const response = await fetch(`/rpc/${encodeURIComponent(channel)}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
  const issued = response.headers.get(HOST_SESSION_HEADER);
  if (issued) sessionStorage.setItem(SESSION_KEY, issued);
  if (response.status === 403) {
    return { ok: false, error: { code: 'forbidden', message: '访问密钥无效。请从启动程序时显示的地址重新打开台账。' } };
  }
  return (await response.json()) as Envelope<unknown>;
}

/** Reads the secret from the fragment at start-up, before any routing touches the URL. */
export function initTransport(): void {
  if (!bridgeOf()) hostSecret();
}
