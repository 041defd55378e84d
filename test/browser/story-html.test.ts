/// <reference lib="dom" />
// (DOM types for the callbacks that run in the page; src/ is still built without them.)
/**
 * The story report's HTML table in a real browser (Debian's headless Chromium,
 * driven by playwright-core), as html.test.ts does for the pairwise page: the
 * seed story (Thanh Niên, Ngày Nay, the third outlet) opened from a file, and
 * what a reader sees checked. Skips loudly only without Chromium outside CI.
 */
import { resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compareMany, storyToHtml } from '../../src'
import { ROOT } from '../helpers'
import { SEED_STORY } from '../story/seed-story'
import { ARTIFACTS, type Traffic, inViewport, launchChromium, openPage, SKIP_BROWSER, warnIfSkipped } from './chromium'

/** What a row shows: its slot heading, then per outlet the cell's text and class. */
interface RowView {
  readonly slot: string
  readonly cells: { text: string; className: string }[]
}

warnIfSkipped('story browser tests')

describe.skipIf(SKIP_BROWSER)('the story report in headless Chromium', () => {
  let browser: Browser
  const story = compareMany(SEED_STORY)

  beforeAll(async () => {
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
  })

  const open = (name: string, html: string, width?: number) => openPage(browser, name, html, width)

  describe('the seed story', () => {
    let page: Page
    let traffic: Traffic
    let rows: RowView[]

    beforeAll(async () => {
      ;({ page, traffic } = await open('seed-story', storyToHtml(story)))
      await page.screenshot({ path: resolve(ARTIFACTS, 'seed-story.png') })
      // The README's picture: regenerate with CORROBORATE_DOCS_SCREENSHOT=1.
      if (process.env.CORROBORATE_DOCS_SCREENSHOT) await page.screenshot({ path: resolve(ROOT, 'docs/story-screenshot.png') })
      rows = await page.$$eval('table.story tbody tr', (trs) =>
        trs.map((tr) => ({
          slot: tr.querySelector('th')!.innerText,
          cells: Array.from(tr.querySelectorAll('td')).map((td) => ({ text: td.innerText.trim(), className: td.className })),
        })),
      )
    })

    afterAll(async () => {
      await page?.close()
    })

    it('shows one row per fact or name and one column per outlet', async () => {
      expect(rows).toHaveLength(story.facts.length + story.names.length)
      const heads = await page.$$eval('table.story thead th', (ths) => ths.map((th) => th.textContent))
      expect(heads).toEqual(['slot', 'Thanh Niên', 'Ngày Nay', 'Third outlet'])
    })

    it.each([
      ['the mayor’s two spellings, Ngày Nay alone', 'Park Hyeong Jun', ['majority', 'outlier', 'majority'], ['Park Heong-joon', 'Park Hyeong Jun', 'Park Heong-joon']],
      ['the changed number, the third outlet alone', '35 năm', ['majority', 'majority', 'outlier'], ['30 năm', '30 năm', '35 năm']],
      ['13.8 / 13/8 as agreement', '13/8', ['agree', 'agree', 'agree'], ['13.8', '13/8', '13.8']],
    ])('shows %s', (_name, needle, classes, texts) => {
      const row = rows.find((r) => r.cells.some((c) => c.text.includes(needle)))!
      expect(row.cells.map((c) => c.className)).toEqual(classes)
      row.cells.forEach((cell, o) => expect(cell.text.startsWith(texts[o]!)).toBe(true))
    })

    it('lists who uses each spelling in the row heading', () => {
      const mayor = rows.find((r) => r.slot.includes('Park Hyeong Jun'))!
      expect(mayor.slot).toContain('“Park Heong-joon”: Thanh Niên, Third outlet')
      expect(mayor.slot).toContain('“Park Hyeong Jun”: Ngày Nay')
    })

    it('sets outlier cells apart from agreeing ones, with a visible tag', async () => {
      const background = (selector: string): Promise<string> => page.$eval(selector, (element) => getComputedStyle(element).backgroundColor)
      const [outlier, majority, agree] = await Promise.all([background('td.outlier'), background('td.majority'), background('td.agree')])
      expect(new Set([outlier, majority]).size).toBe(2)
      expect(outlier).not.toBe(agree)
      expect(await page.locator('td.outlier .tag').first().isVisible()).toBe(true)
    })

    it('scrolls to the outlier’s sentence when its cell is clicked, and outlines it', async () => {
      await page.evaluate(() => window.scrollTo(0, 0))
      const link = page.locator('td.outlier a').first()
      const target = (await link.getAttribute('href'))!
      expect(await inViewport(page, target)).toBe(false)
      await link.click()
      await expect.poll(() => inViewport(page, target)).toBe(true)
      expect(await page.$eval(target, (element) => getComputedStyle(element).outlineStyle)).toBe('solid')
    })

    it('makes no network request and hits no policy violation', () => {
      expect(traffic).toEqual({ requests: [], errors: [], dialogs: [] })
    })
  })

  describe('at phone width', () => {
    it('scrolls the table sideways inside its box, not the page', async () => {
      const { page } = await open('seed-story-phone', storyToHtml(story), 390)
      await page.screenshot({ path: resolve(ARTIFACTS, 'seed-story-phone.png'), fullPage: false })
      const layout = await page.evaluate(() => {
        const box = document.querySelector('.scroll')!
        return { pageOverflow: document.documentElement.scrollWidth - window.innerWidth, tableWider: box.scrollWidth > box.clientWidth }
      })
      await page.close()
      expect(layout.pageOverflow).toBe(0)
      expect(layout.tableWider).toBe(true)
    })
  })

  describe('a hostile story', () => {
    const payload = '<script>window.pwned = 1; alert(1)</script> <img src=x onerror="window.pwned = 2">'
    let page: Page
    let traffic: Traffic

    beforeAll(async () => {
      const hostile = compareMany([
        { text: `Ông ${payload} nói 35 người bị thương tại Hà Nội hôm qua.`, source: `A ${payload}` },
        { text: 'Ông X nói 38 người bị thương tại Hà Nội hôm qua.', source: 'B' },
        { text: 'Ông X nói 35 người bị thương tại Hà Nội hôm qua.', source: 'C' },
      ])
      ;({ page, traffic } = await open('hostile-story', storyToHtml(hostile)))
    })

    afterAll(async () => {
      await page?.close()
    })

    it('runs none of its script and loads none of its images', async () => {
      expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined()
      expect(await page.evaluate(() => document.querySelectorAll('script, img').length)).toBe(0)
      expect(traffic).toEqual({ requests: [], errors: [], dialogs: [] })
    })

    it('shows its markup as text', async () => {
      expect(await page.locator('#o0').textContent()).toContain('<script>window.pwned = 1; alert(1)</script>')
    })
  })
})
