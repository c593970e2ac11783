import type Sqlite from 'better-sqlite3';
import { sha256Hex } from '../changes/change-hash';
import { isSealed, type FieldCipher } from './field-cipher';
import { SEAL_ENTITY, sealDigest } from './seal-existing.repository';
import { fieldName, SENSITIVE_COLUMNS } from './sensitive-fields';

/**
 * For `verifyChain`: whether an entry whose payload no longer matches its
 * `payload_hash` was rewritten by the sealing step (seal-existing.repository.ts)
 * and by nothing else. It must be listed in `sealed_changes` with its present
 * hash; with the key, opening its sealed values must give back the very payload
 * whose hash the entry kept. Without the key (the desktop app sealed it and this
 * is the CLI) only the first holds, and `keyless` counts such entries.
 */
export function sealedPayloadCheck(raw: Sqlite.Database, cipher: FieldCipher | null) {
  const listed = raw.prepare('SELECT sealed_hash FROM sealed_changes WHERE seq = ?').pluck();
  let keyless = 0;
  return {
    accepts(seq: number, entity: string, payload: Buffer, payloadHash: string): boolean {
      const sealedHash = listed.get(seq) as string | undefined;
      if (sealedHash === undefined || sha256Hex(payload) !== sealedHash) return false;
      if (!cipher) {
        keyless++;
        return true;
      }
      const record = JSON.parse(payload.toString('utf8')) as Record<string, unknown>;
      try {
        for (const c of SENSITIVE_COLUMNS.get(entity) ?? []) {
          const v = record[c.column];
          if (isSealed(v)) record[c.column] = cipher.open(fieldName(entity, c.column), v);
        }
      } catch {
        return false;
      }
      return sha256Hex(JSON.stringify(record)) === payloadHash;
    },
    keyless: () => keyless,
  };
}

/**
 * Each sealing entry's digest against the `sealed_changes` rows it stands for:
 * a row added, changed or removed after the fact (to pass off an edited payload
 * as a sealed one) shows here. A problem sentence in Chinese, or null.
 */
export function verifySeals(raw: Sqlite.Database): string | null {
  const seals = raw.prepare('SELECT seq, payload FROM changes WHERE entity = ? ORDER BY seq').all(SEAL_ENTITY) as { seq: number; payload: string }[];
  for (const s of seals) {
    const digest = (JSON.parse(s.payload) as { digest?: string }).digest;
    if (digest !== sealDigest(raw, s.seq)) return `第 ${s.seq} 条变更记录（敏感字段加密改写记录）与其列出的改写清单不符：改写清单（sealed_changes）被改动过。请从备份恢复数据文件夹，并核查是谁改动的。`;
  }
  const orphan = raw.prepare(`SELECT min(seq) FROM sealed_changes WHERE seal_seq NOT IN (SELECT seq FROM changes WHERE entity = ?)`).pluck().get(SEAL_ENTITY) as number | null;
  if (orphan !== null) return `改写清单（sealed_changes）中第 ${orphan} 条变更记录没有对应的加密改写记录：改写清单被改动过。请从备份恢复数据文件夹，并核查是谁改动的。`;
  return null;
}
