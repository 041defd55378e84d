/**
 * A derived name is a place's adjective only where it is used as one (name-demonyms.ts, review M
 * 9-10): the place table knows it, or it stands before a lower-case noun; a person's name ending
 * as a demonym does (Hassan / Hassani) is a name respelt.
 */
import { describe, expect, it } from 'vitest'
import { adjectivePosition, placeDerived } from '../../../src/diverge/match/name-demonyms'

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
