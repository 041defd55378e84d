/**
 * Terminal safety for text output. Article text, labels and file names come from
 * scrapers and users; printed raw, an ESC sequence can retitle the window, clear
 * the screen or write the clipboard, and a bidi override can make a line read
 * differently from what it holds. Every such character is shown as an escape.
 */

// C0 controls (tab and line feed only where the caller keeps them), DEL, C1 controls,
// and the bidi embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
const CONTROLS_AND_BREAKS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

function escapeChar(char: string): string {
  const code = char.charCodeAt(0)
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}

/**
 * `text` with every control character as `\x1b`, `\x85`, `\u202e`, … Line feeds and
 * tabs are kept unless `singleLine` (then they are escaped too, as in a one-line message).
 */
export function escapeControls(text: string, options: { singleLine?: boolean } = {}): string {
  return text.replace(options.singleLine ? CONTROLS_AND_BREAKS : CONTROLS, escapeChar)
}
