import { creditCodeCheckChar } from '#shared/domain/registry/credit-code';
import { createServices } from '../app/create-services';
import type { Ledger } from '../db/open-ledger';
import { AppError } from '../errors';
import { createDispatch } from '../rpc/dispatch';
import { fillDemoCommittees } from './demo-committees';
import { fillDemoMeetings } from './demo-meetings';
// actions (整改清单)
import { fillDemoActions } from './demo-actions';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import { createHandlers } from '../rpc/handlers';
import type { Session } from '../call-context';
import * as names from './demo-names';
import { DEMO_ADMIN_NAME, demoState, partialDemoError } from './demo-state';
import { prng, seededPorts } from './seeded-ports';

export type DemoOptions = { seed: number; password: string; dataDir: string };
export type DemoSummary = { communities: number; companies: number; estates: number; staff: number; committees: number; meetings: number; operators: string[] };

const DEMO_OPERATORS = [
  { username: 'zhuren', displayName: '周国庆', role: 'director' },
  { username: 'tiaojie1', displayName: '陈秀英', role: 'mediator' },
  { username: 'tiaojie2', displayName: '刘建华', role: 'mediator' },
  { username: 'shencha', displayName: '何志强', role: 'reviewer' },
  { username: 'jilu', displayName: '林海燕', role: 'secretary' },
] as const;

/**
 * Fills an empty ledger with a realistic zh-CN data set. Everything goes through
 * the same dispatch (and so the same validation and change log) as user input;
 * clock and ids follow the seed, so a seed always gives the same data.
 */
export async function fillDemo(ledger: Ledger, session: Session, options: DemoOptions): Promise<DemoSummary> {
  const random = prng(options.seed);
  const deps = { db: ledger.db, ports: seededPorts(options.seed, random) };
  const dispatch = createDispatch(createHandlers(createServices(ledger, deps.ports, options.dataDir, 'demo')));
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(channel, input, session);
    if (!result.ok) throw new AppError(result.error.code, `演示数据写入失败（${channel}）：${result.error.message}`);
    return result.value as T;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const person = () => pick(names.SURNAMES) + pick(names.GIVEN);

  const state = demoState(ledger);
  if (state === 'partial') throw partialDemoError(options.dataDir);
  if (state !== 'empty') throw new AppError('conflict', '台账中已有登记数据，演示数据只能写入空台账。请换一个数据目录（--data-dir）。');

  const operators: string[] = [];
  const status = await call<{ bootstrapped: boolean }>('auth:status', {});
  if (!status.bootstrapped) {
    const runner = session.principal;
    await call('auth:bootstrap', { officeName: names.OFFICE.name, divisionCode: names.OFFICE.divisionCode, username: 'admin', displayName: DEMO_ADMIN_NAME, password: options.password });
    session.principal = runner; // bootstrap signs the new administrator in; keep acting as the CLI user
    operators.push('admin');
    const office = await call<{ version: number }>('registry:get-office', {});
    await call('registry:update-office', { version: office.version, ...names.OFFICE, ...names.OFFICE_CONTACT, contactName: person() });
  }
  const taken = new Set((await ledger.db.selectFrom('operators').select('username').execute()).map((r) => r.username));
  // Each demo account stands for the member of staff of the same name (工作台's 我的案件).
  const accounts: { role: string; displayName: string; id: string; version: number }[] = [];
  for (const op of DEMO_OPERATORS) {
    if (taken.has(op.username)) continue;
    const created = await call<{ id: string; version: number }>('auth:create-operator', { ...op, password: options.password });
    accounts.push({ role: op.role, displayName: op.displayName, ...created });
    operators.push(op.username);
  }

  const communities: { id: string }[] = [];
  for (const name of names.COMMUNITIES) communities.push(await call('registry:create-community', { name }));

  const companies: { id: string }[] = [];
  for (const name of names.COMPANIES) {
    const body = '91' + '421202' + Array.from({ length: 9 }, () => pick([...'0123456789ABCDEFGHJKLMNPQRTUWXY'])).join('');
    const creditCode = body + creditCodeCheckChar(body);
    companies.push(await call('registry:create-company', { name, creditCode, contactName: person(), phone: `1${pick(['33', '35', '37', '38', '39', '58', '86'])}${String(Math.floor(random() * 1e8)).padStart(8, '0')}` }));
  }

  const estateNames = [...names.NAMED_ESTATES];
  while (estateNames.length < 30) {
    const name = pick(names.ESTATE_PREFIXES) + pick(names.ESTATE_SUFFIXES);
    if (!estateNames.includes(name)) estateNames.push(name);
  }
  const estateIds: string[] = [];
  for (const name of estateNames) {
    const estate = await call<{ id: string }>('registry:create-estate', {
      name,
      address: `咸宁市咸安区${pick(names.ROADS)}${1 + Math.floor(random() * 300)}号`,
      communityId: pick(communities).id,
      companyId: random() < 0.9 ? pick(companies).id : null,
      households: 120 + Math.floor(random() * 2300),
    });
    estateIds.push(estate.id);
  }

  const staff = [
    { role: 'director', count: 1 },
    { role: 'mediator', count: 5 },
    { role: 'reviewer', count: 2 },
    { role: 'secretary', count: 2 },
  ] as const;
  let staffCount = 0;
  for (const { role, count } of staff) {
    for (let i = 0; i < count; i++) {
      const certificateNo = role === 'mediator' ? `鄂咸调证${2021 + Math.floor(random() * 5)}${String(1 + Math.floor(random() * 9999)).padStart(4, '0')}号` : null;
      const account = accounts.find((a) => a.role === role && a.version === 1);
      const member = await call<{ id: string }>('registry:create-staff', { name: account?.displayName ?? person(), role, certificateNo });
      if (account) account.version = (await call<{ version: number }>('auth:link-staff', { id: account.id, version: account.version, staffId: member.id })).version;
      staffCount++;
    }
  }
  const committees = await fillDemoCommittees(call, random, person, estateIds);
  // actions (整改清单): verification is the director's, a second person after whoever completed the item.
  const director: Session = { principal: { actor: 'zhuren', role: 'director', operatorId: null } };
  const asDirector = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(channel, input, director);
    if (!result.ok) throw new AppError(result.error.code, `演示数据写入失败（${channel}）：${result.error.message}`);
    return result.value as T;
  };
  await fillDemoActions(call, asDirector, random, estateIds, shanghaiDate(deps.ports.clock.now()));
  // meetings (issue 11)
  const meetings = await fillDemoMeetings(call, random, person, {
    communities: communities.map((c, i) => ({ id: c.id, name: names.COMMUNITIES[i] ?? '' })),
    estates: estateIds.map((id, i) => ({ id, name: estateNames[i] ?? '' })),
  }, accounts.find((a) => a.role === 'director')?.displayName ?? person());
  return { communities: communities.length, companies: companies.length, estates: estateNames.length, staff: staffCount, committees, meetings, operators };
}
