import { describe, expect, it } from 'vitest'
import { CorroborateError, compare, segment } from '../../src'
import type { StatedRole } from '../../src'

const body = 'The delegation visited the port city of Busan and met the city’s leaders over two days.'

/** A text of blocks separated by blank lines, and the ranges of the given roles. */
function blocks(parts: ReadonlyArray<readonly [string, StatedRole['role'] | null]>): { text: string; roles: StatedRole[] } {
  let text = ''
  const roles: StatedRole[] = []
  for (const [part, role] of parts) {
    if (text) text += '\n\n'
    if (role) roles.push({ start: text.length, end: text.length + part.length, role })
    text += part
  }
  return { text, roles }
}

describe('roles stated by the source', () => {
  it.each([
    ['a caption that reads like a sentence', 'The minister speaks at the ceremony in Busan on Wednesday.', 'caption'],
    ['a headline that ends with a full stop', 'Leaders meet in Busan.', 'headline'],
    ['a related-article title after the body', 'Trade between the two countries to reach 150 billion dollars', 'related'],
  ] as const)('take %s as stated, not as guessed', (_what, line, role) => {
    const { text, roles } = blocks([[body, 'body'], [line, role], [body.replace('two', 'three'), 'body']])
    expect(segment(text, { roles }).find((s) => s.text === line)?.role).toBe(role)
  })

  it('keeps a role a stated paragraph shows by itself', () => {
    const { text, roles } = blocks([[body, 'body'], ['Photo: Reuters', 'body'], ['Read more: Trade talks resume in Seoul', 'body']])
    expect(segment(text, { roles }).map((s) => s.role)).toEqual(['body', 'credit', 'related'])
  })

  it('guesses where nothing is stated', () => {
    const { text, roles } = blocks([['Leaders meet in Busan to open a consulate', null], [body, 'body']])
    expect(segment(text, { roles }).map((s) => s.role)).toEqual(['headline', 'body'])
  })

  it('applies stated roles when guessing is off', () => {
    const { text, roles } = blocks([['Leaders meet in Busan to open a consulate', 'headline'], [body, 'body'], ['Read more: Trade talks', null]])
    expect(segment(text, { roles, detectBoilerplate: false }).map((s) => s.role)).toEqual(['headline', 'body', 'body'])
  })

  it('keeps offsets into the original string when the text is not NFC', () => {
    const decomposed = 'Tô Lâm đến Busan.'.normalize('NFD')
    const { text, roles } = blocks([[decomposed, 'caption'], [body, 'body']])
    const sentences = segment(text, { roles })
    expect(sentences.map((s) => [s.role, text.slice(s.start, s.end) === s.text])).toEqual([
      ['caption', true],
      ['body', true],
    ])
  })

  it('passes through compare(): a stated caption is compared as a caption', () => {
    const a = blocks([[body, 'body'], ['The minister speaks at the ceremony in Busan.', 'caption']])
    const report = compare({ text: a.text, roles: a.roles }, body)
    expect(report.a.sentences.map((s) => s.role)).toEqual(['body', 'caption'])
  })

  it.each([
    ['not an array', 'body', 'a.roles'],
    ['a range past the end', [{ start: 0, end: 999, role: 'body' }], 'a.roles[0].end'],
    ['an unknown role', [{ start: 0, end: 5, role: 'footer' }], 'a.roles[0].role'],
    ['overlapping ranges', [{ start: 0, end: 10, role: 'body' }, { start: 5, end: 20, role: 'caption' }], 'a.roles[1].start'],
  ])('refuses %s with E_INPUT naming the place', (_what, roles, path) => {
    const call = (): unknown => compare({ text: body, roles } as never, body)
    expect(call).toThrow(CorroborateError)
    try {
      call()
    } catch (error) {
      expect((error as CorroborateError).code).toBe('E_INPUT')
      expect((error as CorroborateError).issues[0]!.path).toBe(path)
      expect((error as CorroborateError).message).toMatch(/expected .+, received /)
    }
  })
})
