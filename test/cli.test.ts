import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { ArgsDef } from 'citty'
import { describe, expect, it } from 'vitest'
import { compareArgs } from '../src/cli-compare'
import { dedupCommand } from '../src/cli-dedup'
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

describe('misuse: exit 2, one line naming the problem, a --help hint', () => {
  const help = (command: string) => `\\(see corroborate ${command}--help\\)`
  it.each([
    ['a typo in a flag', ['compare', SEED_A, SEED_B, '--jsn'], `unknown option --jsn, did you mean --json\\? ${help('compare ')}`],
    ['an unknown short flag', ['compare', SEED_A, SEED_B, '-x'], `unknown option -x ${help('compare ')}`],
    ['a third file that does not exist (three files are a story)', ['compare', SEED_A, SEED_B, 'c.txt'], 'c.txt: no such file'],
    ['one file', ['compare', SEED_A], `expected two reports \\(file paths, or - for stdin\\), received 1 argument ${help('compare ')}`],
    ['two formats', ['compare', SEED_A, SEED_B, '--json', '--format', 'markdown'], `--json and --format markdown ask for two formats; give one ${help('compare ')}`],
    ['a flag without its value', ['compare', SEED_A, SEED_B, '--format'], `--format needs a value ${help('compare ')}`],
    ['a flag given twice', ['compare', SEED_A, SEED_B, '--label-a', 'x', '--label-a', 'y'], `--label-a is given twice ${help('compare ')}`],
    ['a value on a switch', ['compare', SEED_A, SEED_B, '--color=maybe'], `--color takes no value, received "maybe" ${help('compare ')}`],
    ['an unknown format', ['compare', SEED_A, SEED_B, '--format', 'xml'], `--format: expected text, json, markdown or html, received "xml" ${help('compare ')}`],
    ['a bad --max-length', ['compare', SEED_A, SEED_B, '--max-length', '1e3'], `--max-length: expected a whole number of characters, received "1e3" ${help('compare ')}`],
    ['a bad --max-length with three reports', ['compare', SEED_A, SEED_B, SEED_A, '--max-length', '1e3'], `--max-length: expected a whole number of characters, received "1e3" ${help('compare ')}`],
    ['an unknown command', ['frobnicate'], `unknown command "frobnicate", expected compare, dedup, stories or schema ${help('')}`],
    ['a flag before the command', ['--jsn'], `unknown option --jsn: a command comes first ${help('')}`],
    ['a typo in a dedup flag', ['dedup', '--windw', '48h', '-'], `unknown option --windw, did you mean --window\\? ${help('dedup ')}`],
    ['a bad dedup mode', ['dedup', '--mode', 'fuzzy', '-'], `--mode: expected near, event or both, received "fuzzy" ${help('dedup ')}`],
  ])('%s', (_name, args, message) => {
    const { code, stdout, stderr } = run(args, '')
    expect(stderr).toMatch(new RegExp(`^corroborate: ${message}\\n$`))
    expect(code).toBe(2)
    expect(stdout).toBe('')
  })

  it('names a report over --max-length by its file, in the flags a user can set', () => {
    const { code, stderr } = run(['compare', SEED_A, SEED_B, '--max-length', '100'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/^corroborate: \S*thanhnien\.txt \(file A\): expected at most 100 UTF-16 code units \(--max-length\), received \d+\n$/)
    expect(run(['compare', SEED_A, SEED_B, '--json', '--max-length', '5000']).code).toBe(0)
  })
})

describe('--help', () => {
  // citty colours help unless CI, TEST or NO_COLOR=1 is set; without them it is the CLI that must not.
  const plainEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['CI', 'TEST', 'VITEST', 'NO_COLOR', 'FORCE_COLOR'].includes(key)))
  const help = (args: string[]) => spawnSync(process.execPath, [CLI, ...args, '--help'], { encoding: 'utf8', env: plainEnv })

  it.each<[string, ArgsDef]>([
    ['compare', compareArgs],
    ['dedup', dedupCommand.args as ArgsDef],
  ])('corroborate %s --help lists every declared flag and the exit codes', (command, args) => {
    const { status, stdout } = help([command])
    expect(status).toBe(0)
    for (const [name, def] of Object.entries(args)) {
      if (def.type === 'positional') expect(stdout).toContain(name.toUpperCase())
      else expect(stdout).toMatch(new RegExp(`--${name}\\b.* \\w`))
      if (def.type === 'boolean' && 'negativeDescription' in def) expect(stdout).toContain(`--no-${name}`)
    }
    expect(stdout).toMatch(/EXIT CODES\n\n {2}0 {2}success\n {2}1 {2}internal error.*\n {2}2 {2}usage or input error/)
  })

  it.each([[[] as string[]], [['compare']], [['dedup']]])('has no colour codes when piped: corroborate %j --help', (args) => {
    expect(help(args).stdout).not.toContain('\u001b[')
  })
})

/** Run the CLI with a pseudo-terminal (util-linux `script`) as its stdin and stdout. */
function onTerminal(args: string[], env: Record<string, string | undefined> = {}) {
  const quote = (arg: string): string => `'${arg.replace(/'/g, `'\\''`)}'`
  const command = [process.execPath, CLI, ...args].map(quote).join(' ')
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', timeout: 20_000, env: { ...process.env, CI: undefined, TEST: undefined, VITEST: undefined, NO_COLOR: undefined, ...env } })
  return { code: result.status, output: result.stdout }
}

describe.skipIf(!existsSync('/usr/bin/script'))('on a terminal', () => {
  it('dedup without files refuses to wait for typed input', () => {
    const { code, output } = onTerminal(['dedup'])
    expect(output.trim()).toBe('corroborate: no input: give JSONL files, or pipe articles into stdin (see corroborate dedup --help)')
    expect(code).toBe(2)
  })

  it('colours help, unless NO_COLOR is set', () => {
    expect(onTerminal(['compare', '--help']).output).toContain('\u001b[')
    expect(onTerminal(['compare', '--help'], { NO_COLOR: 'yes' }).output).not.toContain('\u001b[')
  })
})
