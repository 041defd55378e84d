/**
 * How `compare` reads a report file: UTF-8 text (usage errors for what is not), read as
 * text or as an HTML page through corroborate/html (loaded only when a page is given:
 * its extractor is an optional dependency).
 */
import { readFileSync, statSync } from 'node:fs'
import { extname } from 'node:path'
import { UsageError } from './cli-args'
import { type Article, CorroborateError } from './index.js'

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
function invalidUtf8At(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const byte = bytes[i]!
    let need = 0
    let min = 0
    if (byte < 0x80) {
      i++
      continue
    } else if (byte >= 0xc2 && byte <= 0xdf) [need, min] = [1, 0x80]
    else if (byte >= 0xe0 && byte <= 0xef) [need, min] = [2, 0x800]
    else if (byte >= 0xf0 && byte <= 0xf4) [need, min] = [3, 0x10000]
    else return i
    let code = byte & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k]
      if (next === undefined || (next & 0xc0) !== 0x80) return i
      code = (code << 6) | (next & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

/** A report file (or stdin) as text; usage errors for what is not UTF-8 text. */
export function readText(path: string): string {
  let bytes: Uint8Array
  try {
    if (path === '-') bytes = readFileSync(0)
    else {
      const stat = statSync(path)
      if (stat.isDirectory()) throw new UsageError(`${path}: is a directory, expected a text file`)
      bytes = readFileSync(path)
    }
  } catch (error) {
    if (error instanceof UsageError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UsageError(`${path}: no such file`)
    if (code === 'EACCES') throw new UsageError(`${path}: permission denied`)
    throw new UsageError(`${path}: cannot read (${code ?? String(error)})`)
  }
  const nul = bytes.subarray(0, 8192).indexOf(0)
  if (nul !== -1) throw new UsageError(`${path}: looks binary (NUL byte at offset ${nul}), expected UTF-8 text`)
  const invalid = invalidUtf8At(bytes)
  if (invalid !== -1) throw new UsageError(`${path}: invalid UTF-8 at byte offset ${invalid}, expected UTF-8 text`)
  // Drop a byte-order mark: it is encoding, not text.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

const INPUT_KINDS = ['html', 'text'] as const
export type InputKind = (typeof INPUT_KINDS)[number]

/** `--input`: html or text, or undefined to go by each file's extension. */
export function inputKind(value: unknown): InputKind | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'string' && (INPUT_KINDS as readonly string[]).includes(value)) return value as InputKind
  throw new UsageError(`--input: expected html or text, received ${JSON.stringify(value)}`, 'compare')
}

/** Whether a file is read as an HTML page: `--input html`, or a .html/.htm name when --input is not given. */
export function readsAsHtml(path: string, kind: InputKind | undefined): boolean {
  return kind === undefined ? ['.html', '.htm'].includes(extname(path).toLowerCase()) : kind === 'html'
}

type FromHtml = typeof import('./html.js').fromHtml

async function loadFromHtml(): Promise<FromHtml> {
  try {
    return (await import('./html.js')).fromHtml
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new UsageError('HTML input needs the optional dependencies @mozilla/readability, linkedom and htmlparser2; install them (npm install @mozilla/readability linkedom htmlparser2) or give --input text')
    }
    throw error
  }
}

/** One report: its file read as text or as a page, labelled `source`. */
export async function readReport(path: string, kind: InputKind | undefined, source: string): Promise<Article> {
  const text = readText(path)
  if (!readsAsHtml(path, kind)) return { text, source }
  const fromHtml = await loadFromHtml()
  try {
    return { ...fromHtml(text), source }
  } catch (error) {
    // A bad page is the user's to fix: one usage line naming the file.
    if (error instanceof CorroborateError) throw new UsageError(`${path}: ${error.issues.map((issue) => `expected ${issue.expected}, received ${issue.received}`).join('; ')}`)
    throw error
  }
}
