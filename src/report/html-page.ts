/**
 * The shell every HTML rendering shares: one self-contained page whose CSP lets
 * nothing load and nothing run, so a report made from scraped (hostile) text is
 * safe to open. Kept in one place so the three pages cannot drift apart in the
 * rule that matters most.
 */
import { escapeHtml as esc } from './escape'

/** No network, no script, no plugin: only inline styles and data: images may load. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

interface HtmlPage {
  /** Plain text; escaped here. */
  readonly title: string
  readonly style: string
  /** Markup already escaped by the caller: the content of `<main>`. */
  readonly main: string
  /** Plain text; escaped here. */
  readonly footer: string
}

export function htmlPage({ title, style, main, footer }: HtmlPage): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title><style>${style}</style></head>`,
    `<body><main>${main}`,
    `<footer>${esc(footer)}</footer></main></body>`,
    '</html>',
    '',
  ].join('\n')
}
