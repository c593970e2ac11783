import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { CommitteeDetail, MemberView } from '#shared/domain/committees/committee-views';
import { COMMITTEE_KIND_LABELS, POSITION_LABELS } from '#shared/domain/committees/committees.schema';
import { invitableMembers } from '#shared/domain/meetings/committee-side';
import type { Envelope, ErrorBody } from '#shared/ipc/envelope';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useQuery } from '../../../lib/useQuery';
import { Dialog } from '../../../ui/Dialog';
import { ErrorBanner } from '../../../ui/ErrorBanner';

const s = t.meetings.committeePick;

/** A member to invite, with the role the attendee list shows under 单位 (水岸澜亭业主委员会主任). */
export type PickedMember = { id: string; name: string; role: string };

type Props = {
  estateId: string;
  side: { code: string; label: string };
  /** Who is on the list already (a member listed by id is not offered). */
  listed: readonly { committeeMemberId: string | null }[];
  /** Saves the picked members as invited attendees; the error, if the save was refused. */
  onAdd: (members: PickedMember[]) => Promise<ErrorBody | null>;
  onClose: () => void;
};

/** The estate's current committee with its members (committees:estate-card, then committees:get), or why there is none to pick from. */
function useEstateCommittee(estateId: string) {
  const load = useCallback(async (): Promise<Envelope<{ committee: CommitteeDetail | null }>> => {
    const card = await call('committees:estate-card', { estateId });
    if (!card.ok) return card;
    if (!card.value.current) return { ok: true, value: { committee: null } };
    const got = await call('committees:get', { id: card.value.current.id });
    return got.ok ? { ok: true, value: { committee: got.value } } : got;
  }, [estateId]);
  return useQuery(load);
}

/**
 * 从业委会成员中添加: a checkbox per serving member not yet invited, all ticked at first
 * (a committee is usually invited whole); Space ticks, Enter adds.
 */
export function CommitteeMembersDialog({ estateId, side, listed, onAdd, onClose }: Props) {
  const committee = useEstateCommittee(estateId);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const c = committee.data?.committee ?? null;
  const offered: MemberView[] = c && c.status !== 'preparing' ? invitableMembers(c.members, listed) : [];
  const chosen = offered.filter((m) => !unticked.has(m.id));
  const committeeLabel = c ? COMMITTEE_KIND_LABELS[c.kind] : '';
  // The members arrive after the dialog opened (and focused Cancel): the first box takes the focus then.
  const firstBox = useRef<HTMLInputElement>(null);
  const shown = offered.length > 0;
  useEffect(() => {
    if (shown) firstBox.current?.focus();
  }, [shown]);

  const submit = async () => {
    if (chosen.length === 0) return setError(s.nothingChosen);
    setBusy(true);
    setError(null);
    const refused = await onAdd(chosen.map((m) => ({ id: m.id, name: m.name, role: `${c?.estateName ?? ''}${committeeLabel}${POSITION_LABELS[m.position]}` })));
    setBusy(false);
    if (refused) setError(refused.message);
    else onClose();
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit();
  };
  // Enter on a ticked box adds at once: browsers do not submit a form from a checkbox by themselves.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement && e.target.type === 'checkbox') {
      e.preventDefault();
      void submit();
    }
  };
  const toggle = (id: string) => {
    const next = new Set(unticked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setUnticked(next);
  };

  let note: string | null = null;
  if (committee.loading && !c) note = s.loading;
  else if (committee.data && !c) note = s.noCommittee;
  else if (c?.status === 'preparing') note = s.preparing;
  else if (c && offered.length === 0) note = c.members.some((m) => m.ceasedOn === null) ? s.noneLeft : s.noMembers;

  return (
    <Dialog title={s.title} onDismiss={onClose}>
      <form className="form committee-pick" onSubmit={onSubmit} onKeyDown={onKeyDown}>
        <ErrorBanner message={committee.error?.message ?? error ?? undefined} />
        {note ? <p className="muted">{note}</p> : null}
        {offered.length > 0 ? (
          <>
            <p className="muted">{s.intro(committeeLabel, side.label)}</p>
            <fieldset className="committee-pick__list">
              <legend className="visually-hidden">{s.title}</legend>
              {offered.map((m, i) => (
                <label key={m.id} className="check">
                  <input ref={i === 0 ? firstBox : undefined} type="checkbox" checked={!unticked.has(m.id)} onChange={() => toggle(m.id)} />
                  {m.name}
                  <span className="muted">{POSITION_LABELS[m.position]}</span>
                </label>
              ))}
            </fieldset>
            <div className="toolbar">
              <button type="button" className="button button--small" onClick={() => setUnticked(new Set())}>{s.all}</button>
              <button type="button" className="button button--small" onClick={() => setUnticked(new Set(offered.map((m) => m.id)))}>{s.none}</button>
            </div>
          </>
        ) : null}
        <div className="form__buttons">
          <button type="button" className="button" onClick={onClose}>
            {t.common.cancel}
          </button>
          {offered.length > 0 ? (
            <button type="submit" className="button button--primary" disabled={busy}>
              {s.add(chosen.length)}
            </button>
          ) : null}
        </div>
      </form>
    </Dialog>
  );
}
