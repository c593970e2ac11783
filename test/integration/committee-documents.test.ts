import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electedCommittee, seedEstates } from './helpers/committee-fixtures';
import { bootstrappedLedger, ok, type TestLedger } from './helpers/temp-ledger';

let t: TestLedger;
let electionId: string;
let failedCandidate: string;
beforeAll(async () => {
  t = await bootstrappedLedger();
  const reg = await seedEstates(t.app, t.admin);
  const { election, candidates } = await electedCommittee(t.app, t.admin, reg.estateId);
  electionId = election.id;
  failedCandidate = candidates.c;
}, 60_000);
afterAll(() => t.close());

const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version'], { stdio: 'ignore' }).status === 0);

/** Converts with a private profile so parallel runs never fight over ~/.config/libreoffice; returns the PDF's text-bearing bytes. */
function toPdf(docx: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'committee-doc-'));
  execFileSync(soffice!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe', timeout: 120_000 });
  const pdf = join(dir, docx.split('/').pop()!.replace(/\.docx$/, '.pdf'));
  expect(existsSync(pdf)).toBe(true);
  return pdf;
}

describe('committee documents', () => {
  it('writes the vetting form and both notices as owner-only .docx files that LibreOffice opens', async () => {
    const form = await ok(t.app, t.admin, 'committees:export-document', { electionId, kind: 'vetting-form', candidateId: failedCandidate });
    const notice = await ok(t.app, t.admin, 'committees:export-document', { electionId, kind: 'candidate-notice' });
    const result = await ok(t.app, t.admin, 'committees:export-document', { electionId, kind: 'result-notice' });
    expect([form.fileName, notice.fileName, result.fileName]).toEqual(['锦湖紫竹苑-候选人资格审查表-赵强.docx', '锦湖紫竹苑-候选人公示.docx', '锦湖紫竹苑-选举结果公示.docx']);
    for (const f of [form, notice, result]) {
      expect(f.file.startsWith(join(t.dir, 'documents'))).toBe(true);
      expect(statSync(f.file).mode & 0o777).toBe(0o600);
      expect(readFileSync(f.file).subarray(0, 2).toString()).toBe('PK');
    }
    if (!soffice) return console.warn('[committee-documents] LibreOffice is not installed: the "it opens" check is skipped.');
    for (const f of [form, notice, result]) toPdf(f.file);
  }, 180_000);

  it('refuses a vetting form without a candidate of this election', async () => {
    const r = await t.app.dispatch('committees:export-document', { electionId, kind: 'vetting-form' }, t.admin);
    expect(r.ok || r.error.issues?.[0]?.path).toEqual(['candidateId']);
  });
});
