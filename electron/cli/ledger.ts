// `npm run ledger -- [--data-dir DIR] [--as USER] <command> ...` — the ledger from a terminal.
import { fatalMessage } from '#core/app/fatal-message';
import { openLedgerApp } from '#core/app/ledger-app';
import { defaultDataDir } from '#core/db/data-dir';
import { nodePorts } from '#core/db/node-ports';
import { AppError } from '#core/errors';
import { parseArgs } from 'node:util';
import { callCommand } from './call-command';
import { channelsCommand } from './channels-command';
import { checkCommand, corruptionReport, isCorruption } from './check-command';
import { cityCommand, CITY_USAGE } from './city-command';
import { cliSession } from './cli-session';
import { demoCommand } from './demo-command';
import { readStdin } from './read-stdin';
import { syncCommand, SYNC_USAGE } from './sync-command';
// backup (issue 12)
import { backupCommand, backupStandalone, BACKUP_USAGE, verifyWithoutLedger, type BackupOptions } from './backup-command';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const USAGE = `用法：npm run ledger -- [--data-dir 目录] [--as 用户名] <命令>
  channels                 列出全部功能通道及其输入的 JSON Schema
  call <通道> '<json>'      调用一个通道，输出 JSON 结果；call <通道> - 从标准输入读 JSON（含密码时用这种方式）
  demo [--seed N] [--password-stdin] [--disputes N]   写入演示数据（只能写入空台账；--password-stdin 从标准输入读演示账号的密码；--disputes 另写 N 件纠纷案件）
  check                    完整性检查与变更记录哈希链校验
${SYNC_USAGE}
${BACKUP_USAGE}
${CITY_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      as: { type: 'string' },
      seed: { type: 'string' },
      password: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      disputes: { type: 'string' },
      out: { type: 'string' },
      privacy: { type: 'string' },
      reason: { type: 'string' },
      // --- policy (政策包): city policy-pack ---
      holidays: { type: 'string', multiple: true },
      'deadline-rules': { type: 'string' },
      'committee-rules': { type: 'string' },
      categories: { type: 'string' },
      city: { type: 'string' },
      'pack-version': { type: 'string' },
      title: { type: 'string' },
      // backup (issue 12)
      passphrase: { type: 'string' },
      'passphrase-stdin': { type: 'boolean' },
      'recovery-recipient': { type: 'string' },
      replace: { type: 'boolean' },
      'other-office': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 1;
  }
  if (command === 'channels') return channelsCommand();
  if (command === 'city') {
    return cityCommand(values['data-dir'], rest, {
      out: values.out, holidays: values.holidays, deadlineRules: values['deadline-rules'], committeeRules: values['committee-rules'], categories: values.categories, city: values.city, packVersion: values['pack-version'], title: values.title,
    });
  }

  // backup (issue 12): a passphrase is never an argument; restore and a drill without a ledger do not open the data dir as an app.
  if (values.passphrase !== undefined) throw new AppError('invalid-input', '备份口令不能写在命令行上（本机其他用户能在进程列表里看到）。请在终端提示时输入，或改用 --passphrase-stdin。');
  const backupOptions: BackupOptions = {
    passphraseStdin: values['passphrase-stdin'] === true, replace: values.replace === true, otherOffice: values['other-office'] === true,
    ...(values.out ? { out: values.out } : {}), ...(values['recovery-recipient'] ? { recoveryRecipient: values['recovery-recipient'] } : {}), ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
  };
  if (command === 'backup') {
    const standalone = await backupStandalone(rest, backupOptions);
    if (standalone !== null) return standalone;
    const dir = values['data-dir'] ?? defaultDataDir();
    if (rest[0] === 'verify' && rest[1] && !existsSync(join(dir, 'ledger.db'))) return verifyWithoutLedger(rest[1], backupOptions);
  }
  if (!['call', 'demo', 'check', 'sync', 'backup'].includes(command)) throw new AppError('invalid-input', `不认识的命令「${command}」。\n${USAGE}`);
  // A password on the command line is readable by every local account (/proc/<pid>/cmdline).
  if (values.password !== undefined) throw new AppError('invalid-input', '密码不能写在命令行上（本机其他用户能在进程列表里看到）。请改用 --password-stdin，从标准输入读入密码。');
  const password = values['password-stdin'] ? (await readStdin(4096, '密码')).replace(/\r?\n$/, '') : undefined;
  const opening = openLedgerApp(values['data-dir'] ?? defaultDataDir(), nodePorts(), (line) => console.error(line));
  // A damaged file is what `check` is for: report it as a finding, not as a failed start.
  if (command === 'check') {
    let app: Awaited<typeof opening>;
    try {
      app = await opening;
    } catch (error) {
      if (isCorruption(error)) return corruptionReport(error);
      throw error;
    }
    try {
      return await checkCommand(app).catch((error: unknown) => (isCorruption(error) ? corruptionReport(error) : Promise.reject(error)));
    } finally {
      await app.close().catch(() => {});
    }
  }
  const app = await opening;
  try {
    const session = await cliSession(app, values.as);
    if (command === 'call') return await callCommand(app, session, rest);
    if (command === 'backup') return await backupCommand(app, session, rest, backupOptions);
    if (command === 'sync') return await syncCommand(app, session, rest, { out: values.out, privacy: values.privacy, reason: values.reason });
    return await demoCommand(app, session, { seed: values.seed, password, disputes: values.disputes });
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A bad option or argument (parseArgs) is a usage error, like an AppError: exit 2.
    const badArgs = error instanceof TypeError && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
    console.error(badArgs ? `错误：${error.message}\n${USAGE}` : fatalMessage(error));
    process.exit(error instanceof AppError || badArgs ? 2 : 1);
  },
);
