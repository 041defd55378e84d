import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { seed } from '../helpers'

// Caches kept between calls (folds, word shapes, the name stage's verdicts) must not keep the caller's
// texts: in V8 a slice of a string keeps its whole parent alive, so a cached word sliced from a report
// kept the report after compare() returned (issue 16). Each report here is padded with 4 MB of spaces,
// so a report kept at all shows as megabytes; what the caches rightly keep is well under that.
// A child process, so that nothing else of the test run is on its heap and gc() can be exposed.
const src = fileURLToPath(new URL('../../src/index.ts', import.meta.url))
const PAD = 4_000_000

const vietnamese = [seed('thanhnien'), seed('ngaynay')] as const
const allsides = readFileSync(fileURLToPath(new URL('../fixtures/allsides/articles.jsonl', import.meta.url)), 'utf8')
const english = allsides.split('\n').filter((line) => line.startsWith('{"cluster": "A01"')).slice(0, 2).map((line) => (JSON.parse(line) as { text: string }).text)

// Words of neither pair: a warm-up sharing the pair's words would leave their cache entries made.
const WARM_UP = [
  'The regional water authority approved a budget of 12 million euros on Monday, its chairwoman said in Lyon.',
  'On Monday the regional water board approved a 14 million euro budget, its chair told reporters in Lyon.',
] as const

function heldAfter(pair: readonly string[]): number {
  // CommonJS, as language.ts loads franc with require(). A first call on other words loads what
  // loads lazily (franc's models), so the count is what the padded call leaves; the wait lets V8's
  // background compile jobs, which hold the contexts of the functions they optimise, finish first.
  const script = `
    const { readFileSync } = require('node:fs')
    const { compare } = require(${JSON.stringify(src)})
    const pair = JSON.parse(readFileSync(0, 'utf8'))
    compare(${JSON.stringify(WARM_UP[0])}, ${JSON.stringify(WARM_UP[1])})
    let a = pair[0] + ' '.repeat(${PAD})
    let b = pair[1] + ' '.repeat(${PAD})
    globalThis.gc()
    const before = process.memoryUsage().heapUsed
    let report = compare(a, b)
    if (report.divergences.length === 0) throw new Error('the pair should differ')
    a = b = report = undefined
    setTimeout(() => {
      globalThis.gc()
      globalThis.gc()
      console.log(process.memoryUsage().heapUsed - before)
    }, 200)`
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '-e', script], { encoding: 'utf8', input: JSON.stringify(pair) })
  return Number(out.trim().split('\n').pop())
}

describe('compare() keeps no caller text after it returns', () => {
  it.each([
    ['Vietnamese (the seed pair)', vietnamese],
    ['English (AllSides, one story)', english],
  ])('%s, each report padded by 4 MB: under 4 MB of heap held after the call', (_pair, pair) => {
    expect(pair).toHaveLength(2)
    expect(heldAfter(pair)).toBeLessThan(PAD)
  }, 120_000)
})
