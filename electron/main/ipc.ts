import type { LedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import { CHANNELS } from '#shared/ipc/contract';
import { ipcMain } from 'electron';
import { isTrustedSender } from './window-options';

/**
 * One `ipcMain.handle` per contract channel, all into the same dispatch. Each
 * window has its own session; a message from any frame but our own top frame
 * is refused.
 */
export function registerIpc(ledgerApp: LedgerApp): void {
  const sessions = new Map<number, Session>();
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        return { ok: false, error: { code: 'forbidden', message: '拒绝来自非台账页面的请求。' } };
      }
      let session = sessions.get(event.sender.id);
      if (!session) {
        session = { principal: null };
        sessions.set(event.sender.id, session);
        event.sender.once('destroyed', () => sessions.delete(event.sender.id));
      }
      return ledgerApp.dispatch(channel, input, session);
    });
  }
}
