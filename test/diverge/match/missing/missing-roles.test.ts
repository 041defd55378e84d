/**
 * A missing fact from a headline or a teaser says where it stands (issue 11, point 5): its
 * `role` in the report, and a tag beside it in the text, Markdown and HTML renderings and in the
 * command line's output. A missing fact from the body carries no tag.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compare, toHtml, toMarkdown, toText } from '../../../../src'
import { ROOT } from '../../../helpers'

const EN_A = 'Flood kills 12 in Manila\n\nHeavy rain flooded the capital on Monday, officials said. Rescue teams worked through the night with 300 soldiers.\n\nThe rain is expected to ease on Tuesday.'
const EN_B = 'Floods hit the capital\n\nHeavy rain flooded the capital on Monday, officials said. Rescue teams worked through the night. The rain is expected to ease on Tuesday.'
const VI_A = 'Lũ quét làm 12 người chết ở Lào Cai\n\nMưa lớn gây lũ quét tại tỉnh này hôm thứ Hai, nhà chức trách cho biết. Lực lượng cứu hộ đã huy động 300 người tìm kiếm.\n\nMưa dự kiến giảm vào thứ Ba.'
const VI_B = 'Lũ quét ở vùng núi\n\nMưa lớn gây lũ quét tại tỉnh này hôm thứ Hai, nhà chức trách cho biết. Lực lượng cứu hộ đã tìm kiếm suốt đêm. Mưa dự kiến giảm vào thứ Ba.'

/** The missing facts of A as [text, role]. */
const missingOf = (a: string, b: string) =>
  compare({ text: a, source: 'A' }, { text: b, source: 'B' }).divergences.filter((d) => d.kind === 'missing' && d.a !== null).map((d) => [d.a!.text, d.role])

/** The line or item of each rendering that lists a fact. */
const RENDERINGS: Array<[string, (a: string, b: string, fact: string) => string | undefined]> = [
  ['text', (a, b, fact) => toText(compare({ text: a }, { text: b }), { width: 200 }).split('\n').find((line) => line.includes(`missing  A: "${fact}"`))],
  ['Markdown', (a, b, fact) => toMarkdown(compare({ text: a }, { text: b })).split('\n').find((line) => line.startsWith('| missing') && line.includes(`| ${fact}`))],
  ['HTML', (a, b, fact) => toHtml(compare({ text: a }, { text: b })).match(new RegExp(`<li id="d\\d+" class="k-missing">(?:(?!</li>).)*<q>${fact}</q>(?:(?!</li>).)*</li>`))?.[0]],
]

describe('a missing fact says which line it comes from', () => {
  it.each([
    ['en, a toll in the headline', EN_A, EN_B, '12', 'headline'],
    ['en, a place in the headline', EN_A, EN_B, 'Manila', 'headline'],
    ['en, a count in the body', EN_A, EN_B, '300 soldiers', 'body'],
    ['vi, a toll in the headline', VI_A, VI_B, '12 người', 'headline'],
    ['vi, a place in the headline', VI_A, VI_B, 'Lào Cai', 'headline'],
    ['vi, a count in the body', VI_A, VI_B, '300 người', 'body'],
  ])('in the report: %s', (_why, a, b, fact, role) => {
    expect(missingOf(a, b)).toContainEqual([fact, role])
  })

  it.each(RENDERINGS.flatMap(([name, line]) => [[name, 'en', EN_A, EN_B, 'Manila', line], [name, 'vi', VI_A, VI_B, 'Lào Cai', line]] as const))(
    'tagged headline in %s (%s)',
    (_name, _lang, a, b, fact, line) => {
      expect(line(a, b, fact)).toMatch(/headline/)
    },
  )

  it.each(RENDERINGS.flatMap(([name, line]) => [[name, 'en', EN_A, EN_B, '300 soldiers', line], [name, 'vi', VI_A, VI_B, '300 người', line]] as const))(
    'untagged body fact in %s (%s)',
    (_name, _lang, a, b, fact, line) => {
      expect(line(a, b, fact)).toBeDefined()
      expect(line(a, b, fact)).not.toMatch(/headline|teaser|caption/)
    },
  )

  it('tagged headline in the command line’s readable report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'missing-roles-'))
    writeFileSync(join(dir, 'a.txt'), EN_A)
    writeFileSync(join(dir, 'b.txt'), EN_B)
    const out = spawnSync(process.execPath, [resolve(ROOT, 'dist/cli.js'), 'compare', join(dir, 'a.txt'), join(dir, 'b.txt')], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', COLUMNS: '200' } })
    expect(out.stdout.split('\n').find((line) => line.includes('"Manila"'))).toMatch(/\(headline\)/)
  })
})
