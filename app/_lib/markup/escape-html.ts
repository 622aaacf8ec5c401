const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Escapes text for HTML or SVG markup built as a string: element text and double-quoted
 * attribute values (every attribute this site writes is double-quoted, so `'` is left as is
 * and titles stay readable in the snippets publishers copy).
 *
 * @example
 * `<iframe title="${escapeHtml(title)}">` // Tom & "Jerry" → Tom &amp; &quot;Jerry&quot;
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ENTITIES[c]!);
}
