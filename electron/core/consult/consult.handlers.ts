import type { consultContract } from '#shared/ipc/contract/consult.contract';
import { actorOf } from '../call-context';
import type { HandlersFor } from '../handlers-for';
import type { ConsultServices } from './consult.services';

/** The consult channels: 结果公示 with its countdowns and notice, the topics a case or estate is linked to, and 诉求响应台账. */
export const consultHandlers = ({ publications, requests, files }: ConsultServices) =>
  ({
    'consult:publish': (i, s) => publications.publish(i, actorOf(s)),
    'consult:countdowns': () => publications.countdowns(),
    'consult:linked-topics': (i) => publications.linked(i),
    'consult:export-notice': (i, s) => files.notice(i.id, actorOf(s)),
    'consult:open-notice': (i, s) => files.openNotice(i.documentId, actorOf(s)),
    'consult:request-ledger': (i) => requests.ledger(i),
    'consult:export-request-ledger': (i, s) => files.requestLedger(i, actorOf(s)),
  }) satisfies HandlersFor<typeof consultContract>;
