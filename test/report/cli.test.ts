/** The CLI's renderings: a thin shell over toText, toMarkdown and toHtml. */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers'

const CLI = resolve(ROOT, 'dist/cli.js')
const SEEDS = ['examples/seeds/thanhnien.txt', 'examples/seeds/ngaynay.txt'].map((path) => resolve(ROOT, path))

function run(args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(process.execPath, [CLI, 'compare', ...SEEDS, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('corroborate compare renderings', () => {
  it.each([
    ['markdown', /^## corroborate: thanhnien\.txt ↔ ngaynay\.txt\n/],
    ['html', /^<!doctype html>\n<html lang="en">/],
  ])('prints %s with --format', (format, start) => {
    const { code, stdout } = run(['--format', format])
    expect(code).toBe(0)
    expect(stdout).toMatch(start)
  })

  it('writes the HTML report with --html and still prints text', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'corroborate-html-')), 'report.html')
    const { code, stdout, stderr } = run(['--html', file])
    expect(code).toBe(0)
    expect(readFileSync(file, 'utf8')).toMatch(/^<!doctype html>/)
    expect(stdout).toMatch(/^corroborate: /)
    expect(stderr).toBe(`corroborate: wrote the HTML report to ${file}\n`)
  })

  it('exits 2 with one line when the HTML file cannot be written', () => {
    const file = join(ROOT, 'no-such-folder', 'report.html')
    const { code, stderr } = run(['--html', file])
    expect(code).toBe(2)
    expect(stderr).toBe(`corroborate: --html ${file}: cannot write (ENOENT)\n`)
    expect(existsSync(file)).toBe(false)
  })

  it('does not colour when stdout is not a terminal', () => {
    expect(run([]).stdout).not.toContain('\u001b[')
  })

  it('colours with --color', () => {
    expect(run(['--color']).stdout).toContain('\u001b[1mcorroborate: ')
  })

})

/** Run the CLI on a pseudo-terminal (util-linux `script`), where colour is on by default. */
function runOnTerminal(args: string[], env: Record<string, string | undefined> = {}): string {
  const quote = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`
  const command = [process.execPath, CLI, 'compare', ...SEEDS, ...args].map(quote).join(' ')
  return spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, ...env } }).stdout
}

describe.skipIf(!existsSync('/usr/bin/script'))('corroborate compare on a terminal', () => {
  it('colours the text', () => {
    expect(runOnTerminal([])).toContain('\u001b[1mcorroborate: ')
  })

  it('honours NO_COLOR', () => {
    expect(runOnTerminal([], { NO_COLOR: '1' })).not.toContain('\u001b[')
  })

  it('does not colour with --no-color', () => {
    expect(runOnTerminal(['--no-color'])).not.toContain('\u001b[')
  })
})
