/**
 * One place under two names (issue 11: Moscow / Moskva / Matxcơva / Mátxcơva and Australia / Úc
 * between VietnameseMDS outlets, clusters 1, 11, 17, 33, 35, 37): neither missing nor a respelling.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'
import { exonymWrittenIn, sameExonym } from '../../../src/diverge/reasons/exonyms'

describe('sameExonym', () => {
  it.each([
    ['Moscow', 'Moskva'],
    ['Moscow', 'Matxcơva'],
    ['Mátxcơva', 'Moskva'],
    ['London', 'Luân Đôn'],
    ['Australia', 'Úc'],
    ['Beijing', 'Bắc Kinh'],
  ])('%s / %s is one place', (a, b) => {
    expect(sameExonym(a, b)).toBe(true)
  })

  it.each([
    ['Moscow', 'Moscow'],
    ['Moscow', 'London'],
    ['Australia', 'Austria'],
    ['Volgograd', 'Moskva'],
  ])('%s / %s is not', (a, b) => {
    expect(sameExonym(a, b)).toBe(false)
  })
})

describe('exonymWrittenIn', () => {
  it.each([
    ['Moscow', 'Cả New Delhi lẫn Moskva cùng nhấn mạnh.', true],
    ['Úc', 'the Australia embassy in Jakarta', true],
    ['Moscow', 'Tổng thống Putin rời Moskvaa hôm qua.', false],
    ['Moscow', 'Nhà báo Luân Đôn viết.', false],
    ['Volgograd', 'Moskva và Volgagrad.', false],
  ])('%s in %j: %s', (name, text, want) => {
    expect(exonymWrittenIn(name, text)).toBe(want)
  })
})

describe('a place under another name is not missing', () => {
  const names = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.factType === 'name' || d.kind === 'name').map((d) => [d.kind, d.a?.text, d.b?.text])
  it.each([
    ['vi: Moscow / Matxcơva', 'Snowden đã mắc kẹt hơn một tháng tại một sân bay ở Moscow trước khi được tị nạn.', 'Snowden đã mắc kẹt hơn một tháng tại một sân bay ở Matxcơva trước khi được tị nạn.'],
    ['vi: Australia / Úc', 'Người biểu tình sẽ tới đại sứ quán Mỹ, Pháp, Anh, Australia và Nhật Bản để trao kiến nghị.', 'Người biểu tình sẽ tới đại sứ quán Mỹ, Pháp, Anh, Úc và Nhật Bản để trao kiến nghị.'],
    ['en: Moscow / Moskva', 'The two leaders met in Moscow on Monday to discuss nuclear energy.', 'The two leaders met in Moskva on Monday to discuss nuclear energy.'],
  ])('%s', (_why, a, b) => {
    expect(names(a, b)).toEqual([])
  })

  it('vi: a place with no other name in the other report is still missing', () => {
    expect(names('Hai nhà lãnh đạo gặp nhau tại Moscow hôm thứ Hai để bàn về năng lượng.', 'Hai nhà lãnh đạo gặp nhau hôm thứ Hai để bàn về năng lượng hạt nhân.')).toContainEqual(['missing', 'Moscow', undefined])
  })

  it('vi: the two names are listed as one place', () => {
    const r = compare('Hai nhà lãnh đạo gặp nhau tại Moscow hôm thứ Hai.', 'Hai nhà lãnh đạo gặp nhau tại Moskva hôm thứ Hai.')
    expect(r.equivalences.map((e) => [e.a.text, e.b.text])).toContainEqual(['Moscow', 'Moskva'])
  })
})
