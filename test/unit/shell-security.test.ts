import { CONTENT_SECURITY_POLICY } from '#core/security/content-security-policy';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isAllowedNavigation, isTrustedSender, secureWebPreferences } from '../../electron/main/window-options';

describe('Electron window security', () => {
  it('isolates and sandboxes the renderer, with no Node integration', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.webSecurity).toBe(true);
  });

  it('says so where electronegativity looks: literal settings at the BrowserWindow call, the CSP also as a meta tag', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    const main = readFileSync('electron/main/index.ts', 'utf8');
    const call = main.slice(main.indexOf('new BrowserWindow('), main.indexOf('});', main.indexOf('new BrowserWindow(')));
    for (const literal of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', "disableBlinkFeatures: 'Auxclick'"]) expect(call).toContain(literal);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync('renderer/index.html', 'utf8'));
    // frame-ancestors is ignored in a meta tag; everything else is the header's policy.
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; '));
  });

  it('trusts IPC only from the top frame of app://ledger', () => {
    expect(isTrustedSender({ url: 'app://ledger/index.html#/estates', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://ledger/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'app://evil/index.html', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///etc/passwd', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('allows navigation only within the app origin', () => {
    expect(isAllowedNavigation('app://ledger/index.html#/companies')).toBe(true);
    expect(isAllowedNavigation('https://example.com/')).toBe(false);
    expect(isAllowedNavigation('file:///C:/Windows')).toBe(false);
    expect(isAllowedNavigation('not a url')).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
  it('allows no inline or eval code and no inline styles', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
  });
});

describe('electron-builder packaging', () => {
  const config = parse(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown> & { electronFuses: Record<string, boolean> };
  it('turns off RunAsNode, NODE_OPTIONS and inspect flags and turns on ASAR integrity', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.asar).toBe(true);
  });
  it('rebuilds the native module for Electron at packaging time only', () => {
    expect(config.npmRebuild).toBe(true);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    for (const [name, script] of Object.entries(pkg.scripts)) {
      if (['postinstall', 'install', 'prepare'].includes(name)) expect(script).not.toMatch(/electron-rebuild|electron-builder install-app-deps/);
    }
  });
  it('builds an NSIS installer for Windows x64 and deb + AppImage for Linux x64 and arm64', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.dist).toMatch(/--win nsis --x64/);
    expect(pkg.scripts.dist).toMatch(/--linux deb AppImage --x64 --arm64/);
  });
});
