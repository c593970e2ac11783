import type { OperatorView } from '#shared/ipc/contract/auth.contract';
import type { ParsedInputOf } from '#shared/ipc/contract';
import { appendChange } from '../changes/change-log.repository';
import { newRecord } from '../db/record-columns';
import type { Tx } from '../db/schema';
import { AppError, fieldError, notFound, staleVersion } from '../errors';
import { getOffice, insertOffice } from '../registry/office.repository';
import type { Principal, Session } from '../call-context';
import { nowIso, type ServiceDeps } from '../service-deps';
import * as repo from './auth.repository';
import { hashPassword, verifyPassword } from './password';
import { SignInThrottle } from './sign-in-throttle';

const toView = (row: repo.OperatorRow & { staff_name?: string | null }): OperatorView => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  staffId: row.staff_id,
  staffName: row.staff_name ?? null,
  createdAt: row.created_at,
  version: row.version,
});

const principalOf = (row: repo.OperatorRow): Principal => ({ actor: row.username, role: row.role, operatorId: row.id });

export type AuthService = ReturnType<typeof createAuthService>;

/** Operators, sign-in and the first-start set-up. */
export function createAuthService(deps: ServiceDeps) {
  const { db } = deps;
  const throttle = new SignInThrottle(() => deps.ports.clock.now().getTime());

  async function currentOperator(session: Session): Promise<OperatorView | null> {
    const id = session.principal?.operatorId;
    if (!id) return null;
    const row = await repo.findOperatorWithStaff(db, id);
    return row ? toView(row) : null;
  }

  /**
   * The staff record an account may stand for: it must exist, and no other active
   * account may stand for it already (one person's cases would be split between two).
   */
  async function checkStaffLink(trx: Tx, staffId: string | null | undefined, operatorId: string | null): Promise<string | null> {
    if (!staffId) return null;
    if (!(await repo.liveStaff(trx, staffId))) throw fieldError(['staffId'], '该工作人员不存在或已删除，请重新选择');
    const other = await repo.accountOfStaff(trx, staffId, operatorId);
    if (other) throw fieldError(['staffId'], `已关联到账号「${other.username}」，一名工作人员只能关联一个账号`);
    return staffId;
  }

  /** Versioned update of one operator plus its change-log entry. */
  const newOperator = (officeId: string, at: string, who: { username: string; displayName: string; role: repo.OperatorRow['role'] }, passwordHash: string, staffId: string | null = null): repo.OperatorRow => ({
    ...newRecord(deps.ports.ids, officeId, at),
    username: who.username,
    display_name: who.displayName,
    role: who.role,
    password_hash: passwordHash,
    staff_id: staffId,
  });

  async function change(
    id: string,
    version: number,
    actor: string,
    action: 'update' | 'delete',
    patch: { password_hash?: string; deleted_at?: string; staff_id?: string | null },
    check?: (trx: Tx) => Promise<unknown>,
  ) {
    return db.transaction().execute(async (trx) => {
      const at = nowIso(deps);
      const current = await repo.findOperatorWithStaff(trx, id);
      if (!current) throw notFound('操作员');
      await check?.(trx);
      if (!(await repo.updateOperator(trx, id, version, { ...patch, updated_at: at }))) throw staleVersion('操作员');
      const { staff_name: _name, ...stored } = current;
      const row = { ...stored, ...patch, updated_at: at, version: version + 1 };
      await appendChange(trx, { at, actor, entity: 'operators', entityId: id, action, record: repo.operatorAuditRecord(row) });
      return toView((await repo.findOperatorWithStaff(trx, id)) ?? row);
    });
  }

  return {
    /** Whether an administrator exists, and who this session is. */
    async status(session: Session) {
      return { bootstrapped: (await repo.countOperators(db)) > 0, operator: await currentOperator(session) };
    },

    /** First start only: the office profile and the administrator, in one transaction. */
    async bootstrap(input: ParsedInputOf<'auth:bootstrap'>, session: Session): Promise<OperatorView> {
      const passwordHash = await hashPassword(input.password);
      const row = await db.transaction().execute(async (trx) => {
        if (await repo.anyOperatorExists(trx)) throw new AppError('conflict', '台账已经初始化过，请直接登录。');
        const at = nowIso(deps);
        const actor = session.principal?.actor ?? `bootstrap:${input.username}`;
        const office = await insertOffice(trx, deps, { name: input.officeName, divisionCode: input.divisionCode }, actor);
        const operator = newOperator(office.id, at, { ...input, role: 'administrator' }, passwordHash);
        await repo.insertOperator(trx, operator);
        await appendChange(trx, { at, actor, entity: 'operators', entityId: operator.id, action: 'create', record: repo.operatorAuditRecord(operator) });
        return operator;
      });
      session.principal = principalOf(row);
      return toView(row);
    },

    /** Checks the password (scrypt) and binds the operator to this session. */
    async signIn(input: ParsedInputOf<'auth:sign-in'>, session: Session): Promise<OperatorView> {
      let row: repo.OperatorRow | undefined;
      const ok = await throttle.attempt(input.username, async () => {
        row = await repo.findOperatorByUsername(db, input.username);
        // Verify against a dummy hash when the user is unknown so timing does not reveal usernames.
        return (await verifyPassword(input.password, row?.password_hash ?? DUMMY_HASH)) && row !== undefined;
      });
      if (!row || !ok) throw new AppError('unauthenticated', '用户名或密码不正确。');
      session.principal = principalOf(row);
      return toView((await repo.findOperatorWithStaff(db, row.id)) ?? row);
    },

    signOut(session: Session) {
      session.principal = null;
      return { signedOut: true };
    },

    async list(): Promise<OperatorView[]> {
      return (await repo.listOperators(db)).map(toView);
    },

    async create(input: ParsedInputOf<'auth:create-operator'>, actor: string): Promise<OperatorView> {
      const passwordHash = await hashPassword(input.password);
      return db.transaction().execute(async (trx) => {
        if (await repo.usernameTaken(trx, input.username)) throw new AppError('conflict', `用户名「${input.username}」已被占用，请换一个。`, [{ path: ['username'], message: '用户名已被占用' }]);
        const office = await getOffice(trx);
        if (!office) throw new AppError('conflict', '请先完成街道信息登记。');
        const staffId = await checkStaffLink(trx, input.staffId, null);
        const at = nowIso(deps);
        const row = newOperator(office.id, at, input, passwordHash, staffId);
        await repo.insertOperator(trx, row);
        await appendChange(trx, { at, actor, entity: 'operators', entityId: row.id, action: 'create', record: repo.operatorAuditRecord(row) });
        return toView((await repo.findOperatorWithStaff(trx, row.id)) ?? row);
      });
    },

    async resetPassword(input: ParsedInputOf<'auth:reset-password'>, actor: string): Promise<OperatorView> {
      const passwordHash = await hashPassword(input.password);
      return change(input.id, input.version, actor, 'update', { password_hash: passwordHash });
    },

    /** Links the account to the member of staff it stands for (null unlinks). */
    linkStaff(input: ParsedInputOf<'auth:link-staff'>, actor: string): Promise<OperatorView> {
      return change(input.id, input.version, actor, 'update', { staff_id: input.staffId }, (trx) => checkStaffLink(trx, input.staffId, input.id));
    },

    async remove(input: ParsedInputOf<'auth:delete-operator'>, session: Session) {
      if (session.principal?.operatorId === input.id) throw new AppError('forbidden', '不能停用自己正在使用的账号。');
      const at = nowIso(deps);
      await change(input.id, input.version, session.principal?.actor ?? 'anonymous', 'delete', { deleted_at: at });
      return { id: input.id };
    },

  };
}

// A valid hash of a random password, verified when the username does not exist.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
