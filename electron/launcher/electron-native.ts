import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 for `npm start` under Electron. node_modules keeps the Node
 * build (tests, host and CLI need it); a copy is compiled once for Electron's ABI
 * in dist-electron/native and handed over through the `nativeBinding` option.
 * Needs Electron's headers from the internet the first time.
 */
export function electronNativeBinding(root: string): string {
  const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
  const buildDir = join(root, 'dist-electron', 'native', `electron-${electronVersion}`, 'better-sqlite3');
  const binding = join(buildDir, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(binding)) return binding;
  console.log(`正在为 Electron ${electronVersion} 编译 better-sqlite3（仅首次）……`);
  cpSync(join(root, 'node_modules', 'better-sqlite3'), buildDir, { recursive: true, filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`) });
  const gyp = join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const result = spawnSync(process.execPath, [gyp, 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers', '--runtime=electron'], {
    cwd: buildDir,
    stdio: 'inherit',
  });
  if (result.status !== 0 || !existsSync(binding)) throw new Error('为 Electron 编译 better-sqlite3 失败（需要联网下载 Electron 头文件）');
  return binding;
}
