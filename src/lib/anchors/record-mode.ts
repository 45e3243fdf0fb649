/**
 * Whether this build writes what it publishes into content/anchors.json. `npm run build` does
 * (src/cli/build.ts sets the variable); a bare `astro build`, `astro dev` and the tests only
 * read the manifest, so building never changes a checked-out project behind the editor's back.
 */
export const RECORD_VARIABLE = 'BRIEFING_RECORD_ANCHORS';

export function recordsAnchors(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env[RECORD_VARIABLE] === '1';
}
