/**
 * examples/pipeline/run.sh, run as its README says on the bundled day: every step's output
 * has the shape its schema states, and the digest carries the contradictions of the reports.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Report } from '../src'
import { ROOT } from './helpers'
import { checkSchema } from './schema/check'

const out = mkdtempSync(join(tmpdir(), 'corroborate-pipeline-'))
const result = spawnSync('bash', [resolve(ROOT, 'examples/pipeline/run.sh'), resolve(ROOT, 'examples/pipeline/articles.jsonl'), out], {
  cwd: ROOT,
  encoding: 'utf8',
  env: { ...process.env, CORROBORATE: `${process.execPath} ${resolve(ROOT, 'dist/cli.js')}`, TSX: `${process.execPath} --import tsx` },
})
const jsonl = (name: string): unknown[] =>
  readFileSync(join(out, name), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as unknown)

describe('examples/pipeline/run.sh', () => {
  it('runs on the bundled day', () => {
    expect(result.stderr).toMatch(/^wrote \S+digest\.md \(\d+ pairs compared\)\n$/)
    expect(result.status).toBe(0)
  })

  it('pairs every two reports of each story, and compares each pair once, in order', () => {
    const clusters = jsonl('clusters.jsonl') as Array<{ members: string[] }>
    for (const cluster of clusters) checkSchema('clusters', cluster)
    const reports = jsonl('reports.jsonl') as Report[]
    expect(reports.map((report) => [report.a.source, report.b.source])).toEqual(jsonl('pairs.jsonl').map((pair) => [(pair as { aId: string }).aId, (pair as { bId: string }).bId]))
    expect(reports).toHaveLength(clusters.reduce((sum, { members }) => sum + (members.length * (members.length - 1)) / 2, 0))
    for (const report of reports) checkSchema('report', report)
    for (const decision of jsonl('decisions.jsonl')) checkSchema('dedup', decision)
  })

  it('writes a digest with every contradiction of the reports, under outlet names', () => {
    const digest = readFileSync(join(out, 'digest.md'), 'utf8')
    const reports = jsonl('reports.jsonl') as Report[]
    const contradictions = reports.flatMap((report) => report.divergences.filter((d) => d.kind !== 'missing'))
    expect(contradictions.length).toBeGreaterThan(0)
    expect(digest).toMatch(new RegExp(`^# The day’s divergences\\n\\n\\d+ stories, ${reports.length} pairs of reports compared, ${contradictions.length} contradictions\\.\\n`))
    expect(digest.match(/^- \*\*(number|date|name)\*\*/gm)).toHaveLength(contradictions.length)
    // the seed pair's respelt mayor, with the outlets named instead of the article ids
    expect(digest).toContain('Thanh Niên (A) spells a name "Park Heong-joon" where Ngày Nay (B) spells it "Park Hyeong Jun".')
  })
})
