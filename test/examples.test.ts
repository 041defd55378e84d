/**
 * The examples run as a user would run them: `node --import tsx`, importing the
 * built package by its own name. They are type-checked too, so they cannot rot.
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
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

// The notebook runs with the commands docs/reports.md gives a user: Debian's Jupyter
// (jupyter-notebook, jupyter-nbconvert, python3-ipykernel, jupyter-client), tslab from
// examples/notebook's own lockfile (its TypeScript 5.0 would take over the root `tsc`),
// registered by examples/notebook/install-kernel.sh. `.ci/run` installs all of them.
const KERNEL_INSTALL = resolve(ROOT, 'examples/notebook/install-kernel.sh')
const TSLAB = resolve(ROOT, 'examples/notebook/node_modules/.bin/tslab')
const JUPYTER = ['notebook', 'nbconvert'].every((command) => spawnSync('jupyter', [command, '--version']).status === 0)
const SKIP_NOTEBOOK = !(JUPYTER && existsSync(TSLAB)) && !process.env.CI
if (SKIP_NOTEBOOK) {
  console.warn('\n  SKIPPED notebook test: needs Jupyter (apt-get install jupyter-notebook jupyter-nbconvert python3-ipykernel jupyter-client) and `npm ci --prefix examples/notebook`; CI runs it.\n')
}

interface NotebookOutput {
  readonly output_type: string
  readonly text?: string | string[]
  readonly data?: Record<string, string | string[]>
}

/** A Jupyter path of its own, with the tslab kernel spec installed the documented way. */
function kernelPath(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-notebook-'))
  // PATH is left as it is: the kernel spec must find tslab by itself, as in a user's Jupyter.
  const env = { ...process.env, JUPYTER_PATH: join(dir, 'share/jupyter') }
  const install = spawnSync('sh', [KERNEL_INSTALL, `--prefix=${dir}`], { env, encoding: 'utf8' })
  if (install.status !== 0) throw new Error(`install-kernel.sh failed: ${install.stderr}`)
  return { dir, env }
}

describe.skipIf(SKIP_NOTEBOOK)('examples/seed-pair.ipynb', () => {
  let outputs: NotebookOutput[]
  const joined = (value: string | string[] | undefined): string => (Array.isArray(value) ? value.join('') : (value ?? ''))

  beforeAll(() => {
    const { dir, env } = kernelPath()
    // the kernel is the one the notebook's metadata names (tslab), as when a user opens it
    const run = spawnSync('jupyter', ['nbconvert', '--to', 'notebook', '--execute', 'seed-pair.ipynb', '--output-dir', dir], { cwd: resolve(ROOT, 'examples'), env, encoding: 'utf8' })
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

  it('opens in `jupyter notebook`, whose tslab kernel starts', async () => {
    const { env } = kernelPath()
    const token = randomBytes(16).toString('hex')
    const port = 20000 + Math.floor(Math.random() * 20000)
    // root (CI's container) must say --allow-root; a user's command does not need it
    const root = process.getuid?.() === 0 ? ['--allow-root'] : []
    const server = spawn('jupyter', ['notebook', 'seed-pair.ipynb', '--no-browser', `--port=${port}`, `--NotebookApp.token=${token}`, ...root], { cwd: resolve(ROOT, 'examples'), env, stdio: ['ignore', 'ignore', 'pipe'] })
    try {
      let log = ''
      const url = await new Promise<string>((found, fail) => {
        server.stderr!.on('data', (chunk: Buffer) => {
          log += chunk.toString()
          const match = /http:\/\/(?:127\.0\.0\.1|localhost):\d+\//.exec(log)
          if (match) found(match[0])
        })
        server.on('exit', (code) => fail(new Error(`jupyter notebook exited ${code}: ${log}`)))
      })
      const api = async (path: string, init?: RequestInit): Promise<any> => (await fetch(`${url}api/${path}`, { ...init, headers: { Authorization: `token ${token}` } })).json()
      expect(Object.keys((await api('kernelspecs')).kernelspecs)).toContain('tslab')
      expect((await api('contents/seed-pair.ipynb')).content.metadata.kernelspec.name).toBe('tslab')
      // A kernel the server cannot launch (a bare `tslab` not on PATH) fails this POST, or dies and is restarted.
      const started = await fetch(`${url}api/kernels`, { method: 'POST', body: JSON.stringify({ name: 'tslab' }), headers: { Authorization: `token ${token}` } })
      expect(started.status).toBe(201)
      const kernel = await started.json()
      await new Promise((wait) => setTimeout(wait, 5000))
      expect((await api('kernels')).map((running: { id: string }) => running.id)).toContain(kernel.id)
      expect(log).not.toMatch(/restarting kernel|kernel died|Traceback/i)
      await fetch(`${url}api/kernels/${kernel.id}`, { method: 'DELETE', headers: { Authorization: `token ${token}` } })
    } finally {
      server.kill('SIGTERM')
    }
  }, 90_000)
})

describe('the examples', () => {
  it('type-check against the built package', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-tsc-'))
    const config = join(dir, 'tsconfig.json')
    const files = ['compare-seeds.ts', 'batch-folder.ts', 'pipeline/pairs.ts', 'pipeline/digest.ts'].map((name) => resolve(ROOT, 'examples', name))
    writeFileSync(config, JSON.stringify({ extends: resolve(ROOT, 'tsconfig.json'), compilerOptions: { noEmit: true, typeRoots: [resolve(ROOT, 'node_modules/@types')] }, include: [], files }))
    const result = spawnSync(process.execPath, [resolve(ROOT, 'node_modules/typescript/bin/tsc'), '-p', config], { cwd: ROOT, encoding: 'utf8' })
    expect(result.stdout + result.stderr).toBe('')
    expect(result.status).toBe(0)
  })
})
