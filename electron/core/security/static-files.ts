import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Resolves a URL path to a file inside the built renderer, refusing anything that
 * escapes it; unknown paths fall back to index.html (client-side routes).
 */
export async function readRendererFile(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  const file = join(root, relative === '' || relative === '.' ? 'index.html' : relative);
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  const tryRead = async (path: string) => {
    try {
      return { body: await readFile(path), type: TYPES[extname(path)] ?? 'application/octet-stream' };
    } catch {
      return null;
    }
  };
  return (await tryRead(file)) ?? (extname(file) === '' ? tryRead(join(root, 'index.html')) : null);
}
