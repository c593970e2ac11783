import type { committeesContract } from '#shared/ipc/contract/committees.contract';
import { actorOf } from '../call-context';
import type { HandlersFor } from '../handlers-for';
import type { CommitteesServices } from './committees.services';

/** The committees channels: terms and members, the rules, elections, vetting, the joint review, publication and the result. */
export const committeesHandlers = ({ rules, committees, members, vetting, results, evaluations, training, documents, dashboard, withdrawal }: CommitteesServices) =>
  ({
    'committees:list': (i) => committees.list(i),
    'committees:get': (i) => committees.detail(i.id),
    'committees:estate-card': (i) => committees.estateCard(i.estateId),
    'committees:create': (i, s) => committees.create(i, actorOf(s)),
    'committees:update': (i, s) => committees.update(i, actorOf(s)),
    'committees:seat': (i, s) => committees.seat(i, actorOf(s)),
    'committees:dissolve': (i, s) => committees.dissolve(i, actorOf(s)),
    'committees:record-correction': (i, s) => committees.recordCorrection(i, actorOf(s)),
    'committees:order-re-election': (i, s) => committees.orderReElection(i, actorOf(s)),
    'committees:add-member': (i, s) => members.add(i, actorOf(s)),
    'committees:update-member': (i, s) => members.update(i, actorOf(s)),
    'committees:cease-member': (i, s) => members.cease(i, actorOf(s)),
    'committees:reveal': (i, s) => members.reveal(i, actorOf(s)),
    'committees:get-rules': () => rules.get(),
    'committees:update-rules': (i, s) => rules.replace(i, actorOf(s)),
    'committees:record-evaluation': (i, s) => evaluations.record(i, actorOf(s)),
    'committees:list-evaluations': (i) => evaluations.ofHalf(i.half),
    'committees:record-training': (i, s) => training.record(i, actorOf(s)),
    'committees:list-trainings': () => training.sessions(),
    'committees:training-coverage': (i) => training.coverage(i),
    'committees:export-document': (i, s) => documents.export(i, actorOf(s)),
    'committees:open-document': (i, s) => documents.open(i, actorOf(s)),
    'committees:dashboard': () => dashboard.office(),
    'committees:propose-withdrawal': (i, s) => withdrawal.propose(i, actorOf(s)),
    'committees:advance-withdrawal': (i, s) => withdrawal.advance(i, actorOf(s)),
    'committees:list-elections': (i) => vetting.list(i.estateId),
    'committees:get-election': (i) => vetting.detail(i.id),
    'committees:create-election': (i, s) => vetting.create(i, actorOf(s)),
    'committees:add-candidate': (i, s) => vetting.addCandidate(i, actorOf(s)),
    'committees:record-check': (i, s) => vetting.recordCheck(i, actorOf(s)),
    'committees:record-opinions': (i, s) => vetting.recordOpinions(i, actorOf(s)),
    'committees:decide-candidate': (i, s) => vetting.decide(i, s.principal),
    'committees:publish': (i, s) => results.publish(i, actorOf(s)),
    'committees:record-objection': (i, s) => results.recordObjection(i, actorOf(s)),
    'committees:resolve-objection': (i, s) => results.resolveObjection(i, actorOf(s)),
    'committees:enter-result': (i, s) => results.enterResult(i, actorOf(s)),
  }) satisfies HandlersFor<typeof committeesContract>;
