import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrappedLedger, changeCount, ok, VALID_CREDIT_CODES, type TestLedger } from './helpers/temp-ledger';

let t: TestLedger;
let communityId: string;
let companyId: string;
beforeAll(async () => {
  t = await bootstrappedLedger();
  communityId = (await ok(t.app, t.admin, 'registry:create-community', { name: '温泉社区' })).id;
  companyId = (await ok(t.app, t.admin, 'registry:create-company', { name: '咸宁馨福物业', creditCode: VALID_CREDIT_CODES[1] })).id;
});
afterAll(() => t.close());

const LONG = '长'.repeat(5000);

// [channel, a valid input, { field: a bad value of each kind }]
const cases = (): [string, Record<string, unknown>, [string, string, unknown][]][] => [
  ['registry:create-company', { name: '咸宁伟宁物业', creditCode: VALID_CREDIT_CODES[2] }, [
    ['wrong type', 'name', 42],
    ['missing field', 'creditCode', undefined],
    ['over-long string', 'name', LONG],
    ['bad check character', 'creditCode', '91350100M000100Y42'],
    ['bad phone', 'phone', '12345'],
  ]],
  ['registry:create-estate', { name: '锦湖紫竹苑', address: '温泉路 8 号', communityId: 'x', companyId: null, households: 300 }, [
    ['wrong type', 'households', '三百'],
    ['negative number', 'households', -1],
    ['fraction', 'households', 1.5],
    ['missing field', 'address', undefined],
    ['over-long string', 'address', LONG],
    ['not an id', 'communityId', 'abc'],
  ]],
  ['registry:create-staff', { name: '陈秀英', role: 'mediator' }, [
    ['unknown enum value', 'role', 'boss'],
    ['wrong type', 'certificateNo', ['x']],
    ['over-long string', 'name', LONG],
  ]],
  ['registry:update-office', { version: 1, name: '温泉街道', divisionCode: '421202001' }, [
    ['bad division code', 'divisionCode', '12345'],
    ['wrong type', 'version', 'one'],
    ['bad phone', 'contactPhone', '8123'],
    ['over-long string', 'address', LONG],
    ['over-long string', 'committeeName', LONG],
  ]],
  ['disputes:update-party', { id: '0190a0b1-7c2d-7e3f-8a4b-5c6d7e8f9a0b', version: 1, partyId: '0190a0b1-7c2d-7e3f-8a4b-5c6d7e8f9a0c' }, [
    ['unknown enum value', 'gender', 'm'],
    ['not a date', 'birthDate', '1980/01/31'],
    ['impossible date', 'birthDate', '1980-02-30'],
    ['over-long string', 'residence', LONG],
    ['not an id', 'partyId', 'p1'],
  ]],
  ['disputes:correct-case', {
    id: '0190a0b1-7c2d-7e3f-8a4b-5c6d7e8f9a0b', version: 1, source: 'walk-in', receivedAt: '2026-11-20T09:30:00+08:00', tier: 'minor',
    parties: [{ role: 'applicant', kind: 'person', name: '张伟' }], reason: '录入有误',
  }, [
    ['missing field', 'reason', undefined],
    ['unknown enum value', 'source', 'fax'],
    ['no applicant', 'parties', [{ role: 'respondent', kind: 'person', name: '李强' }]],
    ['bad party id', 'parties', [{ id: 'p1', role: 'applicant', kind: 'person', name: '张伟' }]],
    ['bad ID number', 'parties', [{ role: 'applicant', kind: 'person', name: '张伟', idNumber: '421202198001010010' }]],
    ['over-long string', 'reason', LONG],
  ]],
  ['disputes:open-document', { documentId: 'x'.repeat(24) }, [
    ['wrong type', 'documentId', 42],
    ['not a document id', 'documentId', '../ledger.db'],
  ]],
  ['auth:create-operator', { username: 'tiaojie9', displayName: '刘建华', role: 'mediator', password: 'long-enough-pw' }, [
    ['unknown enum value', 'role', 'superuser'],
    ['short password', 'password', 'short'],
    ['bad username', 'username', '张三'],
    ['not an id', 'staffId', '陈秀英'],
  ]],
  ['disputes:monthly-analysis', { month: '2026-11' }, [
    ['wrong type', 'month', 202611],
    ['month 13', 'month', '2026-13'],
    ['no leading zero', 'month', '2026-1'],
  ]],
  ['disputes:export-ledger', { status: ['mediating'], sort: 'due' }, [
    ['unknown enum value', 'status', ['open']],
    ['wrong type', 'overdue', 'yes'],
    ['over-long string', 'search', LONG],
    ['not an instant', 'receivedFrom', '2026-11-01'],
    ['unknown sort', 'sort', 'random'],
  ]],
  ['disputes:export-monthly', { month: '2026-11' }, [
    ['not a month', 'month', '2026-13'],
    ['wrong type', 'month', 202611],
    ['missing field', 'month', undefined],
  ]],
  ['auth:link-staff', { id: '0190a0a0-0000-7000-8000-000000000000', version: 1, staffId: null }, [
    ['not an id', 'staffId', '陈秀英'],
    ['missing field', 'staffId', undefined],
    ['wrong type', 'version', 'one'],
  ]],
  ['disputes:list', { offset: 0, limit: 50 }, [
    ['unknown enum value', 'overdueStep', 'lunch'],
    ['wrong type', 'dueToday', 'yes'],
  ]],
  ['disputes:my-cases', {}, [['over the limit', 'limit', 201]]],
  // --- policy (政策包) ---
  ['policy:preview-pack', { file: '/tmp/政策包.json' }, [
    ['wrong type', 'file', 42],
    ['missing field', 'file', undefined],
    ['relative path', 'file', '政策包.json'],
    ['over-long string', 'file', '/' + LONG],
  ]],
  // backup (issue 12)
  ['backup:create', { directory: '/tmp', passphrase: '温泉街道 备份口令 2026' }, [
    ['relative path', 'directory', 'usb'],
    ['weak passphrase', 'passphrase', '12345678'],
    ['wrong type', 'passphrase', 12345678901],
    ['not an age recipient', 'recoveryRecipient', 'age1notarecipient'],
  ]],
  ['backup:verify', { file: '/tmp/backup.age', passphrase: 'x' }, [
    ['empty passphrase', 'passphrase', ''],
    ['over-long path', 'file', `/${'长'.repeat(1001)}`],
  ]],
  ['backup:restore', { file: '/tmp/backup.age', passphrase: 'x', dataDir: '/tmp/restored' }, [
    ['relative data dir', 'dataDir', 'restored'],
    ['wrong type', 'replace', 'yes'],
  ]],
  // meetings (issue 11)
  ['meetings:create', {
    kind: 'street-monthly', scope: 'street', estateId: null, communityId: null, title: '街道物业联席会议', status: 'held', startsAt: '2026-11-20T09:00:00+08:00',
    endsAt: '2026-11-20T11:00:00+08:00', place: '街道会议室', hostName: '陈秀英', hostStaffId: null, recorderName: '周敏', recorderStaffId: null, attendees: [],
  }, [
    ['unknown enum value', 'status', 'done'],
    ['not an instant', 'startsAt', '2026-11-20 09:00'],
    ['end before start', 'endsAt', '2026-11-20T08:00:00+08:00'],
    ['bad kind code', 'kind', 'Four Party'],
    ['over-long string', 'title', LONG],
    ['wrong type', 'attendees', '张三'],
  ]],
  ['meetings:create-topic', { topicTitle: '车库照明', topicDetail: null, source: 'resident-request', caseId: null, matterKind: 'parking', receivedAt: '2026-11-20T09:00:00+08:00', requester: null, estateId: null, communityId: null }, [
    ['unknown enum value', 'source', 'web'],
    ['unknown enum value', 'matterKind', 'noise'],
    ['not an id', 'caseId', 'D-1'],
  ]],
  ['meetings:set-resolutions', { id: '01900000-0000-7000-8000-000000000000', version: 1, resolutions: [] }, [
    ['negative votes', 'resolutions', [{ resolutionText: '同意', topicId: null, vote: { votesFor: -1, votesAgainst: 0, votesAbstain: 0 } }]],
    ['wrong type', 'version', 'one'],
  ]],
  ['meetings:periods', { year: 2026 }, [['out of range', 'year', 1999]]],
  // actions (整改清单) and consult (结果公示)
  ['actions:create', { problem: '消防通道堆物', sourceKind: 'inspection', sourceNote: '消防检查', responsibleKind: 'company', responsibleName: '咸宁馨福物业', rectification: '清理', dueOn: '2026-12-05' }, [
    ['missing field', 'responsibleKind', undefined],
    ['missing field', 'dueOn', undefined],
    ['not a date', 'dueOn', '2026-13-01'],
    ['unknown enum value', 'sourceKind', 'rumour'],
    ['over-long string', 'problem', LONG],
    ['not an id', 'sourceDisputeId', 'abc'],
  ]],
  ['actions:list', { offset: 0, limit: 50 }, [
    ['unknown enum value', 'state', 'lost'],
    ['over the limit', 'limit', 501],
  ]],
  ['consult:publish', { topicId: '0190a8e2-0000-7000-8000-000000000000', place: '公示栏', publishedFrom: '2026-11-21' }, [
    ['not a date', 'publishedFrom', '2026-11-31'],
    ['not a date', 'publishedUntil', 'next week'],
    ['over-long string', 'place', LONG],
    ['not an id', 'topicId', 'abc'],
  ]],
  ['consult:request-ledger', { dateFrom: '2026-11-01', dateUntil: '2026-11-30' }, [['missing field', 'dateFrom', undefined]]],
];

describe('every channel refuses bad input with invalid-input, naming the field, and writes nothing', () => {
  for (const [channel, valid, bads] of cases()) {
    for (const [kind, field, value] of bads) {
      it(`${channel}: ${kind} (${field})`, async () => {
        const input: Record<string, unknown> = { ...valid, communityId, companyId: valid.companyId === null ? companyId : valid.companyId };
        if (!('communityId' in valid)) delete input.communityId;
        if (!('companyId' in valid)) delete input.companyId;
        if (value === undefined) delete input[field];
        else input[field] = value;
        const before = changeCount(t.app);
        const result = await t.app.dispatch(channel, input, t.admin);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe('invalid-input');
        expect(result.error.issues?.some((i) => i.path[0] === field)).toBe(true);
        expect(result.error.message).toMatch(/^「.+」/);
        expect(changeCount(t.app)).toBe(before);
      });
    }
    it(`${channel}: extra junk is refused`, async () => {
      const before = changeCount(t.app);
      const result = await t.app.dispatch(channel, { ...valid, communityId, isAdmin: true }, t.admin);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-input');
        expect(result.error.message).toMatch(/isAdmin/);
      }
      expect(changeCount(t.app)).toBe(before);
    });
  }

  it('refuses a non-object input and an unknown channel', async () => {
    const notObject = await t.app.dispatch('registry:create-community', '温泉社区', t.admin);
    expect(notObject.ok || notObject.error.code).toBe('invalid-input');
    const unknown = await t.app.dispatch('registry:drop-everything', {}, t.admin);
    expect(unknown.ok || unknown.error.code).toBe('not-found');
  });

  it('shows the credit-code problem in Chinese under the field', async () => {
    const result = await t.app.dispatch('registry:create-company', { name: '湖北瑞泰物业', creditCode: '91350100M000100Y42' }, t.admin);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toBe('「统一社会信用代码」校验位（最后一位）不正确，请核对营业执照上的代码');
    expect(result.error.issues).toEqual([{ path: ['creditCode'], message: '校验位（最后一位）不正确，请核对营业执照上的代码' }]);
  });
});
