/**
 * story58 (issue 15): the spans a missing name may not be widened over (every fact and name of the
 * report but the pieces a pair lists missing) are gathered and sorted once a report, and each pair
 * leaves out its own pieces. Which pieces a pair lists depends on the other report, so a report's
 * kept spans must not carry one pair's pieces into another pair: the story's facts only one outlet
 * states are what compare() lists missing for that outlet in every pair, whichever pair came first.
 */
import { describe, expect, it } from 'vitest'
import { compare, compareMany } from '../../src'

/** Each outlet's missing facts listed in every one of its pairs by compare(), as `outlet:text`. */
function uniqueByCompare(articles: readonly string[]): string[] {
  const byOutlet = articles.map(() => new Map<string, number>())
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      for (const d of compare(articles[i]!, articles[j]!).divergences) {
        if (d.kind !== 'missing' || !d.factType) continue
        if (d.a) byOutlet[i]!.set(`${d.a.start}:${d.a.text}`, (byOutlet[i]!.get(`${d.a.start}:${d.a.text}`) ?? 0) + 1)
        if (d.b) byOutlet[j]!.set(`${d.b.start}:${d.b.text}`, (byOutlet[j]!.get(`${d.b.start}:${d.b.text}`) ?? 0) + 1)
      }
    }
  }
  return byOutlet.flatMap((m, outlet) => [...m].filter(([, n]) => n === articles.length - 1).map(([key]) => `${outlet}:${key.slice(key.indexOf(':') + 1)}`)).sort()
}

const uniqueByStory = (articles: readonly string[]): string[] =>
  compareMany(articles).unique.facts.map((f) => `${f.outlet}:${f.text}`).sort()

// A report with a name in pieces (Martin Luther | King Jr.), one naming none of it, one naming a piece and
// another name in pieces (Jesse Jackson | Jr.) the other two never write.
const STORIES = {
  en: [
    'The memorabilia of Martin Luther King Jr. came from a dealer in Chicago, prosecutors said on Monday.',
    'Prosecutors said on Monday the memorabilia was bought with campaign money from a dealer in Chicago.',
    'Prosecutors said on Monday that Jesse Jackson Jr. bought the Martin Luther memorabilia from a dealer in Chicago.',
  ],
  vi: [
    'Theo các công tố viên liên bang, những kỷ vật của Martin Luther King Jr. được bán với giá 10.000 USD cho một người sưu tầm ở Chicago.',
    'Theo các công tố viên liên bang, những kỷ vật được bán với giá 10.000 USD cho một người sưu tầm ở Chicago.',
    'Theo các công tố viên liên bang, Jesse Jackson Jr. đã mua những kỷ vật của Martin Luther với giá 10.000 USD từ một người sưu tầm ở Chicago.',
  ],
}

describe('a name in pieces, in a story of three reports', () => {
  it.each(Object.entries(STORIES))('%s: the story lists what compare() lists in every pair', (_lang, articles) => {
    expect(uniqueByStory(articles)).toEqual(uniqueByCompare(articles))
  })

  it.each(Object.entries(STORIES))('%s: the same, the other two reports met in the other order', (_lang, [a, b, c]) => {
    expect(uniqueByStory([a!, c!, b!])).toEqual(uniqueByCompare([a!, c!, b!]))
  })

  it.each(Object.entries(STORIES))('%s: the third report’s name is listed whole, as only it states it', (_lang, articles) => {
    expect(uniqueByStory(articles)).toContain('2:Jesse Jackson Jr')
  })

  it.each(Object.entries(STORIES))('%s: a pair lists the whole name where the other report names none of it', (_lang, [a, b]) => {
    const missing = compare(a!, b!).divergences.filter((d) => d.kind === 'missing' && d.factType === 'name').map((d) => d.a?.text)
    expect(missing).toContain('Martin Luther King Jr.')
  })
})
