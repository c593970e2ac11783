import { expect, type Page } from '@playwright/test';

/**
 * A call made beside the UI, as the signed-in operator of this page (preload bridge or
 * host): for setting up data the test is not about, e.g. cases received days ago.
 */
export async function rpc<T = unknown>(page: Page, channel: string, input: Record<string, unknown>): Promise<T> {
  const result = await rpcEnvelope(page, channel, input);
  expect(result.ok, `${channel} failed: ${JSON.stringify(result.error)}`).toBe(true);
  return result.value as T;
}

export type RpcEnvelope = { ok: boolean; value?: unknown; error?: { code: string; message: string } };

/** The same call, answering the whole envelope: for a test that expects the core to refuse. */
export async function rpcEnvelope(page: Page, channel: string, input: Record<string, unknown>): Promise<RpcEnvelope> {
  return page.evaluate(
    async ({ channel, input }) => {
      const bridge = (window as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>> | undefined>).ledgerBridge;
      const send = bridge?.[channel];
      if (send) return (await send(input)) as RpcEnvelope;
      const response = await fetch(`/rpc/${channel}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-ledger-secret': sessionStorage.getItem('ledger.secret') ?? '',
          'x-ledger-session': sessionStorage.getItem('ledger.session') ?? '',
        },
        body: JSON.stringify(input),
      });
      return (await response.json()) as RpcEnvelope;
    },
    { channel, input },
  );
}

/** Beijing wall-clock time `hoursAgo` before now, as a datetime-local value ('YYYY-MM-DDTHH:mm'). */
export function chinaLocalAgo(hoursAgo: number): string {
  return new Date(Date.now() + (8 - hoursAgo) * 3_600_000).toISOString().slice(0, 16);
}

/** An instant `hoursAgo` before now, with the +08:00 offset the contract expects. */
export function chinaIsoAgo(hoursAgo: number): string {
  return `${chinaLocalAgo(hoursAgo)}:00+08:00`;
}
