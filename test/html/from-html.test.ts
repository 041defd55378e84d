import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { DOMParser } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { CorroborateError, compare } from '../../src'
import { fromHtml } from '../../src/html'
import type { Divergence, Equivalence, HtmlArticle } from '../../src'
import { ROOT, seed } from '../helpers'

// Sources and licences: test/fixtures/html/README.md.
const FIXTURES = resolve(ROOT, 'test/fixtures/html')
const PAGES = readdirSync(resolve(FIXTURES, 'readability'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim()
const read = (...path: string[]): string => readFileSync(resolve(FIXTURES, ...path), 'utf8')
const textOf = (html: string): string => squash(new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html').documentElement.textContent ?? '')

describe('fromHtml on real news pages (Readability test suite)', () => {
  it('has at least 10 pages to read', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(10)
  })

  it.each(PAGES)('%s: headline and every paragraph of the article come through intact', (page) => {
    const article = fromHtml(read('readability', page, 'source.html'), { url: 'http://fakehost/test/page.html' })
    const expected = JSON.parse(read('readability', page, 'expected-metadata.json')) as { title: string }
    // The headline opens the text and is stated as one.
    expect(article.title).toBe(squash(expected.title))
    expect(article.roles[0]).toEqual({ start: 0, end: article.title!.length, role: 'headline' })
    // Every paragraph Readability's own suite expects is in the text, word for word.
    const paragraphs = [...new DOMParser().parseFromString(`<html><body>${read('readability', page, 'expected.html')}</body></html>`, 'text/html').querySelectorAll('p, li')]
      .map((element) => squash(element.textContent ?? ''))
      .filter((text) => text.length > 30)
    expect(paragraphs.length).toBeGreaterThan(2)
    const text = squash(article.text)
    expect(paragraphs.filter((paragraph) => !text.includes(paragraph))).toEqual([])
    // Compared, the body sentences are the article's, and the headline is not guessed from them.
    const report = compare(article, article)
    expect(report.a.sentences.filter((s) => s.role === 'headline').map((s) => s.text)).toEqual([article.title])
    expect(report.a.sentences.filter((s) => s.role === 'body').length).toBeGreaterThan(paragraphs.length / 2)
  })

  it.each(PAGES)('%s: every block maps back to the element it came from', (page) => {
    const html = read('readability', page, 'source.html')
    const article = fromHtml(html)
    expect(article.htmlMap.length).toBe(article.roles.length)
    const mapped = article.htmlMap.filter((m) => m.htmlStart !== null)
    expect(mapped.length).toBeGreaterThan(article.htmlMap.length * 0.9)
    for (const m of mapped) expect(textOf(html.slice(m.htmlStart!, m.htmlEnd!))).toContain(squash(article.text.slice(m.start, m.end)))
  })
})

describe('fromHtml on outlet templates carrying the seed articles', () => {
  const thanhnien = fromHtml(read('seeds', 'thanhnien.html'), { url: 'https://thanhnien.vn/tong-bi-thu-to-lam-du-le-ra-mat-tong-lanh-su-quan-viet-nam-tai-busan.htm' })
  const ngaynay = fromHtml(read('seeds', 'ngaynay.html'))
  const rolesOf = (article: HtmlArticle, role: string): string[] => article.roles.filter((r) => r.role === role).map((r) => article.text.slice(r.start, r.end))

  it('reads headline, byline, time and outlet from the markup', () => {
    expect(thanhnien).toMatchObject({
      title: 'Tổng Bí thư Tô Lâm dự lễ ra mắt Tổng lãnh sự quán Việt Nam tại Busan',
      byline: 'Đậu Tiến Đạt',
      published: '2025-08-13T11:47:00.000Z',
      source: 'Báo Thanh Niên',
      url: expect.stringMatching(/^https:\/\/thanhnien\.vn\//),
    })
    expect(rolesOf(thanhnien, 'headline')).toEqual([thanhnien.title])
  })

  it('takes captions from figcaption and credits from the credit line inside it', () => {
    expect(rolesOf(thanhnien, 'caption')).toEqual([
      'Tổng Bí thư Tô Lâm và các đại biểu thực hiện nghi thức ra mắt Tổng lãnh sự quán Việt Nam tại Busan',
      'Tổng Bí thư Tô Lâm phát biểu tại buổi lễ',
      'Tổng Bí thư Tô Lâm tiếp Thị trưởng TP.Busan Park Heong-joon',
    ])
    expect(rolesOf(thanhnien, 'credit')).toEqual(['ẢNH: TTXVN', 'ẢNH: TTXVN', 'ẢNH: TTXVN'])
  })

  it('keeps the sapo as the lead paragraph and the related box as related', () => {
    expect(rolesOf(thanhnien, 'body')[0]).toMatch(/^Ngày 13\.8, Tổng Bí thư Tô Lâm đã dự lễ ra mắt/)
    expect(rolesOf(thanhnien, 'related')).toEqual([
      'Việt Nam - Hàn Quốc hướng đến kim ngạch thương mại 150 tỉ USD',
      expect.stringMatching(/^Trong khuôn khổ chuyến thăm cấp Nhà nước/),
    ])
    expect(rolesOf(ngaynay, 'body')[0]).toMatch(/^\(Ngày Nay\) - Tiếp tục/)
  })

  it('gives the same divergences and equivalences as the seed texts', () => {
    const found = (divergences: readonly Divergence[]): string[] =>
      divergences.map((d) => [d.kind, d.role, d.severity, d.factType ?? '', d.a?.text ?? '-', d.b?.text ?? '-'].join(' | ')).sort()
    const equal = (equivalences: readonly Equivalence[]): string[] => equivalences.map((e) => `${e.reason} | ${e.a.text} | ${e.b.text}`).sort()
    const fromText = compare(seed('thanhnien'), seed('ngaynay'))
    const fromPages = compare(thanhnien, ngaynay)
    expect(found(fromPages.divergences)).toEqual(found(fromText.divergences))
    expect(found(fromPages.candidates)).toEqual(found(fromText.candidates))
    expect(equal(fromPages.equivalences)).toEqual(equal(fromText.equivalences))
    expect(fromPages.divergences.length).toBeGreaterThan(0)
    // Offsets point into the extracted text.
    for (const d of fromPages.divergences) if (d.a) expect(thanhnien.text.slice(d.a.start, d.a.end)).toBe(d.a.text)
  })

  it('takes the headline and captions from the markup, not from guesses', () => {
    const report = compare(thanhnien, ngaynay)
    const sentences = (role: string): string[] => report.a.sentences.filter((s) => s.role === role).map((s) => s.text)
    expect(sentences('headline')).toEqual([thanhnien.title])
    expect(sentences('caption')).toEqual(rolesOf(thanhnien, 'caption'))
    // A caption that reads like a sentence stays a caption when the markup says so.
    const page = read('seeds', 'thanhnien.html').replace('Tổng Bí thư Tô Lâm phát biểu tại buổi lễ</p>', 'Tổng Bí thư Tô Lâm phát biểu tại buổi lễ chiều 13.8.</p>')
    const captioned = compare(fromHtml(page), ngaynay).a.sentences.find((s) => s.text.endsWith('chiều 13.8.'))
    expect(captioned?.role).toBe('caption')
  })
})

describe('fromHtml refuses bad input', () => {
  it.each([
    ['a number for the page', () => fromHtml(42 as never), 'E_INPUT', 'html'],
    ['null for the page', () => fromHtml(null as never), 'E_INPUT', 'html'],
    ['a relative URL', () => fromHtml('<p>x</p>', { url: '/news/1' }), 'E_OPTION', 'options.url'],
    ['a number for source', () => fromHtml('<p>x</p>', { source: 3 as never }), 'E_OPTION', 'options.source'],
    ['a page over maxLength', () => fromHtml('<p>long enough</p>', { maxLength: 5 }), 'E_TOO_LARGE', 'html'],
  ])('%s', (_what, call, code, path) => {
    expect(call).toThrow(CorroborateError)
    try {
      call()
    } catch (error) {
      expect(error).toMatchObject({ code, issues: [{ path }] })
      expect((error as Error).message).toMatch(/expected .+, received /)
    }
  })

  it('reads a fragment with no <html> or <title>: headline from its h1, offsets into the fragment', () => {
    const fragment = '<h1>Leaders meet in Busan</h1><p>The two leaders met in Busan on Wednesday to open a consulate.</p>'
    const article = fromHtml(fragment)
    expect(article.roles.map((r) => r.role)).toEqual(['headline', 'body'])
    expect(article.htmlMap.map((m) => fragment.slice(m.htmlStart!, m.htmlEnd!))).toEqual(['<h1>Leaders meet in Busan</h1>', '<p>The two leaders met in Busan on Wednesday to open a consulate.</p>'])
  })

  it('returns an empty article for a page with no text, rather than failing', () => {
    expect(fromHtml('<html><body><script>var a = 1</script></body></html>')).toMatchObject({ text: '', roles: [], htmlMap: [] })
  })

  it.each([
    [40, null],
    [20_000, 'E_INPUT'],
  ])('markup nested %i deep: read, or refused at once with a CorroborateError (never a stack overflow)', (depth, code) => {
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep text of the article sits here at the bottom of the page.</p>${'</div>'.repeat(depth)}</body></html>`
    if (code === null) expect(fromHtml(html).text).toContain('Deep text')
    else expect(() => fromHtml(html)).toThrow(expect.objectContaining({ code, message: expect.stringMatching(/expected elements nested at most \d+ deep, received elements nested deeper/) }))
  })
})
