import { verifyChain } from '../changes/change-log.repository';
import { SCHEMA_VERSION } from '../db/migrations/index';
import type { Ledger } from '../db/open-ledger';
import type { Clock } from '../ports';
import { auditLockedMinutes } from '../meetings/minutes-audit.repository';
import { getOffice } from '../registry/office.repository';
import type { OfficeKeys } from '../sync/office-keys';
import type { AnchorMoment } from './chain-anchor';
import { chainHead } from './chain-head';
import { auditRecords } from './record-audit';
import type { FieldCodec } from '../fieldcrypt/field-codec';
import { sealedPayloadCheck, verifySeals } from '../fieldcrypt/sealed-chain.repository';

export type SystemService = ReturnType<typeof createSystemService>;
export type SystemDeps = { dataDir: string; keys: OfficeKeys; clock: Clock; fields?: FieldCodec };

/** Version information, the database health check, and the change-log head anchor. */
export function createSystemService(ledger: Ledger, appVersion: string, deps: SystemDeps) {
  const { fields, ...anchorDeps } = deps;
  const head = chainHead({ raw: ledger.raw, ...anchorDeps });
  return {
    async info() {
      const office = await getOffice(ledger.db);
      return { appVersion, schemaVersion: SCHEMA_VERSION, officeName: office?.name ?? null };
    },
    /**
     * SQLite's integrity check; the change-log hash chain (naming the first broken
     * entry); every audited row against its latest change entry (naming table,
     * record and fields); and the log's head against the signed anchor and the last
     * export (a deleted tail). `problems` says, in sentences a clerk can act on,
     * what is wrong and what to do; empty when `ok`. A passing check moves the
     * anchor to the current head.
     */
    async check() {
      const found = await head.inspect();
      const rows = ledger.raw.pragma('integrity_check') as { integrity_check: string }[];
      const integrity = rows.map((r) => r.integrity_check).join('; ');
      // Entries sealed after the fact are proven with the key where it is reachable (fieldcrypt/sealed-chain.repository.ts).
      const cipher = fields ? await fields.cipher().catch(() => null) : null;
      const sealed = sealedPayloadCheck(ledger.raw, cipher);
      const chain = verifyChain(ledger.raw, sealed);
      const seals = verifySeals(ledger.raw);
      const records = auditRecords(ledger.raw);
      const problems: string[] = [];
      const warnings: string[] = found.warning ? [found.warning] : [];
      if (integrity !== 'ok') problems.push(`数据库完整性检查报告「${integrity}」：数据库文件已损坏。请停止使用，从备份恢复数据文件夹。`);
      if (!chain.chainOk) problems.push(`${chain.problem}（第一条损坏的记录：第 ${chain.firstBrokenSeq} 条）：变更记录被改动过。请从备份恢复数据文件夹，并核查是谁改动的。`);
      if (!records.ok) {
        const total = records.problems.length + records.more;
        problems.push(`有 ${total} 条记录与变更记录不符（见 records.problems）：有人绕过台账程序直接改动了数据库。请暂停录入，联系管理员从备份恢复数据文件夹，并核查是谁改动的。`);
      }
      if (seals) problems.push(seals);
      if (sealed.keyless() > 0) {
        warnings.push(`有 ${sealed.keyless()} 条变更记录中的电话号码和身份证号是升级时加密改写的；这里读不到敏感字段密钥，只核对了改写后的内容未被改动，未能核对改写前后一致。请在台账桌面程序中再运行一次自检。`);
      }
      if (found.problem) problems.push(found.problem);
      // meetings (issue 11): a locked minutes whose text no longer hashes to what was locked.
      for (const m of auditLockedMinutes(ledger.raw)) {
        problems.push(`会议纪要「${m.title}」（${m.date}）锁定后被改动：按现有内容计算的校验码与锁定时记录的不符。锁定的纪要只能追加补充说明；请从备份恢复数据文件夹，并核查是谁改动的。`);
      }
      if (problems.length === 0) {
        try {
          found.anchoredNow = await head.advance('check');
        } catch (error) {
          warnings.push(`无法写入链头锚点文件（${(error as Error).message}）：请检查数据文件夹的权限和磁盘空间。`);
        }
      }
      return { ok: problems.length === 0, integrity, ...chain, records, head: found, problems, warnings };
    },
    /** Anchors the head at a natural moment (export, close); never throws: a missed anchor is caught up at the next one. */
    async anchorHead(moment: AnchorMoment): Promise<boolean> {
      return head.advance(moment).catch(() => false);
    },
  };
}
