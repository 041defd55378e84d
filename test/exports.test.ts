import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as api from '../src'
import { ROOT } from './helpers'

const PUBLIC = ['CorroborateError', 'alignSentences', 'compare', 'compareBatch', 'compareBatchJson', 'compareMany', 'storyToHtml', 'storyToMarkdown', 'storyToText', 'normalize', 'safeCompare', 'createDedupIndex', 'loadDedupIndex', 'signature', 'detectLanguage', 'foldWord', 'isNameVariant', 'nameSimilarity', 'parsePublished', 'segment', 'similarity', 'toHtml', 'toMarkdown', 'toText', 'tokens']

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual([...PUBLIC].sort())
  })

  it('loads from the ESM build', async () => {
    const esm = (await import(resolve(ROOT, 'dist/index.js'))) as Record<string, unknown>
    expect(Object.keys(esm).sort()).toEqual([...PUBLIC].sort())
  })

  it('loads from the CommonJS build with require()', () => {
    const cjs = createRequire(import.meta.url)(resolve(ROOT, 'dist/index.cjs')) as Record<string, unknown>
    expect(Object.keys(cjs).sort()).toEqual([...PUBLIC].sort())
  })

  it('compares from the CommonJS build in a plain node process', () => {
    const out = execFileSync(process.execPath, ['-e', "const {compare}=require('./dist/index.cjs');console.log(compare('Một câu.','Một câu.').overlap.score)"], { cwd: ROOT, encoding: 'utf8' })
    expect(out.trim()).toBe('1')
  })
})
