/**
 * The accuracy floor that needs only the repository: the seed pair against its hand gold
 * (examples/seeds, test/fixtures/seed-gold.json) must not drop below bench/results/eval.json.
 * The floors on the large corpora (planted, MSRP, vnPara, names) are checked by
 * `node bench/eval.mjs --check`, which CI runs after the tests: those corpora are not in the
 * repository, and a test must pass in a clone that has nothing beside it.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers'

interface Recorded {
  tasks: Record<string, Record<string, unknown>>
}

const recorded = JSON.parse(readFileSync(resolve(ROOT, 'bench/results/eval.json'), 'utf8')) as Recorded
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const load = async (path: string): Promise<any> => import(pathToFileURL(resolve(ROOT, path)).href)
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const at = (object: any, path: string): number => path.split('.').reduce((value, key) => value?.[key], object) as number

// eval.json keeps four decimals.
const rounded = (value: number): number => Number(value.toFixed(4))

describe('seed pair gold stays at its recorded floor', async () => {
  const { evalSeed } = await load('bench/eval/seed.mjs')
  const metrics = await evalSeed({ lib: await load('dist/index.js') })
  it.each(['alignment.f1', 'divergences.precision', 'divergences.recall', 'equivalences.recall', 'boilerplate.f1'])('%s', (path) => {
    expect(rounded(at(metrics, path))).toBeGreaterThanOrEqual(at(recorded.tasks.seed, path))
  })
})

describe('npm run eval without the corpora', () => {
  // An empty folder stands for a lone clone: the corpora are neither in it nor beside the checkout.
  const env = { ...process.env, CORROBORATE_CORPORA: mkdtempSync(join(tmpdir(), 'no-corpora-')) }
  const run = (args: string[]) => spawnSync(process.execPath, ['bench/eval.mjs', '--check', ...args], { cwd: ROOT, env, encoding: 'utf8' })

  it('skips the tasks that need them with a notice, runs the rest and succeeds', () => {
    const result = run([])
    expect(result.stderr).toMatch(/notice: skipped planted .*msrp .*CORROBORATE_CORPORA/)
    expect(result.stderr).toMatch(/checked (?:\S+, )*seed/)
    expect(result.status).toBe(0)
  })

  it('fails, naming the missing files, when a task that needs them is asked for', () => {
    const result = run(['--only', 'seed,msrp'])
    expect(result.stderr).toMatch(/cannot run msrp \(needs msrp\/msr_paraphrase_train\.txt/)
    expect(result.status).toBe(2)
  })
})
