import type { actionsContract } from '#shared/ipc/contract/actions.contract';
import { actorOf } from '../call-context';
import type { HandlersFor } from '../handlers-for';
import type { ActionsServices } from './actions.services';

/** The actions channels: the 整改清单 list, an item's steps, and the export. */
export const actionsHandlers = ({ items, exports }: ActionsServices) =>
  ({
    'actions:list': (i) => items.list(i),
    'actions:get': (i, s) => items.detail(i.id, actorOf(s)),
    'actions:create': (i, s) => items.create(i, actorOf(s)),
    'actions:update': (i, s) => items.update(i, actorOf(s)),
    'actions:start': (i, s) => items.start(i, actorOf(s)),
    'actions:complete': (i, s) => items.complete(i, actorOf(s)),
    'actions:verify': (i, s) => items.verify(i, actorOf(s)),
    'actions:reopen': (i, s) => items.reopen(i, actorOf(s)),
    'actions:export': (i, s) => exports.export(i, actorOf(s)),
  }) satisfies HandlersFor<typeof actionsContract>;
