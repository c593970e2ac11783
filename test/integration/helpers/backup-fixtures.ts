import { passphraseFileKey, passphraseHeader, headerEnd } from '#core/backup/passphrase-age';
import { payloadOpener, payloadSealer } from '#core/backup/payload-stream';
import { TAR_END, tarHeader, tarPadding } from '#core/backup/backup-tar';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { Parser, type ReadEntry } from 'tar';

export const PASSPHRASE = '温泉街道 备份口令 2026';

/** The archive inside a backup, as entries in order (our own decryption, for forging test files). */
export async function backupEntries(file: string, passphrase = PASSPHRASE): Promise<{ path: string; data: Buffer }[]> {
  const bytes = readFileSync(file);
  const end = headerEnd(bytes.subarray(0, 65536));
  const key = await passphraseFileKey(bytes.subarray(0, end), passphrase);
  const parts: Buffer[] = [];
  const opener = payloadOpener(key, (p) => parts.push(p));
  opener.push(bytes.subarray(end));
  opener.end();
  const entries: { path: string; data: Buffer }[] = [];
  const parser = new Parser({
    onReadEntry: (e: ReadEntry) => {
      const chunks: Buffer[] = [];
      e.on('data', (c: Buffer) => chunks.push(c));
      e.on('end', () => entries.push({ path: e.path, data: Buffer.concat(chunks) }));
    },
  });
  parser.end(Buffer.concat(parts));
  return entries;
}

/** A backup file made of `entries` under `passphrase`, written by our own encoder (a forged or doctored backup). */
export async function writeBackupFile(file: string, entries: { path: string; data: Buffer }[], passphrase = PASSPHRASE): Promise<void> {
  // A low scrypt work factor keeps forged files quick to make; the reader accepts any age allows up to 2^20.
  const { header, fileKey } = await passphraseHeader(passphrase, 10);
  const out: Buffer[] = [header];
  const sealer = payloadSealer(fileKey, (b) => out.push(b));
  const mtime = new Date('2026-11-25T06:00:00Z');
  for (const e of entries) {
    sealer.push(tarHeader(e.path, e.data.length, mtime));
    sealer.push(e.data);
    sealer.push(tarPadding(e.data.length));
  }
  sealer.push(TAR_END);
  sealer.end();
  writeFileSync(file, Buffer.concat(out), { mode: 0o600 });
}

/**
 * Runs Debian's `age` under `script`, which gives it a pseudo-terminal: age reads
 * a passphrase only from a terminal, never from stdin or argv. The passphrase is
 * typed into the terminal when age asks for it (each prompt once), so it never
 * appears on any command line.
 */
export function ageWithTerminal(args: string[], passphrase: string, prompts = 1): Promise<{ code: number; output: string }> {
  const command = ['age', ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let typed = 0;
    child.stdout.on('data', (c: Buffer) => {
      output += c.toString('utf8');
      const asked = (output.match(/passphrase/gi) ?? []).length;
      while (typed < Math.min(asked, prompts)) {
        child.stdin.write(`${passphrase}\n`);
        typed++;
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      child.stdin.destroy();
      resolve({ code: code ?? -1, output });
    });
  });
}
