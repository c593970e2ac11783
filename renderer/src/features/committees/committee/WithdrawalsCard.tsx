import type { z } from 'zod';
import type { withdrawalView } from '#shared/domain/committees/committee-views';
import { ASSEMBLY_DECISION_LABELS, WITHDRAWAL_STEP_LABELS } from '#shared/domain/committees/withdrawal';
import { t } from '../../../i18n';
import { Badge } from '../../../ui/Badge';

type Withdrawal = z.infer<typeof withdrawalView>;
const s = t.committees.withdrawal;

/** 劝退程序 of this term's members, each with its steps so far and the next one to record. */
export function WithdrawalsCard({ withdrawals, onAdvance }: { withdrawals: Withdrawal[]; onAdvance?: (w: Withdrawal) => void }) {
  if (withdrawals.length === 0) return null;
  return (
    <section className="card" aria-label={s.title}>
      <h2 className="card__title">{s.title}</h2>
      <ul className="plain-list">
        {withdrawals.map((w) => (
          <li key={w.id}>
            <strong>{w.memberName}</strong> <Badge tone={w.step === 'decided' ? (w.decision === 'withdraw' ? 'danger' : 'muted') : 'warning'}>{WITHDRAWAL_STEP_LABELS[w.step]}</Badge>{' '}
            {s.proposed(w.proposedOn, w.grounds)}
            {w.talkOn ? `；${s.talked(w.talkOn)}` : ''}
            {w.assemblyOn && w.decision ? `；${s.decided(w.assemblyOn, ASSEMBLY_DECISION_LABELS[w.decision])}` : ''}
            {w.step !== 'decided' && onAdvance ? (
              <button type="button" className="button button--tiny" onClick={() => onAdvance(w)}>
                {w.step === 'proposed' ? s.recordTalk : s.recordAssembly}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
