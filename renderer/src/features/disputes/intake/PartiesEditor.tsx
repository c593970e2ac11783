import type { FieldIssue } from '#shared/ipc/envelope';
import { t } from '../../../i18n';
import type { Option } from '../../../ui/SelectField';
import { newParty, partiesError, partyErrors, readParties, type PartyDraft, type PartyField } from './intake-values';
import { PartyFields } from './PartyFields';

type Props = {
  json: string;
  onChange: (json: string) => void;
  issues: readonly FieldIssue[] | undefined;
  companies: readonly Option[];
  /** 更正登记信息: what a stored party's phone or ID number shows while left empty (kept as stored). */
  kept?: (party: PartyDraft, field: 'phone' | 'idNumber') => string | undefined;
};

/** 当事人: rows to add and remove; at least one applicant (the server checks again). */
export function PartiesEditor({ json, onChange, issues, companies, kept }: Props) {
  const parties = readParties(json);
  const save = (next: PartyDraft[]) => onChange(JSON.stringify(next));
  const update = (index: number, field: PartyField, value: string) =>
    save(parties.map((p, i) => (i === index ? { ...p, [field]: value } : p)));
  const listError = partiesError(issues);
  return (
    <section className="parties" aria-label={t.disputes.intake.parties}>
      <div className="parties__header">
        <h3 className="parties__title">
          {t.disputes.intake.parties}
          <span className="field__required" aria-hidden="true">
            *
          </span>
        </h3>
        <p className="field__hint">{t.disputes.intake.partiesHint}</p>
      </div>
      {listError ? (
        <p className="field__error" role="alert">
          {listError}
        </p>
      ) : null}
      {parties.map((party, index) => (
        <PartyFields
          key={party.key}
          index={index}
          party={party}
          errors={partyErrors(issues, index)}
          companies={companies}
          onChange={(field, value) => update(index, field, value)}
          onRemove={parties.length > 1 ? () => save(parties.filter((_, i) => i !== index)) : undefined}
          correction={kept ? { kept: (field) => kept(party, field) } : undefined}
        />
      ))}
      <div>
        <button
          type="button"
          className="button button--small"
          onClick={() => save([...parties, newParty(parties.some((p) => p.role === 'applicant') ? 'respondent' : 'applicant')])}
        >
          + {t.disputes.intake.addParty}
        </button>
      </div>
    </section>
  );
}
