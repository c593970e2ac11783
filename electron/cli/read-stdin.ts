import { AppError } from '#core/errors';

/**
 * All of standard input as text, up to `maxBytes`: how secrets and large inputs reach
 * the CLI, because a command line is readable by every local user (/proc/<pid>/cmdline)
 * and limited in size by the shell.
 */
export async function readStdin(maxBytes: number, what: string): Promise<string> {
  if (process.stdin.isTTY) throw new AppError('invalid-input', `请从标准输入提供${what}，例如：echo … | npm run ledger -- …`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new AppError('invalid-input', `标准输入的${what}超过 ${Math.round(maxBytes / 1048576)} MB 上限。`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
