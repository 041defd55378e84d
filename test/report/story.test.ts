import { describe, expect, it } from 'vitest'
import { compareMany, storyToHtml, storyToMarkdown, storyToText } from '../../src'
import { SEED_STORY } from '../story/seed-story'

const story = compareMany(SEED_STORY)
const html = storyToHtml(story)

describe('story renderings of the seed story', () => {
  it.each([
    ['text', storyToText(story)],
    ['markdown', storyToMarkdown(story)],
    ['html', html],
  ])('%s names both spellings, the changed number and every outlet', (_format, out) => {
    for (const needle of ['Park Heong-joon', 'Park Hyeong Jun', '30 năm', '35 năm', 'Thanh Niên', 'Ngày Nay', 'Third outlet', 'outlier']) expect(out).toContain(needle)
  })

  it('text says who is the outlier of each disagreement', () => {
    const text = storyToText(story)
    expect(text).toContain('outlier: Ngày Nay')
    expect(text).toContain('outlier: Third outlet')
    expect(text).toContain('"13.8 = 13/8" — Thanh Niên, Ngày Nay, Third outlet')
  })

  it('markdown has one column per outlet and marks the outlier cell', () => {
    const md = storyToMarkdown(story)
    expect(md).toContain('| | status | Thanh Niên | Ngày Nay | Third outlet |')
    expect(md).toContain('| number | majority | 30 năm | 30 năm | **35 năm** (outlier) |')
  })

  it('html: one row per fact or name, one column per outlet, outlier cells classed', () => {
    const rows = html.match(/<tr class="st-/g) ?? []
    expect(rows).toHaveLength(story.facts.length + story.names.length)
    expect(html.match(/<td class="outlier"/g)).toHaveLength(2)
  })

  it('html: every cell links to a sentence shown on the page', () => {
    const targets = [...html.matchAll(/href="#(o\d+-s\d+)"/g)].map((m) => m[1]!)
    expect(targets.length).toBeGreaterThan(0)
    for (const id of targets) expect(html).toContain(`id="${id}"`)
  })
})

describe('story HTML safety (same rules as toHtml)', () => {
  const hostile = compareMany([
    { text: 'Ông <script>alert(1)</script> nói 35 người bị thương tại Hà Nội hôm qua.', source: '<img src=x onerror=alert(2)>' },
    { text: 'Ông <b>X</b> nói 38 người bị thương tại Hà Nội hôm qua.', source: 'B"&' },
    { text: 'Ông X nói 35 người bị thương tại Hà Nội hôm qua.', source: "C'" },
  ])
  const page = storyToHtml(hostile)

  it('renders the hostile cells (the outlet saying 38 is the outlier)', () => {
    expect(hostile.facts[0]?.outliers).toEqual([1])
    expect(page).toContain('<td class="outlier"')
  })

  it('has a Content-Security-Policy and no script', () => {
    expect(page).toContain('http-equiv="Content-Security-Policy"')
    expect(page).toContain("default-src 'none'")
    expect(page).not.toMatch(/<script/i)
    expect(page).not.toMatch(/<img/i)
    expect(page).not.toMatch(/<b>/)
  })

  it('shows article text and labels as text', () => {
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(page).toContain('&lt;img src=x onerror=alert(2)&gt;')
    expect(page).toContain('B&quot;&amp;')
  })

  it('markdown escapes article text so it cannot break the table', () => {
    const md = storyToMarkdown(compareMany([{ text: 'Có 35 người | bị thương.', source: 'A|B' }, { text: 'Có 38 người | bị thương.', source: 'C' }]))
    expect(md).toContain('A\\|B')
  })
})

describe('story text safety', () => {
  it('shows control characters in labels and article text as escapes', () => {
    const text = storyToText(
      compareMany([
        { text: 'Có 35 người bị thương tại Hà Nội hôm qua \u001b]0;pwned\u0007.', source: 'A\u001b[2J' },
        { text: 'Có 38 người bị thương tại Hà Nội hôm qua.', source: 'B\u202e' },
        { text: 'Có 35 người bị thương tại Hà Nội hôm qua.', source: 'C' },
      ]),
    )
    expect(text).not.toMatch(/[\u001b\u0007\u202e]/)
    expect(text).toContain('A\\x1b[2J')
  })
})
