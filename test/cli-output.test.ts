import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, corpusArticles } from './helpers'

const CLI = resolve(ROOT, 'dist/cli.js')
const dir = mkdtempSync(join(tmpdir(), 'corroborate-output-'))
// 2,000 articles: far more output than a pipe buffer holds, so `head -1` closes it mid-stream
const articles = join(dir, 'articles.jsonl')
const pages = corpusArticles()
writeFileSync(articles, Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `a${i}`, text: pages[i % pages.length]!.sentences.slice(i % 3).join(' ') }) + '\n').join(''))
const SEED_A = resolve(ROOT, 'examples/seeds/thanhnien.txt')
// every corpus sentence in one report: its text output (each sentence printed twice) outgrows a pipe buffer
const long = join(dir, 'long.txt')
writeFileSync(long, pages.map((p) => p.sentences.join(' ')).join('\n'))

const sh = (script: string) => {
  const r = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('the CLI when its output goes away', () => {
  it.each([
    ['dedup', `dedup --mode near ${articles}`],
    ['compare', `compare ${long} ${long}`],
  ])('%s | head -1 exits 0 without a stack trace', (_name, args) => {
    // pipefail: the status is the CLI's, not head's
    const { code, stdout, stderr } = sh(`set -o pipefail; node ${CLI} ${args} | head -c 1`)
    expect(stdout).toHaveLength(1)
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })

  it.skipIf(!existsSync('/dev/full'))('exits 1 with one line when stdout cannot be written (a full disk)', () => {
    const { code, stderr } = sh(`node ${CLI} compare ${SEED_A} ${SEED_A} > /dev/full`)
    expect(code).toBe(1)
    expect(stderr).toBe('corroborate: cannot write the output: ENOSPC\n')
  })
})

describe('CLI error messages', () => {
  it('show control characters of file names escaped, never raw', () => {
    const { code, stderr } = sh(`node ${CLI} compare $'${dir}/\\e]0;pwned\\a\\e[2Jx.txt' ${SEED_A}`)
    expect(code).toBe(2)
    expect(stderr).toContain('\\x1b]0;pwned\\x07\\x1b[2Jx.txt: no such file')
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
  })
})
