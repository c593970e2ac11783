import { verifyChain } from '../changes/change-log.repository';
import { SCHEMA_VERSION } from '../db/migrations/index';
import type { Ledger } from '../db/open-ledger';
import { getOffice } from '../registry/office.repository';
import { auditRecords } from './record-audit';

export type SystemService = ReturnType<typeof createSystemService>;

/** Version information and the database health check. */
export function createSystemService(ledger: Ledger, appVersion: string) {
  return {
    async info() {
      const office = await getOffice(ledger.db);
      return { appVersion, schemaVersion: SCHEMA_VERSION, officeName: office?.name ?? null };
    },
    /**
     * SQLite's integrity check, the change-log hash chain (naming the first broken
     * entry), and every audited row against its latest change entry (naming the
     * table, record and fields that differ). `problems` says, in sentences a clerk
     * can act on, what is wrong and what to do; empty when `ok`.
     */
    async check() {
      const rows = ledger.raw.pragma('integrity_check') as { integrity_check: string }[];
      const integrity = rows.map((r) => r.integrity_check).join('; ');
      const chain = verifyChain(ledger.raw);
      const records = auditRecords(ledger.raw);
      const problems: string[] = [];
      if (integrity !== 'ok') problems.push(`数据库完整性检查报告「${integrity}」：数据库文件已损坏。请停止使用，从备份恢复数据文件夹。`);
      if (!chain.chainOk) problems.push(`${chain.problem}（第一条损坏的记录：第 ${chain.firstBrokenSeq} 条）：变更记录被改动过。请从备份恢复数据文件夹，并核查是谁改动的。`);
      if (!records.ok) {
        const total = records.problems.length + records.more;
        problems.push(`有 ${total} 条记录与变更记录不符（见 records.problems）：有人绕过台账程序直接改动了数据库。请暂停录入，联系管理员从备份恢复数据文件夹，并核查是谁改动的。`);
      }
      return { ok: problems.length === 0, integrity, ...chain, records, problems };
    },
  };
}
