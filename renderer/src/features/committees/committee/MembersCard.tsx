import type { MemberView } from '#shared/domain/committees/committee-views';
import { CEASE_REASON_LABELS, POSITION_LABELS } from '#shared/domain/committees/committees.schema';
import { t } from '../../../i18n';
import { PersonSensitive } from '../PersonSensitive';

type Props = { members: MemberView[]; canEdit: boolean; onAdd?: () => void; onEdit: (m: MemberView) => void; onCease: (m: MemberView) => void; onWithdraw?: (m: MemberView) => void };
const s = t.committees.committee;
const yes = (v: boolean) => (v ? s.yes : s.no);

/** 成员: serving members first (chair, vice-chairs, members), then those who left, with when and why. */
export function MembersCard({ members, canEdit, onAdd, onEdit, onCease, onWithdraw }: Props) {
  return (
    <section className="card" aria-label={s.members}>
      <div className="card__header">
        <h2 className="card__title">{s.members}</h2>
        {onAdd ? (
          <button type="button" className="button button--small" onClick={onAdd}>
            {t.committees.member.addTitle}
          </button>
        ) : null}
      </div>
      {members.length === 0 ? (
        <p className="muted">{s.noMembers}</p>
      ) : (
        <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th>{s.name}</th>
              <th>{s.position}</th>
              <th>{s.partyMember}</th>
              <th>{s.crossServing}</th>
              <th>{s.phone}</th>
              <th>{s.idNumber}</th>
              <th>{s.designatedOn}</th>
              <th>{s.ceased}</th>
              {canEdit ? <th>{t.common.actions}</th> : null}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id} className={m.ceasedOn ? 'row--past' : undefined}>
                <td>{m.name}</td>
                <td>{POSITION_LABELS[m.position]}</td>
                <td>{yes(m.partyMember)}</td>
                <td>{yes(m.crossServing)}</td>
                <td>
                  <PersonSensitive person="member" id={m.id} field="phone" masked={m.phoneMasked} name={m.name} />
                </td>
                <td>
                  <PersonSensitive person="member" id={m.id} field="idNumber" masked={m.idNumberMasked} name={m.name} />
                </td>
                <td>{m.designatedOn}</td>
                <td>{m.ceasedOn ? `${m.ceasedOn} ${m.ceaseReason ? CEASE_REASON_LABELS[m.ceaseReason] : ''}${m.ceaseNote ? `（${m.ceaseNote}）` : ''}` : t.common.none}</td>
                {canEdit ? (
                  <td>
                    {m.ceasedOn ? null : (
                      <span className="row-actions">
                        <button type="button" className="button button--tiny" onClick={() => onEdit(m)} aria-label={`${s.edit}${m.name}`}>
                          {s.edit}
                        </button>
                        <button type="button" className="button button--tiny" onClick={() => onCease(m)} aria-label={`${m.name}${s.cease}`}>
                          {s.cease}
                        </button>
                        {onWithdraw ? (
                          <button type="button" className="button button--tiny" onClick={() => onWithdraw(m)} aria-label={`对${m.name}提出劝退`}>
                            {t.committees.withdrawal.propose}
                          </button>
                        ) : null}
                      </span>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </section>
  );
}
