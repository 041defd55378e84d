/**
 * How `compare` reads a report file: as text, or as an HTML page through corroborate/html
 * (loaded only when a page is given: its extractor is an optional dependency).
 */
import { extname } from 'node:path'
import { UsageError } from './cli-args'
import { readText } from './cli-compare'
import { type Article, CorroborateError } from './index.js'

export const INPUT_KINDS = ['html', 'text'] as const
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
