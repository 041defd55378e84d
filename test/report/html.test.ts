import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toHtml } from '../../src'
import { escapeHtml } from '../../src/report/escape'
import { type Mark, renderMarked } from '../../src/report/highlight'
import { doc, hostileReport, report, span } from './build'
import { seedReport } from './seed-report'

const HOSTILE = [
  '<script>window.pwned = 1</script>',
  '<img src=x onerror=alert(1)>',
  '</style><script>alert(1)</script>',
  '</textarea><svg onload=alert(1)>',
  '</title><script>alert(1)</script>',
  '" onmouseover="alert(1)',
  "' autofocus onfocus='alert(1)",
  '<a href="javascript:alert(1)">x</a>',
  '<!-- --><base href="https://evil.example/">',
]

/** Every element the HTML renderer writes itself. */
const OWN_ELEMENTS = new Set(
  'html head meta title style body main header footer nav section details summary h1 h2 h3 p div span a q br ul li mark table thead tbody tr th td svg rect text'.split(' '),
)

/** The tags alone, attribute values emptied: what a browser would parse as markup. */
function markup(html: string): string {
  return (html.match(/<[^>]*>/g) ?? []).map((tag) => tag.replace(/"[^"]*"/g, '""')).join('')
}

/** The visible text of an HTML fragment: tags dropped, entities decoded. */
function visibleText(html: string): string {
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }
  return html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e]!)
}

describe('toHtml escapes hostile article text', () => {
  it.each(HOSTILE)('shows %s as text', (payload) => {
    const html = toHtml(hostileReport(payload))
    expect(html).not.toContain(payload)
    expect(html).toContain(escapeHtml(payload))
  })

  it.each(HOSTILE)('opens only the renderer’s own elements for %s', (payload) => {
    const names = new Set([...markup(toHtml(hostileReport(payload))).matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1]!.toLowerCase()))
    expect([...names].filter((name) => !OWN_ELEMENTS.has(name))).toEqual([])
  })

  it.each(HOSTILE)('adds no event handler attribute for %s', (payload) => {
    expect(markup(toHtml(hostileReport(payload)))).not.toMatch(/\son[a-z]+\s*=/i)
  })

  it.each(HOSTILE)('links nowhere outside the page for %s', (payload) => {
    expect(toHtml(hostileReport(payload))).not.toMatch(/\s(href|src|action)="(?!#)/)
  })

  it.each(HOSTILE)('closes the style element only once for %s', (payload) => {
    expect(toHtml(hostileReport(payload)).match(/<\/style/gi)).toHaveLength(1)
  })
})

describe('toHtml is self-contained', () => {
  const html = toHtml(seedReport())

  it('declares a Content-Security-Policy that forbids every load but inline style', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`)
  })

  it('has no script element', () => {
    expect(html).not.toMatch(/<script/i)
  })

  it('points every link inside the page', () => {
    const targets = [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) => m[1])
    expect(targets.length).toBeGreaterThan(0)
    expect(targets.filter((target) => !target!.startsWith('#'))).toEqual([])
  })

  it('names no external URL anywhere in its markup or style', () => {
    expect(markup(html) + html.slice(html.indexOf('<style>'), html.indexOf('</style>'))).not.toMatch(/https?:|\/\/|url\(|@import/)
  })

  it('gives every jump link a target', () => {
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])
    expect(targets.filter((id) => !ids.has(id))).toEqual([])
  })

  it('uses each id once', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('toHtml lays out the seed pair', () => {
  const html = toHtml(seedReport())

  it('draws one row per alignment', () => {
    expect(html.match(/class="row link"/g)).toHaveLength(7)
  })

  it.each([
    ['a', 'Park Heong-joon'],
    ['b', 'Park Hyeong Jun'],
  ])('highlights the mayor’s name on side %s with the kind as its tooltip', (side, name) => {
    const mark = html.match(new RegExp(`<mark id="d0-${side}" class="hl k-name sev-medium" title="name \\(medium\\): [^"]*">(.*?)</mark>`))
    expect(mark).not.toBeNull()
    expect(visibleText(mark![1]!)).toBe(name)
  })

  it('marks the sentences that only one report has', () => {
    expect(html.match(/class="row only only-a"/g)).toHaveLength(9)
    expect(html.match(/class="row only only-b"/g)).toHaveLength(2)
  })

  it('greys boilerplate instead of calling it only-in', () => {
    expect(html).toMatch(/<div class="row boiler"><div class="cell side-a" lang="vi"><p class="s role-caption" id="a9">/)
  })

  it('sets the headline as a headline, not greyed with the boilerplate', () => {
    expect(html).toMatch(/<div class="row headline"><div class="cell side-a" lang="vi"><p class="s role-headline" id="a1">/)
    expect(html).not.toContain('<div class="row boiler"><div class="cell side-a" lang="vi"><p class="s role-headline"')
  })

  it('puts sentences only in B after the linked B sentence before them', () => {
    const order = [...html.matchAll(/<div class="row [^"]*"(?: id="(l\d+)")?>(?:<div class="meta">.*?<\/div>)?(?:<div class="cell empty"><\/div>)?<div class="cell side-(a|b)"[^>]*><p class="s[^"]*" id="([ab]\d+)"/g)]
      .map((m) => m[1] ?? m[3])
    expect(order.slice(order.indexOf('l2'), order.indexOf('l2') + 4)).toEqual(['l2', 'b4', 'b5', 'l3'])
  })

  it('collapses the equivalences', () => {
    expect(html).toMatch(/<details id="equivalences"><summary>Same fact, different form \(\d+\)<\/summary>/)
  })
})

describe('toHtml highlights', () => {
  const a = doc(['Ông Nam có 5 con mèo.'])
  const b = doc(['Ông Nam có 7 con mèo.'])
  const linked = report(a, b, { alignments: [{ a: [0], b: [0], similarity: 0.8, role: 'body' }] })

  it('marks the words that differ inside a linked pair', () => {
    const html = toHtml(linked)
    expect(html).toContain('có <span class="wd" title="not in B">5</span> con')
    expect(html).toContain('có <span class="wd" title="not in A">7</span> con')
  })

  it('leaves words alone when wordDiff is off', () => {
    expect(toHtml(linked, { wordDiff: false })).not.toContain('<span class="wd" title')
  })

  it('lists divergences most severe first', () => {
    const two = report(a, b, {
      divergences: [
        { kind: 'missing', severity: 'low', a: span(a, 0, 'mèo'), b: null, message: 'low one', confidence: 1, evidence: [], role: 'body' },
        { kind: 'number', severity: 'high', a: span(a, 0, '5'), b: span(b, 0, '7'), message: 'high one', confidence: 1, evidence: [], role: 'body' },
      ],
    })
    const html = toHtml(two)
    expect(html.indexOf('high one')).toBeLessThan(html.indexOf('low one'))
  })

  it('keeps the text whole when a divergence and an equivalence overlap', () => {
    const overlapping = report(a, b, {
      divergences: [{ kind: 'number', severity: 'high', a: span(a, 0, 'có 5'), b: span(b, 0, '7'), message: 'm', confidence: 1, evidence: [], role: 'body' }],
      equivalences: [{ a: span(a, 0, '5 con'), b: span(b, 0, '7 con'), reason: 'r' }],
    })
    const sentence = toHtml(overlapping).match(/<p class="s role-body" id="a0">(.*?)<\/p>/)![1]!
    expect(visibleText(sentence)).toBe('A0 only in A Ông Nam có 5 con mèo.')
    expect(sentence).toMatch(/<mark id="d0-a"[^>]*>có <\/mark><mark [^>]*><mark id="e0-a"[^>]*>5<\/mark><\/mark><mark [^>]*> con<\/mark>/)
  })
})

describe('renderMarked', () => {
  const arbitraryMark = fc.record({ start: fc.integer({ min: -3, max: 40 }), end: fc.integer({ min: -3, max: 40 }), layer: fc.constantFrom('fact' as const, 'word' as const) })

  it('shows exactly the sentence text, whatever the marks', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(arbitraryMark, { maxLength: 6 }), (text, raw) => {
        const marks: Mark[] = raw.map((m, i) => ({ ...m, className: `m${i}`, id: `i${i}` }))
        expect(visibleText(renderMarked(text, marks))).toBe(text)
      }),
    )
  })

  it('nests its elements properly, whatever the marks', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(arbitraryMark, { maxLength: 6 }), (text, raw) => {
        const html = renderMarked(text, raw.map((m, i) => ({ ...m, className: `m${i}` })))
        const stack: string[] = []
        for (const [, close, name] of html.matchAll(/<(\/?)(mark|span)\b[^>]*>/g)) {
          if (close) expect(stack.pop()).toBe(name)
          else stack.push(name!)
        }
        expect(stack).toEqual([])
      }),
    )
  })
})

describe('escapeHtml', () => {
  it.each([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ["'", '&#39;'],
    ['<b class="x">Tô Lâm & co</b>', '&lt;b class=&quot;x&quot;&gt;Tô Lâm &amp; co&lt;/b&gt;'],
    ['&amp;', '&amp;amp;'],
  ])('escapes %s', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected)
  })
})
