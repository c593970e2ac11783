import type { z } from 'zod';
import type { compositionView } from '#shared/domain/committees/committee-views';
import { t } from '../../i18n';
import { Badge } from '../../ui/Badge';

type Props = { title: string; composition: z.infer<typeof compositionView>; required: number; target: number; who?: 'members' | 'candidates' };
const s = t.committees.committee;

/** The party share against the required and target shares, saying by how many members it falls short. */
export function CompositionCard({ title, composition: c, required, target, who = 'members' }: Props) {
  return (
    <section className="card" aria-label={title}>
      <h2 className="card__title">{title}</h2>
      <p className="composition__figure">{who === 'members' ? s.compositionText(c.partyMembers, c.total, c.percent) : t.committees.election.candidateShare(c.partyMembers, c.total, c.percent)}</p>
      {c.total === 0 ? null : c.shortOfRequired > 0 ? (
        <Badge tone="danger">{s.shortOfRequired(c.shortOfRequired, required)}</Badge>
      ) : c.shortOfTarget > 0 ? (
        <Badge tone="warning">{s.shortOfTarget(c.shortOfTarget, target)}</Badge>
      ) : (
        <Badge tone="success">{s.meetsTarget}</Badge>
      )}
    </section>
  );
}
