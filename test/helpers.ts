import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { compare } from '../src'

export const ROOT = resolve(__dirname, '..')

export function seed(name: 'thanhnien' | 'ngaynay'): string {
  return readFileSync(resolve(ROOT, 'examples/seeds', `${name}.txt`), 'utf8')
}

export interface CorpusArticle {
  readonly url: string
  readonly outlet: string
  readonly sentences: readonly string[]
}

let corpus: CorpusArticle[] | undefined
/** The 89 articles of test/fixtures/vi-news-sentences.jsonl (source and licence in test/fixtures/README.md). */
export function corpusArticles(): CorpusArticle[] {
  corpus ??= readFileSync(resolve(ROOT, 'test/fixtures/vi-news-sentences.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CorpusArticle)
  return corpus
}

/**
 * The contradictions of figures compare() reports at its defaults, as "A | B": what the rule tables
 * of test/diverge assert against.
 */
export function figureFlags(a: string, b: string, kinds: readonly string[] = ['number', 'date']): string[] {
  return compare(a, b)
    .divergences.filter((d) => kinds.includes(d.kind))
    .map((d) => `${d.a!.text} | ${d.b!.text}`)
}

/**
 * Every pairing of figures compare() makes, weak ones too (`minConfidence: 0`, divergences and
 * candidates), as "A | B": what a rule that sets two figures apart must remove.
 */
export function figurePairings(a: string, b: string, kinds: readonly string[] = ['number', 'date']): string[] {
  const report = compare(a, b, { minConfidence: 0 })
  return [...report.divergences, ...report.candidates].filter((d) => kinds.includes(d.kind)).map((d) => `${d.a!.text} | ${d.b!.text}`)
}

/** Every number contradiction of a compare, as its two texts. */
export const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

/** The `approximation` equivalences of a compare, as their two texts. */
export const approximations = (a: string, b: string): string[][] =>
  compare(a, b)
    .equivalences.filter((e) => e.reason === 'approximation')
    .map((e) => [e.a.text, e.b.text])
