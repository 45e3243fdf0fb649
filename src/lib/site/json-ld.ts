/** A JSON-LD object (schema.org vocabulary). */
export type JsonLd = Record<string, unknown>;

/**
 * The text of a `<script type="application/ld+json">` element. `<`, `>` and `&`
 * are written as JSON unicode escapes, so a title containing `</script>` or `<!--`
 * cannot end the element early; U+2028 and U+2029 are escaped for old JSON
 * readers. The result parses back to the same data.
 */
export function jsonLdText(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}
