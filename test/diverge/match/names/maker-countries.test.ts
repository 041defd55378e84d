/**
 * One thing made in two countries (maker-countries.ts): *fabricação russa* / *fabricação ucraniana*
 * (CSTNews 1-1~1-2), *Russian-made* / *Ukrainian-made*, *do Nga sản xuất* / *do Ukraine sản xuất*.
 * The two reports name the country of make of one object, each one country only; a country said
 * of anything else (a crew, an owner, another part) is no maker.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import type { Report } from '../../../../src'
import { makerMentions } from '../../../../src/diverge/match/names/maker-countries'

const makers = (report: Report): Array<[string | undefined, string | undefined]> =>
  report.divergences.filter((d) => d.kind === 'name' && d.evidence.includes('two countries of make')).map((d) => [d.a?.text, d.b?.text])

describe('makerMentions: the country a phrase says a thing was made in', () => {
  it.each([
    ['A Russian-made Antonov plane crashed near Bukavu.', 'russia', 'Russian-made'],
    ['The plane, made in Ukraine, crashed near Bukavu.', 'ukraine', 'made in Ukraine'],
    ['O avião, de fabricação russa, caiu perto de Bukavu.', 'russia', 'fabricação russa'],
    ['O avião, fabricado na Ucrânia, caiu perto de Bukavu.', 'ukraine', 'fabricado na Ucrânia'],
    ['El avión, de fabricación rusa, cayó cerca de Bukavu.', 'russia', 'fabricación rusa'],
    ["L'avion, de fabrication russe, s'est écrasé près de Bukavu.", 'russia', 'fabrication russe'],
    ['Chiếc máy bay do Nga sản xuất rơi gần Bukavu.', 'russia', 'do Nga sản xuất'],
    ['Chiếc máy bay do Trung Quốc chế tạo rơi gần Bukavu.', 'china', 'do Trung Quốc chế tạo'],
    ['Chiếc máy bay được sản xuất tại Ukraine rơi gần Bukavu.', 'ukraine', 'sản xuất tại Ukraine'],
  ])('%s', (text, country, phrase) => {
    const found = makerMentions(text, [{ start: 0, end: text.length }])
    expect(found.map((m) => [m.country, text.slice(m.start, m.end)])).toEqual([[country, phrase]])
  })

  it.each([
    ['The plane was operated by a Ukrainian crew.'], // a crew, not a maker
    ['Russia made its position clear on Monday.'], // a country that made a statement
    ['Nga sản xuất 10 triệu thùng dầu mỗi ngày.'], // Russia produces oil: no "do" before
    ['O avião pertencia a uma companhia congolesa.'], // an owner's nationality
    ['Made in Heaven was the band’s last album.'], // no country after
  ])('no maker: %s', (text) => {
    expect(makerMentions(text, [{ start: 0, end: text.length }])).toEqual([])
  })
})

describe('two reports, one object made in two countries', () => {
  it.each([
    [
      'Ao menos 17 pessoas morreram na queda de um avião no Congo. O avião, de fabricação russa, tentava aterrissar em Bukavu.',
      'Ao menos 17 pessoas morreram na queda de um avião no Congo. O avião, um Antonov-28 de fabricação ucraniana, levava minerais.',
      ['fabricação russa', 'fabricação ucraniana'],
    ],
    [
      'At least 17 people died when a plane crashed in Congo. The Russian-made plane was trying to land at Bukavu.',
      'At least 17 people died when a plane crashed in Congo. The Ukrainian-made plane was carrying minerals.',
      ['Russian-made', 'Ukrainian-made'],
    ],
    [
      'Ít nhất 17 người chết khi máy bay rơi ở Congo. Chiếc máy bay do Nga sản xuất đang hạ cánh xuống Bukavu.',
      'Ít nhất 17 người chết khi máy bay rơi ở Congo. Chiếc máy bay do Ukraine sản xuất chở theo khoáng sản.',
      ['do Nga sản xuất', 'do Ukraine sản xuất'],
    ],
  ])('%s', (a, b, pair) => {
    expect(makers(compare(a, b))).toEqual([pair])
  })

  it.each([
    // Made in Russia, flown by a Ukrainian crew: one maker, no conflict.
    [
      'At least 17 people died when a plane crashed in Congo. The plane, made in Russia, was flown by a Ukrainian crew.',
      'At least 17 people died when a plane crashed in Congo. The Russian-made plane had a crew of three.',
    ],
    [
      'Ít nhất 17 người chết khi máy bay rơi ở Congo. Máy bay do Nga sản xuất, tổ lái người Ukraine.',
      'Ít nhất 17 người chết khi máy bay rơi ở Congo. Máy bay do Ukraine khai thác.',
    ],
    [
      'Ao menos 17 pessoas morreram na queda de um avião no Congo. O avião, de fabricação russa, tinha tripulação ucraniana.',
      'Ao menos 17 pessoas morreram na queda de um avião no Congo. O avião pertencia a uma companhia ucraniana.',
    ],
    // Another object's maker: the plane against its engines.
    [
      'At least 17 people died when a plane crashed in Congo. The Russian-made plane was trying to land at Bukavu.',
      'At least 17 people died when a plane crashed in Congo. The plane’s Ukrainian-made engines failed, officials said.',
    ],
    // A report naming two makers speaks of two things: no one country to hold against the other.
    [
      'At least 17 people died when a plane crashed in Congo. The Russian-made plane carried Chinese-made radios.',
      'At least 17 people died when a plane crashed in Congo. The Ukrainian-made plane was carrying minerals.',
    ],
    // Missiles of an earlier strike: the object is not the story's in B's opening (VietnameseMDS 31).
    [
      'Israel không kích tên lửa tại Syria. Quan chức cho biết mục tiêu là một số tên lửa do Nga sản xuất.',
      'Máy bay Israel oanh tạc căn cứ quân sự ở Syria. Đêm 31/10 máy bay Israel tấn công. Tháng 5/2013, Israel cũng đã không kích một căn cứ cất giữ các tên lửa do Iran sản xuất.',
    ],
    [
      'Israel struck missiles in Syria overnight. Officials said the target was Russian-made missiles bound for Hezbollah.',
      'Israeli jets struck a military base in Syria. The strike came overnight. In May, Israel hit a base holding Iranian-made missiles.',
    ],
    // Soviet-made against Russian-made: the Soviet Union held both.
    [
      'At least 17 people died when a plane crashed in Congo. The Soviet-made plane was trying to land at Bukavu.',
      'At least 17 people died when a plane crashed in Congo. The Russian-made plane was carrying minerals.',
    ],
  ])('keeps apart: %s', (a, b) => {
    expect(makers(compare(a, b))).toEqual([])
  })
})
