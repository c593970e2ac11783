/**
 * The renderer's Content-Security-Policy, the same under Electron's custom scheme
 * and on the loopback host. No inline script or style: ag-grid runs with its
 * legacy CSS-file theme (`theme="legacy"`), so it injects no <style> elements.
 * `data:` is allowed for images and fonts only (ag-grid's icon font and SVGs).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Headers sent with every response of the renderer, whatever the transport. */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};
