/**
 * One figure counting two nouns in linked sentences (issue 11, counts34): *15 trucks* / *15 buses*
 * agree on the figure but not on what it counts, so the pair is listed as no equivalence of the
 * figure (`number-format`). Nor is it a divergence: without a lexicon, *15 trucks* / *15 lorries*,
 * *15 vehicles* / *15 cars*, *15 ngôi nhà* / *15 căn hộ* look the same, and an editor would not
 * want those flagged. Each figure is stated by the other report, neither is `missing`. The same
 * noun in two formats (*fifteen trucks* / *15 trucks*) is still an equivalence.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

const vi = (line: string): string => `Sáng 5/3, một vụ cháy lớn xảy ra tại bãi xe ở quận Bình Tân. ${line} Lực lượng cứu hỏa mất ba giờ mới dập tắt đám cháy.`
const en = (line: string): string => `A large fire broke out at a depot in Leeds on Tuesday morning. ${line} Firefighters took three hours to bring it under control.`

const read = (a: string, b: string) => {
  const report = compare(a, b)
  return {
    divergences: report.divergences.map((d) => d.kind),
    equivalences: report.equivalences.map((e) => [e.a.text, e.b.text, e.reason]),
  }
}

describe('one figure, two counted nouns', () => {
  it.each([
    ['en: trucks / buses', en('The blaze destroyed 15 trucks parked in the yard.'), en('The blaze destroyed 15 buses parked in the yard.')],
    ['en: houses / flats', en('The blaze destroyed 15 houses on the street.'), en('The blaze destroyed 15 flats on the street.')],
    ['en: a figure in words, another noun', en('The blaze destroyed fifteen trucks parked in the yard.'), en('The blaze destroyed 15 buses parked in the yard.')],
    ['vi: xe tải / xe buýt', vi('Ngọn lửa đã thiêu rụi 15 xe tải đang đậu trong bãi.'), vi('Ngọn lửa đã thiêu rụi 15 xe buýt đang đậu trong bãi.')],
    ['vi: ngôi nhà / căn hộ', vi('Ngọn lửa đã thiêu rụi 15 ngôi nhà của người dân.'), vi('Ngọn lửa đã thiêu rụi 15 căn hộ của người dân.')],
  ])('%s: no equivalence, no divergence', (_why, a, b) => {
    expect(read(a, b)).toEqual({ divergences: [], equivalences: [] })
  })

  it.each([
    ['en: one noun, the figure in words', en('The blaze destroyed fifteen trucks parked in the yard.'), en('The blaze destroyed 15 trucks parked in the yard.'), ['fifteen trucks', '15 trucks', 'number-format']],
    ['en trap: a generic noun stands for any', en('The blaze injured 15 people inside the building.'), en('The blaze injured fifteen workers inside the building.'), ['15 people', 'fifteen workers', 'number-format']],
    // known synonyms, and a general noun against its kind, count one thing (review rcounts34 9)
    ['en: trucks / lorries', en('The blaze destroyed 15 trucks parked in the yard.'), en('The blaze destroyed 15 lorries parked in the yard.'), ['15 trucks', '15 lorries', 'number-format']],
    ['en: vehicles / cars', en('The blaze destroyed 15 vehicles parked in the yard.'), en('The blaze destroyed 15 cars parked in the yard.'), ['15 vehicles', '15 cars', 'number-format']],
    ['en: houses / homes', en('The blaze destroyed 15 houses on the street.'), en('The blaze destroyed 15 homes on the street.'), ['15 houses', '15 homes', 'number-format']],
    ['en: bodies / dead', en('Rescuers recovered 3 bodies from the rubble.'), en('Rescuers recovered 3 dead from the rubble.'), ['3 bodies', '3 dead', 'number-format']],
    ['vi: xe / ô tô', vi('Ngọn lửa đã thiêu rụi 15 xe trong bãi.'), vi('Ngọn lửa đã thiêu rụi 15 ô tô trong bãi.'), ['15 xe', '15 ô tô', 'number-format']],
    ['vi: xe tải / ô tô tải', vi('Ngọn lửa đã thiêu rụi 15 xe tải đang đậu trong bãi.'), vi('Ngọn lửa đã thiêu rụi 15 ô tô tải đang đậu trong bãi.'), ['15 xe', '15 ô tô', 'number-format']],
    ['vi: one noun, the figure in other words', vi('Ngọn lửa đã thiêu rụi 2.000 tấn hàng trong kho.'), vi('Ngọn lửa đã thiêu rụi 2 nghìn tấn hàng trong kho.'), ['2.000 tấn', '2 nghìn tấn', 'number-format']],
  ])('%s: still an equivalence', (_why, a, b, equivalence) => {
    expect(read(a, b)).toEqual({ divergences: [], equivalences: [equivalence] })
  })

  it.each([
    ['en: trucks 15 / 16', en('The blaze destroyed 15 trucks parked in the yard.'), en('The blaze destroyed 16 trucks parked in the yard.')],
    ['vi: xe tải 15 / 16', vi('Ngọn lửa đã thiêu rụi 15 xe tải đang đậu trong bãi.'), vi('Ngọn lửa đã thiêu rụi 16 xe tải đang đậu trong bãi.')],
  ])('%s: one noun, two figures, still a contradiction', (_why, a, b) => {
    expect(read(a, b).divergences).toEqual(['number'])
  })
})
