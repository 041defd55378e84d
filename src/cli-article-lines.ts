/**
 * Lines of a JSONL article stream as the CLI reads them (dedup, stories, compare --pairs):
 * each parsed into an article or refused with its file and line, so a bad line is reported
 * where it is and skipped, or stops a --strict run.
 */
import { existsSync, statSync } from 'node:fs'
import { CorroborateError, type DateFormat, type DedupArticle, parsePublished } from './index.js'

/** Exit status of a run (dedup, stories, compare --pairs) that skipped bad lines (every other line was handled and written). */
export const EXIT_SKIPPED = 3

/** A refused input or option value: where, what was expected, what came (dedup, stories and --pairs). */
export function inputError(path: string, expected: string, received: string): CorroborateError {
  return new CorroborateError('E_INPUT', [{ path, expected, received }])
}

/** JSONL inputs of dedup and stories, checked before any line is read: stdin once at most, files that exist. */
export function checkJsonlInputs(inputs: readonly string[]): void {
  if (inputs.filter((f) => f === '-').length > 1) throw inputError('files', 'stdin (-) at most once', `${inputs.length} inputs`)
  for (const file of inputs) {
    if (file === '-') continue
    if (!existsSync(file)) throw inputError(file, 'a JSONL file', 'no such file')
    if (statSync(file).isDirectory()) throw inputError(file, 'a JSONL file', 'a directory')
  }
}

/** `published` as ISO 8601 for the index, read the --date-format way; an error names the file and line. */
function readPublished(value: string, where: string, dateFormat: DateFormat): string {
  try {
    return new Date(parsePublished(value, { dateFormat })).toISOString()
  } catch (error) {
    const issue = error instanceof CorroborateError ? error.issues[0] : undefined
    throw issue ? inputError(`${where}: published`, issue.expected, issue.received) : error
  }
}

/** Parse one JSONL line into an article, or throw with its file and line number. */
export function parseArticleLine(line: string, where: string, dateFormat: DateFormat = 'dmy'): DedupArticle {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    throw inputError(where, 'one JSON object per line', `invalid JSON (${(error as Error).message})`)
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw inputError(where, 'a JSON object {id, text, title?, source?, published?}', Array.isArray(value) ? 'an array' : String(value === null ? 'null' : typeof value))
  const v = value as Record<string, unknown>
  if (!((typeof v.id === 'string' && v.id) || (typeof v.id === 'number' && Number.isFinite(v.id)))) throw inputError(`${where}: id`, 'a non-empty string', JSON.stringify(v.id) ?? 'nothing')
  if (typeof v.text !== 'string') throw inputError(`${where}: text`, 'a string', JSON.stringify(v.text) ?? 'nothing')
  for (const key of ['title', 'source', 'published']) {
    if (v[key] !== undefined && v[key] !== null && typeof v[key] !== 'string') throw inputError(`${where}: ${key}`, 'a string', JSON.stringify(v[key]))
  }
  const article: { -readonly [K in keyof DedupArticle]: DedupArticle[K] } = { id: String(v.id), text: v.text }
  if (typeof v.title === 'string') article.title = v.title
  if (typeof v.source === 'string') article.source = v.source
  if (typeof v.published === 'string' && v.published) article.published = readPublished(v.published, where, dateFormat)
  return article
}
