/**
 * `corroborate compare --pairs`: one report per line, in input order, the same with any
 * --workers; bad lines reported with their line number and skipped (exit 3) or, with
 * --strict, the end of the run (exit 2) after every pair before them.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type Report, compare } from '../src'
import { ROOT, corpusArticles } from './helpers'
import { checkSchema } from './schema/check'

const CLI = resolve(ROOT, 'dist/cli.js')
const run = (args: string[], input?: string) => {
  const result = spawnSync(process.execPath, [CLI, 'compare', ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}
const reports = (stdout: string): Report[] => stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Report)

const dir = mkdtempSync(join(tmpdir(), 'corroborate-pairs-'))
for (const name of ['thanhnien', 'ngaynay']) copyFileSync(resolve(ROOT, 'examples/seeds', `${name}.txt`), join(dir, `${name}.txt`))
const texts = corpusArticles().slice(0, 8).map((article) => article.sentences.join(' '))
const articles = texts.map((text, i) => ({ id: `n${i}`, text, source: `outlet ${i}` }))
const articlesFile = join(dir, 'articles.jsonl')
writeFileSync(articlesFile, articles.map((article) => JSON.stringify(article)).join('\n') + '\n')

/** Good pairs of every form, and what compare() says for each. */
const good: Array<[line: object, a: { text: string; source: string }, b: { text: string; source: string }]> = [
  [{ a: 'thanhnien.txt', b: 'ngaynay.txt' }, { text: '', source: 'thanhnien.txt' }, { text: '', source: 'ngaynay.txt' }],
  ...texts.slice(0, 6).map((text, i): [object, { text: string; source: string }, { text: string; source: string }] =>
    i % 2 === 0 ? [{ aId: `n${i}`, bId: `n${i + 1}` }, { text, source: `n${i}` }, { text: texts[i + 1]!, source: `n${i + 1}` }] : [{ a: { text, source: 'X' }, b: { text: texts[0]!, source: 'Y' } }, { text, source: 'X' }, { text: texts[0]!, source: 'Y' }],
  ),
]
const pairsFile = join(dir, 'pairs.jsonl')
writeFileSync(pairsFile, good.map(([line]) => JSON.stringify(line)).join('\n') + '\n')

describe('corroborate compare --pairs', () => {
  const { code, stdout, stderr } = run(['--pairs', pairsFile, '--articles', articlesFile])

  it('writes one report per pair, in input order, labelled with file names, sources or ids', () => {
    expect([code, stderr]).toEqual([0, ''])
    expect(reports(stdout).map((report) => [report.a.source, report.b.source])).toEqual(good.map(([, a, b]) => [a.source, b.source]))
  })

  it('writes exactly the reports compare() gives, each valid by the shipped schema', () => {
    const out = reports(stdout)
    out.slice(1).forEach((report, i) => expect(report).toEqual(compare(good[i + 1]![1], good[i + 1]![2])))
    expect(out[0]!.divergences.length).toBeGreaterThan(0)
    for (const report of out) checkSchema('report', report)
  })

  it.each([['1'], ['2'], ['3']])('gives the same output with --workers %s', (workers) => {
    expect(run(['--pairs', pairsFile, '--articles', articlesFile, '--workers', workers])).toEqual({ code: 0, stdout, stderr: '' })
  })

  it('reads .html paths as pages, as compare a.html b.html does: the same divergences as the text files', () => {
    const line = JSON.stringify({ a: 'test/fixtures/html/seeds/thanhnien.html', b: 'test/fixtures/html/seeds/ngaynay.html' })
    const result = run(['--pairs', '-'], line + '\n')
    expect([result.code, result.stderr]).toEqual([0, ''])
    const [fromHtml] = reports(result.stdout)
    const fromText = reports(stdout)[0]!
    const values = (report: Report) => report.divergences.map((divergence) => [divergence.kind, divergence.a?.text, divergence.b?.text])
    expect(values(fromHtml!)).toEqual(values(fromText))
  })

  it('reads the pairs from stdin with --pairs -, paths then relative to the working directory', () => {
    const line = JSON.stringify({ a: 'examples/seeds/thanhnien.txt', b: 'examples/seeds/ngaynay.txt' })
    expect(run(['--pairs', '-', '--json'], line + '\n').stdout).toBe(stdout.split('\n')[0] + '\n')
  })
})

describe('bad lines', () => {
  const lines = [
    JSON.stringify({ a: 'thanhnien.txt', b: 'ngaynay.txt' }),
    'not json',
    JSON.stringify({ a: 'nowhere.txt', b: 'ngaynay.txt' }),
    JSON.stringify([1, 2]),
    JSON.stringify({ aId: 'n0', bId: 'n99' }),
    JSON.stringify({ a: { text: 'x'.repeat(500) }, b: 'ngaynay.txt' }),
    JSON.stringify({ a: 42, b: 'ngaynay.txt' }),
    '',
    JSON.stringify({ aId: 'n1', bId: 'n0' }),
  ]
  const file = join(dir, 'bad.jsonl')
  writeFileSync(file, lines.join('\n') + '\n')
  const args = ['--pairs', file, '--articles', articlesFile]

  it.each([['0'], ['2']])('are reported with their line number and skipped, exit 3 (--workers %s)', (workers) => {
    const { code, stdout, stderr } = run([...args, '--max-length', '400', '--workers', workers])
    expect(code).toBe(3)
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^corroborate: skipped \S+bad\.jsonl line 1: a\.text: expected at most 400 UTF-16 code units \(--max-length\), received \d+$/),
      expect.stringMatching(/line 2: expected one JSON object per line, received invalid JSON/),
      expect.stringMatching(/line 3: a: expected a readable UTF-8 text file or HTML page, received "nowhere\.txt": no such file$/),
      expect.stringMatching(/line 4: expected a JSON object \{a, b\} or \{aId, bId\}, received an array$/),
      expect.stringMatching(/line 5: bId: expected the id of an article in --articles, received "n99"$/),
      expect.stringMatching(/line 6: a\.text: expected at most 400 UTF-16 code units/),
      expect.stringMatching(/line 7: a: expected a file path or an article \{text, source\?, url\?, published\?\}, received 42$/),
      expect.stringMatching(/line 9: a\.text: expected at most 400 UTF-16 code units/),
      'corroborate: compare: 0 pairs compared, 8 lines skipped (exit status 3)',
    ])
    expect(stdout).toBe('')
  })

  it('skip only the bad lines: the good ones are compared in order', () => {
    const { code, stdout } = run([...args, '--max-length', '200000'])
    expect(code).toBe(3)
    expect(reports(stdout).map((report) => [report.a.source, report.b.source])).toEqual([
      ['thanhnien.txt', 'ngaynay.txt'],
      [undefined, 'ngaynay.txt'],
      ['n1', 'n0'],
    ])
  })

  it('with --strict: the pairs before the first bad line, then one line and exit 2', () => {
    const { code, stdout, stderr } = run([...args, '--max-length', '200000', '--strict', '--workers', '2'])
    expect(code).toBe(2)
    expect(reports(stdout)).toHaveLength(1)
    expect(stderr).toMatch(/^corroborate: \S+bad\.jsonl line 2: expected one JSON object per line, received invalid JSON .*\n$/)
  })
})

describe('bad lines in --articles (read while the workers start)', () => {
  const file = join(dir, 'articles-bad.jsonl')
  writeFileSync(file, [JSON.stringify(articles[0]), '{"id": "n1", "text": ', JSON.stringify(articles[2])].join('\n') + '\n')
  const pairs = join(dir, 'pairs-bad-articles.jsonl')
  writeFileSync(pairs, [JSON.stringify({ aId: 'n0', bId: 'n2' }), JSON.stringify({ aId: 'n1', bId: 'n0' })].join('\n') + '\n')

  it.each([['0'], ['2']])('are reported with their line number before the pairs, and pairs naming them skipped (--workers %s)', (workers) => {
    const { code, stdout, stderr } = run(['--pairs', pairs, '--articles', file, '--workers', workers])
    expect(code).toBe(3)
    expect(reports(stdout).map((report) => [report.a.source, report.b.source])).toEqual([['n0', 'n2']])
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^corroborate: skipped \S+articles-bad\.jsonl line 2: expected one JSON object per line, received invalid JSON/),
      expect.stringMatching(/pairs-bad-articles\.jsonl line 2: aId: expected the id of an article in --articles, received "n1"$/),
      'corroborate: compare: 1 pairs compared, 2 lines skipped (exit status 3)',
    ])
  })

  it('with --strict end the run at once, workers and all (exit 2, no report)', () => {
    const { code, stdout, stderr } = run(['--pairs', pairs, '--articles', file, '--workers', '2', '--strict'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^corroborate: \S+articles-bad\.jsonl line 2: expected one JSON object per line, received invalid JSON .*\n$/)
  })
})

describe('misuse: exit 2, one line', () => {
  it.each([
    ['a report file with --pairs', ['--pairs', pairsFile, 'a.txt'], /expected no report files with --pairs \(the pairs come from its file\), received 1 argument: unexpected "a\.txt"/],
    ['--workers without --pairs', ['a.txt', 'b.txt', '--workers', '2'], /--workers works with --pairs only/],
    ['--articles without --pairs', ['a.txt', 'b.txt', 'c.txt', '--articles', articlesFile], /--articles works with --pairs only/],
    ['a bad worker count', ['--pairs', pairsFile, '--workers', '-1'], /--workers: expected a whole number from 0 to 64, received "-1"/],
    ['a text format', ['--pairs', pairsFile, '--format', 'markdown'], /--format markdown: --pairs writes JSON lines/],
    ['--label-a', ['--pairs', pairsFile, '--label-a', 'x'], /--label-a names or renders one pair/],
    ['--html', ['--pairs', pairsFile, '--html', 'x.html'], /--html names or renders one pair/],
    ['a missing pairs file', ['--pairs', join(dir, 'none.jsonl')], /--pairs \S+none\.jsonl: no such file/],
    ['a directory as articles', ['--pairs', pairsFile, '--articles', dir], /--articles \S+: is a directory, expected a JSONL file/],
    ['--pairs without its value', ['--pairs'], /--pairs needs a value/],
  ])('%s', (_name, args, message) => {
    const { code, stdout, stderr } = run(args, '')
    expect([code, stdout]).toEqual([2, ''])
    expect(stderr).toMatch(new RegExp(`^corroborate: ${message.source}.*\\n$`))
  })

  it('lists --pairs, its line forms and exit status 3 in compare --help', () => {
    const { stdout } = run(['--help'])
    expect(stdout).toMatch(/--pairs.*JSONL/)
    expect(stdout).toMatch(/MANY PAIRS \(--pairs\)[\s\S]*\{"aId": "12", "bId": "17"\}/)
    expect(stdout).toMatch(/^ {2}3 {2}with --pairs: some lines were skipped/m)
  })
})

describe.skipIf(!existsSync('/usr/bin/script'))('on a terminal', () => {
  it('shows progress on stderr, and only there', () => {
    // util-linux `script` gives the CLI a pseudo-terminal; stdout goes to a file so that only stderr is the terminal's
    const out = join(dir, 'progress-out.jsonl')
    const command = [process.execPath, CLI, 'compare', '--pairs', pairsFile, '--articles', articlesFile, '--workers', '2'].map((arg) => `'${arg}'`).join(' ') + ` > '${out}'`
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(new RegExp(`compare: ${good.length} pairs, [\\d.]+/s`))
  })
})
