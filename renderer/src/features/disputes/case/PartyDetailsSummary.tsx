import type { DisputeDetail } from '#shared/domain/disputes/dispute-views';
import { agreementPartyOfView, detailLabel, missingForAgreement } from '#shared/domain/disputes/document-requirements';
import { GENDER_LABELS, representativeLabel } from '#shared/domain/disputes/party-details';
import { t } from '../../../i18n';

type Party = DisputeDetail['parties'][number];

/** 1980-01-31 → 1980年1月31日 (a calendar date: no time zone involved). */
const chineseDate = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** What the party's agreement details say, in the order the agreement prints them. */
function parts(p: Party): string[] {
  const fromId = t.disputes.dispute.fromIdNumber;
  if (p.kind !== 'person') {
    return [p.residence && `住所：${p.residence}`, p.representative && `${representativeLabel(p.kind)}：${p.representative}`].filter((x): x is string => !!x);
  }
  return [
    p.gender ? GENDER_LABELS[p.gender] : p.idNumberGender ? `${GENDER_LABELS[p.idNumberGender]}（${fromId}）` : null,
    // The ID number's birth date stays masked: only say that it supplies one.
    p.birthDate ? t.disputes.dispute.born(chineseDate(p.birthDate)) : p.idNumberGivesBirthDate ? t.disputes.dispute.birthFromIdNumber : null,
    p.ethnicity,
    p.occupation,
    p.residence && `住所：${p.residence}`,
  ].filter((x): x is string => !!x);
}

/**
 * One party's 协议书信息 and, from the shared rule of what the agreement needs, what
 * is still missing (a warning once the case has an agreement to print).
 */
export function PartyDetailsSummary({ p, agreementDue }: { p: Party; agreementDue: boolean }) {
  const shown = parts(p);
  const missing = missingForAgreement(agreementPartyOfView(p)).map((f) => detailLabel(f, p.kind));
  return (
    <span className="party-details">
      <span>{shown.length > 0 ? shown.join(' · ') : t.common.none}</span>
      {missing.length > 0 ? <span className={agreementDue ? 'party-details__missing party-details__missing--due' : 'party-details__missing'}>{t.disputes.dispute.missing(missing.join('、'))}</span> : null}
    </span>
  );
}
