import { useState } from 'react';
import { caseStateOfView, checkPartyDetailsEdit } from '#shared/domain/disputes/case-actions';
import { agreementPartyOfView, fittingDocuments, missingForAgreement } from '#shared/domain/disputes/document-requirements';
import { PARTY_KIND_LABELS, PARTY_ROLE_LABELS } from '#shared/domain/disputes/disputes.schema';
import type { DisputeDetail } from '#shared/domain/disputes/dispute-views';
import { hrefOf } from '../../../app/routes';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { PartyDetailsDialog } from './PartyDetailsDialog';
import { PartyDetailsSummary } from './PartyDetailsSummary';
import { SensitiveValue } from './SensitiveValue';

/** 补全信息 while the agreement still lacks something of the party, else 修改信息. */
const editLabel = (p: DisputeDetail['parties'][number]) =>
  missingForAgreement(agreementPartyOfView(p)).length > 0 ? t.disputes.dispute.completeDetails : t.disputes.dispute.editDetails;

/**
 * 当事人 with phone and ID number masked until 「显示」 (each viewing is logged), and
 * under each party its 协议书信息 with 补全信息 (the details the agreement prints).
 */
export function PartiesCard({ d, onReload }: { d: DisputeDetail; onReload: () => void }) {
  const { may } = usePermissions();
  const [editing, setEditing] = useState<string | null>(null);
  const canEdit = may('disputes:update-party') && checkPartyDetailsEdit(caseStateOfView(d)).ok;
  const agreementDue = fittingDocuments(d).includes('agreement');
  const party = d.parties.find((p) => p.id === editing);
  return (
    <section className="card" aria-label={t.disputes.dispute.parties}>
      <h2 className="card__title">{t.disputes.dispute.parties}</h2>
      <p className="card__note">{t.disputes.dispute.revealNote}</p>
      <table className="table table--parties">
        <thead>
          <tr>
            <th scope="col">{t.disputes.intake.role}</th>
            <th scope="col">{t.disputes.intake.name}</th>
            <th scope="col">{t.disputes.intake.kind}</th>
            <th scope="col">{t.disputes.dispute.phone}</th>
            <th scope="col">{t.disputes.dispute.idNumber}</th>
          </tr>
        </thead>
        {d.parties.map((p) => (
          <tbody key={p.id} aria-label={`${PARTY_ROLE_LABELS[p.role]}${p.name}`}>
            <tr>
              <td>{PARTY_ROLE_LABELS[p.role]}</td>
              <td>{p.companyId ? <a href={hrefOf({ name: 'company', id: p.companyId })}>{p.name}</a> : p.name}</td>
              <td>{PARTY_KIND_LABELS[p.kind]}</td>
              <td>{p.phoneMasked ? <SensitiveValue partyId={p.id} field="phone" masked={p.phoneMasked} what={t.disputes.dispute.phone} name={p.name} /> : t.common.none}</td>
              <td>
                {p.idNumberMasked ? <SensitiveValue partyId={p.id} field="idNumber" masked={p.idNumberMasked} what={t.disputes.dispute.idNumber} name={p.name} /> : t.common.none}
              </td>
            </tr>
            <tr className="party-details-row">
              <td colSpan={5}>
                <span className="party-details__label">{t.disputes.dispute.details}</span>
                <PartyDetailsSummary p={p} agreementDue={agreementDue} />
                {canEdit ? (
                  <button type="button" className="button button--tiny" onClick={() => setEditing(p.id)} aria-label={`${editLabel(p)}：${p.name}`}>
                    {editLabel(p)}
                  </button>
                ) : null}
              </td>
            </tr>
          </tbody>
        ))}
      </table>
      {party ? <PartyDetailsDialog party={party} dispute={d} onClose={() => setEditing(null)} onReload={onReload} /> : null}
    </section>
  );
}

