import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers'

const CLI = resolve(ROOT, 'dist/cli.js')
const SEED_A = resolve(ROOT, 'examples/seeds/thanhnien.txt')
const SEED_B = resolve(ROOT, 'examples/seeds/ngaynay.txt')

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'))
const binary = join(dir, 'binary.bin')
writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]))
const badUtf8 = join(dir, 'latin1.txt')
writeFileSync(badUtf8, Buffer.from('Ph\xe1t bi\xeau', 'latin1'))

describe('corroborate compare', () => {
  it('prints a text report of the seed pair', () => {
    const { code, stdout } = run(['compare', SEED_A, SEED_B])
    expect(code).toBe(0)
    expect(stdout).toContain('thanhnien.txt ↔ ngaynay.txt')
    expect(stdout).toContain('A21 ↔ B1')
  })

  it('prints exactly the report as JSON with --json', () => {
    const { code, stdout } = run(['compare', SEED_A, SEED_B, '--json'])
    expect(code).toBe(0)
    const report = JSON.parse(stdout)
    expect(report.schemaVersion).toBe(1)
    expect(report.a.source).toBe('thanhnien.txt')
  })

  it('takes labels', () => {
    const { stdout } = run(['compare', SEED_A, SEED_B, '--format', 'json', '--label-a', 'Thanh Niên', '--label-b', 'Ngày Nay'])
    expect(JSON.parse(stdout).b.source).toBe('Ngày Nay')
  })

  it('reads one report from stdin with -', () => {
    const { code, stdout } = run(['compare', '-', SEED_B, '--json'], 'Thị trưởng Park Hyeong Jun khẳng định thành phố Busan mong muốn hợp tác.')
    expect(code).toBe(0)
    expect(JSON.parse(stdout).a.source).toBe('stdin')
  })

  it.each([
    ['a missing file', ['compare', 'nope.txt', SEED_B], /nope\.txt: no such file/],
    ['a directory', ['compare', ROOT, SEED_B], /is a directory/],
    ['a binary file', ['compare', binary, SEED_B], /looks binary \(NUL byte at offset 4\)/],
    ['invalid UTF-8', ['compare', badUtf8, SEED_B], /invalid UTF-8 at byte offset 2/],
    ['a missing argument', ['compare', SEED_A], /.+/],
    ['an unknown format', ['compare', SEED_A, SEED_B, '--format', 'xml'], /--format: expected text, json, markdown or html/],
    ['an unknown command', ['frobnicate'], /.+/],
  ])('exits 2 with one line for %s', (_name, args, message) => {
    const { code, stderr } = run(args)
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  it('prints its version', () => {
    const { code, stdout } = run(['--version'])
    expect(code).toBe(0)
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('prints help', () => {
    const { code, stdout } = run(['compare', '--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('--label-a')
  })
})
