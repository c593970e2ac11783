// `ledger demo` writes through the same channels as a clerk, many transactions,
// so a kill leaves part of a demo. What such a ledger looks like is built here
// in-process (the demo's office and administrator, then some registry rows but
// no staff); the CLI must refuse it with what to do, never a stack trace or a
// bulk run on a registry without its staff.
import { describe, expect, it } from 'vitest';
import { openLedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import { ledger, tempDirs } from './helpers/cli-runner';
import { ok } from './helpers/temp-ledger';
import { testPorts } from './helpers/test-ports';

const dir = tempDirs();
const SYSTEM: Session = { principal: { actor: 'cli:test', role: 'system', operatorId: null } };

/** The demo's own first step (its office and administrator), then `more`, as a kill would leave it. */
async function cutOffDemo(more: (app: Awaited<ReturnType<typeof openLedgerApp>>) => Promise<void> = async () => {}): Promise<string> {
  const data = dir('ledger-demo-cut-');
  const app = await openLedgerApp(data, testPorts(), () => {});
  await ok(app, { principal: null }, 'auth:bootstrap', { officeName: '温泉街道', divisionCode: '421202001', username: 'admin', displayName: '系统管理员', password: 'demo-password-1' });
  await more(app);
  await app.close();
  return data;
}

const refusedPlainly = (run: { code: number; stderr: string }) => {
  expect(run.code).not.toBe(0);
  expect(run.stderr).toMatch(/只有一部分演示数据.*请删除数据目录.*--data-dir/s);
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
};

describe('a demo that was cut off', () => {
  it('right after the office was made: demo again is refused with what to do', async () => {
    const data = await cutOffDemo();
    refusedPlainly(await ledger('--data-dir', data, 'demo', '--seed', '1', '--password', 'demo-password-1'));
  });

  it('before its staff were written: --disputes is refused instead of filling cases without mediators', async () => {
    const data = await cutOffDemo(async (app) => {
      const c = await ok(app, SYSTEM, 'registry:create-community', { name: '温泉社区' });
      await ok(app, SYSTEM, 'registry:create-estate', { name: '金桂园', address: '咸宁市咸安区温泉路1号', communityId: c.id, companyId: null, households: 300 });
    });
    refusedPlainly(await ledger('--data-dir', data, 'demo', '--disputes', '10'));
  });
});
