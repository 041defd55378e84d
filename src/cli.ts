/**
 * The `corroborate` command. A thin shell over the public API: it reads files,
 * calls compare(), prints the report. Usage and input errors exit 2 with one line.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { type CommandDef, defineCommand, runCommand, showUsage } from 'citty'
import { CorroborateError, type Report, compare, toHtml, toMarkdown, toText } from './index.js'
import { dedupCommand } from './cli-dedup'
import { guardStdout, safeMessage } from './cli-output'
import { StoryUsageError, storyCompare, storyPaths } from './cli-story'

const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0'
declare const __VERSION__: string | undefined

class UsageError extends Error {}

const FORMATS = ['text', 'json', 'markdown', 'html'] as const
type Format = (typeof FORMATS)[number]

function _isFormat(value: unknown): value is Format {
  return FORMATS.includes(value as Format)
}

function _render(report: Report, format: Format, color: boolean): string {
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n'
  if (format === 'markdown') return toMarkdown(report)
  if (format === 'html') return toHtml(report)
  return toText(report, { color, width: process.stdout.columns ?? 100 })
}

/** Write the HTML report where --html says; a failure to write is the user's to fix (exit 2). */
function _writeHtml(path: string, report: Report): void {
  try {
    writeFileSync(path, toHtml(report))
  } catch (error) {
    throw new UsageError(`--html ${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  process.stderr.write(`corroborate: wrote the HTML report to ${safeMessage(path)}\n`)
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
function _invalidUtf8At(bytes: Uint8Array): number {
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

function _readText(path: string): string {
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
  const invalid = _invalidUtf8At(bytes)
  if (invalid !== -1) throw new UsageError(`${path}: invalid UTF-8 at byte offset ${invalid}, expected UTF-8 text`)
  // Drop a byte-order mark: it is encoding, not text.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

const compareCommand = defineCommand({
  meta: { name: 'compare', description: 'Compare two reports of one event (a path, or - for stdin)' },
  args: {
    a: { type: 'positional', description: 'First report (file path or -)', required: true },
    b: { type: 'positional', description: 'Second report (file path or -)', required: true },
    json: { type: 'boolean', description: 'Print the report as JSON (same as --format json)' },
    format: { type: 'string', description: 'Output format: text, json, markdown or html', default: 'text' },
    html: { type: 'string', description: 'Also write the HTML report to this file' },
    'label-a': { type: 'string', description: 'Name of the first report (default: its file name)' },
    'label-b': { type: 'string', description: 'Name of the second report (default: its file name)' },
    color: { type: 'boolean', description: 'Colour the text output (default: when stdout is a terminal and NO_COLOR is unset)' },
  },
  run({ args }) {
    const format = args.json ? 'json' : args.format
    if (!_isFormat(format)) throw new UsageError(`--format: expected text, json, markdown or html, received ${JSON.stringify(format)}`)
    if (args.html !== undefined && (typeof args.html !== 'string' || !args.html)) throw new UsageError('--html: expected a file name')
    const pathA = String(args.a)
    const pathB = String(args.b)
    if (pathA === '-' && pathB === '-') throw new UsageError('only one of the two reports can come from stdin')
    const label = (path: string, given: unknown): string => (typeof given === 'string' && given ? given : path === '-' ? 'stdin' : basename(path))
    const report = compare(
      { text: _readText(pathA), source: label(pathA, args['label-a']) },
      { text: _readText(pathB), source: label(pathB, args['label-b']) },
    )
    if (typeof args.html === 'string') _writeHtml(args.html, report)
    const color = typeof args.color === 'boolean' ? args.color : Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
    process.stdout.write(_render(report, format, color))
  },
})

const main = defineCommand({
  meta: { name: 'corroborate', version: VERSION, description: 'Align two news reports, score their overlap and flag where they disagree' },
  subCommands: { compare: compareCommand, dedup: dedupCommand },
})

async function _run(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug')
  const rawArgs = argv.filter((arg) => arg !== '--debug')
  if (rawArgs.length === 0 || rawArgs[0] === '--help' || rawArgs[0] === '-h') {
    await showUsage(main)
    return rawArgs.length === 0 ? 2 : 0
  }
  if (rawArgs[0] === '--version' || rawArgs[0] === '-v') {
    process.stdout.write(`${VERSION}\n`)
    return 0
  }
  if (rawArgs[0] === 'compare' && (rawArgs.includes('--help') || rawArgs.includes('-h'))) {
    await showUsage(compareCommand as unknown as CommandDef, main)
    return 0
  }
  if (rawArgs[0] === 'dedup' && (rawArgs.includes('--help') || rawArgs.includes('-h'))) {
    await showUsage(dedupCommand as unknown as CommandDef, main)
    return 0
  }
  try {
    // Three or more reports: the story report (src/cli-story.ts).
    if (rawArgs[0] === 'compare' && (storyPaths(rawArgs.slice(1))?.length ?? 0) >= 3) {
      process.stdout.write(storyCompare(rawArgs.slice(1), _readText))
      return 0
    }
    await runCommand(main, { rawArgs })
    // a command that finished with a status of its own (dedup: 3 when lines were skipped)
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (error) {
    if (debug) console.error(error)
    // citty colours some messages; a one-line error should be plain text.
    const message = safeMessage((error instanceof Error ? error.message : String(error)).replace(/\u001b\[[0-9;]*m/g, ''))
    if (error instanceof UsageError || error instanceof StoryUsageError || error instanceof CorroborateError || (error as { name?: string }).name === 'CLIError') {
      process.stderr.write(`corroborate: ${message}\n`)
      return 2
    }
    process.stderr.write(`corroborate: internal error: ${message} (run with --debug for details)\n`)
    return 1
  }
}

guardStdout()
_run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`corroborate: ${safeMessage(String(error))}\n`)
    process.exitCode = 1
  },
)
