import type { DisputeDetail } from '#shared/domain/disputes/dispute-views';
import { PARTY_ROLE_LABELS } from '#shared/domain/disputes/disputes.schema';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { CaseActionDialog, type CaseDialogProps } from '../forms/CaseActionDialog';
import { PartyDetailFields } from '../intake/PartyDetailFields';
import { detailsInput, detailValuesOf } from '../party-detail-values';

/** 补全信息: one party's details for the agreement, saved against the case version on screen (draft kept per party). */
export function PartyDetailsDialog({ party, ...props }: CaseDialogProps & { party: DisputeDetail['parties'][number] }) {
  const { dispute } = props;
  return (
    <CaseActionDialog
      {...props}
      title={t.disputes.dispute.detailsTitle(`${PARTY_ROLE_LABELS[party.role]}${party.name}`)}
      action={`party:${party.id}`}
      intro={t.disputes.dispute.detailsIntro}
      wide
      initial={detailValuesOf(party)}
      submit={(v, version) => call('disputes:update-party', { id: dispute.id, version, partyId: party.id, ...detailsInput(party.kind, v) })}
    >
      {(form) => <PartyDetailFields kind={party.kind} bind={form.field} fromIdNumber={party.idNumberGivesBirthDate} autoFocus />}
    </CaseActionDialog>
  );
}
