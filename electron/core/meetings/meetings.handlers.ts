import type { meetingsContract } from '#shared/ipc/contract/meetings.contract';
import { actorOf, type Session, type Principal } from '../call-context';
import { AppError } from '../errors';
import type { HandlersFor } from '../handlers-for';
import type { MeetingsServices } from './meetings.services';

const principalOf = (s: Session): Principal => {
  if (!s.principal) throw new AppError('unauthenticated', '请先登录');
  return s.principal;
};

/** The meetings channels: kinds, meetings and their minutes, topics, periods and missed meetings, papers. */
export const meetingsHandlers = ({ kinds, meetings, minutes, topics, cadence, documents }: MeetingsServices) =>
  ({
    'meetings:get-kinds': () => kinds.get(),
    'meetings:update-kinds': (i, s) => kinds.replace(i, actorOf(s)),
    'meetings:list': (i) => meetings.list(i),
    'meetings:get': (i, s) => meetings.detail(i.id, s.principal),
    'meetings:create': (i, s) => meetings.create(i, principalOf(s)),
    'meetings:update': (i, s) => meetings.update(i, principalOf(s)),
    'meetings:set-attendees': (i, s) => minutes.setAttendees(i, principalOf(s)),
    'meetings:set-agenda': (i, s) => minutes.setAgenda(i, principalOf(s)),
    'meetings:set-resolutions': (i, s) => minutes.setResolutions(i, principalOf(s)),
    'meetings:minutes-action': (i, s) => minutes.action(i, principalOf(s)),
    'meetings:add-addendum': (i, s) => minutes.addAddendum(i, principalOf(s)),
    'meetings:list-topics': (i) => topics.list(i),
    'meetings:create-topic': (i, s) => topics.create(i, actorOf(s)),
    'meetings:update-topic': (i, s) => topics.update(i, actorOf(s)),
    'meetings:complete-topic': (i, s) => topics.complete(i, actorOf(s)),
    'meetings:periods': (i) => cadence.periods(i),
    'meetings:missed': (i) => cadence.missed(i),
    'meetings:export-document': (i, s) => documents.export(i, actorOf(s)),
    'meetings:open-document': (i, s) => documents.open(i, actorOf(s)),
  }) satisfies HandlersFor<typeof meetingsContract>;
