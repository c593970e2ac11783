import type { CandidateView, ElectionDetail } from '#shared/domain/committees/committee-views';
import { NOMINATION_LABELS } from '#shared/domain/committees/election-actions';
import { CHECK_RESULT_LABELS, DECISION_LABELS, type CheckResult } from '#shared/domain/committees/vetting';
import { t } from '../../../i18n';
import { Badge, type Tone } from '../../../ui/Badge';
import { PersonSensitive } from '../PersonSensitive';

type Props = { election: ElectionDetail; canVet: boolean; onCheck: (c: CandidateView, itemKey: string) => void; onDecide: (c: CandidateView) => void };
const s = t.committees.election;
const TONE: Record<CheckResult, Tone> = { met: 'success', 'not-met': 'danger', pending: 'muted' };

/** 候选人资格审查表 as a matrix: candidates down, checklist items across; each cell opens that item (Enter or click). */
export function CandidateMatrix({ election: e, canVet, onCheck, onDecide }: Props) {
  return (
    <div className="matrix" role="region" aria-label={s.matrixLabel} tabIndex={0}>
      <table className="table table--matrix">
        <thead>
          <tr>
            <th scope="col">{s.name}</th>
            <th scope="col">{s.partyMember}</th>
            <th scope="col">{s.nomination}</th>
            <th scope="col">{s.idNumber}</th>
            {e.checklist.map((item) => (
              <th scope="col" key={item.key} className="matrix__item">
                {item.label}
                {item.required ? null : <span className="muted">（选）</span>}
              </th>
            ))}
            <th scope="col">{s.decision}</th>
          </tr>
        </thead>
        <tbody>
          {e.candidates.map((c) => {
            const checks = new Map(c.checks.map((k) => [k.itemKey, k]));
            return (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                <td>{c.partyMember ? t.committees.committee.yes : t.committees.committee.no}</td>
                <td>{NOMINATION_LABELS[c.nomination]}</td>
                <td>
                  <PersonSensitive person="candidate" id={c.id} field="idNumber" masked={c.idNumberMasked} name={c.name} />
                </td>
                {e.checklist.map((item) => {
                  const k = checks.get(item.key);
                  const result = k?.result ?? 'pending';
                  const label = CHECK_RESULT_LABELS[result];
                  const title = k ? `${label}：${k.checkedOn} ${k.checkedBy}${k.evidence ? `，${k.evidence}` : ''}` : label;
                  return (
                    <td key={item.key} className="matrix__cell">
                      {canVet && c.decision === null ? (
                        <button type="button" className={`matrix__button matrix__button--${result}`} title={title} aria-label={`${c.name} ${item.label}：${label}`} onClick={() => onCheck(c, item.key)}>
                          {label}
                        </button>
                      ) : (
                        <span title={title}>
                          <Badge tone={TONE[result]}>{label}</Badge>
                        </span>
                      )}
                    </td>
                  );
                })}
                <td className="matrix__decision">
                  {c.decision ? (
                    <>
                      <Badge tone={c.decision === 'passed' ? 'success' : 'danger'}>{DECISION_LABELS[c.decision]}</Badge>
                      {c.decisionReason ? <span className="muted"> {c.decisionReason}</span> : null}
                      {c.override ? <span className="muted"> 主任意见：{c.override}</span> : null}
                    </>
                  ) : (
                    <>
                      {canVet ? (
                        <button type="button" className="button button--tiny" onClick={() => onDecide(c)} aria-label={`${s.decide}：${c.name}`}>
                          {s.decide}
                        </button>
                      ) : null}
                      {c.passBlockedBy ? <span className="matrix__blocked">{s.blocked + c.passBlockedBy}</span> : null}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
