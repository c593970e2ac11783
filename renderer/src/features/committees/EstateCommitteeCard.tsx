import { COMMITTEE_KIND_LABELS, COMMITTEE_STATUS_LABELS } from '#shared/domain/committees/committees.schema';
import { hrefOf } from '../../app/routes';
import { t } from '../../i18n';
import { Badge } from '../../ui/Badge';
import { DetailList } from '../../ui/DetailList';
import { FLAG_TONES, flagLabel, percentText } from './committee-labels';
import { useEstateCommittee } from './useCommittees';

const s = t.committees.card;
const l = t.committees.list;

/** The estate page's 业主委员会 card: the current term, its members and party share, and a link to it. */
export function EstateCommitteeCard({ estateId }: { estateId: string }) {
  const card = useEstateCommittee(estateId);
  const c = card.data?.current;
  return (
    <section className="card" aria-label={s.title}>
      <h2 className="card__title">{s.title}</h2>
      {card.error ? <p className="field__error">{card.error.message}</p> : null}
      {!card.data ? null : !c ? (
        <p className="muted">{s.none}</p>
      ) : (
        <>
          <DetailList
            items={[
              { label: l.kind, value: `第 ${c.termNo} 届${COMMITTEE_KIND_LABELS[c.kind]}（${COMMITTEE_STATUS_LABELS[c.status]}）` },
              { label: l.termEnd, value: c.termEnd },
              { label: l.members, value: `${c.members} 人` },
              { label: l.partyShare, value: percentText(c.composition.percent) },
            ]}
          />
          <p className="flags">
            {c.flags.map((f) => (
              <Badge key={f} tone={FLAG_TONES[f]}>
                {flagLabel(f)}
              </Badge>
            ))}
          </p>
          <a className="card__more" href={hrefOf({ name: 'committee', id: c.id })}>
            {s.open}（{s.terms(card.data.terms)}）
          </a>
        </>
      )}
    </section>
  );
}
