import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers'

const CLI = resolve(ROOT, 'dist/cli.js')
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [CLI, 'dedup', ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

// 40 news articles (sentence samples of real Vietnamese news pages) from the fixtures
const pages = readFileSync(resolve(ROOT, 'test/fixtures/vi-news-sentences.jsonl'), 'utf8').trim().split('\n').slice(0, 40).map((l) => JSON.parse(l) as { url: string; sentences: string[] })
const articles: Array<{ id: string; text: string; title?: string }> = pages.map((p, i) => ({ id: `a${i}`, text: p.sentences.join(' '), title: p.url }))
articles.push({ id: 'copy', text: 'Theo TTXVN: ' + articles[0]!.text, title: 'Bản sao' })
const jsonl = articles.map((a) => JSON.stringify(a)).join('\n') + '\n'
const dir = mkdtempSync(join(tmpdir(), 'corroborate-dedup-'))
const file = join(dir, 'in.jsonl')
writeFileSync(file, jsonl)
const lines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l))

describe('corroborate dedup', () => {
  it('writes one result per article, in input order', () => {
    const { code, stdout, stderr } = run([file])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(lines(stdout).map((r) => r.id)).toEqual(articles.map((a) => a.id))
  })

  it('finds the planted copy as a near-duplicate', () => {
    const last = lines(run([file, '--mode', 'near']).stdout).at(-1)
    expect(last).toEqual({ id: 'copy', cluster: articles[0]!.id, level: 'near', matches: [expect.objectContaining({ id: articles[0]!.id })] })
  })

  it('reads stdin with -', () => {
    expect(lines(run(['-'], jsonl).stdout)).toHaveLength(articles.length)
  })

  it.each([['0'], ['2']])('gives the same output with --workers %s', (workers) => {
    expect(run([file, '--workers', workers]).stdout).toBe(run([file]).stdout)
  })

  it('writes the final clusters with --clusters', () => {
    const out = join(dir, 'clusters.jsonl')
    expect(run([file, '--clusters', out]).code).toBe(0)
    expect(lines(readFileSync(out, 'utf8'))).toContainEqual({ id: articles[0]!.id, members: [articles[0]!.id, 'copy'] })
  })

  it('writes every final cluster once, each member in one cluster', () => {
    const out = join(dir, 'clusters-event.jsonl')
    expect(run([file, '--mode', 'event', '--clusters', out]).code).toBe(0)
    const clusters = lines(readFileSync(out, 'utf8')) as Array<{ members: string[] }>
    const members = clusters.flatMap((c) => c.members)
    expect(clusters.some((c) => c.members.includes('copy') && c.members.includes(articles[0]!.id))).toBe(true)
    expect(new Set(members).size).toBe(members.length)
  })

  it('saves an index and continues from it', () => {
    const saved = join(dir, 'index.json')
    const first = jsonl.split('\n').slice(0, 20).join('\n') + '\n'
    const rest = jsonl.split('\n').slice(20).join('\n')
    expect(run(['-', '--save', saved], first).code).toBe(0)
    const continued = run(['-', '--load', saved], rest).stdout
    expect(continued).toBe(run([file]).stdout.split('\n').slice(20).join('\n'))
  })

  it.each([
    ['a bad JSON line with --strict', ['-', '--strict'], '{"id":"a","text":"x"}\n{oops\n', /stdin line 2: expected one JSON object per line/],
    ['a line without text with --strict', ['-', '--strict'], '{"id":"a"}\n', /stdin line 1: text: expected a string/],
    ['a missing file', ['nope.jsonl'], undefined, /nope\.jsonl: expected a JSONL file, received no such file/],
    ['a bad mode', ['-', '--mode', 'fuzzy'], '', /--mode: expected near, event or both/],
    ['a bad window', ['-', '--window', 'soon'], '', /^corroborate: --window: expected a duration/],
    ['an unreadable published, --strict', ['-', '--strict'], `${JSON.stringify({ id: 'a', text: 'x' })}\n${JSON.stringify({ id: 'b', text: 'x', published: 'hôm qua' })}\n`, /^corroborate: stdin line 2: published: expected ISO 8601 .*day-first date .*, received "hôm qua"\n$/],
    ['a month-first published read day first, --strict', ['-', '--strict'], `${JSON.stringify({ id: 'a', text: 'x', published: '10/23/2013 11:39' })}\n`, /^corroborate: stdin line 1: published: expected a real date and time \(read day first; a month-first date needs --date-format 'mdy'\), received "10\/23\/2013 11:39", whose month is out of range\n$/],
    ['a bad --date-format', ['-', '--date-format', 'ymd'], '', /^corroborate: --date-format: expected dmy, mdy or iso, received "ymd" \(see corroborate dedup --help\)\n$/],
  ])('exits 2 with one line for %s', (_name, args, input, message) => {
    const { code, stderr } = run(args, input)
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })

  describe('published dates as newsrooms print them', () => {
    // the same article twice: a near-duplicate unless --window keeps them apart
    const twice = (first: string, second: string) => [{ id: 'x1', text: articles[1]!.text, published: first }, { id: 'x2', text: articles[1]!.text, published: second }].map((a) => JSON.stringify(a)).join('\n') + '\n'
    const matched = (args: string[], input: string) => {
      const result = run(['-', '--mode', 'near', '--window', '48h', ...args], input)
      expect(result.stderr).toBe('')
      return lines(result.stdout).at(-1).level === 'near'
    }

    it.each<[string, string, string, string[], boolean]>([
      ['a day apart, day first', '23/10/2013 11:39', '24/10/2013 09:00', [], true],
      ['ten days apart, day first', '13/10/2013 11:39', '23/10/2013 11:39', [], false],
      ['within 48h once the zones are read', '23/10/2013 23:00 GMT+7', '2013-10-25T15:30:00Z', [], true],
      ['three days apart, month first', '10/20/2013 11:39 AM', '10/23/2013 11:40 AM', ['--date-format', 'mdy'], false],
      ['hours apart, month first', '10/23/2013 1:00 AM', '10/23/2013 11:00 PM', ['--date-format', 'mdy'], true],
    ])('%s: %s and %s', (_name, first, second, args, same) => {
      expect(matched(args, twice(first, second))).toBe(same)
    })

    it('accepts only ISO 8601 with --date-format iso', () => {
      expect(run(['-', '--date-format', 'iso'], twice('2013-10-23', '23/10/2013')).stderr).toMatch(/^corroborate: skipped stdin line 2: published: expected an ISO 8601 date/)
    })
  })
})
