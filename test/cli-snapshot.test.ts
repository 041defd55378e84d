import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDedupIndex } from '../src'
import { ROOT, corpusArticles } from './helpers'

const CLI = resolve(ROOT, 'dist/cli.js')
const pages = corpusArticles()
const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `a${i}`, text: pages[i % pages.length]!.sentences.slice(i % 3).join(' ') }) + '\n')
const dir = mkdtempSync(join(tmpdir(), 'corroborate-save-'))
const input = join(dir, 'articles.jsonl')
writeFileSync(input, lines.join(''))

const dedup = (args: string[], stdin = '') => spawnSync(process.execPath, [CLI, 'dedup', ...args], { cwd: ROOT, input: stdin, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
const savedSize = (path: string) => loadDedupIndex(readFileSync(path, 'utf8')).size

describe('dedup --save', () => {
  it('keeps the previous index loadable when killed -9 at any moment of a save', async () => {
    const index = join(dir, 'index.jsonl')
    expect(dedup([input, '--mode', 'near', '--save', index]).status).toBe(0)
    // a run that only loads and saves again: most of its time is spent in the save
    const resave = () => spawn(process.execPath, [CLI, 'dedup', '-', '--load', index, '--save', index], { stdio: ['ignore', 'ignore', 'ignore'] })
    const started = Date.now()
    await new Promise((done) => resave().on('exit', done))
    const duration = Date.now() - started
    for (const share of [0.3, 0.5, 0.6, 0.7, 0.8, 0.9]) {
      const child = resave()
      const exited = new Promise((done) => child.on('exit', done))
      setTimeout(() => child.kill('SIGKILL'), Math.round(duration * share))
      await exited
      expect(savedSize(index)).toBe(2000)
    }
  }, 120_000)

  it('refuses an unwritable path before any work', () => {
    const { status, stdout, stderr } = dedup([input, '--mode', 'near', '--save', join(dir, 'no-such-folder', 'index.jsonl')])
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^corroborate: --save .*no-such-folder.*: expected a file in a folder this process can write, received ENOENT\n$/)
  })

  it.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('on %s, decides what it read, saves, and exits %i', async (signal, status) => {
    const index = join(dir, `${signal}.jsonl`)
    const child = spawn(process.execPath, [CLI, 'dedup', '-', '--mode', 'near', '--save', index], { stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    // 'close': the exit status once stdout is read to its end
    const exited = new Promise<number | null>((done) => child.on('close', done))
    // stdin stays open: the signal, not the end of input, ends the run
    child.stdin.write(lines.slice(0, 100).join(''))
    // the first batch of 64 is out; the other 36 were read and wait for a full batch
    await new Promise<void>((done) => {
      child.stdout.on('data', (chunk) => {
        stdout += chunk
        if (stdout.split('\n').length > 64) done()
      })
    })
    child.kill(signal)
    expect(await exited).toBe(status)
    expect(stdout.trim().split('\n')).toHaveLength(100)
    expect(stderr).toContain(`stopped by ${signal} after 100 articles; index saved to ${index}`)
    expect(savedSize(index)).toBe(100)
    // no temporary file left behind (only a kill -9, above, can leave one)
    expect(readdirSync(dir).filter((f) => f.startsWith(`.${signal}.jsonl.`))).toEqual([])
  })
})

describe('dedup --load', () => {
  it('refuses command-line options that contradict the saved index, naming both values', () => {
    const index = join(dir, 'both.jsonl')
    expect(dedup(['-', '--mode', 'both', '--save', index], lines.slice(0, 20).join('')).status).toBe(0)
    const { status, stderr } = dedup(['-', '--load', index, '--mode', 'near'])
    expect(status).toBe(2)
    // in the CLI's terms: the flag, with the --help hint a flag error gets
    expect(stderr).toBe(`corroborate: --mode: expected "both", the value the index in ${index} was saved with (or no --load), received "near" (see corroborate dedup --help)\n`)
    // options that agree, or none, are fine
    expect(dedup(['-', '--load', index, '--mode', 'both'], lines[20]).status).toBe(0)
    expect(dedup(['-', '--load', index], lines[20]).status).toBe(0)
  })
})
