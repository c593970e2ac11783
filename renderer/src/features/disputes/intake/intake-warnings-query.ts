import type { InputOf } from '#shared/ipc/contract';
import { isHotline, readParties, type IntakeValues } from './intake-values';

const filled = (s: string) => (s.trim() === '' ? undefined : s.trim());

/**
 * What `disputes:intake-warnings` is asked about the form as typed: the order number of a
 * 12345 case, the estate and category, and each applicant's name, phone and ID number.
 * A stable JSON key comes with it, so the form asks again only when one of these changed.
 */
export function warningsQuery(v: IntakeValues): { input: InputOf<'disputes:intake-warnings'>; key: string } {
  const applicants = readParties(v.parties)
    .filter((p) => p.role === 'applicant')
    .map((p) => ({ name: filled(p.name)?.slice(0, 60), phone: filled(p.phone)?.slice(0, 40), idNumber: p.kind === 'person' ? filled(p.idNumber)?.slice(0, 18) : undefined }))
    .filter((a) => a.name || a.phone || a.idNumber)
    .slice(0, 20);
  const orderNo = isHotline(v) ? filled(v.hotlineOrderNo)?.slice(0, 40) : undefined;
  const input = {
    ...(v.estateId ? { estateId: v.estateId } : {}),
    ...(v.category ? { category: v.category as InputOf<'disputes:intake-warnings'>['category'] } : {}),
    ...(orderNo ? { hotlineOrderNo: orderNo } : {}),
    applicants,
  };
  return { input, key: JSON.stringify(input) };
}
