/**
 * A derived name is a place's adjective only where it is used as one (name-demonyms.ts, review M
 * 9-10): the place table knows it, or it stands before a lower-case noun; a person's name ending
 * as a demonym does (Hassan / Hassani) is a name respelt.
 */
import { describe, expect, it } from 'vitest'
import { adjectivePosition, personRespelt, placeDerived } from '../../../../src/diverge/match/names/name-demonyms'
import { compare } from '../../../../src'

const at = (text: string, name: string) => {
  const start = text.indexOf(name)
  return { start, end: start + name.length }
}

describe('adjectivePosition: before a lower-case noun', () => {
  it.each([
    ['Sri Lankan troops fired on Monday.', 'Sri Lankan', true],
    ['The South African team won.', 'South African', true],
    ['The envoy Omar Hassani arrived in Kabul.', 'Omar Hassani', false], // a verb (-ed)
    ['Minister Ahmed Karzaier said the talks failed.', 'Ahmed Karzaier', false], // a verb of saying
    ['Carlos Baccan and his team won.', 'Carlos Baccan', false], // a joining word
    ['Mr Omar Hassani speaks today.', 'Omar Hassani', false], // a title of address: a person
    ['They met Omar Hassani.', 'Omar Hassani', false], // nothing after
    ['They met Omar Hassani Monday.', 'Omar Hassani', false], // a capitalised word after
  ])('%s [%s]: %s', (text, name, expected) => {
    expect(adjectivePosition(text, at(text, name))).toBe(expected)
  })
})

describe('placeDerived: a place and its adjective, by letters and use', () => {
  it.each([
    ['North Korean', 'The North Korean envoy arrived.', 'North Korea', 'The North Korea envoy arrived.', true],
    ['North Korean', 'North Korean said nothing.', 'North Korea', 'North Korea said nothing.', true], // the table knows the place
    ['West Virginian', 'West Virginian lawmakers voted.', 'West Virginia', 'West Virginia lawmakers voted.', true],
    ['Omar Hassani', 'The envoy Omar Hassani arrived.', 'Omar Hassan', 'The envoy Omar Hassan arrived.', false],
    ['Carlos Baccan', 'The striker Carlos Baccan scored twice.', 'Carlos Bacca', 'The striker Carlos Bacca scored twice.', false],
    ['Nguyễn Văn Thuận', 'Ông Nguyễn Văn Thuận cho biết.', 'Nguyễn Văn Thua', 'Ông Nguyễn Văn Thua cho biết.', false], // syllables
    ['South Afrika', 'South Afrika officials said.', 'South Africa', 'South Africa officials said.', false], // a respelling
    // Review N 6: a person's name before a lower-case noun (supporters, campaign, spokesman) is no place.
    ['Ali Rahmani', 'Ali Rahmani supporters rallied in Kabul.', 'Ali Rahman', 'Supporters of candidate Ali Rahman rallied in Kabul.', false],
    ['Ali Rahmani', 'The Ali Rahmani campaign said 3,000 came.', 'Ali Rahman', 'The Ali Rahman campaign said 3,000 came.', false], // a given name leads
    ['Ali Rahmani', 'An Ali Rahmani spokesman said so.', 'Ali Rahman', 'A spokesman for Ali Rahman said so.', false],
    ['Rahmani', 'Rahmani supporters rallied in Kabul.', 'Rahman', 'Supporters of Mr Rahman rallied in Kabul.', false], // the other side reads a person
    ['Rahmani', 'Rahmani supporters rallied in Kabul.', 'Rahman', 'Supporters of candidate Rahman rallied in Kabul.', false], // a role before it
    ['Rahmani', 'Rahmani supporters rallied.', 'Rahman', 'Những người ủng hộ ứng viên Rahman tuần hành.', false], // vi: ứng viên
    // Traps: place-led adjectives outside the table still read as places.
    ['South Dakotan', 'South Dakotan farmers voted.', 'South Dakota', 'Farmers in South Dakota voted.', true],
    ['Upper Silesian', 'Upper Silesian miners struck.', 'Upper Silesia', 'Miners in Upper Silesia struck.', true],
  ])('%s / %s: %s', (nameA, textA, nameB, textB, expected) => {
    expect(placeDerived(nameA, textA, [at(textA, nameA)], nameB, textB, [at(textB, nameB)])).toBe(expected)
  })
})

describe("personRespelt: a person's one-word name with a derivation's ending is respelt (MSRP 2936214 Qurei / Qureia)", () => {
  it.each([
    ['Hassani', 'The envoy Hassani arrived in Kabul.', 'Hassan', 'The envoy Hassan arrived in Kabul.', true], // a role before it
    ['Hassani', 'Mr Hassani arrived in Kabul.', 'Hassan', 'Hassan arrived in Kabul.', true], // a title on one side
    ['Hassani', 'Ông Hassani đã tới Kabul.', 'Hassan', 'Ông Hassan đã tới Kabul.', true], // vi: ông
    // fixp30b (B15): Vietnamese titles and offices read as English ones are
    ['Rouhani', 'Thủ tướng Rouhani đã tới Kabul.', 'Rouhan', 'Thủ tướng Rouhan đã tới Kabul.', true],
    ['Rouhani', 'Tổng thống Rouhani phát biểu.', 'Rouhan', 'Rouhan phát biểu.', true],
    ['Ahmadi', 'Bộ trưởng Ahmadi cho biết.', 'Ahmad', 'Bộ trưởng Ahmad cho biết.', true],
    ['Hassani', 'Đặc phái viên Hassani đã tới Kabul.', 'Hassan', 'Đặc phái viên Hassan đã tới Kabul.', true],
    ['Ahmadi', 'The minister Ahmadi said so.', 'Ahmad', 'The minister Ahmad said so.', true],
    // traps
    ['Syrian', 'Tổng thống Syrian phát biểu.', 'Syria', 'Tổng thống Syria phát biểu.', false], // a place of the table after a title
    ['Hassani', 'Quân Hassani tiến vào thị trấn.', 'Hassan', 'Quân Hassan tiến vào thị trấn.', false], // no title: troops
    ['Mayan', 'Guatemala defends its Mayan heritage.', 'Maya', 'Guatemala defends its Maya heritage.', false], // no person
    ['Hassani', 'Hassani troops entered the town.', 'Hassan', 'Hassan troops entered the town.', false], // no person
    ['Rahmani', 'Rahmani supporters rallied in Kabul.', 'Rahman', 'Supporters of Mr Rahman rallied in Kabul.', false], // the derived form before a noun
    ['Syrian', 'The envoy Syrian arrived.', 'Syria', 'The envoy Syria arrived.', false], // a place of the table
    ['Omar Hassani', 'The envoy Omar Hassani arrived.', 'Omar Hassan', 'The envoy Omar Hassan arrived.', false], // two words: derivedName's question
  ])('%s / %s: %s', (nameA, textA, nameB, textB, expected) => {
    expect(personRespelt(nameA, textA, [at(textA, nameA)], nameB, textB, [at(textB, nameB)])).toBe(expected)
  })

  it.each([
    ['en: the envoy Hassani / Hassan', 'The envoy Hassani arrived in Kabul on Monday for talks with the government.', 'The envoy Hassan arrived in Kabul on Monday for talks with the government.', ['name Hassani | Hassan']],
    ['vi: ông Hassani / Hassan', 'Ông Hassani đã tới Kabul hôm thứ Hai để hội đàm với chính phủ.', 'Ông Hassan đã tới Kabul hôm thứ Hai để hội đàm với chính phủ.', ['name Hassani | Hassan']],
    ['vi: Thủ tướng Rouhani / Rouhan (B15)', 'Thủ tướng Rouhani đã tới Kabul hôm thứ Hai để hội đàm với chính phủ.', 'Thủ tướng Rouhan đã tới Kabul hôm thứ Hai để hội đàm với chính phủ.', ['name Rouhani | Rouhan']],
    ['en trap: Maya / Mayan heritage stays a word form', 'The arrests show that Guatemala takes the defense of its ancient Maya heritage seriously.', 'The arrests showed that Guatemala took the defence of its Mayan heritage seriously.', ['same word-form Maya | Mayan']],
  ])('%s', (_, a, b, expected) => {
    const r = compare({ text: a }, { text: b })
    const got = [
      ...r.divergences.filter((d) => d.kind === 'name').map((d) => `name ${d.a!.text} | ${d.b!.text}`),
      ...r.equivalences.filter((e) => e.reason === 'word-form').map((e) => `same word-form ${e.a.text} | ${e.b.text}`),
    ]
    expect(got).toEqual(expected)
  })
})
