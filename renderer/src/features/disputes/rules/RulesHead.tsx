import { t } from '../../../i18n';

/** The two header rows of the rules table: 适用条件 spans 等级, 来源 and 结果. */
export function RulesHead({ editable }: { editable: boolean }) {
  return (
    <thead>
      <tr>
        <th scope="col" rowSpan={2} className="rule__n">
          #
        </th>
        <th scope="col" rowSpan={2}>
          {t.disputes.rules.kind}
        </th>
        <th scope="colgroup" colSpan={3}>
          {t.disputes.rules.when}
        </th>
        <th scope="col" rowSpan={2}>
          {t.disputes.rules.amount}
        </th>
        <th scope="col" rowSpan={2}>
          {t.disputes.rules.unit}
        </th>
        <th scope="col" rowSpan={2}>
          {t.disputes.rules.metBy}
        </th>
        {editable ? (
          <th scope="col" rowSpan={2}>
            <span className="visually-hidden">{t.common.actions}</span>
          </th>
        ) : null}
      </tr>
      <tr>
        <th scope="col">{t.disputes.rules.tier}</th>
        <th scope="col">{t.disputes.rules.source}</th>
        <th scope="col">{t.disputes.rules.status}</th>
      </tr>
    </thead>
  );
}
