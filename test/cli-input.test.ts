import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readsAsHtml } from '../src/cli-input'
import { ROOT } from './helpers'

const CLI = resolve(ROOT, 'dist/cli.js')
// Outlet-template pages carrying the seed articles (test/fixtures/html/README.md).
const PAGE_A = resolve(ROOT, 'test/fixtures/html/seeds/thanhnien.html')
const PAGE_B = resolve(ROOT, 'test/fixtures/html/seeds/ngaynay.html')
const SEED_A = resolve(ROOT, 'examples/seeds/thanhnien.txt')
const SEED_B = resolve(ROOT, 'examples/seeds/ngaynay.txt')

function run(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

interface Finding {
  readonly kind: string
  readonly a: { readonly text: string } | null
  readonly b: { readonly text: string } | null
}
const findings = (stdout: string): string[] => (JSON.parse(stdout) as { divergences: Finding[] }).divergences.map((d) => `${d.kind} ${d.a?.text ?? '-'} ${d.b?.text ?? '-'}`).sort()

describe('corroborate compare with HTML pages', () => {
  it.each([
    ['page.html', undefined, true],
    ['PAGE.HTM', undefined, true],
    ['page.txt', undefined, false],
    ['page.txt', 'html', true],
    ['page.html', 'text', false],
    ['-', 'html', true],
  ] as const)('reads %s with --input %s as a page: %s', (path, kind, html) => {
    expect(readsAsHtml(path, kind)).toBe(html)
  })

  it('compares .html files as pages: the findings of the seed texts, labelled by file name', () => {
    const pages = run(['compare', PAGE_A, PAGE_B, '--json'])
    expect(pages.code).toBe(0)
    expect(JSON.parse(pages.stdout).a.source).toBe('thanhnien.html')
    expect(findings(pages.stdout)).toEqual(findings(run(['compare', SEED_A, SEED_B, '--json']).stdout))
  })

  it('reads a page under another name with --input html, and a page as text with --input text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-html-'))
    const saved = join(dir, 'thanhnien.page')
    copyFileSync(PAGE_A, saved)
    const asPage = JSON.parse(run(['compare', '--input', 'html', saved, PAGE_B, '--json']).stdout)
    expect(asPage.a.sentences[0]).toMatchObject({ role: 'headline', text: 'Tổng Bí thư Tô Lâm dự lễ ra mắt Tổng lãnh sự quán Việt Nam tại Busan' })
    const asText = JSON.parse(run(['compare', '--input', 'text', PAGE_A, SEED_B, '--json']).stdout)
    expect(asText.a.sentences.some((s: { text: string }) => s.text.includes('<h1'))).toBe(true)
  })

  it('takes --input for a story of three reports too', () => {
    const { code, stdout } = run(['compare', PAGE_A, PAGE_B, resolve(ROOT, 'examples/seeds/third-outlet.txt'), '--json'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout).documents[0].sentences[0]).toMatchObject({ role: 'headline' })
  })

  it.each([
    [['--input', 'xml'], /--input: expected html or text, received "xml"/],
    [['--input', 'html'], /expected elements nested at most \d+ deep/],
  ])('exits 2 with one line for %j', (flags, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-html-'))
    const deep = join(dir, 'deep.html')
    writeFileSync(deep, `<html><body>${'<div>'.repeat(5000)}<p>Text.</p></body></html>`)
    const { code, stderr } = run(['compare', ...flags, deep, PAGE_B])
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })
})
