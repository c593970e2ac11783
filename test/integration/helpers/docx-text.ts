import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';

/** Reads one entry of a zip archive (stored or deflated) through its central directory. */
export function unzipEntry(zip: Buffer, name: string): string {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip archive');
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    const [method, size, nameLen, extraLen, commentLen, local] = [
      zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 20), zip.readUInt16LE(at + 28),
      zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32), zip.readUInt32LE(at + 42),
    ];
    if (zip.toString('utf8', at + 46, at + 46 + nameLen) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLen + extraLen + commentLen;
  }
  throw new Error(`${name} is not in the archive`);
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The visible text of a .docx (runs may split text: every w:t joined), XML escaping undone. */
export function docxText(bytes: Buffer): string {
  const xml = unzipEntry(bytes, 'word/document.xml');
  return unescape([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

/** Each body paragraph's text and whether it keeps with the next one / keeps its lines together. */
export function docxParagraphs(bytes: Buffer): { text: string; keepNext: boolean; keepLines: boolean }[] {
  const xml = unzipEntry(bytes, 'word/document.xml');
  return [...xml.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const p = m[1]!;
    const props = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p)?.[1] ?? '';
    return {
      text: unescape([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
      keepNext: /<w:keepNext\/>/.test(props),
      keepLines: /<w:keepLines\/>/.test(props),
    };
  });
}

/** LibreOffice, when installed (libreoffice-writer-nogui); tests that need it are skipped otherwise. */
export const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync(bin, ['--version'], { stdio: 'ignore' }).status === 0);
export const pdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;

/** Converts with a private profile in `dir` so parallel runs never fight over ~/.config/libreoffice. */
export function convertToPdf(docx: string, dir: string): string {
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  execFileSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe', timeout: 120_000 });
  return docx.replace(/\.docx$/, '.pdf');
}

/** The text of each page of a PDF (pdftotext separates pages with a form feed). */
export function pdfPages(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
}
