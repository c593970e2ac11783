import type { LedgerApp } from '#core/app/ledger-app';

/** `check`: SQLite integrity check and the change-log chain; exit 1 when either fails. */
export async function checkCommand(app: LedgerApp): Promise<number> {
  const report = app.services.system.check();
  const healthy = report.integrity === 'ok' && report.chainOk;
  console.log(JSON.stringify(report, null, 2));
  console.error(
    healthy
      ? `检查通过：数据库完整，${report.changes} 条变更记录的哈希链完好。`
      : report.integrity !== 'ok'
        ? `检查未通过：数据库完整性检查报告「${report.integrity}」。`
        : `检查未通过：${report.problem}（第一条损坏的记录：第 ${report.firstBrokenSeq} 条）。`,
  );
  return healthy ? 0 : 1;
}
