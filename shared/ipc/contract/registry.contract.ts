import { z } from 'zod';
import { REGISTRY_EDITORS } from '../../domain/auth/roles';
import {
  communityView,
  companyView,
  creditCode,
  divisionCode,
  entityId,
  estateView,
  households,
  officeView,
  optionalText,
  phone,
  requiredText,
  staffRole,
  staffView,
  version,
} from '../../domain/registry/registry.schema';
import { procedure } from '../procedure';

const companyFields = { name: requiredText(100), creditCode, contactName: optionalText(30), phone };
const estateFields = {
  name: requiredText(60),
  address: requiredText(200),
  communityId: entityId,
  companyId: entityId.nullish().transform((v) => v ?? null),
  households,
};
const staffFields = { name: requiredText(30), role: staffRole, certificateNo: optionalText(40) };
const listInput = z.strictObject({ search: z.string().trim().max(50).optional() });
const target = { id: entityId, version };
const deleted = z.object({ id: z.string() });
const edit = { mutates: true, access: REGISTRY_EDITORS } as const;
const read = { mutates: false, access: 'signed-in' } as const;

export const registryContract = {
  /** The office profile (街道名称、行政区划代码、地址、联系人及电话、人民调解委员会名称). */
  'registry:get-office': procedure({ summary: '查看街道信息', input: z.strictObject({}), output: officeView, ...read }),
  /** Edits the office profile; an optional field left out is cleared. */
  'registry:update-office': procedure({
    summary: '修改街道信息',
    input: z.strictObject({
      version,
      name: requiredText(60),
      divisionCode,
      address: optionalText(200),
      contactName: optionalText(30),
      contactPhone: phone,
      committeeName: optionalText(60),
    }),
    output: officeView,
    mutates: true,
    access: ['administrator', 'director'],
  }),

  /** Communities (社区) with their estate counts. */
  'registry:list-communities': procedure({ summary: '列出社区', input: listInput, output: z.array(communityView), ...read }),
  /** Adds a community. */
  'registry:create-community': procedure({ summary: '新增社区', input: z.strictObject({ name: requiredText(60) }), output: communityView, ...edit }),
  /** Renames a community. */
  'registry:update-community': procedure({ summary: '修改社区', input: z.strictObject({ ...target, name: requiredText(60) }), output: communityView, ...edit }),
  /** Soft-deletes a community that has no estates left. */
  'registry:delete-community': procedure({ summary: '删除社区', input: z.strictObject(target), output: deleted, ...edit }),

  /** Property companies (物业服务企业). */
  'registry:list-companies': procedure({ summary: '列出物业服务企业', input: listInput, output: z.array(companyView), ...read }),
  /** One property company. */
  'registry:get-company': procedure({ summary: '查看物业服务企业', input: z.strictObject({ id: entityId }), output: companyView, ...read }),
  /** Adds a property company; the credit code is checked against GB 32100-2015. */
  'registry:create-company': procedure({ summary: '新增物业服务企业', input: z.strictObject(companyFields), output: companyView, ...edit }),
  /** Edits a property company. */
  'registry:update-company': procedure({ summary: '修改物业服务企业', input: z.strictObject({ ...target, ...companyFields }), output: companyView, ...edit }),
  /** Soft-deletes a property company that manages no estate. */
  'registry:delete-company': procedure({ summary: '删除物业服务企业', input: z.strictObject(target), output: deleted, ...edit }),

  /** Residential estates (小区). */
  'registry:list-estates': procedure({
    summary: '列出小区',
    input: z.strictObject({
      search: z.string().trim().max(50).optional(),
      communityId: entityId.optional(),
      companyId: entityId.optional(),
    }),
    output: z.array(estateView),
    ...read,
  }),
  /** One estate. */
  'registry:get-estate': procedure({ summary: '查看小区', input: z.strictObject({ id: entityId }), output: estateView, ...read }),
  /** Adds an estate. */
  'registry:create-estate': procedure({ summary: '新增小区', input: z.strictObject(estateFields), output: estateView, ...edit }),
  /** Edits an estate. */
  'registry:update-estate': procedure({ summary: '修改小区', input: z.strictObject({ ...target, ...estateFields }), output: estateView, ...edit }),
  /** Soft-deletes an estate. */
  'registry:delete-estate': procedure({ summary: '删除小区', input: z.strictObject(target), output: deleted, ...edit }),

  /** Office staff (工作人员). */
  'registry:list-staff': procedure({ summary: '列出工作人员', input: listInput, output: z.array(staffView), ...read }),
  /** Adds a staff member. */
  'registry:create-staff': procedure({ summary: '新增工作人员', input: z.strictObject(staffFields), output: staffView, ...edit }),
  /** Edits a staff member. */
  'registry:update-staff': procedure({ summary: '修改工作人员', input: z.strictObject({ ...target, ...staffFields }), output: staffView, ...edit }),
  /** Soft-deletes a staff member. */
  'registry:delete-staff': procedure({ summary: '删除工作人员', input: z.strictObject(target), output: deleted, ...edit }),
};
