import type { LedgerApp } from '#core/app/ledger-app';

/**
 * `check`: SQLite integrity, the change-log chain, and every audited row against
 * the log. The JSON report on stdout; on stderr one line per problem (naming table,
 * record and field) and what to do. Exit 1 when anything fails.
 */
export async function checkCommand(app: LedgerApp): Promise<number> {
  const report = await app.services.system.check();
  console.log(JSON.stringify(report, null, 2));
  if (report.ok) {
    console.error(`检查通过：数据库完整，${report.changes} 条变更记录的哈希链完好，${report.records.checked} 条记录与变更记录一致。`);
    return 0;
  }
  console.error('检查未通过：');
  for (const p of report.records.problems) console.error(`  - ${p.message}`);
  if (report.records.more > 0) console.error(`  - ……另有 ${report.records.more} 条记录不符，未逐条列出。`);
  for (const p of report.problems) console.error(p);
  return 1;
}
