import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers'

describe('the published package', () => {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Array<{
    files: Array<{ path: string }>
  }>
  const files = packed!.files.map((file) => file.path).sort()

  it('holds only the build, the JSON Schemas, README, LICENSE and package.json', () => {
    expect(files.filter((path) => !/^dist\/|^schema\/[a-z]+\.json$|^(README\.md|LICENSE|package\.json)$/.test(path))).toEqual([])
  })

  it.each(['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'schema/report.json', 'schema/story.json', 'schema/dedup.json', 'schema/clusters.json', 'schema/snapshot.json', 'README.md', 'LICENSE'])('includes %s', (path) => {
    expect(files).toContain(path)
  })

  it('points every export condition at a packed file', () => {
    const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'))
    const conditions = Object.entries(manifest.exports as Record<string, unknown>).filter(([subpath]) => subpath !== './package.json')
    const targets = [manifest.main, manifest.module, manifest.types, manifest.bin.corroborate, ...conditions.flatMap(([, entry]) => (typeof entry === 'string' ? [entry] : Object.values(entry as object).flatMap((c) => Object.values(c as object))))]
    expect(targets.map((target: string) => target.replace(/^\.\//, '')).filter((target: string) => !files.includes(target))).toEqual([])
  })

  it('names its repository, so the README\'s relative links and screenshot resolve on npm', () => {
    const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'))
    expect(manifest.repository.url).toMatch(/^git\+https:\/\/github\.com\/[^/]+\/[^/]+\.git$/)
    const web = manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')
    expect(manifest.homepage).toBe(`${web}#readme`)
    expect(manifest.bugs.url).toBe(`${web}/issues`)
  })

  it('loads the HTML extractor only from corroborate/html', () => {
    const built = files.filter((path) => /^dist\/.*\.(c?js)$/.test(path))
    const loading = built.filter((path) => /["'](@mozilla\/readability|linkedom|htmlparser2)["']/.test(readFileSync(resolve(ROOT, path), 'utf8')))
    expect(loading.sort()).toEqual(['dist/html.cjs', 'dist/html.js'])
  })

  it('makes the CLI executable with a node shebang', () => {
    expect(readFileSync(resolve(ROOT, 'dist/cli.js'), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true)
  })
})

describe('installed from its tarball', () => {
  const project = execFileSync('mktemp', ['-d'], { encoding: 'utf8' }).trim()
  const run = (command: string, args: string[]): string => execFileSync(command, args, { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  run('npm', ['pack', ROOT, '--pack-destination', project, '--ignore-scripts'])
  run('npm', ['init', '-y'])
  run('npm', ['install', './corroborate-0.1.0.tgz'.replace('0.1.0', JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).version), '--no-audit', '--no-fund', '--ignore-scripts'])

  it('runs as npx corroborate', () => {
    const out = run('npx', ['--no-install', 'corroborate', 'compare', resolve(ROOT, 'examples/seeds/thanhnien.txt'), resolve(ROOT, 'examples/seeds/ngaynay.txt'), '--json'])
    expect(JSON.parse(out).alignments.length).toBe(7)
  })

  it('compares a batch on worker threads as npx corroborate compare --pairs', () => {
    const pairs = resolve(project, 'pairs.jsonl')
    writeFileSync(pairs, `${JSON.stringify({ a: resolve(ROOT, 'examples/seeds/thanhnien.txt'), b: resolve(ROOT, 'examples/seeds/ngaynay.txt') })}\n`.repeat(3))
    const lines = run('npx', ['--no-install', 'corroborate', 'compare', '--pairs', pairs, '--workers', '2']).trim().split('\n')
    expect(lines.map((line) => JSON.parse(line).alignments.length)).toEqual([7, 7, 7])
  })

  it.each([
    ['require', `const { compare } = require('corroborate'); console.log(compare('Một câu.', 'Một câu.').overlap.score)`, []],
    ['import', `import { compare } from 'corroborate'; console.log(compare('Một câu.', 'Một câu.').overlap.score)`, ['--input-type=module']],
  ])('loads with %s', (_how, code, flags) => {
    expect(run(process.execPath, [...flags, '-e', code]).trim()).toBe('1')
  })

  it.each([
    ['require', `console.log(require('corroborate/schema/report.json').$id)`, []],
    ['import', `import schema from 'corroborate/schema/report.json' with { type: 'json' }; console.log(schema.$id)`, ['--input-type=module']],
  ])('exports the report schema to %s', (_how, code, flags) => {
    expect(run(process.execPath, [...flags, '-e', code]).trim()).toBe('urn:corroborate:schema:report:1')
  })

  it('prints a schema with npx corroborate schema', () => {
    expect(JSON.parse(run('npx', ['--no-install', 'corroborate', 'schema', 'story'])).$id).toBe('urn:corroborate:schema:story:1')
  })

  it.each([
    ['require', `console.log(typeof require('corroborate/postgres').createPgDedupIndex)`, []],
    ['import', `import { createPgDedupIndex } from 'corroborate/postgres'; console.log(typeof createPgDedupIndex)`, ['--input-type=module']],
  ])('loads corroborate/postgres with %s, without pg installed', (_how, code, flags) => {
    expect(run(process.execPath, [...flags, '-e', code]).trim()).toBe('function')
  })

  it.each([
    ['require', `const { fromHtml } = require('corroborate/html'); console.log(fromHtml('<h1>Leaders meet in Busan</h1><p>The two leaders met in Busan on Wednesday to open a consulate.</p>').roles.map((r) => r.role).join())`, []],
    ['import', `import { fromHtml } from 'corroborate/html'; console.log(fromHtml('<h1>Leaders meet in Busan</h1><p>The two leaders met in Busan on Wednesday to open a consulate.</p>').roles.map((r) => r.role).join())`, ['--input-type=module']],
  ])('extracts a page through corroborate/html with %s, its optional dependencies installed with it', (_how, code, flags) => {
    expect(run(process.execPath, [...flags, '-e', code]).trim()).toBe('headline,body')
  })
})
