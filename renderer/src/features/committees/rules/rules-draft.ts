import type { CommitteeRulesView } from '#shared/domain/committees/committee-views';
import { contract } from '#shared/ipc/contract';
import { t } from '../../../i18n';

type Input = typeof contract['committees:update-rules']['input'];
export type RulesInput = ReturnType<Input['parse']>;

/** The form as typed: numbers stay text until checked, so a half-typed value is never lost. */
export type RulesDraft = {
  termYears: string;
  requiredPercent: string;
  targetPercent: string;
  publicationDays: string;
  passScore: string;
  rectificationDays: string;
  checklist: { key: string; label: string; required: boolean }[];
  departments: string[];
  scoringSheet: { key: string; label: string; max: string }[];
  /** The version the draft was read at; the save names it (a newer saved version refuses it). */
  version: number;
};

export type Issue = { path: (string | number)[]; message: string };

export const NUMBER_FIELDS = ['termYears', 'requiredPercent', 'targetPercent', 'publicationDays', 'passScore', 'rectificationDays'] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

export function draftOf(rules: CommitteeRulesView): RulesDraft {
  return {
    termYears: String(rules.termYears),
    requiredPercent: String(rules.composition.requiredPercent),
    targetPercent: String(rules.composition.targetPercent),
    publicationDays: String(rules.publicationDays),
    passScore: String(rules.passScore),
    rectificationDays: String(rules.rectificationDays),
    checklist: rules.checklist.map((c) => ({ ...c })),
    departments: [...rules.departments],
    scoringSheet: rules.scoringSheet.map((s) => ({ ...s, max: String(s.max) })),
    version: rules.version,
  };
}

/** Text that is not a plain whole number becomes NaN, which the schema refuses. */
const whole = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

export function inputOf(d: RulesDraft): RulesInput {
  return {
    termYears: whole(d.termYears),
    composition: { requiredPercent: whole(d.requiredPercent), targetPercent: whole(d.targetPercent) },
    publicationDays: whole(d.publicationDays),
    checklist: d.checklist,
    departments: d.departments,
    scoringSheet: d.scoringSheet.map((s) => ({ ...s, max: whole(s.max) })),
    passScore: whole(d.passScore),
    rectificationDays: whole(d.rectificationDays),
    version: d.version,
  };
}

/** Where a schema path lands in the form: composition's two numbers are shown as top-level fields. */
export function fieldOf(path: (string | number)[]): string {
  if (path[0] === 'composition' && typeof path[1] === 'string') return path[1];
  return path.map(String).join('.');
}

/**
 * The whole form checked by the contract's own schema, so the page refuses what
 * the server would. Zod's wording for a non-number is English; a field that is
 * not a whole number gets one Chinese phrase instead.
 */
export function problemsOf(d: RulesDraft): Issue[] {
  const parsed = contract['committees:update-rules'].input.safeParse(inputOf(d));
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => {
    const path = i.path.map((k) => (typeof k === 'number' ? k : String(k)));
    return { path, message: /[\u4e00-\u9fff]/.test(i.message) ? i.message : t.committees.rules.wholeNumber };
  });
}

/** A key for a new row that no other row uses (keys are what checks already recorded refer to). */
export function freshKey(prefix: string, taken: readonly string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

const LABELS: Record<NumberField, string> = {
  termYears: t.committees.rules.termYears,
  requiredPercent: t.committees.rules.requiredPercent,
  targetPercent: t.committees.rules.targetPercent,
  publicationDays: t.committees.rules.publicationDays,
  passScore: t.committees.rules.passScore,
  rectificationDays: t.committees.rules.rectificationDays,
};

/** What a save changes, in words the director reads before confirming and after saving. */
export function changesOf(before: RulesDraft, after: RulesDraft): string[] {
  const out: string[] = [];
  for (const f of NUMBER_FIELDS) {
    if (before[f].trim() !== after[f].trim()) out.push(`${LABELS[f]} ${before[f]} → ${after[f].trim()}`);
  }
  const lists = [
    ['checklist', t.committees.rules.checklist],
    ['departments', t.committees.rules.departments],
    ['scoringSheet', t.committees.rules.scoringSheet],
  ] as const;
  for (const [f, label] of lists) {
    if (JSON.stringify(before[f]) === JSON.stringify(after[f])) continue;
    const n = after[f].length - before[f].length;
    out.push(n === 0 ? `${label}已修改` : `${label}${n > 0 ? `增加 ${n} 项` : `减少 ${-n} 项`}`);
  }
  return out;
}

export const numberLabel = (f: NumberField) => LABELS[f];
