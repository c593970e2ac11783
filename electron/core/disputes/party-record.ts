import type { AgreementParty } from '#shared/domain/disputes/document-requirements';
import { idNumberFacts, type PartyDetails } from '#shared/domain/disputes/party-details';
import type { DisputePartiesTable } from './disputes.table';

type DetailColumns = Pick<DisputePartiesTable, 'gender' | 'birth_date' | 'ethnicity' | 'occupation' | 'residence' | 'representative'>;

/** A party's agreement details as stored columns. */
export const detailColumns = (d: PartyDetails): DetailColumns => ({
  gender: d.gender,
  birth_date: d.birthDate,
  ethnicity: d.ethnicity,
  occupation: d.occupation,
  residence: d.residence,
  representative: d.representative,
});

/** The stored details as the shared rules take them. */
export const detailsOf = (r: DetailColumns): PartyDetails => ({
  gender: r.gender,
  birthDate: r.birth_date,
  ethnicity: r.ethnicity,
  occupation: r.occupation,
  residence: r.residence,
  representative: r.representative,
});

/** A stored party as the agreement rule sees it, with what its (unmasked) ID number supplies. */
export function agreementPartyOfRow(r: DetailColumns & Pick<DisputePartiesTable, 'role' | 'kind' | 'name' | 'id_number'>): AgreementParty {
  const facts = r.kind === 'person' ? idNumberFacts(r.id_number) : null;
  return { role: r.role, kind: r.kind, name: r.name, details: detailsOf(r), fromIdNumber: facts ? ['gender', 'birthDate'] : [] };
}
