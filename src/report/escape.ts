/**
 * Escaping for the HTML and Markdown renderings. Article text is untrusted: it
 * comes from scrapers and may hold markup, so every string that did not come
 * from this library passes through one of these before it is written out.
 */

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text safe in HTML element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!)
}

/**
 * Text safe inline in Markdown, table cells included: one line, no markup.
 * `<`, `>` and `&` become entities (GitHub would otherwise pass HTML through),
 * and the characters that start emphasis, code, links or cells get a backslash.
 */
export function escapeMarkdown(text: string): string {
  return text
    // A whitespace run holding a line break becomes one space. Matched run by run: the former
    // /\s*[\r\n]+\s*/g rescanned a long run without a break from each of its positions (quadratic).
    .replace(/\s+/g, (space) => (/[\r\n]/.test(space) ? ' ' : space))
    .replace(/[&<>]/g, (char) => HTML_ENTITIES[char]!)
    .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
}
