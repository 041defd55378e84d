/// <reference lib="dom" />
// (DOM types for the callbacks that run in the page; src/ is still built without them.)
/**
 * The HTML report in a real browser: Debian's headless Chromium, driven by
 * playwright-core. Opens the page from a file, as a reader would, and checks
 * what a reader sees. Skips (loudly) only on a machine without Chromium outside
 * CI; in CI a missing browser is a failure.
 */
import { resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compare, toHtml } from '../../src'
import { ROOT, seed } from '../helpers'
import { ARTIFACTS, type Traffic, inViewport, launchChromium, openPage, SKIP_BROWSER, warnIfSkipped } from './chromium'

const seedHtml = (): string => toHtml(compare({ text: seed('thanhnien'), source: 'Thanh Niên' }, { text: seed('ngaynay'), source: 'Ngày Nay' }))

warnIfSkipped('browser tests')

describe.skipIf(SKIP_BROWSER)('the HTML report in headless Chromium', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
  })

  const open = (name: string, html: string, width?: number) => openPage(browser, name, html, width)

  describe('the seed pair', () => {
    let page: Page
    let traffic: Traffic

    beforeAll(async () => {
      ;({ page, traffic } = await open('seed-report', seedHtml()))
      await page.screenshot({ path: resolve(ARTIFACTS, 'seed-report.png') })
      await page.locator('#l0').scrollIntoViewIfNeeded()
      await page.screenshot({ path: resolve(ARTIFACTS, 'seed-report-rows.png') })
      // The README's picture: regenerate with CORROBORATE_DOCS_SCREENSHOT=1.
      if (process.env.CORROBORATE_DOCS_SCREENSHOT) await page.screenshot({ path: resolve(ROOT, 'docs/report-screenshot.png') })
      await page.evaluate(() => window.scrollTo(0, 0))
    })

    afterAll(async () => {
      await page?.close()
    })

    it('shows one aligned row per link', async () => {
      expect(await page.locator('.row.link').count()).toBe(7)
    })

    it.each([
      ['#d0-a', 'Park Heong-joon'],
      ['#d0-b', 'Park Hyeong Jun'],
    ])('highlights the mayor’s name at %s, with its kind as the tooltip', async (selector, name) => {
      const mark = page.locator(selector)
      expect(await mark.textContent()).toBe(name)
      expect(await mark.getAttribute('title')).toMatch(/^name \(medium\): /)
      expect(await mark.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)')
    })

    it('sets the headline larger and bolder than body text, in the body text colour', async () => {
      const style = (selector: string): Promise<{ size: number; weight: number; color: string }> =>
        page.$eval(selector, (element) => {
          const computed = getComputedStyle(element)
          return { size: parseFloat(computed.fontSize), weight: Number(computed.fontWeight), color: computed.color }
        })
      const [headline, body, caption] = await Promise.all([style('#a1'), style('#a6'), style('#a9')])
      expect(headline.size).toBeGreaterThan(body.size)
      expect(headline.weight).toBeGreaterThanOrEqual(700)
      expect(headline.color).toBe(body.color)
      expect(caption.color).not.toBe(body.color)
    })

    it('scrolls to the name in B when its jump link is clicked', async () => {
      await page.evaluate(() => window.scrollTo(0, 0))
      expect(await inViewport(page, '#d0-b')).toBe(false)
      await page.click('a[href="#d0-b"]')
      await expect.poll(() => inViewport(page, '#d0-b')).toBe(true)
    })

    it('follows a jump link from the keyboard', async () => {
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.focus('a[href="#d0-a"]')
      await page.keyboard.press('Enter')
      await expect.poll(() => inViewport(page, '#d0-a')).toBe(true)
    })

    it('shows keyboard focus with an outline', async () => {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      await page.keyboard.press('Tab')
      const outline = await page.evaluate(() => {
        const active = document.activeElement!
        return `${active.tagName} ${getComputedStyle(active).outlineStyle}`
      })
      expect(outline).toBe('A solid')
    })

    it('makes no network request and hits no policy violation', () => {
      expect(traffic).toEqual({ requests: [], errors: [], dialogs: [] })
    })

    it('hides the navigation when printed', async () => {
      await page.emulateMedia({ media: 'print' })
      const display = await page.$eval('nav', (nav) => getComputedStyle(nav).display)
      await page.emulateMedia({ media: 'screen' })
      expect(display).toBe('none')
    })
  })

  describe('at phone width', () => {
    it('stacks the two sides in one column without horizontal scrolling', async () => {
      const { page } = await open('seed-report-phone', seedHtml(), 390)
      await page.locator('#l1').scrollIntoViewIfNeeded()
      await page.screenshot({ path: resolve(ARTIFACTS, 'seed-report-phone.png') })
      const layout = await page.evaluate(() => {
        const [a, b] = Array.from(document.querySelectorAll('#l1 .cell')).map((cell) => cell.getBoundingClientRect())
        return { sameColumn: a!.left === b!.left, aAboveB: a!.bottom <= b!.top, overflow: document.documentElement.scrollWidth - window.innerWidth }
      })
      await page.close()
      expect(layout).toEqual({ sameColumn: true, aAboveB: true, overflow: 0 })
    })
  })

  describe('a hostile article', () => {
    const payload = '<script>window.pwned = 1; alert(1)</script> <img src=x onerror="window.pwned = 2; alert(2)"> </style><svg onload="window.pwned = 3">'
    let page: Page
    let traffic: Traffic

    beforeAll(async () => {
      const text = (who: string): string => `Thị trưởng ${who} nói: ${payload} Thành phố Busan mong muốn hợp tác chặt chẽ.`
      const report = compare({ text: text('Park Heong-joon'), source: `A ${payload}` }, { text: text('Park Hyeong Jun'), source: 'B' })
      ;({ page, traffic } = await open('hostile-report', toHtml(report)))
    })

    afterAll(async () => {
      await page?.close()
    })

    it('runs none of its script', async () => {
      expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined()
      expect(traffic.dialogs).toEqual([])
    })

    it('creates none of its elements', async () => {
      expect(await page.evaluate(() => document.querySelectorAll('script, img, body svg:not(.bars)').length)).toBe(0)
    })

    it('shows its markup as text', async () => {
      expect(await page.locator('#a0').textContent()).toContain('<script>window.pwned = 1; alert(1)</script>')
    })

    it('makes no request for its image', () => {
      expect(traffic.requests).toEqual([])
    })
  })
})
