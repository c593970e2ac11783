import { DEFAULT_MEETING_KINDS, kindByCode, removedKindsInUse, type MeetingKind } from '#shared/domain/meetings/meeting-kinds';
import type { MeetingKindsView } from '#shared/domain/meetings/meeting-views';
import type { ParsedInputOf } from '#shared/ipc/contract';
import { newRecord } from '../db/record-columns';
import { insertRecord, updateRecord } from '../db/record-store';
import type { Db, Tx } from '../db/schema';
import { AppError, fieldError, staleVersion } from '../errors';
import type { ServiceDeps } from '../service-deps';
import { officeWrite } from '../office-write';
import { storedKinds, usedKindCodes } from './meetings.repository';

export type MeetingKindsService = ReturnType<typeof createMeetingKindsService>;

/** The meeting kinds as data: the published defaults until the director saves a list. */
export function createMeetingKindsService(deps: ServiceDeps) {
  const { db } = deps;

  async function active(q: Db | Tx = db): Promise<{ kinds: MeetingKind[]; version: number | null }> {
    const row = await storedKinds(q);
    if (!row) return { kinds: DEFAULT_MEETING_KINDS.map((k) => ({ ...k, sides: k.sides.map((s) => ({ ...s })) })), version: null };
    return { kinds: JSON.parse(row.kinds) as MeetingKind[], version: row.version };
  }

  /** The kind of `code`, or a field error on `path` naming it. */
  async function kindOf(q: Db | Tx, code: string, path: (string | number)[] = ['kind']): Promise<MeetingKind> {
    const kind = kindByCode((await active(q)).kinds, code);
    if (!kind) throw fieldError(path, `没有这种会议类型（${code}）`);
    return kind;
  }

  async function view(q: Db | Tx = db): Promise<MeetingKindsView> {
    const [a, inUse] = await Promise.all([active(q), usedKindCodes(q)]);
    return { ...a, inUse };
  }

  return {
    active,
    kindOf,
    get: () => view(),
    /** Replaces the list as one record; a stale version is `conflict`, a removed code still in use is refused naming it. */
    async replace(input: ParsedInputOf<'meetings:update-kinds'>, actor: string): Promise<MeetingKindsView> {
      await officeWrite(deps, actor, async (ctx) => {
        const gone = removedKindsInUse(input.kinds, await usedKindCodes(ctx.trx));
        if (gone.length > 0) throw fieldError(['kinds'], `不能删除已有会议使用的类型（${gone.join('、')}）`);
        const existing = await storedKinds(ctx.trx);
        const values = { kinds: JSON.stringify(input.kinds) };
        const meta = { at: ctx.at, actor, what: '会议类型' };
        if (existing) {
          if (input.version === null) throw staleVersion('会议类型');
          await updateRecord(ctx.trx, 'meeting_kind_rules', existing.id, input.version, values, meta);
        } else {
          if (input.version !== null) throw new AppError('conflict', '会议类型尚未保存过，请刷新后重试');
          await insertRecord(ctx.trx, 'meeting_kind_rules', { ...newRecord(deps.ports.ids, ctx.officeId, ctx.at), ...values }, meta);
        }
      });
      return view();
    },
  };
}
