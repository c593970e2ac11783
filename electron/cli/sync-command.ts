import type { LedgerApp } from '#core/app/ledger-app';
import { AppError } from '#core/errors';
import type { Session } from '#core/call-context';
import { EXPORT_PHASE_LABELS, type ExportPhase } from '#shared/domain/sync/sync.schema';
import { resolve } from 'node:path';

export const SYNC_USAGE = `  sync registration --out 文件            生成本街道的登记文件（交市级 city register 登记）
  sync export --out 文件夹 [--privacy 级别 --reason 理由]   导出下一个同步包（显示进度）`;

/** `sync registration|export`: the office side of sync from a terminal, through the same channels as the UI. */
export async function syncCommand(app: LedgerApp, session: Session, args: string[], options: { out?: string; privacy?: string; reason?: string }): Promise<number> {
  const [sub, ...extra] = args;
  if (!options.out || extra.length > 0 || (sub !== 'registration' && sub !== 'export')) throw new AppError('invalid-input', `用法：\n${SYNC_USAGE}`);
  const out = resolve(options.out);
  if (sub === 'registration') return print(await app.dispatch('sync:write-registration', { file: out }, session));

  // Poll the progress channel while the export runs, exactly as the sync page does.
  const bar = setInterval(() => {
    void app.dispatch('sync:export-progress', {}, session).then((r) => {
      if (r.ok) draw(r.value as { phase: ExportPhase; percent: number });
    });
  }, 100);
  try {
    const input = { directory: out, ...(options.privacy ? { privacy: options.privacy } : {}), ...(options.reason ? { reason: options.reason } : {}) };
    const result = await app.dispatch('sync:export-bundle', input, session);
    if (result.ok) draw({ phase: 'done', percent: 100 });
    process.stderr.write('\n');
    return print(result);
  } finally {
    clearInterval(bar);
  }
}

function print(result: { ok: true; value: unknown } | { ok: false; error: unknown }): number {
  console.log(JSON.stringify(result.ok ? result.value : result, null, result.ok ? 2 : undefined));
  return result.ok ? 0 : 1;
}

function draw(p: { phase: ExportPhase; percent: number }): void {
  const width = 30;
  const filled = Math.round((p.percent / 100) * width);
  process.stderr.write(`\r导出同步包 [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(p.percent).padStart(3)}% ${EXPORT_PHASE_LABELS[p.phase]}    `);
}
