import type { CommunityView, CompanyView, EstateView, OfficeView, StaffView } from '#shared/domain/registry/registry.schema';
import type { listCommunities, listCompanies, listEstates, listStaff } from './registry.repository';
import type { OfficeRow } from './office.repository';

type RowOf<F extends (...args: never[]) => Promise<unknown[]>> = Awaited<ReturnType<F>>[number];

const meta = (r: { id: string; created_at: string; updated_at: string; version: number }) => ({
  id: r.id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

export const officeView = (r: OfficeRow): OfficeView => ({
  ...meta(r),
  name: r.name,
  divisionCode: r.division_code,
  address: r.address,
  contactName: r.contact_name,
  contactPhone: r.contact_phone,
  committeeName: r.committee_name,
});

export const communityView = (r: RowOf<typeof listCommunities>): CommunityView => ({
  ...meta(r),
  name: r.name,
  estateCount: Number(r.estate_count ?? 0),
});

export const companyView = (r: RowOf<typeof listCompanies>): CompanyView => ({
  ...meta(r),
  name: r.name,
  creditCode: r.credit_code,
  contactName: r.contact_name,
  phone: r.phone,
  estateCount: Number(r.estate_count ?? 0),
});

export const estateView = (r: RowOf<typeof listEstates>): EstateView => ({
  ...meta(r),
  name: r.name,
  address: r.address,
  communityId: r.community_id,
  communityName: r.community_name,
  companyId: r.company_id,
  companyName: r.company_name,
  households: r.households,
});

export const staffView = (r: RowOf<typeof listStaff>): StaffView => ({
  ...meta(r),
  name: r.name,
  role: r.role,
  certificateNo: r.certificate_no,
});
