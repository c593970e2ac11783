import type { Ledger } from '../db/open-ledger';
import { AppError } from '../errors';
import type { Clock } from '../ports';
import type { OfficeKeys, OfficeSigningKey } from '../sync/office-keys';
import { sealVerifies } from '../sync/signed-json';
import { ANCHOR_FILE, ANCHOR_FORMAT, ANCHOR_FORMAT_VERSION, readAnchorFile, writeAnchorFile, type AnchorMoment } from './chain-anchor';
import { chainHeadReader } from './chain-head.repository';

/**
 * What was found in `chain-head.json`:
 * - `none`: no anchor yet and nothing exported (a new ledger); the first is written;
 * - `missing`: no anchor though bundles were exported (a warning: an upgrade from a
 *   version without anchors, or a deleted file);
 * - `ok`: signed by this office's key, and the log holds the anchored entry unchanged;
 * - `unverified`: as `ok`, but the signing key cannot be read here (sealed by the desktop app);
 * - `behind`: the log ends before the anchored seq (its tail was deleted);
 * - `forked`: the entry at the anchored seq has another hash (cut, then written again);
 * - `invalid`: unreadable, another office's, or a signature that does not verify.
 */
export type AnchorStatus = 'none' | 'missing' | 'ok' | 'unverified' | 'behind' | 'forked' | 'invalid';

export type HeadReport = {
  ok: boolean;
  /** The log's newest entry. */
  seq: number;
  hash: string;
  /** The anchor as found before this check (its seq, hash and signing time). */
  anchor: { status: AnchorStatus; seq: number | null; hash: string | null; at: string | null };
  /** The change-log seq the last exported bundle reached (the `bundles` table), or null. */
  exportedToSeq: number | null;
  /** Whether a new anchor was written at the current head. */
  anchoredNow: boolean;
  /** What is wrong and what to do, or null. */
  problem: string | null;
  warning: string | null;
};

type SigningKey = { state: 'ready'; key: OfficeSigningKey } | { state: 'none' } | { state: 'unavailable'; why: string };

export type ChainHeadDeps = { raw: Ledger['raw']; dataDir: string; keys: OfficeKeys; clock: Clock };

/**
 * The anchor that makes a cut tail of the change log visible. The chain alone
 * cannot: `DELETE FROM changes WHERE seq > N` leaves a valid chain. So the head
 * (seq, hash, time) is signed with the office key and kept outside the database
 * in `<data dir>/chain-head.json`, advanced at each passing check, each export
 * and each close, and never moved back: a log that no longer holds the anchored
 * entry unchanged is refused, and the anchor kept as the evidence. Each bundle's
 * signed manifest carries the head too, and the city refuses one that went back.
 */
export function chainHead(deps: ChainHeadDeps) {
  const reader = chainHeadReader(deps.raw);

  async function signingKey(): Promise<SigningKey> {
    try {
      const key = await deps.keys.existingSigning();
      return key ? { state: 'ready', key } : { state: 'none' };
    } catch (error) {
      return { state: 'unavailable', why: error instanceof AppError ? error.message : (error as Error).message };
    }
  }

  /** Synchronous: nothing can append to the log between these reads and a write that follows. */
  function inspectWith(k: SigningKey): HeadReport {
    const head = reader.head();
    const last = reader.lastExport();
    const file = readAnchorFile(deps.dataDir);
    const report: HeadReport = {
      ok: true, seq: head.seq, hash: head.hash, anchor: { status: 'none', seq: null, hash: null, at: null },
      exportedToSeq: last?.toSeq ?? null, anchoredNow: false, problem: null, warning: null,
    };
    const fail = (status: AnchorStatus, problem: string) => {
      report.anchor.status = status;
      report.problem = problem;
    };
    if (file.state === 'absent') {
      if (last) {
        report.anchor.status = 'missing';
        report.warning = `找不到链头锚点文件 ${ANCHOR_FILE}，但本台账已导出过 ${last.bundle} 个同步包，本应有这个文件。若是刚从不写锚点的旧版本升级，可以不理会；否则可能有人删除了它，以便删掉末尾的变更记录而不被发现，请核查。检查通过后会重新建立锚点。`;
      }
    } else if (file.state === 'unreadable') {
      fail('invalid', `链头锚点文件 ${ANCHOR_FILE} ${file.why}。请从备份恢复这个文件，并核查是谁改动的；弄清原因之前不要删除它，也不要导出同步包。`);
    } else {
      const b = file.body;
      report.anchor = { status: 'ok', seq: b.seq, hash: b.hash, at: b.at };
      const office = reader.office();
      if (!office || b.office.id !== office.id) {
        fail('invalid', `链头锚点文件 ${ANCHOR_FILE} 属于另一个街道（${b.office.code}），不是本台账的。请核对数据文件夹是否放错，或从备份恢复本台账自己的 ${ANCHOR_FILE}。`);
      } else if (k.state === 'ready' && (b.office.keyFingerprint !== k.key.fingerprint || !sealVerifies(file.sealed, k.key.publicKeyPem))) {
        fail('invalid', `链头锚点文件 ${ANCHOR_FILE} 的签名与本街道的签名密钥不符：文件被改动过，或是从别处拷来的。请从备份恢复这个文件，并核查是谁改动的；弄清原因之前不要导出同步包。`);
      } else if (head.seq < b.seq) {
        fail('behind', `变更记录只到第 ${head.seq} 条，但 ${b.at} 签名记下的链头已到第 ${b.seq} 条：末尾的 ${b.seq - head.seq} 条变更记录被删除了。请停止录入，从备份恢复数据文件夹，并核查是谁删除的（如果刚从备份恢复了 ledger.db，请把同一份备份里的 ${ANCHOR_FILE} 一起恢复）。`);
      } else if (reader.hashAt(b.seq) !== b.hash) {
        fail('forked', `第 ${b.seq} 条变更记录与 ${b.at} 签名记下的链头不符：这一条及之前的变更记录被删除后又重新写过。请停止录入，从备份恢复数据文件夹，并核查是谁改动的。`);
      } else if (k.state !== 'ready') {
        report.anchor.status = 'unverified';
        report.warning = `本机读不到本街道的签名密钥（${k.state === 'none' ? '还没有生成' : k.why}），链头锚点的签名没有核验；变更记录与锚点记下的第 ${b.seq} 条一致。请在台账桌面程序中再检查一次。`;
      }
    }
    if (!report.problem && last && head.seq < last.toSeq) {
      report.problem = `变更记录只到第 ${head.seq} 条，但第 ${last.bundle} 号同步包已导出到第 ${last.toSeq} 条：末尾的变更记录被删除了。请停止录入，从备份恢复数据文件夹，并核查是谁删除的。`;
    }
    report.ok = report.problem === null;
    return report;
  }

  function writeAt(k: OfficeSigningKey, moment: AnchorMoment): void {
    const office = reader.office()!;
    const head = reader.head();
    writeAnchorFile(deps.dataDir, {
      format: ANCHOR_FORMAT, formatVersion: ANCHOR_FORMAT_VERSION,
      office: { id: office.id, code: office.division_code, keyFingerprint: k.fingerprint },
      seq: head.seq, hash: head.hash, at: deps.clock.now().toISOString(), moment,
    }, k.privateKeyPem);
  }

  return {
    /** The log's head against the anchor and the last export; writes nothing. */
    async inspect(): Promise<HeadReport> {
      return inspectWith(await signingKey());
    },
    /**
     * Moves the anchor to the current head when that is safe: the log still holds
     * the anchored entry unchanged, the office and its key exist, and there is
     * something new. Never writes over a finding (a `behind`, `forked` or `invalid`
     * anchor stays as evidence), and at `close` never replaces a missing anchor
     * of a ledger that has exported (check reports that first). Returns whether
     * it wrote; a failed write throws.
     */
    async advance(moment: AnchorMoment): Promise<boolean> {
      const k = await signingKey();
      if (k.state !== 'ready' || !reader.office()) return false;
      const now = inspectWith(k);
      if (!now.ok || now.seq === 0) return false;
      if (now.anchor.status === 'missing' && moment === 'close') return false;
      if (now.anchor.status === 'ok' && now.anchor.seq === now.seq) return false;
      writeAt(k.key, moment);
      return true;
    },
  };
}
export type ChainHead = ReturnType<typeof chainHead>;
