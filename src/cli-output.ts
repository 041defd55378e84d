/**
 * How the CLI's output ends. A reader that goes away (`… | head -1`) is a normal
 * end for a Unix filter: exit 0, quietly, as `cat` does. Any other failed write
 * to stdout (a full disk, a closed file) means output was lost: say so, exit 1.
 */
import { escapeControls } from './report/controls'

/** Exit status when stdout could not be written (other than its reader leaving). */
export const EXIT_OUTPUT_FAILED = 1

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
