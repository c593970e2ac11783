import type { Channel, ParsedInputOf } from '#shared/ipc/contract';
import { newRecord } from '../db/record-columns';
import { insertRecord, tombstoneRecord, updateRecord } from '../db/record-store';
import type { Db, Tx } from '../db/schema';
import { AppError, fieldError, notFound } from '../errors';
import { nowIso, type ServiceDeps } from '../service-deps';
import { getOffice } from './office.repository';
import * as repo from './registry.repository';
import * as view from './registry-views';

type In<C extends Channel> = ParsedInputOf<C>;

export type RegistryService = ReturnType<typeof createRegistryService>;

/** The office's registry: office profile, communities, property companies, estates, staff. */
export function createRegistryService(deps: ServiceDeps) {
  const { db } = deps;

  /** Runs a write in one transaction with the office id, the time and the actor at hand. */
  function write<T>(actor: string, what: string, fn: (trx: Tx, ctx: { officeId: string; at: string; meta: { at: string; actor: string; what: string } }) => Promise<T>) {
    return db.transaction().execute(async (trx) => {
      const office = await getOffice(trx);
      if (!office) throw new AppError('conflict', '请先完成街道信息登记（首次启动向导）。');
      const at = nowIso(deps);
      return fn(trx, { officeId: office.id, at, meta: { at, actor, what } });
    });
  }

  async function assertUnique(trx: Tx, table: 'communities' | 'companies' | 'estates', column: 'name' | 'credit_code', value: string, field: string, label: string, selfId?: string) {
    const hit = await repo.findLiveByColumn(trx, table, column, value);
    if (hit && hit.id !== selfId) throw new AppError('conflict', `已有${label}为「${value}」的记录，不能重复登记。`, [{ path: [field], message: `已存在相同的${label}` }]);
  }

  async function assertRefs(trx: Tx, input: { communityId: string; companyId: string | null }) {
    if (!(await repo.liveRowExists(trx, 'communities', input.communityId))) throw fieldError(['communityId'], '社区不存在或已删除，请重新选择');
    if (input.companyId && !(await repo.liveRowExists(trx, 'companies', input.companyId))) throw fieldError(['companyId'], '企业不存在或已删除，请重新选择');
  }

  // A company's phone is declared a phone number (registry.exportable.ts), so it is stored sealed (fieldcrypt/).
  const companies = async (q: Db, filter: Parameters<typeof repo.listCompanies>[1]) => deps.fields.openAll('companies', await repo.listCompanies(q, filter));
  const one = async <T>(rows: Promise<T[]>, what: string): Promise<T> => {
    const [row] = await rows;
    if (!row) throw notFound(what);
    return row;
  };

  return {
    async getOffice() {
      const row = await getOffice(db);
      if (!row) throw notFound('街道信息');
      return view.officeView(row);
    },
    async updateOffice(input: In<'registry:update-office'>, actor: string) {
      return write(actor, '街道信息', async (trx, { officeId, meta }) =>
        view.officeView(
          await updateRecord(
            trx,
            'offices',
            officeId,
            input.version,
            { name: input.name, division_code: input.divisionCode, address: input.address, contact_name: input.contactName, contact_phone: input.contactPhone, committee_name: input.committeeName },
            meta,
          ),
        ),
      );
    },

    listCommunities: async (input: In<'registry:list-communities'>) => (await repo.listCommunities(db, input.search)).map(view.communityView),
    async createCommunity(input: In<'registry:create-community'>, actor: string) {
      return write(actor, '社区', async (trx, { officeId, at, meta }) => {
        await assertUnique(trx, 'communities', 'name', input.name, 'name', '社区名称');
        const row = { ...newRecord(deps.ports.ids, officeId, at), ...repo.named(input.name) };
        await insertRecord(trx, 'communities', row, meta);
        return view.communityView({ ...row, estate_count: 0 });
      });
    },
    async updateCommunity(input: In<'registry:update-community'>, actor: string) {
      return write(actor, '社区', async (trx, { meta }) => {
        await assertUnique(trx, 'communities', 'name', input.name, 'name', '社区名称', input.id);
        const row = await updateRecord(trx, 'communities', input.id, input.version, repo.named(input.name), meta);
        return view.communityView({ ...row, estate_count: await repo.countLiveEstates(trx, 'community_id', input.id) });
      });
    },
    async deleteCommunity(input: In<'registry:delete-community'>, actor: string) {
      return write(actor, '社区', async (trx, { meta }) => {
        const estates = await repo.countLiveEstates(trx, 'community_id', input.id);
        if (estates > 0) throw new AppError('conflict', `该社区下还有 ${estates} 个小区，请先把这些小区移到其他社区或删除后再删除社区。`);
        await tombstoneRecord(trx, 'communities', input.id, input.version, meta);
        return { id: input.id };
      });
    },

    listCompanies: async (input: In<'registry:list-companies'>) => (await companies(db, { search: input.search })).map(view.companyView),
    getCompany: async (input: In<'registry:get-company'>) => view.companyView(await one(companies(db, { id: input.id }), '物业服务企业')),
    async createCompany(input: In<'registry:create-company'>, actor: string) {
      return write(actor, '物业服务企业', async (trx, { officeId, at, meta }) => {
        await assertUnique(trx, 'companies', 'credit_code', input.creditCode, 'creditCode', '统一社会信用代码');
        const row = { ...newRecord(deps.ports.ids, officeId, at), ...repo.named(input.name), credit_code: input.creditCode, contact_name: input.contactName, phone: input.phone };
        const { id } = await insertRecord(trx, 'companies', await deps.fields.seal('companies', row), meta);
        return view.companyView(await one(companies(trx, { id }), '物业服务企业'));
      });
    },
    async updateCompany(input: In<'registry:update-company'>, actor: string) {
      return write(actor, '物业服务企业', async (trx, { meta }) => {
        await assertUnique(trx, 'companies', 'credit_code', input.creditCode, 'creditCode', '统一社会信用代码', input.id);
        const patch = { ...repo.named(input.name), credit_code: input.creditCode, contact_name: input.contactName, phone: input.phone };
        await updateRecord(trx, 'companies', input.id, input.version, await deps.fields.seal('companies', patch), meta);
        return view.companyView(await one(companies(trx, { id: input.id }), '物业服务企业'));
      });
    },
    async deleteCompany(input: In<'registry:delete-company'>, actor: string) {
      return write(actor, '物业服务企业', async (trx, { meta }) => {
        const estates = await repo.countLiveEstates(trx, 'company_id', input.id);
        if (estates > 0) throw new AppError('conflict', `该企业还在服务 ${estates} 个小区，请先在小区信息中更换物业服务企业后再删除。`);
        await tombstoneRecord(trx, 'companies', input.id, input.version, meta);
        return { id: input.id };
      });
    },

    listEstates: async (input: In<'registry:list-estates'>) => (await repo.listEstates(db, input)).map(view.estateView),
    getEstate: async (input: In<'registry:get-estate'>) => view.estateView(await one(repo.listEstates(db, { id: input.id }), '小区')),
    async createEstate(input: In<'registry:create-estate'>, actor: string) {
      return write(actor, '小区', async (trx, { officeId, at, meta }) => {
        await assertRefs(trx, input);
        await assertUnique(trx, 'estates', 'name', input.name, 'name', '小区名称');
        const { id } = await insertRecord(trx, 'estates', { ...newRecord(deps.ports.ids, officeId, at), ...repo.named(input.name), address: input.address, community_id: input.communityId, company_id: input.companyId, households: input.households }, meta);
        return view.estateView(await one(repo.listEstates(trx, { id }), '小区'));
      });
    },
    async updateEstate(input: In<'registry:update-estate'>, actor: string) {
      return write(actor, '小区', async (trx, { meta }) => {
        await assertRefs(trx, input);
        await assertUnique(trx, 'estates', 'name', input.name, 'name', '小区名称', input.id);
        await updateRecord(trx, 'estates', input.id, input.version, { ...repo.named(input.name), address: input.address, community_id: input.communityId, company_id: input.companyId, households: input.households }, meta);
        return view.estateView(await one(repo.listEstates(trx, { id: input.id }), '小区'));
      });
    },
    async deleteEstate(input: In<'registry:delete-estate'>, actor: string) {
      return write(actor, '小区', async (trx, { meta }) => {
        await tombstoneRecord(trx, 'estates', input.id, input.version, meta);
        return { id: input.id };
      });
    },

    listStaff: async (input: In<'registry:list-staff'>) => (await repo.listStaff(db, input.search)).map(view.staffView),
    async createStaff(input: In<'registry:create-staff'>, actor: string) {
      return write(actor, '工作人员', async (trx, { officeId, at, meta }) => {
        const row = { ...newRecord(deps.ports.ids, officeId, at), name: input.name, role: input.role, certificate_no: input.certificateNo };
        await insertRecord(trx, 'staff', row, meta);
        return view.staffView(row);
      });
    },
    async updateStaff(input: In<'registry:update-staff'>, actor: string) {
      return write(actor, '工作人员', async (trx, { meta }) =>
        view.staffView(await updateRecord(trx, 'staff', input.id, input.version, { name: input.name, role: input.role, certificate_no: input.certificateNo }, meta)),
      );
    },
    async deleteStaff(input: In<'registry:delete-staff'>, actor: string) {
      return write(actor, '工作人员', async (trx, { meta }) => {
        await tombstoneRecord(trx, 'staff', input.id, input.version, meta);
        return { id: input.id };
      });
    },
  };
}
