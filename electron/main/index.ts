// The Electron shell: composes the pieces, nothing else.
import { fatalMessage } from '#core/app/fatal-message';
import { openLedgerApp } from '#core/app/ledger-app';
import { defaultDataDir } from '#core/db/data-dir';
import { nodePorts } from '#core/db/node-ports';
import { createFileHandleRegistry } from '#core/files/file-handles';
import { trustedPathPolicy } from '#core/files/user-paths';
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { registerFileDialogs } from './file-dialogs';
import { registerIpc } from './ipc';
import { keystoreSecretStore } from './keystore-secret-store';
import { shellOpener } from './shell-opener';
import { denyPermissions, lockDownContents } from './lockdown';
import { APP_START_URL, secureWebPreferences } from './window-options';

registerAppScheme();
lockDownContents();
app.enableSandbox();

async function start(): Promise<void> {
  await app.whenReady();
  // Same persistent per-user directory as the loopback host and the CLI.
  const dataDir = defaultDataDir();
  // Every path the window's renderer names is a handle from a native dialog; typed paths are refused.
  const handles = createFileHandleRegistry({ now: () => Date.now() });
  const ledgerApp = await openLedgerApp(dataDir, nodePorts(), (line) => console.error(line), {
    nativeBinding: process.env.LEDGER_NATIVE_BINDING,
    secrets: keystoreSecretStore(dataDir),
    opener: shellOpener,
    paths: { ...trustedPathPolicy(), handles, typedPaths: false },
  });
  denyPermissions();
  serveRenderer(join(__dirname, '../dist/renderer'));
  registerIpc(ledgerApp);
  registerFileDialogs(handles);

  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: '街道物业治理台账',
    show: false,
    // The helper's settings, repeated as literals so a static checker (electronegativity)
    // sees them at this call; test/unit/shell-security.test.ts keeps the two equal.
    webPreferences: { ...secureWebPreferences(join(__dirname, 'preload.cjs')), contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
  });
  window.once('ready-to-show', () => window.show());
  await window.loadURL(APP_START_URL);
  app.on('window-all-closed', () => void ledgerApp.close().then(() => app.quit()));
}

start().catch((error: unknown) => {
  dialog.showErrorBox('街道物业治理台账', fatalMessage(error));
  app.exit(1);
});
