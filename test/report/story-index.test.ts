import { describe, expect, it } from 'vitest'
import { compareMany } from '../../src'
import { shortTitle, storyIndexHtml, storyIndexMarkdown } from '../../src/report/story-index'
import { SEED_STORY } from '../story/seed-story'

const story = compareMany(SEED_STORY)
const hostile = { ...story, outlets: ['<script>alert(1)</script>', 'A | B', 'Third outlet'] }
const entries = [{ number: 1, file: 'story-1.html', title: 'Busan <b>mayor</b> | visit', story: hostile }]

describe('storyIndexHtml / storyIndexMarkdown: the index of a folder of story pages', () => {
  it('lists each story with its link, reports, disagreeing rows and the outlets alone, escaped', () => {
    const html = storyIndexHtml(entries)
    expect(html).toContain('http-equiv="Content-Security-Policy"')
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('<a href="story-1.html">Busan &lt;b&gt;mayor&lt;/b&gt; | visit</a>')
    // the seed story: the mayor's spelling and the changed number disagree; Ngày Nay and the third outlet stand alone
    expect(html).toContain('<td>3</td><td>&lt;script&gt;alert(1)&lt;/script&gt;, A | B, Third outlet</td><td>2</td><td>A | B, Third outlet</td>')
  })

  it('keeps a Markdown table one row per story whatever the titles hold', () => {
    const md = storyIndexMarkdown(entries)
    const row = md.split('\n').find((line) => line.startsWith('| 1 '))!
    expect(row).toContain('[Busan &lt;b&gt;mayor&lt;/b&gt; \\| visit](story-1.html)')
    expect(row).toContain('A \\| B, Third outlet |')
  })

  it.each([
    ['no stories, HTML', storyIndexHtml([]), 'No story of two or more reports.'],
    ['no stories, Markdown', storyIndexMarkdown([]), 'No story of two or more reports.'],
  ])('says so when there is %s', (_name, page, text) => {
    expect(page).toContain(text)
  })
})

describe('shortTitle', () => {
  it.each([
    ['Short title', 'Short title'],
    ['  spaced\n  out  ', 'spaced out'],
    ['word '.repeat(40), `${'word '.repeat(24).trim()}…`],
  ])('%j → %j', (input, output) => {
    expect(shortTitle(input)).toBe(output)
  })
})
