import { PARTY_KIND_LABELS, PARTY_ROLE_LABELS } from '#shared/domain/disputes/disputes.schema';
import type { DisputeDetail } from '#shared/domain/disputes/dispute-views';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { SensitiveValue } from './SensitiveValue';

/** 当事人 with phone and ID number masked until 「显示」 (each viewing is logged). */
export function PartiesCard({ d }: { d: DisputeDetail }) {
  return (
    <section className="card" aria-label={t.disputes.dispute.parties}>
      <h2 className="card__title">{t.disputes.dispute.parties}</h2>
      <p className="card__note">{t.disputes.dispute.revealNote}</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t.disputes.intake.role}</th>
            <th scope="col">{t.disputes.intake.name}</th>
            <th scope="col">{t.disputes.intake.kind}</th>
            <th scope="col">{t.disputes.dispute.phone}</th>
            <th scope="col">{t.disputes.dispute.idNumber}</th>
          </tr>
        </thead>
        <tbody>
          {d.parties.map((p) => (
            <tr key={p.id}>
              <td>{PARTY_ROLE_LABELS[p.role]}</td>
              <td>{p.companyId ? <a href={hrefOf({ name: 'company', id: p.companyId })}>{p.name}</a> : p.name}</td>
              <td>{PARTY_KIND_LABELS[p.kind]}</td>
              <td>{p.phoneMasked ? <SensitiveValue partyId={p.id} field="phone" masked={p.phoneMasked} what={t.disputes.dispute.phone} name={p.name} /> : t.common.none}</td>
              <td>
                {p.idNumberMasked ? <SensitiveValue partyId={p.id} field="idNumber" masked={p.idNumberMasked} what={t.disputes.dispute.idNumber} name={p.name} /> : t.common.none}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
