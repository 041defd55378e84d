/// <reference lib="dom" />
// (DOM types for the callbacks that run in the page; src/ is still built without them.)
/**
 * What the browser tests share: Debian's headless Chromium driven by playwright-core,
 * a page opened from a file as a reader would open it, and what that page tried to do
 * besides showing itself (requests, console errors, dialogs).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type Browser, type Page, chromium } from 'playwright-core'
import { ROOT } from '../helpers'

const CHROMIUM = '/usr/bin/chromium'
/** Skip only on a machine without Chromium outside CI; in CI a missing browser is a failure. */
export const SKIP_BROWSER = !existsSync(CHROMIUM) && !process.env.CI
export const ARTIFACTS = resolve(ROOT, 'test/artifacts')
// No background traffic of Chromium's own: this machine's network is closed.
const ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export function warnIfSkipped(what: string): void {
  if (SKIP_BROWSER) console.warn(`\n  SKIPPED ${what}: ${CHROMIUM} is missing (apt-get install chromium); CI installs it and runs them.\n`)
}

export function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true })
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS })
}

/** Every request other than the page itself, console errors (CSP violations among them) and dialogs. */
export interface Traffic {
  readonly requests: string[]
  readonly errors: string[]
  readonly dialogs: string[]
}

/** Write the page to test/artifacts and open it from there, recording its traffic. */
export async function openPage(browser: Browser, name: string, html: string, width = 1280): Promise<{ page: Page; traffic: Traffic }> {
  const file = resolve(ARTIFACTS, `${name}.html`)
  writeFileSync(file, html)
  const url = pathToFileURL(file).href
  const page = await browser.newPage({ viewport: { width, height: 900 } })
  const traffic: Traffic = { requests: [], errors: [], dialogs: [] }
  page.on('request', (request) => {
    if (request.url() !== url) traffic.requests.push(request.url())
  })
  page.on('console', (message) => {
    if (message.type() === 'error') traffic.errors.push(message.text())
  })
  page.on('dialog', (dialog) => {
    traffic.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto(url, { waitUntil: 'load' })
  return { page, traffic }
}

/** Whether the element is on screen, whole, in the viewport's height. */
export function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (element) => {
    const box = element.getBoundingClientRect()
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight
  })
}
