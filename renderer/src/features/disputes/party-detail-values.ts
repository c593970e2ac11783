import type { DisputeDetail } from '#shared/domain/disputes/dispute-views';
import type { PartyKind } from '#shared/domain/disputes/disputes.schema';
import { DETAILS_OF_KIND, PARTY_DETAIL_KEYS, type Gender, type PartyDetailKey, type PartyDetails } from '#shared/domain/disputes/party-details';

/** A party's agreement details as typed (strings; '' for empty). */
export type DetailValues = Record<PartyDetailKey, string>;

export const EMPTY_DETAILS: DetailValues = { gender: '', birthDate: '', ethnicity: '', occupation: '', residence: '', representative: '' };

/** The details a party of `kind` has, ready to send: empty becomes null, another kind's fields are not sent (they keep their text in the form). */
export function detailsInput(kind: PartyKind, v: Partial<DetailValues>): PartyDetails {
  const own = DETAILS_OF_KIND[kind];
  const value = (key: PartyDetailKey): string | null => (own.includes(key) && v[key]?.trim() ? v[key].trim() : null);
  return {
    gender: value('gender') as Gender | null,
    birthDate: value('birthDate'),
    ethnicity: value('ethnicity'),
    occupation: value('occupation'),
    residence: value('residence'),
    representative: value('representative'),
  };
}

/** The stored details of a party on the case page, as form values. */
export const detailValuesOf = (p: DisputeDetail['parties'][number]): DetailValues =>
  Object.fromEntries(PARTY_DETAIL_KEYS.map((k) => [k, p[k] ?? ''])) as DetailValues;
