// Pure data, no electron import: the unit tests read these exact objects.

/** The custom scheme the renderer is served from (never file://, never http://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ledger';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** The only webPreferences the main window is created with. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    // Middle-click (auxclick) opens links without the navigation handlers seeing a click.
    disableBlinkFeatures: 'Auxclick',
  } as const;
}

/**
 * True only for the top frame of our own page. IPC from any other frame or
 * origin (an injected iframe, a navigated-away page) is refused.
 */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  if (!frame || frame.parent !== null) return false;
  try {
    const url = new URL(frame.url);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Navigation is allowed only within our own origin (hash routes). */
export function isAllowedNavigation(target: string): boolean {
  // Compare scheme and host, not URL.origin: Node reports "null" for every
  // non-special scheme, which would make file:// look like app://.
  try {
    const url = new URL(target);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}
