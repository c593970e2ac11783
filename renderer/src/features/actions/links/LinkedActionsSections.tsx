import { t } from '../../../i18n';
import { OpenActionsSection } from './OpenActionsSection';

/** A dispute's 整改事项 on its case page: the open ones, and 登记整改事项 with the case as their source. */
export function DisputeActionsSection({ d }: { d: { id: string; caseNo: string; estateId: string } }) {
  return (
    <OpenActionsSection
      title={t.actions.links.disputeTitle}
      filter={{ disputeId: d.id }}
      preset={{ sourceKind: 'dispute', sourceDisputeId: d.id, estateId: d.estateId, caption: `问题来源：纠纷案件 ${d.caseNo}` }}
    />
  );
}

/** The open 整改事项 of a community's estates on the community's page (each names its estate). */
export function CommunityActionsSection({ communityId }: { communityId: string }) {
  return <OpenActionsSection title={t.actions.links.communityTitle} filter={{ communityId }} preset={{}} />;
}

/** An estate's open 整改事项 on its page. */
export function EstateActionsSection({ estateId }: { estateId: string }) {
  return <OpenActionsSection title={t.actions.links.estateTitle} filter={{ estateId }} preset={{ estateId }} />;
}
