/**
 * The shape of src/: the import graph has no cycle, and each stage of the pipeline imports only
 * from the layers below it (the document model, normalize/, types and what they stand on), never
 * from the function that wires the stages together nor from a later stage.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = path.resolve(__dirname, '../../src')

/**
 * Units of src/ from the bottom up: a unit may import from a unit of an earlier layer, and from
 * itself; never from its own layer's other units nor from a later layer. A unit is a folder
 * under src/ or a top-level file; the command-line files (cli*.ts) are one unit.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['types', 'union-find'],
  ['errors'],
  ['normalize', 'options', 'stated-roles'],
  // franc's guess checked against a report's own function words (normalize/function-words.ts)
  ['language'],
  ['segment'],
  ['document'],
  ['align'],
  ['score'],
  ['diverge', 'warnings'],
  // compare.ts' wiring of a caption to the other report's body: reads align's links and diverge's dates.
  ['caption-links'],
  ['compare'],
  ['story', 'dedup', 'report'],
  ['safe'],
  ['batch'],
  ['index', 'postgres', 'html'],
  ['cli'],
]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return name.endsWith('.ts') ? [full] : []
  })
}

/** The relative import specifiers of one file: static imports, re-exports and dynamic imports. */
function specifiers(source: string): string[] {
  const found: string[] = []
  for (const match of source.matchAll(/(?:^|[;\s])(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]/g)) found.push(match[1]!)
  for (const match of source.matchAll(/(?:^|[;\s])import\s*\(?\s*['"](\.[^'"]+)['"]/g)) found.push(match[1]!)
  return found
}

function resolveImport(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier.replace(/\.js$/, ''))
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate
    } catch {
      // not this candidate
    }
  }
  throw new Error(`${path.relative(SRC, from)} imports ${specifier}, which resolves to no file`)
}

function unitOf(file: string): string {
  const first = path.relative(SRC, file).split(path.sep)[0]!
  const stem = first.replace(/\.ts$/, '')
  return stem.startsWith('cli') ? 'cli' : stem
}


const files = sourceFiles(SRC)
const graph = new Map(files.map((file) => [file, [...new Set(specifiers(readFileSync(file, 'utf8')).map((s) => resolveImport(file, s)))]]))
const layerOf = new Map(LAYERS.flatMap((units, layer) => units.map((unit) => [unit, layer] as const)))

/** Every cycle's path (each reported once, from where the search first closed it). */
function cycles(): string[][] {
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const out: string[][] = []
  const visit = (file: string): void => {
    state.set(file, 'open')
    stack.push(file)
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') out.push([...stack.slice(stack.indexOf(next)), next].map((f) => path.relative(SRC, f)))
      else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(file, 'done')
  }
  for (const file of files) if (!state.has(file)) visit(file)
  return out
}

describe('the import graph of src/', () => {
  it('reads every file and resolves every relative import', () => {
    expect(files.length).toBeGreaterThan(50)
    expect(graph.get(path.join(SRC, 'compare.ts'))).toContain(path.join(SRC, 'document/index.ts'))
  })

  it('has no cycle', () => {
    expect(cycles()).toEqual([])
  })

  it('places every unit of src/ in a layer', () => {
    expect([...new Set(files.map(unitOf))].filter((unit) => !layerOf.has(unit))).toEqual([])
  })

  it('lets each unit import only from itself and from earlier layers', () => {
    const wrong: string[] = []
    for (const [file, targets] of graph) {
      const unit = unitOf(file)
      for (const target of targets) {
        const other = unitOf(target)
        if (other !== unit && !(layerOf.get(other)! < layerOf.get(unit)!)) wrong.push(`${path.relative(SRC, file)} → ${path.relative(SRC, target)}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it.each([
    ['a stage importing the wiring', 'diverge/index.ts', 'compare.ts'],
    ['a stage importing a later stage', 'align/index.ts', 'diverge/index.ts'],
    ['the document model importing a stage', 'document/index.ts', 'align/index.ts'],
  ])('would reject %s (%s → %s)', (_, from, to) => {
    const [unit, other] = [unitOf(path.join(SRC, from)), unitOf(path.join(SRC, to))]
    expect(layerOf.get(other)! < layerOf.get(unit)!).toBe(false)
  })
})

/**
 * Inside the divergence stage (issue 16): extract/ reads one report and knows nothing of matching
 * two, and every file of extract/ and match/ sits in a room named for what it does, but for the
 * few every room of extract/ shares.
 */
describe('the rooms of src/diverge', () => {
  const inside = (file: string, folder: string) => path.relative(path.join(SRC, folder), file).split(path.sep)[0] !== '..'

  it.each([
    ['diverge/extract', 'diverge/match'],
    ['diverge/extract', 'diverge/reasons'],
    ['diverge/extract', 'diverge/describe.ts'],
    ['diverge/extract', 'diverge/missing-facts.ts'],
    ['diverge/extract', 'diverge/index.ts'],
  ])('%s imports nothing from %s', (from, to) => {
    const wrong = [...graph]
      .filter(([file]) => inside(file, from))
      .flatMap(([file, targets]) => targets.filter((target) => target === path.join(SRC, to) || inside(target, to)).map((target) => `${path.relative(SRC, file)} → ${path.relative(SRC, target)}`))
    expect(wrong).toEqual([])
  })

  const SHARED_BY_EXTRACT_ROOMS = ['collect.ts', 'fact.ts', 'fact-tails.ts', 'fact-tokens.ts', 'skipped-tokens.ts', 'stating-lines.ts', 'vi-syllables.ts']
  it.each([
    ['diverge/match', []],
    ['diverge/extract', SHARED_BY_EXTRACT_ROOMS],
  ])('%s keeps no file at its top but %j', (folder, shared) => {
    const top = readdirSync(path.join(SRC, folder)).filter((name) => name.endsWith('.ts'))
    expect(top.filter((name) => !shared.includes(name))).toEqual([])
  })
})
