/**
 * The examples run as a user would run them: `node --import tsx`, importing the
 * built package by its own name. They are type-checked too, so they cannot rot.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROOT, corpusArticles } from './helpers'

function run(script: string, args: string[] = []) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'examples', script), ...args], { cwd: ROOT, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(() => {
  // The examples import 'corroborate', which resolves to dist/: `npm test` builds first.
  if (!existsSync(resolve(ROOT, 'dist/index.js'))) throw new Error('dist/index.js is missing: run `npm run build` first')
})

describe('examples/compare-seeds.ts', () => {
  it('prints the seed pair’s report by default', () => {
    const { code, stdout } = run('compare-seeds.ts')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^corroborate: thanhnien\.txt ↔ ngaynay\.txt\n/)
    expect(stdout).toContain('[medium] name  A: "Park Heong-joon"  B: "Park Hyeong Jun"')
  })

  it('compares the two files it is given', () => {
    const seeds = resolve(ROOT, 'examples/seeds')
    const { code, stdout } = run('compare-seeds.ts', [join(seeds, 'ngaynay.txt'), join(seeds, 'thanhnien.txt')])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^corroborate: ngaynay\.txt ↔ thanhnien\.txt\n/)
  })

  it.each([
    ['markdown', /^## corroborate: /],
    ['html', /^<!doctype html>/],
  ])('renders %s when asked', (format, start) => {
    const { code, stdout } = run('compare-seeds.ts', ['--format', format])
    expect(code).toBe(0)
    expect(stdout).toMatch(start)
  })
})

describe('examples/batch-folder.ts', () => {
  // Two seeds, one unrelated corpus article with an awkward name, one file to ignore; run once.
  let batch: ReturnType<typeof run>
  beforeAll(() => {
    const folder = mkdtempSync(join(tmpdir(), 'corroborate-batch-'))
    for (const name of ['thanhnien.txt', 'ngaynay.txt']) copyFileSync(resolve(ROOT, 'examples/seeds', name), join(folder, name))
    writeFileSync(join(folder, 'other, "quoted".txt'), corpusArticles()[0]!.sentences.join(' '))
    writeFileSync(join(folder, 'notes.md'), 'not an article')
    batch = run('batch-folder.ts', [folder])
  })

  it('prints a header and one CSV row per pair of .txt articles', () => {
    const { code, stdout } = batch
    expect(code).toBe(0)
    const lines = stdout.trim().split('\n')
    expect(lines[0]).toBe('a,b,overlap_score,overlap_a,overlap_b,number,date,name,missing')
    expect(lines).toHaveLength(4)
  })

  it('scores the seed pair as compare() does', () => {
    expect(batch.stdout).toContain('\nngaynay.txt,thanhnien.txt,0.579027,0.592484,0.566167,0,0,1,')
  })

  it('quotes a file name holding a comma and quotes', () => {
    expect(batch.stdout).toMatch(/^ngaynay\.txt,"other, ""quoted""\.txt",[\d.]+,/m)
  })

  it('fails with a usage message without a folder', () => {
    const { code, stderr } = run('batch-folder.ts')
    expect(code).not.toBe(0)
    expect(stderr).toContain('usage: batch-folder.ts <folder of .txt articles>')
  })
})

// Jupyter from Debian (jupyter-nbconvert, jupyter-client) and the tslab kernel, from
// examples/notebook's own lockfile (tslab's TypeScript 5.0 would take over the root `tsc`).
// `.ci/run` installs both.
const PYTHON = '/usr/bin/python3'
const KERNEL_BIN = resolve(ROOT, 'examples/notebook/node_modules/.bin')
const JUPYTER = spawnSync(PYTHON, ['-m', 'jupyter', 'nbconvert', '--version']).status === 0
const SKIP_NOTEBOOK = !(JUPYTER && existsSync(join(KERNEL_BIN, 'tslab'))) && !process.env.CI
if (SKIP_NOTEBOOK) {
  console.warn('\n  SKIPPED notebook test: needs Jupyter (apt-get install jupyter-nbconvert python3-ipykernel jupyter-client) and `npm ci --prefix examples/notebook`; CI runs it.\n')
}

interface NotebookOutput {
  readonly output_type: string
  readonly text?: string | string[]
  readonly data?: Record<string, string | string[]>
}

describe.skipIf(SKIP_NOTEBOOK)('examples/seed-pair.ipynb', () => {
  let outputs: NotebookOutput[]
  const joined = (value: string | string[] | undefined): string => (Array.isArray(value) ? value.join('') : (value ?? ''))

  beforeAll(() => {
    // The kernel spec goes into a temporary Jupyter path: nothing is installed for the user.
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-notebook-'))
    const env = { ...process.env, PATH: `${KERNEL_BIN}:${process.env.PATH}`, JUPYTER_PATH: join(dir, 'share/jupyter') }
    const install = spawnSync(join(KERNEL_BIN, 'tslab'), ['install', `--python=${PYTHON}`, `--prefix=${dir}`], { env, encoding: 'utf8' })
    if (install.status !== 0) throw new Error(`tslab install failed: ${install.stderr}`)
    const args = ['-m', 'jupyter', 'nbconvert', '--to', 'notebook', '--execute', 'seed-pair.ipynb', '--output-dir', dir, '--ExecutePreprocessor.kernel_name=tslab']
    const run = spawnSync(PYTHON, args, { cwd: resolve(ROOT, 'examples'), env, encoding: 'utf8' })
    if (run.status !== 0) throw new Error(`nbconvert failed: ${run.stderr}`)
    const executed = JSON.parse(readFileSync(join(dir, 'seed-pair.ipynb'), 'utf8')) as { cells: { outputs?: NotebookOutput[] }[] }
    outputs = executed.cells.flatMap((cell) => cell.outputs ?? [])
  }, 120_000)

  it('runs without an error', () => {
    expect(outputs.filter((output) => output.output_type === 'error')).toEqual([])
  })

  it('prints the overlap of the seed pair', () => {
    expect(outputs.map((output) => joined(output.text)).join('')).toContain('overlap 0.579027 links 7')
  })

  it('shows the divergence table as Markdown', () => {
    expect(outputs.map((output) => joined(output.data?.['text/markdown'])).join('')).toContain('| name | medium | Park Heong-joon | Park Hyeong Jun |')
  })

  it('shows the HTML report in a sandboxed iframe', () => {
    expect(outputs.map((output) => joined(output.data?.['text/html'])).join('')).toMatch(/^<iframe sandbox srcdoc="<!doctype html>/)
  })
})

describe('the examples', () => {
  it('type-check against the built package', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-tsc-'))
    const config = join(dir, 'tsconfig.json')
    const files = ['compare-seeds.ts', 'batch-folder.ts'].map((name) => resolve(ROOT, 'examples', name))
    writeFileSync(config, JSON.stringify({ extends: resolve(ROOT, 'tsconfig.json'), compilerOptions: { noEmit: true, typeRoots: [resolve(ROOT, 'node_modules/@types')] }, include: [], files }))
    const result = spawnSync(process.execPath, [resolve(ROOT, 'node_modules/typescript/bin/tsc'), '-p', config], { cwd: ROOT, encoding: 'utf8' })
    expect(result.stdout + result.stderr).toBe('')
    expect(result.status).toBe(0)
  })
})
