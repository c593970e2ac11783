import { DEFAULT_DEADLINE_RULES } from '#shared/domain/disputes/deadlines';
import { packChanges } from '#shared/domain/policy/in-force';
import { calendarGapNotice, upcomingGaps } from '#shared/domain/policy/pack-calendar';
import { movesDeadlines, type PolicyPackBody } from '#shared/domain/policy/pack.schema';
import type { ParsedInputOf } from '#shared/ipc/contract';
import type { DeadlineRulesService } from '../disputes/deadline-rules.service';
import { BUILT_IN_COMMITTEE_RULES, type CommitteeRulesService } from '../committees/committee-rules.service';
import { newRecord } from '../db/record-columns';
import { insertRecord } from '../db/record-store';
import { AppError } from '../errors';
import { readUserFile, type UserPathPolicy } from '../files/user-paths';
import { getOffice } from '../registry/office.repository';
import { nowIso, type ServiceDeps } from '../service-deps';
import { readCityKeys } from '../sync/city-keys-setting';
import { verifyPack, type VerifiedPack } from './pack-file';
import { storedBody, type PolicySource } from './policy-source';
import * as repo from './policy.repository';

export type PolicyService = ReturnType<typeof createPolicyService>;

const EDITED_NOTE = '本街道已自行修改过这些规则：政策包中的默认规则先保存为默认值，本街道现行规则不变。';

type Progress = { phase: 'idle' | 'recomputing' | 'done'; version: number | null; done: number; total: number };

const summaryOf = (body: PolicyPackBody, sha256: string) => ({
  version: body.version, title: body.title, cityCode: body.city.code, issuedAt: body.issuedAt,
  sections: Object.keys(body.sections).filter((k) => body.sections[k as keyof typeof body.sections] !== undefined), sha256,
});
const sampleYearsOf = (body: PolicyPackBody) => (body.sections.holidays?.years ?? []).filter((y) => y.sample).map((y) => y.year);

/**
 * Policy packs at the office: preview (verify, diff), apply (director; verify again,
 * commit the pack, then recompute every case's deadlines in batches that resume after
 * a crash), and what is in force. `rules` is the disputes domain's rules service,
 * whose calendar and defaults read the packs through `source`.
 */
export function createPolicyService(deps: ServiceDeps, paths: UserPathPolicy, source: PolicySource, rules: DeadlineRulesService, committeeRules: CommitteeRulesService) {
  const { db } = deps;
  let progress: Progress = { phase: 'idle', version: null, done: 0, total: 0 };
  let applying = false;

  async function read(file: string): Promise<VerifiedPack> {
    const city = await readCityKeys(db);
    if (!city) throw new AppError('conflict', '还没有导入市级公钥文件（city-public.json），无法核验政策包。请先在「同步」中导入。');
    const office = await getOffice(db);
    if (!office) throw new AppError('conflict', '请先完成街道信息登记。');
    const bytes = await readUserFile(paths, file, 'policy-pack');
    return verifyPack(bytes, city, office.division_code, (await source.inForce()).version);
  }

  async function recompute(packId: string, version: number, afterRowid: number) {
    const total = await rules.countWithClocks();
    progress = { phase: 'recomputing', version, done: 0, total };
    const result = await rules.recomputeAll({
      afterRowid,
      onBatch: async (trx, last, done) => {
        await repo.advanceRecompute(trx, packId, last);
        progress = { ...progress, done: Math.min(done, total) };
      },
    });
    await db.transaction().execute((trx) => repo.finishRecompute(trx, packId));
    progress = { phase: 'done', version, done: total, total };
    return result;
  }

  return {
    async status() {
      const rows = await repo.appliedPacks(db);
      const history = rows
        .map((r) => ({ ...summaryOf(storedBody(r.body, r.pack_version), r.pack_sha256), appliedAt: r.created_at }))
        .reverse();
      const gaps = upcomingGaps(await source.calendar(), deps.ports.clock.now());
      const inForce = await source.inForce();
      return {
        inForce: history[0] ?? null,
        history,
        gapYears: gaps,
        calendarNotice: gaps.length > 0 ? calendarGapNotice(gaps) : null,
        sampleYears: inForce.years.filter((y) => y.sample).map((y) => y.year),
        recomputing: (await repo.pendingRecompute(db)) !== undefined,
      };
    },

    async preview(input: ParsedInputOf<'policy:preview-pack'>) {
      const pack = await read(input.file);
      const current = await source.inForce();
      const [deadlines, committees] = [await rules.get(), await committeeRules.active()];
      const committeeBefore = { ...BUILT_IN_COMMITTEE_RULES, ...current.committeeRules };
      const changes = packChanges({ ...current, deadlineRules: current.deadlineRules ?? [...DEFAULT_DEADLINE_RULES] }, pack.body, committeeBefore).map((c) => {
        // The office's own edits win over the city's defaults: say so instead of a change that will not show.
        const edited = (c.section === 'deadlineRules' && deadlines.edited) || (c.section === 'committeeRules' && committees.edited);
        return edited ? { ...c, lines: [...c.lines, EDITED_NOTE] } : c;
      });
      return { pack: summaryOf(pack.body, pack.sha256), inForceVersion: current.version, changes, sampleYears: sampleYearsOf(pack.body) };
    },

    async apply(input: ParsedInputOf<'policy:apply-pack'>, actor: string) {
      if (applying) throw new AppError('conflict', '另一个政策包正在应用，请等它完成。');
      applying = true;
      try {
        const pack = await read(input.file);
        if (pack.sha256 !== input.sha256) throw new AppError('conflict', '政策包文件在预览之后变了，请重新预览后再应用。', [{ path: ['file'], message: '文件与预览时不同' }]);
        const at = nowIso(deps);
        const moves = movesDeadlines(summaryOf(pack.body, pack.sha256).sections);
        // The pack and the marker of its recompute commit together: after a crash the
        // ledger opens with this pack fully in force and finishes the recompute.
        const id = await db.transaction().execute(async (trx) => {
          const office = await getOffice(trx);
          if (!office) throw new AppError('conflict', '请先完成街道信息登记。');
          // Checked again under the write lock: the CLI may have applied a pack since the read.
          const now = (await repo.inForce(trx))?.pack_version ?? 0;
          if (now >= pack.body.version) throw new AppError('conflict', `政策包版本 ${pack.body.version} 不比现行版本 ${now} 新，不能导入。`);
          const row = {
            ...newRecord(deps.ports.ids, office.id, at),
            pack_version: pack.body.version, city_code: pack.body.city.code, title: pack.body.title, issued_at: pack.body.issuedAt,
            key_fingerprint: pack.body.cityKeyFingerprint, pack_sha256: pack.sha256,
            sections: JSON.stringify(summaryOf(pack.body, pack.sha256).sections), body: pack.text,
          };
          await insertRecord(trx, 'policy_packs', row, { at, actor, what: '政策包' });
          if (moves) await repo.startRecompute(trx, row.id, at);
          return row.id;
        });
        if (!moves) return { version: pack.body.version, checked: 0, changed: 0, recomputed: false };
        const { done, changed } = await recompute(id, pack.body.version, 0);
        return { version: pack.body.version, checked: done, changed, recomputed: true };
      } finally {
        applying = false;
      }
    },

    progress: async (): Promise<Progress> => progress,

    /** At open: finishes a recompute a crash cut off (the pack is already in force). */
    async resumePending() {
      const pending = await repo.pendingRecompute(db);
      if (!pending) return null;
      const row = await db.selectFrom('policy_packs').select('pack_version').where('id', '=', pending.pack_id).executeTakeFirst();
      return recompute(pending.pack_id, row?.pack_version ?? 0, pending.after_rowid);
    },
  };
}
