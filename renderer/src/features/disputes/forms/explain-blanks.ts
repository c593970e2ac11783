import type { Envelope, FieldIssue } from '#shared/ipc/envelope';
import { fieldLabel } from '#shared/i18n/field-labels.zh-CN';
import { t } from '../../../i18n';

/**
 * A select or date left empty is sent as is, so the server reports it together with
 * every other problem; its technical message ("格式不正确") is then replaced by what
 * to do ("请选择小区"), and the top message is rebuilt from the first issue.
 */
export function explainBlanks<T>(result: Envelope<T>, values: Record<string, string>, blanks: Record<string, string>): Envelope<T> {
  if (result.ok || result.error.code !== 'invalid-input' || !result.error.issues?.length) return result;
  const issues: FieldIssue[] = result.error.issues.map((issue) => {
    const field = issue.path.length === 1 ? issue.path[0] : undefined;
    if (typeof field === 'string' && field in blanks && (values[field] ?? '').trim() === '') return { ...issue, message: blanks[field] ?? issue.message };
    return issue;
  });
  const [first] = issues;
  if (!first) return result;
  const more = t.disputes.forms.moreIssues(issues.length - 1);
  return { ok: false, error: { ...result.error, message: `「${fieldLabel(first.path)}」${first.message}${more}`, issues } };
}
