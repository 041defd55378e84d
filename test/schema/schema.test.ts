/**
 * The shipped JSON Schemas: generated from the types (so a field added to a type without
 * regenerating fails here), and every kind of result the library produces validates
 * against them in ajv — the seed pair, planted differences, hostile inputs, story reports,
 * dedup decisions and clusters — while results with a wrong shape do not.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { type Article, type Report, compare, compareMany, createDedupIndex } from '../../src'
import { ODD_CASES } from '../hardening/report-check'
import { ROOT, corpusArticles, seed } from '../helpers'
import { SEED_STORY, vmdsClusters } from '../story/seed-story'
import { SCHEMA_NAMES, checkSchema, schemaErrors, shippedSchema } from './check'

describe('the shipped schemas', () => {
  it('are what the TypeScript types generate now (run npm run schema after changing a result type)', async () => {
    const { generateSchemas } = (await import(pathToFileURL(resolve(ROOT, 'scripts/schema.mjs')).href)) as { generateSchemas: () => Record<string, string> }
    const generated = generateSchemas()
    expect(Object.keys(generated).sort()).toEqual([...SCHEMA_NAMES].sort())
    for (const name of SCHEMA_NAMES) expect(readFileSync(resolve(ROOT, 'schema', `${name}.json`), 'utf8'), `schema/${name}.json`).toBe(generated[name])
  }, 120_000)

  it.each(SCHEMA_NAMES)('%s.json names the report schemaVersion in its $id and refuses unknown fields', (name) => {
    const schema = shippedSchema(name) as { $id: string; additionalProperties?: boolean; anyOf?: Array<{ $ref: string }>; definitions?: Record<string, { additionalProperties?: boolean }> }
    expect(schema.$id).toBe(`urn:corroborate:schema:${name}:${compare('a', 'a').schemaVersion}`)
    // a union of line kinds (snapshot) refuses unknown fields in each kind
    const objects = schema.anyOf ? schema.anyOf.map(({ $ref }) => schema.definitions![$ref.replace('#/definitions/', '')]!) : [schema]
    for (const object of objects) expect(object.additionalProperties).toBe(false)
  })
})

/** B: A with its sentences in another order, one left out, a number, a date and a name changed. */
function planted(sentences: readonly string[], k: number): [Article, Article] {
  const changed = sentences.map((sentence) =>
    sentence
      .replace(/\b(\d+)(?=\s*(?:người|tỷ|triệu|%|km|ha|năm))/u, (n) => String(Number(n) + 1 + (k % 3)))
      .replace(/ngày (\d{1,2})\/(\d{1,2})/u, (_all, day: string, month: string) => `ngày ${(Number(day) % 28) + 1}/${month}`)
      .replace(/\b(Nguyễn|Trần|Lê|Phạm) (\p{Lu}\p{Ll}+)/u, (_all, family: string, given: string) => `${family.normalize('NFD').replace(/\p{M}/gu, '')} ${given}`),
  )
  const order = changed.map((_, i) => i).filter((i) => i !== k % changed.length)
  order.reverse()
  return [
    { text: sentences.join(' '), source: 'original' },
    { text: order.map((i) => changed[i]).join('\n'), source: 'planted' },
  ]
}

describe('every result validates', () => {
  const seedA = { text: seed('thanhnien'), source: 'Thanh Niên' }
  const seedB = { text: seed('ngaynay'), source: 'Ngày Nay' }

  it.each([
    ['default options', {}],
    ['every contradiction kept (candidates too)', { minConfidence: 0 }],
    ['no boilerplate roles', { detectBoilerplate: false }],
    ['no divergence stage', { kinds: [] }],
  ] as const)('the seed pair, %s', (_name, options) => {
    const report = compare(seedA, seedB, options)
    expect(report.divergences.length + report.alignments.length).toBeGreaterThan(0)
    checkSchema('report', report)
  })

  it('planted pairs from real news sentences (test/fixtures/vi-news-sentences.jsonl)', () => {
    const pairs = corpusArticles()
      .filter((article) => article.sentences.length >= 4)
      .slice(0, 30)
      .map((article, k) => planted(article.sentences, k))
    const reports = pairs.map(([a, b]) => compare(a, b))
    expect(reports.filter((report) => report.divergences.some((d) => d.kind !== 'missing')).length).toBeGreaterThan(0)
    for (const report of reports) checkSchema('report', report)
  })

  it.each(ODD_CASES)('a hostile input: %s', (_name, text) => {
    checkSchema('report', compare(text, seedB))
    checkSchema('report', compare(seedA, { text }))
  })

  it('story reports: the seed story and five VietnameseMDS clusters', () => {
    const stories = [compareMany(SEED_STORY), ...[...vmdsClusters().values()].map((articles) => compareMany(articles))]
    expect(stories.some((story) => story.facts.length > 0 && story.names.length > 0)).toBe(true)
    for (const story of stories) checkSchema('story', story)
  })

  it('dedup decisions and clusters, in every mode', () => {
    const articles = corpusArticles().slice(0, 30).map((article, i) => ({ id: `a${i}`, text: article.sentences.join(' '), source: article.outlet }))
    articles.push({ id: 'copy', text: `Theo TTXVN: ${articles[0]!.text}`, source: 'copy' })
    for (const mode of ['near', 'event', 'both'] as const) {
      const index = createDedupIndex({ mode })
      for (const article of articles) checkSchema('dedup', index.add(article))
      const clusters = index.clusters()
      expect(clusters.length).toBeGreaterThan(0)
      for (const cluster of clusters) checkSchema('clusters', cluster)
    }
  })

  it.each(['near', 'event', 'both'] as const)('every line of a saved index, %s mode, with and without texts', (mode) => {
    for (const verify of [false, true]) {
      const index = createDedupIndex({ mode, verify })
      corpusArticles()
        .slice(0, 12)
        .forEach((article, i) => index.add({ id: `a${i}`, text: article.sentences.join(' '), published: `2025-08-${String(10 + (i % 5)).padStart(2, '0')}T08:00:00Z` }))
      const lines = [...index.snapshotLines()].map((line) => JSON.parse(line) as Record<string, unknown>)
      expect(lines.filter((line) => 'df' in line).length).toBe(mode === 'near' ? 0 : 1)
      expect(lines.filter((line) => 'root' in line).every((line) => ('text' in line) === verify)).toBe(true)
      for (const line of lines) checkSchema('snapshot', line)
    }
  })
})

describe('a result of the wrong shape does not validate', () => {
  const report = compare(seed('thanhnien'), seed('ngaynay'))
  const edited = (edit: (copy: any) => void): Report => {
    const copy = JSON.parse(JSON.stringify(report))
    edit(copy)
    return copy as Report
  }

  it.each([
    ['a field the type does not have', (r: any) => (r.score = 1), /must NOT have additional properties: score/],
    ['a required field left out', (r: any) => delete r.candidates, /must have required property 'candidates'/],
    ['an unknown sentence role', (r: any) => (r.a.sentences[0].role = 'footer'), /\/a\/sentences\/0\/role must be equal to one of the allowed values/],
    ['an overlap above 1', (r: any) => (r.overlap.score = 1.5), /\/overlap\/score must be <= 1/],
    ['a fractional offset', (r: any) => (r.divergences[0].a.start = 1.5), /\/divergences\/0\/a\/start must be integer/],
    ['another schemaVersion', (r: any) => (r.schemaVersion = 2), /\/schemaVersion must be equal to constant/],
  ])('%s', (_name, edit, message) => {
    expect(schemaErrors('report', edited(edit)).join('\n')).toMatch(message)
  })

  it.each([
    ['an article record with a fractional root', { id: 'a', published: null, root: 0.5 }],
    ['an article record with an unknown field', { id: 'a', published: null, root: 0, extra: 1 }],
    ['a header of another version', { format: 'corroborate-dedup-index', version: 3, options: {}, articles: 0, near: true, event: null, texts: false }],
  ])('a saved-index line: %s', (_name, line) => {
    expect(schemaErrors('snapshot', line)).not.toEqual([])
  })
})
