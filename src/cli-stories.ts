/**
 * `corroborate stories [files…|-]`: a JSONL stream of articles grouped into
 * stories by the same-event dedup (createDedupIndex, then its batch clusters()),
 * and a story report (compareMany) for every story of two or more reports: one
 * JSON line per story on stdout, or with --format markdown|html a folder of
 * pages and an index page (--out DIR). Bad lines are handled as `dedup` handles
 * them: reported with their file and line and skipped (exit 3), or with
 * --strict the end of the run (exit 2).
 */
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineCommand } from 'citty'
import { type Positionals, UsageError } from './cli-args'
import { EXIT_SKIPPED, checkJsonlInputs, inputError, parseArticleLine } from './cli-article-lines'
import { inputLines } from './cli-lines'
import { ProgressLine, safeMessage, writeStdout } from './cli-output'
import { CorroborateError, type DateFormat, type DedupArticle, type DedupOptions, type Story, compareMany, createDedupIndex, storyToHtml, storyToMarkdown } from './index.js'
import { type StoryIndexEntry, shortTitle, storyIndexHtml, storyIndexMarkdown } from './report/story-index'

const FORMATS = ['jsonl', 'markdown', 'html'] as const
type StoriesFormat = (typeof FORMATS)[number]

interface StoriesCliOptions {
  readonly files: readonly string[]
  readonly format: StoriesFormat
  /** The folder the markdown or html pages go to (required for them, refused for jsonl). */
  readonly out?: string
  readonly dedup: DedupOptions
  readonly maxLength?: number
  readonly strict: boolean
  readonly dateFormat: DateFormat
}



/** Outlet labels: each report's source, with its id where two reports of the story share one. */
function labels(articles: readonly DedupArticle[]): string[] {
  const base = articles.map((a) => a.source || a.id)
  return base.map((label, k) => (base.indexOf(label) !== base.lastIndexOf(label) && label !== articles[k]!.id ? `${label} (${articles[k]!.id})` : label))
}

interface Read {
  readonly articles: DedupArticle[]
  readonly groups: string[][]
  readonly skipped: number
}

/** Reads every line, adding each article to a dedup index; returns the articles and the index's groups of two or more. */
async function readStories(inputs: readonly string[], options: StoriesCliOptions, progress: ProgressLine, skip: (message: string) => void): Promise<Read> {
  const index = createDedupIndex(options.dedup)
  const articles: DedupArticle[] = []
  let skipped = 0
  const refuse = (error: unknown, where: string): void => {
    const located = error instanceof CorroborateError && !error.issues.some((issue) => issue.path.startsWith(where)) ? new CorroborateError(error.code, error.issues.map((issue) => ({ ...issue, path: `${where}: ${issue.path}` })), { cause: error }) : error
    if (options.strict || !(located instanceof CorroborateError) || located.code !== 'E_INPUT') throw located
    skipped++
    skip(`skipped ${located.message}`)
  }
  for (const file of inputs) {
    const name = file === '-' ? 'stdin' : file
    for await (const line of inputLines(file === '-' ? process.stdin : createReadStream(file))) {
      const where = `${name} line ${line.number}`
      if ('invalidAt' in line) {
        refuse(inputError(where, 'UTF-8 text', `an invalid UTF-8 sequence at byte ${line.invalidAt} of the line`), where)
        continue
      }
      if (!line.text.trim()) continue
      try {
        const article = parseArticleLine(line.text, where, options.dateFormat)
        // the index checks an article (a duplicate id) before it changes anything
        index.add(article)
        articles.push(article)
      } catch (error) {
        refuse(error, where)
        continue
      }
      progress.show(`stories: articles read: ${articles.length}`)
    }
  }
  progress.show(`stories: articles read: ${articles.length}`, true)
  const order = new Map(articles.map((a, k) => [a.id, k]))
  const groups = index
    .clusters()
    .map((c) => c.members.slice().sort((x, y) => order.get(x)! - order.get(y)!))
    .filter((members) => members.length >= 2)
    .sort((x, y) => order.get(x[0]!)! - order.get(y[0]!)!)
  return { articles, groups, skipped }
}

/** Why a run cannot start: checked before any line is read. */
function checkStart(inputs: readonly string[], options: StoriesCliOptions): void {
  checkJsonlInputs(inputs)
  if (options.format === 'jsonl' && options.out !== undefined) throw new UsageError('--out is for --format markdown or html; JSONL goes to stdout', 'stories')
  if (options.format !== 'jsonl') {
    if (!options.out) throw new UsageError(`--format ${options.format} writes a folder of pages: give it with --out DIR`, 'stories')
    if (existsSync(options.out) && !statSync(options.out).isDirectory()) throw inputError('--out', 'a folder (made if absent)', `${JSON.stringify(options.out)}, a file`)
  }
}

async function runStories(options: StoriesCliOptions): Promise<{ stories: number; skipped: number }> {
  const inputs = options.files.length === 0 ? ['-'] : options.files
  checkStart(inputs, options)
  const progress = new ProgressLine(Boolean(process.stderr.isTTY))
  const skip = (message: string): void => {
    progress.done()
    process.stderr.write(`corroborate: ${safeMessage(message)}\n`)
  }
  const { articles, groups, skipped: skippedLines } = await readStories(inputs, options, progress, skip)
  progress.done()
  const byId = new Map(articles.map((a) => [a.id, a]))
  const digits = String(groups.length).length
  const entries: StoryIndexEntry[] = []
  const ext = options.format === 'html' ? 'html' : 'md'
  if (options.out !== undefined) mkdirSync(options.out, { recursive: true })
  let skipped = skippedLines
  for (const [k, ids] of groups.entries()) {
    const number = k + 1
    progress.show(`stories: stories compared: ${number - 1}/${groups.length}`)
    const members = ids.map((id) => byId.get(id)!)
    const outlets = labels(members)
    const where = `story ${number} (${ids.join(', ')})`
    const long = options.maxLength === undefined ? undefined : members.find((a) => a.text.length > options.maxLength!)
    if (long) {
      const error = inputError(`${where}: ${long.id}`, `at most ${options.maxLength} characters (--max-length)`, `${long.text.length}`)
      if (options.strict) throw error
      skipped++
      skip(`skipped ${error.message}`)
      continue
    }
    let story: Story
    try {
      story = compareMany(members.map((a, m) => ({ text: a.text, source: outlets[m]! })), options.maxLength === undefined ? {} : { maxLength: options.maxLength })
    } catch (error) {
      if (options.strict || !(error instanceof CorroborateError) || !['E_INPUT', 'E_TOO_LARGE'].includes(error.code)) throw error instanceof CorroborateError ? new CorroborateError(error.code, error.issues.map((i) => ({ ...i, path: `${where}: ${i.path}` })), { cause: error }) : error
      skipped++
      skip(`skipped ${where}: ${error.message}`)
      continue
    }
    if (options.format === 'jsonl') {
      const pending = writeStdout(JSON.stringify({ story: number, ids, report: story }) + '\n')
      if (pending) await pending
      continue
    }
    const first = members[0]!
    const title = shortTitle(first.title || story.documents[0]?.sentences[0]?.text || first.id)
    const file = `story-${String(number).padStart(digits, '0')}.${ext}`
    const page = options.format === 'html' ? storyToHtml(story, { title: `Story ${number}: ${title}` }) : storyToMarkdown(story)
    writeFileSync(join(options.out!, file), page)
    entries.push({ number, file, title, story })
  }
  if (groups.length > 0) progress.show(`stories: stories compared: ${groups.length}/${groups.length}`, true)
  progress.done()
  if (options.format !== 'jsonl') {
    const index = `index.${ext}`
    writeFileSync(join(options.out!, index), options.format === 'html' ? storyIndexHtml(entries) : storyIndexMarkdown(entries))
    process.stderr.write(`corroborate: stories: ${entries.length} ${entries.length === 1 ? 'story page' : 'story pages'} and ${index} written to ${safeMessage(options.out!)}\n`)
  }
  if (skipped > 0) process.stderr.write(`corroborate: stories: ${groups.length - (skipped - skippedLines)} stories of ${articles.length} articles, ${skipped} skipped (exit status ${EXIT_SKIPPED})\n`)
  return { stories: groups.length, skipped }
}

export const storiesPositionals: Positionals = { min: 0, max: Infinity, what: 'JSONL files (or - for stdin)' }

/** Sections of `corroborate stories --help` after the flags. */
export const storiesHelp: readonly string[] = [
  `INPUT

  One JSON object per line, as for dedup: {id, text, title?, source?, published?}. Without
  files (or with -) the articles come from stdin, which must then be a pipe or a file.
  Each report is named in its story by its source (or its id).

OUTPUT

  --format jsonl (default): one line per story of two or more reports,
  {story, ids, report}, report being compareMany()'s story report.
  --format markdown|html --out DIR: DIR/story-1.md … (or .html), one page per story, and
  DIR/index.md (or index.html) listing them. Progress goes to stderr on a terminal.
  Stories are grouped once every line is read: with --strict a bad line ends the run before
  any story is written.`,
]

export const storiesCommand = defineCommand({
  meta: { name: 'stories', description: 'Group JSONL articles into stories (same-event dedup) and compare the reports of each story' },
  args: {
    files: { type: 'positional', required: false, description: 'JSONL files, read in order (default, or -: stdin)' },
    format: { type: 'string', description: 'jsonl (default), markdown or html', valueHint: 'jsonl|markdown|html' },
    out: { type: 'string', description: 'The folder for the markdown or html pages and their index (made if absent)' },
    threshold: { type: 'string', description: 'Same-event threshold of the dedup (hub-corrected event score, default -0.1)' },
    window: { type: 'string', description: "Only group articles published this close together, e.g. '48h'" },
    'date-format': { type: 'string', description: 'How to read a numeric published date: dmy (default), mdy or iso', valueHint: 'dmy|mdy|iso' },
    'max-length': { type: 'string', description: 'Refuse a report longer than this many characters (its story is skipped)' },
    strict: { type: 'boolean', description: `Stop at the first bad line (malformed JSON, a missing field, a duplicate id, an unreadable date) instead of skipping it; without it, skipped lines are reported and the exit status is ${EXIT_SKIPPED}` },
    debug: { type: 'boolean', description: 'Print the stack trace of an internal error' },
  },
  async run({ args }) {
    const files = (args._ as string[] | undefined) ?? []
    if (files.length === 0 && process.stdin.isTTY) throw new UsageError('no input: give JSONL files, or pipe articles into stdin', 'stories')
    const format = String(args.format ?? 'jsonl')
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format: expected jsonl, markdown or html, received ${JSON.stringify(format)}`, 'stories')
    const dedup: { -readonly [K in keyof DedupOptions]: DedupOptions[K] } = {}
    if (args.threshold !== undefined) {
      const n = Number(args.threshold)
      if (args.threshold === '' || !Number.isFinite(n) || n < -1 || n > 1) throw inputError('--threshold', 'a number in [-1, 1]', JSON.stringify(args.threshold))
      dedup.eventThreshold = n
    }
    if (args.window !== undefined) dedup.window = String(args.window)
    const dateFormat = String(args['date-format'] ?? 'dmy')
    if (!['dmy', 'mdy', 'iso'].includes(dateFormat)) throw inputError('--date-format', 'dmy, mdy or iso', JSON.stringify(dateFormat))
    const limit = args['max-length'] === undefined ? undefined : Number(args['max-length'])
    // checked here, report by report, so that a skipped story names the report that is too long
    if (limit !== undefined && (!/^\d+$/.test(String(args['max-length']).trim()) || !Number.isSafeInteger(limit))) {
      throw new UsageError(`--max-length: expected a whole number of characters, received ${JSON.stringify(args['max-length'])}`, 'stories')
    }
    const { skipped } = await runStories({
      files,
      format: format as StoriesFormat,
      dedup,
      strict: Boolean(args.strict),
      dateFormat: dateFormat as DateFormat,
      ...(typeof args.out === 'string' ? { out: args.out } : {}),
      ...(limit !== undefined ? { maxLength: limit } : {}),
    })
    if (skipped > 0) process.exitCode = EXIT_SKIPPED
  },
})
