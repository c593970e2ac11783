import { periodCells, periodOf, periodsBetween, type CadenceUnit, type PeriodCadence } from '#shared/domain/meetings/cadence';
import { THREE_LEVEL_KINDS, type MeetingKind } from '#shared/domain/meetings/meeting-kinds';
import type { MissedMeetingView, PeriodRowView } from '#shared/domain/meetings/meeting-views';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import type { MeetingScope } from '#shared/domain/meetings/meetings.schema';
import type { ServiceDeps } from '../service-deps';
import type { MeetingKindsService } from './meeting-kinds.service';
import { getOffice } from '../registry/office.repository';
import { heldBetween, liveCommunities, liveEstates } from './meetings.repository';

export type CadenceService = ReturnType<typeof createCadenceService>;
/** The street itself is one unit; its id in the period rows. */
export const STREET_UNIT = 'street';

type Scope = { estateId?: string; communityId?: string };

/**
 * Held and missed meetings per period: every kind with a cadence expects one held
 * meeting per period (China weeks, months, quarters) in each place of its scope;
 * a period that ended without one is missed. Read in one pass over the year's held
 * meetings (by the `meetings_held` index) and the registry.
 */
export function createCadenceService(deps: ServiceDeps, kinds: MeetingKindsService) {
  const { db } = deps;

  async function rows(year: number, only: { kind?: string; scope?: MeetingScope } & Scope): Promise<PeriodRowView[]> {
    const now = deps.ports.clock.now();
    const from = `${year}-01-01`;
    const to = `${year + 1}-01-01`;
    const active = (await kinds.active()).kinds.filter(
      (k): k is MeetingKind & { cadence: PeriodCadence } => k.cadence !== 'none' && (!only.kind || k.code === only.kind) && (!only.scope || k.scope === only.scope),
    );
    if (active.length === 0) return [];
    // Weeks overlapping the year start before 1 January and may end after 31 December.
    const span = active.flatMap((k) => periodsBetween(k.cadence, from, to));
    const readFrom = span.reduce((a, p) => (p.from < a ? p.from : a), periodOf('weekly', from).from);
    const readTo = span.reduce((a, p) => (p.to > a ? p.to : a), to);
    const [held, estates, communities, office] = await Promise.all([heldBetween(db, readFrom, readTo), liveEstates(db), liveCommunities(db), getOffice(db)]);
    const dates = new Map<string, string[]>();
    for (const h of held) {
      const unit = h.scope === 'estate' ? h.estate_id : h.scope === 'community' ? h.community_id : STREET_UNIT;
      const key = `${h.kind}|${unit}`;
      const list = dates.get(key);
      if (list) list.push(h.meeting_date);
      else dates.set(key, [h.meeting_date]);
    }
    const since = (createdAt: string) => shanghaiDate(createdAt);
    const unitsOf = (scope: MeetingScope): CadenceUnit[] => {
      if (scope === 'estate') {
        return estates
          .filter((e) => (!only.estateId || e.id === only.estateId) && (!only.communityId || e.community_id === only.communityId))
          .map((e) => ({ id: e.id, name: e.name, since: since(e.created_at) }));
      }
      if (scope === 'community') {
        if (only.estateId) return [];
        return communities.filter((c) => !only.communityId || c.id === only.communityId).map((c) => ({ id: c.id, name: c.name, since: since(c.created_at) }));
      }
      // The street is expected to meet from the day the office was set up in the ledger.
      return only.estateId || only.communityId ? [] : [{ id: STREET_UNIT, name: '街道', since: office ? since(office.created_at) : from }];
    };
    const out: PeriodRowView[] = [];
    for (const kind of active) {
      for (const unit of unitsOf(kind.scope)) {
        const cells = periodCells(kind.cadence, from, to, unit, dates.get(`${kind.code}|${unit.id}`) ?? [], now);
        out.push({
          kind: kind.code, kindName: kind.name, scope: kind.scope, unitId: unit.id, unitName: unit.name,
          cells: cells.map((c) => ({ key: c.period.key, from: c.period.from, to: c.period.to, held: c.held, state: c.state })),
        });
      }
    }
    return out;
  }

  return {
    periods: async (input: { year: number; kind?: string; scope?: MeetingScope }) => ({ rows: await rows(input.year, input) }),
    /** Missed meetings of a year, newest period first, and the 三级会商 counts (community weekly, street monthly). */
    async missed(input: { year: number } & Scope) {
      const all = await rows(input.year, input);
      const missed: MissedMeetingView[] = [];
      for (const r of all) {
        for (const c of r.cells) if (c.state === 'missed') missed.push({ kind: r.kind, kindName: r.kindName, scope: r.scope, unitId: r.unitId, unitName: r.unitName, period: c.key });
      }
      missed.sort((a, b) => (a.period === b.period ? a.unitName.localeCompare(b.unitName, 'zh-CN') : a.period < b.period ? 1 : -1));
      const levels = Object.values(THREE_LEVEL_KINDS).flatMap((code) => {
        const of = all.filter((r) => r.kind === code);
        if (of.length === 0) return [];
        const ended = of.flatMap((r) => r.cells.filter((c) => c.state === 'held' || c.state === 'missed'));
        return [{ kind: code, kindName: of[0]!.kindName, expected: ended.length, held: ended.filter((c) => c.state === 'held').length, missed: ended.filter((c) => c.state === 'missed').length }];
      });
      return { missed: missed.slice(0, 500), total: missed.length, levels };
    },
  };
}
