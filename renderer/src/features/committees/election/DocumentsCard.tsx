import { useState } from 'react';
import type { ElectionDetail } from '#shared/domain/committees/committee-views';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { noteSessionLoss } from '../../../lib/session-events';
import { SavedFile, type Saved } from '../../documents/SavedFile';

const s = t.committees.documents;

/** 文书: the vetting form of a candidate, and the notices once published or elected, as .docx in the office's documents folder. */
export function DocumentsCard({ election: e }: { election: ElectionDetail }) {
  const { may } = usePermissions();
  const [candidateId, setCandidateId] = useState('');
  const [saved, setSaved] = useState<Saved | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!may('committees:export-document') || e.candidates.length === 0) return null;
  const make = (kind: 'vetting-form' | 'candidate-notice' | 'result-notice') => {
    setError(null);
    void call('committees:export-document', { electionId: e.id, kind, ...(kind === 'vetting-form' && candidateId ? { candidateId } : {}) }).then((r) => {
      noteSessionLoss(r);
      if (r.ok) setSaved(r.value);
      else setError(r.error.message);
    });
  };
  return (
    <section className="card" aria-label={s.title}>
      <h2 className="card__title">{s.title}</h2>
      <div className="toolbar toolbar--wrap">
        <label className="visually-hidden" htmlFor="vetting-form-candidate">
          {s.candidate}
        </label>
        <select id="vetting-form-candidate" value={candidateId} onChange={(ev) => setCandidateId(ev.target.value)}>
          <option value="">{s.chooseCandidate}</option>
          {e.candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <button type="button" className="button button--small" onClick={() => make('vetting-form')}>
          {s.vettingForm}
        </button>
        {e.publishedFrom ? (
          <button type="button" className="button button--small" onClick={() => make('candidate-notice')}>
            {s.candidateNotice}
          </button>
        ) : null}
        {e.assemblyOn ? (
          <button type="button" className="button button--small" onClick={() => make('result-notice')}>
            {s.resultNotice}
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {saved ? <SavedFile saved={saved} opens="committees:open-document" onClose={() => setSaved(null)} /> : null}
    </section>
  );
}
