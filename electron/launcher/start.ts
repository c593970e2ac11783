// `npm start`: the Electron window where the runtime exists; otherwise the same
// app from the loopback host (in Chromium --app mode when there is a display).
import { fatalMessage } from '#core/app/fatal-message';
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runHost } from '../host/host-main';
import { electronBinary } from './electron-runtime';
import { electronNativeBinding } from './electron-native';
import { findChromium, hasDisplay, openAppWindow } from './open-browser';
import { rendererIsStale } from './renderer-build';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function npmRun(script: string): void {
  const result = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '-s', script], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run ${script} 失败`);
}

async function main(): Promise<void> {
  if (rendererIsStale(ROOT)) {
    console.log('正在构建界面……');
    npmRun('build');
  }
  const electron = electronBinary(ROOT);
  if (electron) {
    npmRun('build:electron');
    const nativeBinding = electronNativeBinding(ROOT);
    const child = spawn(electron, [join(ROOT, 'dist-electron', 'main.cjs')], { stdio: 'inherit', env: { ...process.env, LEDGER_NATIVE_BINDING: nativeBinding } });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }

  console.log('未找到 Electron 运行时，改由本机回环地址提供台账（数据仍保存在本机数据目录）。');
  const run = await runHost({});
  console.log(`数据目录：${run.dataDir}`);
  console.log(`请在浏览器中打开：${run.host.url}`);
  const chromium = findChromium();
  if (hasDisplay() && chromium) openAppWindow(chromium, run.host.launchUrl(), run.dataDir);
  const stop = () => void run.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(fatalMessage(error));
  process.exit(1);
});
