/**
 * `corroborate compare a.txt b.txt c.txt …`: three or more reports give the
 * story report (compareMany) instead of the pairwise one. Kept apart from
 * cli.ts so the two-report command stays as it is; cli.ts hands over the
 * arguments and its report reader (same checks: missing file, binary, bad UTF-8; HTML pages).
 */
import { writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { maxLength } from './cli-compare'
import { type InputKind, inputKind } from './cli-input'
import { type Article, compareMany, storyToHtml, storyToMarkdown, storyToText } from './index.js'

export class StoryUsageError extends Error {}

const OPTIONS = {
  json: { type: 'boolean' },
  format: { type: 'string' },
  html: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'max-length': { type: 'string' },
  input: { type: 'string' },
  debug: { type: 'boolean' },
} as const

/** Options of the two-report command that take a value: known here only so their values are not taken for paths. */
const PAIR_OPTIONS = { ...OPTIONS, 'label-a': { type: 'string' }, 'label-b': { type: 'string' } } as const

const FORMATS = ['text', 'json', 'markdown', 'html']

/** The report paths among `compare`'s arguments (options and their values left out); null when they do not parse. */
export function storyPaths(args: readonly string[]): string[] | null {
  try {
    return parseArgs({ args: [...args], options: PAIR_OPTIONS, allowPositionals: true, strict: false }).positionals
  } catch {
    return null
  }
}

/** Runs the story comparison; returns what to print. Usage errors throw StoryUsageError. */
export async function storyCompare(args: readonly string[], readReport: (path: string, kind: InputKind | undefined, source: string) => Promise<Article>): Promise<string> {
  if (args.some((arg) => /^--label-[ab](=|$)/.test(arg))) {
    throw new StoryUsageError('--label-a/--label-b name the two reports of a pair; with three or more reports each outlet is named by its file name')
  }
  let parsed
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw new StoryUsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  const format = values.json ? 'json' : (values.format ?? 'text')
  if (!FORMATS.includes(format)) throw new StoryUsageError(`--format: expected text, json, markdown or html, received ${JSON.stringify(format)}`)
  if (positionals.filter((p) => p === '-').length > 1) throw new StoryUsageError('only one of the reports can come from stdin')
  const kind = inputKind(values.input)
  const articles: Article[] = []
  for (const path of positionals) articles.push(await readReport(path, kind, path === '-' ? 'stdin' : basename(path)))
  const limit = maxLength(values['max-length'])
  const story = compareMany(articles, limit === undefined ? {} : { maxLength: limit })
  if (values.html !== undefined) {
    if (!values.html) throw new StoryUsageError('--html: expected a file name')
    try {
      writeFileSync(values.html, storyToHtml(story))
    } catch (error) {
      throw new StoryUsageError(`--html ${values.html}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
    }
    process.stderr.write(`corroborate: wrote the HTML story report to ${values.html}\n`)
  }
  if (format === 'json') return JSON.stringify(story, null, 2) + '\n'
  if (format === 'markdown') return storyToMarkdown(story)
  if (format === 'html') return storyToHtml(story)
  return storyToText(story)
}
