import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Story } from '../src'
import { ROOT } from './helpers'

const CLI = resolve(ROOT, 'dist/cli.js')
const SEEDS = ['thanhnien', 'ngaynay', 'third-outlet'].map((name) => resolve(ROOT, 'examples/seeds', `${name}.txt`))

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const dir = mkdtempSync(join(tmpdir(), 'corroborate-story-cli-'))
const binary = join(dir, 'binary.bin')
writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]))

describe('corroborate compare with three or more reports: the story report', () => {
  it('prints the story as text by default, outlets named by file', () => {
    const { code, stdout } = run(['compare', ...SEEDS])
    expect(code).toBe(0)
    expect(stdout).toContain('Story of 3 reports: thanhnien.txt, ngaynay.txt, third-outlet.txt')
    expect(stdout).toContain('outlier: ngaynay.txt')
    expect(stdout).toContain('outlier: third-outlet.txt')
  })

  it('--json prints the story report exactly', () => {
    const { code, stdout } = run(['compare', ...SEEDS, '--json'])
    expect(code).toBe(0)
    const story = JSON.parse(stdout) as Story
    expect(story.schemaVersion).toBe(1)
    expect(story.outlets).toEqual(['thanhnien.txt', 'ngaynay.txt', 'third-outlet.txt'])
    expect(story.names[0]?.outliers).toEqual([1])
  })

  it.each([
    ['markdown', '| | status | thanhnien.txt | ngaynay.txt | third-outlet.txt |'],
    ['html', 'http-equiv="Content-Security-Policy"'],
  ])('--format %s', (format, needle) => {
    const { code, stdout } = run(['compare', '--format', format, ...SEEDS])
    expect(code).toBe(0)
    expect(stdout).toContain(needle)
  })

  it('--html writes the page and still prints the text', () => {
    const out = join(dir, 'story.html')
    const { code, stdout } = run(['compare', ...SEEDS, '--html', out])
    expect(code).toBe(0)
    expect(stdout).toContain('Story of 3 reports')
    expect(readFileSync(out, 'utf8')).toContain('<table class="story">')
  })

  it('reads one report from stdin', () => {
    const { code, stdout } = run(['compare', SEEDS[0]!, '-', SEEDS[2]!], readFileSync(SEEDS[1]!, 'utf8'))
    expect(code).toBe(0)
    expect(stdout).toContain('outlier: stdin')
  })

  it.each([
    ['a missing file', [...SEEDS.slice(0, 2), join(dir, 'nope.txt')], 'nope.txt: no such file'],
    ['a binary file', [...SEEDS.slice(0, 2), binary], 'looks binary'],
    ['an unknown option', [...SEEDS, '--bogus'], "Unknown option '--bogus'"],
    ['a bad format', [...SEEDS, '--format', 'pdf'], '--format: expected text, json, markdown or html'],
    ['stdin twice', [SEEDS[0]!, '-', '-'], 'only one of the reports can come from stdin'],
    ['a pair label', [...SEEDS, '--label-a', 'X'], 'with three or more reports each outlet is named by its file name'],
  ])('exits 2 with one line on %s', (_name, args, message) => {
    const { code, stderr, stdout } = run(['compare', ...args])
    expect(code).toBe(2)
    expect(stderr).toContain(message)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stdout).toBe('')
  })
})
