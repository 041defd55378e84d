import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Story } from '../src'
import { ROOT } from './helpers'

const CLI = resolve(ROOT, 'dist/cli.js')

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

// Four VietnameseMDS events (clusters 1, 3, 4, 6) from the real-divergence fixture, as a dedup stream.
const articles = readFileSync(resolve(ROOT, 'test/fixtures/real-divergences/vi-articles.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { cluster: number; id: string; outlet: string; title: string; text: string })
  .filter((a) => [1, 3, 4, 6].includes(a.cluster))
const lines = articles.map((a) => JSON.stringify({ id: a.id, title: a.title, source: a.outlet, text: a.text }))
const dir = mkdtempSync(join(tmpdir(), 'corroborate-stories-cli-'))
const input = join(dir, 'articles.jsonl')
writeFileSync(input, lines.join('\n') + '\n')

interface StoryLine {
  readonly story: number
  readonly ids: string[]
  readonly report: Story
}
const parse = (stdout: string): StoryLine[] => stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as StoryLine)

describe('corroborate stories: JSONL out, one line per story', () => {
  const { code, stdout, stderr } = run(['stories', input])
  const stories = parse(stdout)

  it('exits 0 with nothing on stderr when stderr is no terminal (no progress)', () => {
    expect(code).toBe(0)
    expect(stderr).toBe('')
  })

  it('writes a story report for each group of two or more reports of one event', () => {
    expect(stories.length).toBeGreaterThanOrEqual(3)
    const clusterOf = new Map(articles.map((a) => [a.id, a.cluster]))
    stories.forEach((line, k) => {
      expect(line.story).toBe(k + 1)
      expect(line.ids.length).toBeGreaterThanOrEqual(2)
      // the dedup groups reports of one event: one cluster per story
      expect(new Set(line.ids.map((id) => clusterOf.get(id))).size).toBe(1)
      expect(line.report.schemaVersion).toBe(1)
      // each report is named by its source
      expect(line.report.outlets).toEqual(line.ids.map((id) => articles.find((a) => a.id === id)!.outlet))
    })
    // an article is in one story at most
    const ids = stories.flatMap((s) => s.ids)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('reads stdin the same way', () => {
    const piped = run(['stories', '-'], readFileSync(input))
    expect(piped.code).toBe(0)
    expect(parse(piped.stdout).map((s) => s.ids)).toEqual(stories.map((s) => s.ids))
  })
})

// util-linux's script(1) gives the command a terminal; without it the progress test cannot run.
const SCRIPT = existsSync('/usr/bin/script') ? '/usr/bin/script' : null

describe.skipIf(!SCRIPT)('corroborate stories on a terminal', () => {
  it('shows progress on stderr: articles read, then stories compared', () => {
    const out = join(dir, 'tty.jsonl')
    const command = [process.execPath, CLI, 'stories', input].map((arg) => `'${arg}'`).join(' ')
    const screen = execFileSync(SCRIPT!, ['-qec', `${command} > '${out}'`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    expect(screen).toContain(`stories: articles read: ${articles.length}`)
    const count = parse(readFileSync(out, 'utf8')).length
    expect(screen).toContain(`stories: stories compared: ${count}/${count}`)
  })
})

describe('corroborate stories --format markdown|html --out DIR: a folder of pages and an index', () => {
  it.each([
    ['markdown', 'md', '](story-1.md)'],
    ['html', 'html', 'href="story-1.html"'],
  ])('--format %s', (format, ext, link) => {
    const out = join(dir, `pages-${format}`)
    const { code, stdout, stderr } = run(['stories', input, '--format', format, '--out', out])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    const count = parse(run(['stories', input]).stdout).length
    expect(stderr).toContain(`${count} story pages and index.${ext} written to ${out}`)
    const pages = readdirSync(out).filter((f) => f.startsWith('story-'))
    expect(pages).toHaveLength(count)
    const index = readFileSync(join(out, `index.${ext}`), 'utf8')
    expect(index).toContain(link)
    for (const page of pages) expect(index).toContain(page)
    if (format === 'html') {
      expect(index).toContain('http-equiv="Content-Security-Policy"')
      expect(index).not.toContain('<script')
      expect(readFileSync(join(out, 'story-1.html'), 'utf8')).toContain('<h2 id="table-h">Facts and names</h2>')
    }
  })
})

describe('corroborate stories: bad lines are handled as dedup handles them', () => {
  const bad: [string, string | Buffer, string][] = [
    ['bad JSON', '{not json', 'invalid JSON'],
    ['a missing text', JSON.stringify({ id: 'x1' }), 'text: expected a string'],
    ['a duplicate id', lines[0]!, 'duplicate'],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]), 'invalid UTF-8'],
  ]

  it.each(bad)('skips %s with its line number, writes every story, exits 3', (_name, line, message) => {
    const file = join(dir, `bad-${_name.replace(/\W+/g, '-')}.jsonl`)
    writeFileSync(file, Buffer.concat([Buffer.from(lines.slice(0, 3).join('\n') + '\n'), Buffer.from(line), Buffer.from('\n' + lines.slice(3).join('\n') + '\n')]))
    const { code, stdout, stderr } = run(['stories', file])
    expect(code).toBe(3)
    expect(stderr).toContain(`skipped ${file} line 4`)
    expect(stderr).toContain(message)
    expect(stderr).toContain('1 skipped (exit status 3)')
    expect(parse(stdout).length).toBeGreaterThanOrEqual(3)
  })

  it.each(bad)('--strict stops at %s: exit 2, one line, no story', (_name, line, message) => {
    const file = join(dir, `strict-${_name.replace(/\W+/g, '-')}.jsonl`)
    writeFileSync(file, Buffer.concat([Buffer.from(lines.slice(0, 3).join('\n') + '\n'), Buffer.from(line), Buffer.from('\n')]))
    const { code, stdout, stderr } = run(['stories', file, '--strict'])
    expect(code).toBe(2)
    expect(stderr).toContain(`${file} line 4`)
    expect(stderr).toContain(message)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stdout).toBe('')
  })

  it('skips a story whose report is over --max-length, naming its articles, and exits 3', () => {
    const { code, stdout, stderr } = run(['stories', input, '--max-length', '100'])
    expect(code).toBe(3)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/skipped story 1 \(\d+, \d+[^)]*\): \d+: expected at most 100 characters \(--max-length\), received \d+/)
  })
})

describe('corroborate stories: usage errors exit 2 with one line', () => {
  const file = join(dir, 'a-file')
  writeFileSync(file, 'x')
  it.each([
    ['an unknown format', ['--format', 'pdf'], '--format: expected jsonl, markdown or html, received "pdf"'],
    ['html without --out', ['--format', 'html'], '--format html writes a folder of pages: give it with --out DIR'],
    ['--out with jsonl', ['--out', dir], '--out is for --format markdown or html'],
    ['--out naming a file', ['--format', 'markdown', '--out', file], '--out: expected a folder (made if absent)'],
    ['an unknown option', ['--fromat', 'html'], 'unknown option --fromat, did you mean --format?'],
    ['a bad threshold', ['--threshold', '7'], '--threshold: expected a number in [-1, 1]'],
    ['a bad max length', ['--max-length', 'ten'], '--max-length: expected a whole number of characters'],
    ['a bad date format', ['--date-format', 'ydm'], '--date-format: expected dmy, mdy or iso'],
  ])('%s', (_name, args, message) => {
    const { code, stdout, stderr } = run(['stories', input, ...args])
    expect(code).toBe(2)
    expect(stderr).toContain(message)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stdout).toBe('')
  })

  it('names a missing file', () => {
    const { code, stderr } = run(['stories', join(dir, 'nope.jsonl')])
    expect(code).toBe(2)
    expect(stderr).toContain('nope.jsonl: expected a JSONL file, received no such file')
    expect(existsSync(join(dir, 'nope.jsonl'))).toBe(false)
  })

  it('lists the command and its flags in help', () => {
    expect(run(['--help']).stdout).toContain('stories')
    const help = run(['stories', '--help']).stdout
    for (const flag of ['--format', '--out', '--threshold', '--window', '--date-format', '--max-length', '--strict']) expect(help).toContain(flag)
    expect(help).toContain('3  some lines or stories were skipped')
  })
})
