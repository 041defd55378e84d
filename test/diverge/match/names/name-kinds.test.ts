import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { nameKind } from '../../../../src/diverge/match/names/name-kinds'

const nameFlags = (a: string, b: string): string[] =>
  compare(a, b, { minConfidence: 0 })
    .divergences.filter((d) => d.kind === 'name')
    .map((d) => `${d.a!.text} | ${d.b!.text}`)

const kindOf = (text: string, name: string): string | undefined => {
  const at = text.indexOf(name)
  return nameKind(text, at, at + name.length)
}

describe('the kind of a name read from its neighbours', () => {
  it.each([
    ['Thậm chí, ngay như Maradona, người rất yêu mến Messi cũng phải thừa nhận.', 'Maradona', 'person'],
    ['Sau lễ trao giải tại sân Maracana, ông Blatter bày tỏ sự ngạc nhiên.', 'Maracana', 'place'],
    ['Ông Blatter bày tỏ sự ngạc nhiên.', 'Blatter', 'person'],
    ['The final was played at the Maracana stadium on Sunday.', 'Maracana', 'place'],
    ['Coach Ferguson said the team was tired.', 'Ferguson', 'person'],
    ['Ferguson, 71, said the team was tired.', 'Ferguson', 'person'],
    ['Đoàn công tác đã đến thành phố Hồ Chí Minh hôm qua.', 'Hồ Chí Minh', 'place'],
    ['Đoàn công tác đã đến Hồ Chí Minh hôm qua.', 'Hồ Chí Minh', undefined],
    ['Police in Ferguson said the protest was peaceful.', 'Ferguson', undefined],
    ['Theo ghi nhận ở Quảng Nam người dân đã sơ tán.', 'Quảng Nam', undefined],
  ])('%s → %s: %s', (text, name, kind) => {
    expect(kindOf(text, name)).toBe(kind)
  })
})

describe('a person and a place with close spellings are two names', () => {
  it.each([
    ['vi: a footballer / a stadium', 'Thậm chí, ngay như Maradona, người rất yêu mến Messi cũng phải thừa nhận Messi không xứng đáng.', 'Sau lễ trao giải tại sân Maracana, ông Blatter nói Messi không xứng đáng.'],
    ['en: a coach / a stadium', 'After the final, coach Maradona said Messi did not deserve the award.', 'After the final at the Maracana stadium, officials said Messi did not deserve the award.'],
  ])('%s: no name divergence', (_name, a, b) => {
    expect(nameFlags(a, b)).toEqual([])
  })

  // Traps: two spellings of one person, or of one place, are still a respelling.
  it.each([
    ['vi: one person', 'Ông Nguyễn Văn Thành, chủ tịch xã, cho biết đoàn đã đến.', 'Ông Nguyễn Văn Thàng, chủ tịch xã, cho biết đoàn đã đến.', ['Nguyễn Văn Thành | Nguyễn Văn Thàng']],
    ['en: one person', 'Mayor John Sundwell said the road would open in May.', 'Mayor John Sundwall said the road would open in May.', ['John Sundwell | John Sundwall']],
    ['en: one town (a verb of saying after a place)', 'Police in Ferguson said the protest was peaceful.', 'Police in the city of Fergusson said the protest was peaceful.', ['Ferguson | Fergusson']],
  ])('%s: still a divergence', (_name, a, b, expected) => {
    expect(nameFlags(a, b)).toEqual(expected)
  })
})
