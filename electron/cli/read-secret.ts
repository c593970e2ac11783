import { AppError } from '#core/errors';
import { readStdin } from './read-stdin';

/**
 * A secret typed at the terminal without echo (raw mode), or, with `fromStdin`,
 * the first line of standard input: never from the command line, which every
 * local account can read (/proc/<pid>/cmdline).
 */
export async function readSecret(prompt: string, options: { fromStdin: boolean; confirm?: boolean }): Promise<string> {
  if (options.fromStdin) return (await readStdin(4096, '备份口令')).replace(/\r?\n[\s\S]*$/, '');
  if (!process.stdin.isTTY) throw new AppError('invalid-input', '请在终端里输入备份口令，或加 --passphrase-stdin 从标准输入读入（口令不能写在命令行上）。');
  const first = await typed(prompt);
  if (options.confirm && (await typed('再输入一遍以确认：')) !== first) throw new AppError('invalid-input', '两次输入的备份口令不一致，未作任何改动。');
  return first;
}

function typed(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new AppError('invalid-input', '已取消。'));
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}
