import type { LedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import { readStdin } from './read-stdin';

/** What `call <channel> -` reads from standard input at most. */
const MAX_STDIN_JSON = 64 << 20;

/**
 * `call <channel> '<json>'`, or `call <channel> -` to read the JSON from standard input
 * (for passwords, which must not sit on a command line, and inputs beyond the shell's
 * argument limit): the JSON result and exit 0, or the error envelope and exit 1.
 */
export async function callCommand(app: LedgerApp, session: Session, args: string[]): Promise<number> {
  const [channel, arg = '{}', ...extra] = args;
  if (!channel || extra.length > 0) {
    console.log(JSON.stringify({ ok: false, error: { code: 'invalid-input', message: "用法：call <通道> '<json>'（JSON 请用单引号括起来），或 call <通道> -（从标准输入读 JSON；含密码时请用这种方式）" } }));
    return 1;
  }
  let input: unknown;
  try {
    input = JSON.parse(arg === '-' ? await readStdin(MAX_STDIN_JSON, ' JSON') : arg);
  } catch {
    console.log(JSON.stringify({ ok: false, error: { code: 'invalid-input', message: '参数不是有效的 JSON，例如：\'{"name":"锦湖紫竹苑"}\'' } }));
    return 1;
  }
  const result = await app.dispatch(channel, input, session);
  if (!result.ok) {
    console.log(JSON.stringify(result));
    return 1;
  }
  console.log(JSON.stringify(result.value, null, 2));
  return 0;
}
