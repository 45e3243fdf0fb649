/**
 * The Content-Security-Policy of every page. Pages are HTML and CSS from this site; the one
 * script (the search page) is a file from this site too, and Pagefind compiles WebAssembly,
 * which needs 'wasm-unsafe-eval' and nothing more. No inline script or style, no third party.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * A `_headers` file (read by Netlify, Cloudflare Pages and others) with the same policy plus the
 * directives a `<meta>` tag cannot carry (`frame-ancestors`).
 */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}
