import { describe, it, expect } from 'vitest'
import { extractNames } from '../../../../src/diverge/extract/names/names'
import { tokenize } from '../../../../src/document/fact-tokens'

const names = (s: string): Array<[string, string | undefined]> => extractNames(s, tokenize(s), []).map((n) => [n.text, n.title])

// names47: an Indonesian rank before a name was read into it, so a rank spelt two ways (Jendral Joseph / Jenderal
// Joseph) was one name respelt, and the ranked name never met the same man named bare.
describe('extractNames: an Indonesian rank or office before a name is its title', () => {
  it.each([
    ['id: a general', 'Pangab AS Jenderal Joseph Dunford mengundang.', [['Pangab', undefined], ['Joseph Dunford', 'jenderal']]],
    ['id: the rank in its short spelling is the same title', 'Pangab AS Jendral Joseph Dunford mengundang.', [['Pangab', undefined], ['Joseph Dunford', 'jenderal']]],
    ['id: a police rank with its corps', 'Kabid Humas Kombes Pol Djarod Padakova mengatakan.', [['Kabid Humas', undefined], ['Djarod Padakova', 'kombes']]],
    // (Kemudian, an Indonesian opener no other language writes, opens no name: alarms50)
    ['id: a president', 'Kemudian Presiden Joko Widodo datang.', [['Joko Widodo', 'presiden']]],
    // fixnames47: a rank spelt out is the title its short form is
    ['id: a lieutenant general spelt out', 'Kepala BNPB Letnan Jenderal Doni Monardo meninjau.', [['Kepala', undefined], ['Doni Monardo', 'letjen']]],
    ['id: a lieutenant general in short', 'Kepala BNPB Letjen Doni Monardo meninjau.', [['Kepala', undefined], ['Doni Monardo', 'letjen']]],
    ['id: a major general spelt out', 'Pangdam Mayor Jenderal Agus Subiyanto datang.', [['Pangdam', undefined], ['Agus Subiyanto', 'mayjen']]],
    ['id: a rear admiral spelt out', 'Danlantamal Laksamana Muda Yudo Margono datang.', [['Danlantamal', undefined], ['Yudo Margono', 'laksda']]],
    ['id: an air marshal spelt out', 'Pangkoopsau Marsekal Madya Fadjar Prasetyo datang.', [['Pangkoopsau', undefined], ['Fadjar Prasetyo', 'marsdya']]],
    ['en: a lieutenant general spelt out', 'Army Lieutenant General Mark Hertling visited.', [['Army', undefined], ['Mark Hertling', 'lieutenant general']]],
    ['en: a general in short', 'Lt. Gen. Mark Hertling spoke.', [['Mark Hertling', 'gen']]],
    ['en: Gen Z is no rank', 'Gen Z voters turned out in large numbers.', []],
    ['vi: a lieutenant general', 'Trung tướng Nguyễn Văn Sơn phát biểu.', [['Nguyễn Văn Sơn', 'trung tướng']]],
    // traps: a rank alone names no one; English and Vietnamese titles read as before
    ['id: the rank alone', 'Pangkat jenderal itu diberikan kemarin.', [['Pangkat', undefined]]],
    ['en: a president', 'President Joe Biden spoke.', [['Joe Biden', 'president']]],
    ['en: a general', 'General Mark Milley spoke.', [['Mark Milley', 'general']]],
    ['vi: a general', 'Đại tướng Võ Nguyên Giáp phát biểu.', [['Võ Nguyên Giáp', 'đại tướng']]],
  ] as const)('%s', (_why, s, expected) => {
    expect(names(s)).toEqual(expected)
  })
})
