import type { LedgerApp } from '#core/app/ledger-app';

/**
 * `check`: SQLite integrity, the change-log chain, every audited row against the
 * log, and the log's head against its signed anchor. The JSON report on stdout;
 * on stderr one line per problem (naming table, record and field, or the seqs of
 * a deleted tail) and what to do, then any warnings. Exit 1 when anything fails.
 */
export async function checkCommand(app: LedgerApp): Promise<number> {
  const report = await app.services.system.check();
  console.log(JSON.stringify(report, null, 2));
  if (report.ok) {
    const { anchor, anchoredNow, seq } = report.head;
    const moved = anchoredNow ? `，链头锚点已更新到第 ${seq} 条` : '';
    const head = anchor.seq !== null ? `含有 ${anchor.at} 签名记下的链头（第 ${anchor.seq} 条）${moved}` : anchoredNow ? `链头锚点已建立（第 ${seq} 条）` : '尚未建立链头锚点';
    console.error(`检查通过：数据库完整；${report.changes} 条变更记录的哈希链完好，${head}；${report.records.checked} 条记录与变更记录一致。`);
  } else {
    console.error('检查未通过：');
    for (const p of report.records.problems) console.error(`  - ${p.message}`);
    if (report.records.more > 0) console.error(`  - ……另有 ${report.records.more} 条记录不符，未逐条列出。`);
    for (const p of report.problems) console.error(p);
  }
  for (const w of report.warnings) console.error(`注意：${w}`);
  return report.ok ? 0 : 1;
}

/** SQLite's own word that a page of the file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB), wherever it surfaced. */
export function isCorruption(error: unknown): boolean {
  const code = String((error as { code?: unknown }).code ?? '');
  const message = String((error as Error).message ?? '');
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' || /database disk image is malformed|file is not a database/.test(message);
}

/**
 * `check` on a file SQLite finds damaged while opening or checking it: the same
 * report and the same form as any other failure (JSON, 检查未通过, what to do, exit 1).
 */
export function corruptionReport(error: unknown): number {
  const detail = (error as Error).message;
  console.log(JSON.stringify({ ok: false, integrity: detail, problems: [`数据库文件已损坏（${detail}）`] }, null, 2));
  console.error('检查未通过：');
  console.error(`数据库文件已损坏（SQLite 报告：${detail}），无法逐项检查。请停止在这个台账上录入，从最近的备份恢复数据目录（恢复前先把损坏的 ledger.db 另存一份，以便查明原因）；没有备份时请联系技术支持。`);
  return 1;
}
