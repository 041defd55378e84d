/**
 * Whether one clause says something else in place of the other's (clause-replacements.ts): a verb
 * or an object changed is another statement; a different subject before the first shared word,
 * words added on one side only, and a figure spelt another way are not.
 */
import { describe, expect, it } from 'vitest'
import { replacesWords } from '../../../../src/diverge/match/dates/clause-replacements'

const words = (s: string): string[] => s.toLowerCase().split(' ')

describe('replacesWords', () => {
  it.each([
    ['vi: one side adds an action', 'nhà chức trách đã tiến hành sơ tán và lục soát một tàu khách tại cảng', 'hãng tàu phải tiến hành lục soát một tàu khách tại cảng'],
    ['en: another subject, then the same words', 'rescuers searched a passenger ferry at the port of piraeus', 'the operator had to search a passenger ferry at the port of piraeus'],
    ['vi: a figure spelt out', 'cảnh sát thông báo đã phát hiện thêm 1 thi thể trong khu nhà', 'cảnh sát thông báo đã phát hiện thêm một thi thể trong khu nhà'],
    ['en: a figure spelt out', 'police found 3 more bodies in the building', 'police found three more bodies in the building'],
    ['fr: one side adds a place', 'les secours ont fouillé un ferry au port du pirée', 'les secours ont fouillé un ferry amarré au port du pirée près d athènes'],
    ['id: identical clauses', 'petugas memeriksa sebuah kapal feri di pelabuhan', 'petugas memeriksa sebuah kapal feri di pelabuhan'],
  ])('%s: no replacement', (_why, a, b) => {
    expect(replacesWords(words(a), words(b))).toBe(false)
  })

  it.each([
    ['vi: the arrest against the charge', 'cảnh sát bắt giữ một nghi phạm tại sân bay', 'cảnh sát khởi tố một nghi phạm tại sân bay'],
    ['en: the arrest against the charge', 'police arrested a man at the airport', 'police charged a man at the airport'],
    ['fr: the arrest against the charge', 'la police a arrêté un homme à l aéroport', 'la police a mis en examen un homme à l aéroport'],
    ['id: the arrest against the charge', 'polisi menangkap seorang pria di bandara', 'polisi mendakwa seorang pria di bandara'],
    ['en: the same verb, another object', 'police searched the plane at the airport', 'police searched the terminal at the airport'],
    ['vi: another ending', 'đoàn công tác đã đến hiện trường và khai mạc hội nghị', 'đoàn công tác đã đến hiện trường và bế mạc hội nghị'],
  ])('%s: a replacement', (_why, a, b) => {
    expect(replacesWords(words(a), words(b))).toBe(true)
  })
})
