import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, corpusArticles } from '../helpers'

const CLI = resolve(ROOT, 'dist/cli.js')
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, 'dedup', '--mode', 'near', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ids: r.stdout.trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id) }
}

// 2,000 lines of articles (sentence samples of the corpus pages, three variants each), line 101 bad
const pages = corpusArticles()
const good = Array.from({ length: 1999 }, (_, i) => JSON.stringify({ id: `a${i}`, text: pages[i % pages.length]!.sentences.slice(i % 3, (i % 3) + 4).join(' '), published: '2024-05-01T08:00:00Z' }))
const dir = mkdtempSync(join(tmpdir(), 'corroborate-stream-'))
const withBadLine = (name: string, bad: string | Buffer): string => {
  const file = join(dir, `${name}.jsonl`)
  const line = (text: string) => Buffer.from(text + '\n')
  writeFileSync(file, Buffer.concat([...good.slice(0, 100).map(line), typeof bad === 'string' ? line(bad) : Buffer.concat([bad, Buffer.from('\n')]), ...good.slice(100).map(line)]))
  return file
}
// "café" in Latin-1: the é is one byte, 0xE9, invalid in UTF-8 (decoders silently make it U+FFFD)
const LATIN1_ID = Buffer.concat([Buffer.from('{"id": "caf'), Buffer.from([0xe9]), Buffer.from('", "text": "x"}')])
const expectedIds = good.map((_, i) => `a${i}`)

const BAD_LINES = [
  ['malformed JSON', '{"id": "b", "text": ', /line 101: expected one JSON object per line, received invalid JSON/],
  ['a missing text', '{"id": "b"}', /line 101: text: expected a string, received nothing/],
  ['a duplicate id', '{"id": "a7", "text": "another text under an id already added"}', /line 101: article\.id: expected an id not already in the index, received "a7"/],
  ['a lone-surrogate id', '{"id": "b\\ud800", "text": "x"}', /line 101: article\.id: expected a string of whole Unicode characters \(no lone surrogate\), received "b\\ud800"/],
  ['an unreadable published date', '{"id": "b", "text": "x", "published": "sometime last week"}', /line 101: published: expected ISO 8601 .*, received "sometime last week"/],
  ['an id with an invalid UTF-8 byte', LATIN1_ID, /line 101: expected UTF-8 text, received an invalid UTF-8 sequence at byte 11 of the line/],
] as const

describe('dedup: one bad line of 2,000', () => {
  it.each(BAD_LINES.flatMap(([name, line, message]) => [
    [name, '0', line, message],
    [name, '2', line, message],
  ]))('%s, --workers %s: skipped and reported, the 1,999 others decided, exit 3', (name, workers, line, message) => {
    const file = withBadLine(name.replace(/\W+/g, '-'), line)
    const { code, stderr, ids } = run([file, '--workers', workers])
    expect(ids).toEqual(expectedIds)
    const notices = stderr.trim().split('\n')
    expect(notices).toHaveLength(2)
    expect(notices[0]).toMatch(/^corroborate: skipped /)
    expect(notices[0]).toContain(file)
    expect(notices[0]).toMatch(message)
    expect(notices[1]).toBe('corroborate: dedup: 1999 articles decided, 1 line skipped (exit status 3)')
    expect(code).toBe(3)
  })

  it.each(BAD_LINES.flatMap(([name, line, message]) => [
    [name, '0', line, message],
    [name, '2', line, message],
  ]))('%s, --workers %s, --strict: stops there with exit 2 after writing the 100 before it', (name, workers, line, message) => {
    const file = withBadLine(name.replace(/\W+/g, '-'), line)
    const { code, stderr, ids } = run([file, '--workers', workers, '--strict'])
    expect(ids).toEqual(expectedIds.slice(0, 100))
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(message)
    expect(code).toBe(2)
  })
})

describe('dedup: several bad lines', () => {
  it('reports them in line order, whichever stage refused them, and counts them', () => {
    const file = join(dir, 'several.jsonl')
    // line 3 is refused by the index (duplicate id), 5, 7 (bad date) and 9 as they are read
    const input = [good[0], good[1], '{"id": "a0", "text": "again"}', good[2], '{oops', good[3], '{"id": "d", "text": "x", "published": "soon"}', good[4], '[1, 2]', good[5]]
    writeFileSync(file, input.join('\n') + '\n')
    for (const workers of ['0', '2']) {
      const { code, stderr, ids } = run([file, '--workers', workers])
      expect(ids).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5'])
      const notices = stderr.trim().split('\n')
      expect(notices.slice(0, 4).map((n) => Number(/line (\d+)/.exec(n)![1]))).toEqual([3, 5, 7, 9])
      expect(notices[4]).toBe('corroborate: dedup: 6 articles decided, 4 lines skipped (exit status 3)')
      expect(code).toBe(3)
    }
  })
})
