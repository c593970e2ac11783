import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge'];

/** A display to open a window on (Windows and macOS always have one). */
export function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  return process.platform === 'win32' || process.platform === 'darwin' || !!env.DISPLAY || !!env.WAYLAND_DISPLAY;
}

export function findChromium(): string | null {
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Opens the app URL in Chromium's `--app` mode with its own profile in the data dir. */
export function openAppWindow(chromium: string, url: string, dataDir: string): void {
  const profile = join(dataDir, 'chromium-profile');
  mkdirSync(profile, { recursive: true });
  const child = spawn(chromium, [`--app=${url}`, `--user-data-dir=${profile}`, '--no-first-run', '--lang=zh-CN', '--disable-background-networking', '--disable-component-update', '--disable-sync'], {
    stdio: 'ignore',
    detached: true,
  });
  child.unref();
}
