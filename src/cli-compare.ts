/**
 * `corroborate compare a b`: reads two files, calls compare(), prints the report.
 * Usage and input errors exit 2 with one line (src/cli.ts turns UsageError into that line).
 */
import { writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { type ArgsDef, defineCommand } from 'citty'
import { type Positionals, UsageError, colorWanted, inCliTerms } from './cli-args'
import { inputKind, readReport } from './cli-input'
import { safeMessage } from './cli-output'
import { pairsArgs } from './cli-pairs-args'
import { CorroborateError, type Report, compare, toHtml, toMarkdown, toText } from './index.js'

const FORMATS = ['text', 'json', 'markdown', 'html'] as const
type Format = (typeof FORMATS)[number]

function isFormat(value: unknown): value is Format {
  return FORMATS.includes(value as Format)
}

function render(report: Report, format: Format, color: boolean): string {
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n'
  if (format === 'markdown') return toMarkdown(report)
  if (format === 'html') return toHtml(report)
  return toText(report, { color, width: process.stdout.columns ?? 100 })
}

/** Write the HTML report where --html says; a failure to write is the user's to fix (exit 2). */
function writeHtml(path: string, report: Report): void {
  try {
    writeFileSync(path, toHtml(report))
  } catch (error) {
    throw new UsageError(`--html ${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  process.stderr.write(`corroborate: wrote the HTML report to ${safeMessage(path)}\n`)
}

// The file reader moved to ./cli-input with the HTML reader; re-exported for the other commands.
export { readText } from './cli-input'

/** What `compare` takes besides its two reports; the help page lists exactly these. */
export const compareArgs = {
  a: { type: 'positional', description: 'First report (file path, or - for stdin)', required: true },
  b: { type: 'positional', description: 'Second report (file path, or - for stdin)', required: true },
  format: { type: 'string', description: 'Output format: text, json, markdown or html (default: text)', valueHint: 'text|json|markdown|html' },
  json: { type: 'boolean', description: 'Print the report as JSON (same as --format json)' },
  html: { type: 'string', description: 'Also write the HTML report to this file', valueHint: 'file' },
  'label-a': { type: 'string', description: 'Name of the first report (default: its file name)', valueHint: 'name' },
  'label-b': { type: 'string', description: 'Name of the second report (default: its file name)', valueHint: 'name' },
  'max-length': { type: 'string', description: 'Refuse a report longer than this many characters (UTF-16 code units; default 5000000)', valueHint: 'n' },
  input: { type: 'string', description: 'Read the reports as html pages or as text (default: html for .html/.htm files, else text)', valueHint: 'html|text' },
  color: { type: 'boolean', description: 'Colour the text output (default: when stdout is a terminal and NO_COLOR is unset)', negativeDescription: 'Never colour the text output' },
  ...pairsArgs,
  debug: { type: 'boolean', description: 'Print the stack trace of an internal error' },
} as const satisfies ArgsDef

export const comparePositionals: Positionals = { min: 2, max: 2, what: 'two reports (file paths, or - for stdin)' }

/** `--max-length`: a non-negative whole number, or the API's default when absent. */
export function maxLength(value: unknown): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (typeof value !== 'string' || !/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new UsageError(`--max-length: expected a whole number of characters, received ${JSON.stringify(value)}`, 'compare')
  return n
}

export const compareCommand = defineCommand({
  meta: { name: 'compare', description: 'Compare two reports of one event (a path, or - for stdin)' },
  args: compareArgs,
  async run({ args }) {
    if (args.json && args.format !== undefined && args.format !== 'json') throw new UsageError(`--json and --format ${String(args.format)} ask for two formats; give one`, 'compare')
    const format = args.json ? 'json' : (args.format ?? 'text')
    if (!isFormat(format)) throw new UsageError(`--format: expected text, json, markdown or html, received ${JSON.stringify(format)}`, 'compare')
    if (args.html !== undefined && (typeof args.html !== 'string' || !args.html)) throw new UsageError('--html: expected a file name', 'compare')
    const limit = maxLength(args['max-length'])
    const kind = inputKind(args.input)
    const pathA = String(args.a)
    const pathB = String(args.b)
    if (pathA === '-' && pathB === '-') throw new UsageError('only one of the two reports can come from stdin', 'compare')
    const label = (path: string, given: unknown): string => (typeof given === 'string' && given ? given : path === '-' ? 'stdin' : basename(path))
    let report: Report
    try {
      report = compare(
        await readReport(pathA, kind, label(pathA, args['label-a'])),
        await readReport(pathB, kind, label(pathB, args['label-b'])),
        limit === undefined ? {} : { maxLength: limit },
      )
    } catch (error) {
      if (error instanceof CorroborateError) throw inCliTerms(error, { command: 'compare', a: pathA === '-' ? 'stdin' : pathA, b: pathB === '-' ? 'stdin' : pathB })
      throw error
    }
    if (typeof args.html === 'string') writeHtml(args.html, report)
    const color = typeof args.color === 'boolean' ? args.color : colorWanted(process.stdout)
    process.stdout.write(render(report, format, color))
  },
})
