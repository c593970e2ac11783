import { useState } from 'react';
import type { MeetingDetail } from '#shared/domain/meetings/meeting-views';
import { ATTENDANCES, ATTENDANCE_LABELS, type Attendance } from '#shared/domain/meetings/meetings.schema';
import { committeeSideOf } from '#shared/domain/meetings/committee-side';
import type { ErrorBody } from '#shared/ipc/envelope';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { CommitteeMembersDialog, type PickedMember } from './CommitteeMembersDialog';
import { noteSessionLoss } from '../../../lib/session-events';
import { saveWith } from './save-result';

const s = t.meetings.attendance;
type Row = MeetingDetail['attendees'][number] & { id?: string };

/** 参会人员与签到: the invited list with a present/absent/apologies choice each; an uninvited person needs the reason. */
export function AttendanceCard({ meeting: m, editable }: { meeting: MeetingDetail; editable: boolean }) {
  const [rows, setRows] = useState<Row[]>(m.attendees);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [picking, setPicking] = useState(false);
  // An estate's meeting whose kind seats the owners' committee may invite its serving members by name.
  const committeeSide = m.scope === 'estate' && m.estateId ? committeeSideOf(m.sides) : null;
  const sideLabel = new Map(m.sides.map((x) => [x.code, x.label]));
  const held = m.status === 'held';
  const update = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const input = (list: Row[]) => ({
    id: m.id, version: m.version,
    attendees: list.map((r) => ({
      ...(r.id ? { id: r.id } : {}), name: r.name, side: r.side, organisation: r.organisation, committeeMemberId: r.committeeMemberId, staffId: r.staffId,
      invited: r.invited, attendance: r.attendance, uninvitedReason: r.uninvitedReason,
    })),
  });
  const save = () => saveWith(() => call('meetings:set-attendees', input(rows)), setError);
  /** The picked members join the list (with what is typed) as invited on the committee's side, saved at once. */
  const addMembers = async (picked: PickedMember[]): Promise<ErrorBody | null> => {
    if (!committeeSide) return null;
    const added = picked.map((p): Row => ({
      name: p.name, side: committeeSide.code, organisation: p.role, committeeMemberId: p.id, staffId: null, invited: true, attendance: null, uninvitedReason: null,
    }) as Row);
    const r = await call('meetings:set-attendees', input([...rows, ...added]));
    noteSessionLoss(r);
    return r.ok ? null : r.error;
  };
  const present = rows.filter((r) => r.attendance === 'present').length;
  return (
    <section className="card card--table" aria-label={s.title}>
      <h2 className="card__title">{s.title}<span className="card__subtitle">{s.summary(rows.filter((r) => r.invited).length, present)}</span></h2>
      <ErrorBanner message={error?.message} />
      <table className="table">
        <thead><tr><th>{s.name}</th><th>{s.side}</th><th>{s.organisation}</th><th>{s.invited}</th><th>{s.attendance}</th><th>{s.reason}</th></tr></thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.id ?? `new-${i}`}>
              <td>{editable && !r.id ? <input aria-label={s.name} value={r.name} onChange={(e) => update(i, { name: e.target.value })} /> : r.name}</td>
              <td>
                {editable && !r.id ? (
                  <select aria-label={s.side} value={r.side} onChange={(e) => update(i, { side: e.target.value })}>
                    {m.sides.map((x) => <option key={x.code} value={x.code}>{x.label}</option>)}
                  </select>
                ) : (sideLabel.get(r.side) ?? r.side)}
              </td>
              <td>{r.organisation ?? ''}</td>
              <td>{r.invited ? s.yes : s.no}</td>
              <td>
                {editable && held ? (
                  <select aria-label={`${r.name}${s.attendance}`} value={r.attendance ?? ''} onChange={(e) => update(i, { attendance: (e.target.value || null) as Attendance | null })}>
                    <option value="">{s.notTaken}</option>
                    {ATTENDANCES.map((a) => <option key={a} value={a}>{ATTENDANCE_LABELS[a]}</option>)}
                  </select>
                ) : r.attendance ? ATTENDANCE_LABELS[r.attendance] : s.notTaken}
              </td>
              <td>
                {editable && !r.invited ? <input aria-label={`${r.name}${s.reason}`} value={r.uninvitedReason ?? ''} onChange={(e) => update(i, { uninvitedReason: e.target.value || null })} /> : (r.uninvitedReason ?? '')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editable ? (
        <div className="toolbar">
          {held ? (
            <button type="button" className="button button--small" onClick={() => setRows([...rows, { id: undefined, name: '', side: m.sides[0]?.code ?? '', organisation: null, committeeMemberId: null, staffId: null, invited: false, attendance: 'present', uninvitedReason: null } as unknown as Row])}>
              {s.addUninvited}
            </button>
          ) : null}
          {committeeSide ? (
            <button type="button" className="button button--small" onClick={() => setPicking(true)}>
              {s.fromCommittee}
            </button>
          ) : null}
          <button type="button" className="button button--primary button--small" onClick={() => void save()}>{s.save}</button>
        </div>
      ) : null}
      {picking && committeeSide && m.estateId ? (
        <CommitteeMembersDialog estateId={m.estateId} side={committeeSide} listed={rows} onAdd={addMembers} onClose={() => setPicking(false)} />
      ) : null}
    </section>
  );
}
