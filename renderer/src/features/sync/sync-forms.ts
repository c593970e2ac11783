import type { Envelope } from '#shared/ipc/envelope';

/**
 * The contract names some paths `file` where the form asks for a folder: the
 * server's complaint about `file` belongs under the form's `directory` field.
 */
export function issuesUnder<T>(result: Envelope<T>, from: string, to: string): Envelope<T> {
  if (result.ok || !result.error.issues) return result;
  const issues = result.error.issues.map((issue) => (issue.path[0] === from ? { ...issue, path: [to, ...issue.path.slice(1)] } : issue));
  return { ok: false, error: { ...result.error, issues } };
}
