import { checkElectionAction, type ElectionAction } from '#shared/domain/committees/election-actions';
import type { Tx } from '../db/schema';
import { AppError, fieldError, notFound } from '../errors';
import { electionState } from './election-detail';
import { candidatesOf, findCandidate, findElection, objectionsOf } from './elections.repository';

/** The election a step acts on, checked against the shared step rule on the stored rows. */
export async function electionFor(trx: Tx, id: string, action: ElectionAction, today: string) {
  const e = await findElection(trx, id);
  if (!e) throw notFound('选举');
  const [candidates, objections] = await Promise.all([candidatesOf(trx, id), objectionsOf(trx, id)]);
  const check = checkElectionAction(action, electionState(e, candidates, objections), today);
  if (!check.ok) throw new AppError('forbidden-transition', check.message);
  return { e, candidates, objections };
}

/** A candidate of this election (a candidate of another election is refused by name of the field). */
export async function candidateOf(trx: Tx, electionId: string, candidateId: string, path: (string | number)[] = ['candidateId']) {
  const c = await findCandidate(trx, candidateId);
  if (!c) throw notFound('候选人');
  if (c.election_id !== electionId) throw fieldError(path, '该候选人不属于本次选举，请刷新后重新选择');
  return c;
}
