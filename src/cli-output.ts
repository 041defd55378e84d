/**
 * How the CLI's output ends. A reader that goes away (`… | head -1`) is a normal
 * end for a Unix filter: exit 0, quietly, as `cat` does. Any other failed write
 * to stdout (a full disk, a closed file) means output was lost: say so, exit 1.
 */
import { escapeControls } from './report/controls'

/** Exit status when stdout could not be written (other than its reader leaving). */
const EXIT_OUTPUT_FAILED = 1

export function guardStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    process.stderr.write(`corroborate: cannot write the output: ${escapeControls(error.code ?? error.message, { singleLine: true })}\n`)
    process.exit(EXIT_OUTPUT_FAILED)
  })
}

/** One line for stderr: control characters of file names, ids and article text shown escaped. */
export function safeMessage(message: string): string {
  return escapeControls(message, { singleLine: true })
}

/** Writes to stdout; a promise only when the pipe is full, so a slow reader holds the producer back. */
export function writeStdout(line: string): Promise<void> | undefined {
  if (process.stdout.write(line)) return undefined
  return new Promise((resolve) => process.stdout.once('drain', resolve))
}

/**
 * One progress line on stderr, redrawn in place at most every 250 ms (terminals only):
 * the dedup, stories and --pairs runs each compose their own line and show it here.
 */
export class ProgressLine {
  private last = 0
  /** A progress line is on screen, not yet ended. */
  private showing = false
  constructor(private readonly enabled: boolean) {}

  /** `line` may be a function, so a caller ticking once per item composes it only when it is drawn. */
  show(line: string | (() => string), force = false): void {
    if (!this.enabled) return
    const now = Date.now()
    if (!force && this.showing && now - this.last < 250) return
    this.last = now
    this.showing = true
    process.stderr.write(`\r${typeof line === 'string' ? line : line()}\u001b[K`)
  }

  /** Ends the line on screen (before a message, or at the end of a phase). */
  done(): void {
    if (this.showing) process.stderr.write('\n')
    this.showing = false
  }
}
