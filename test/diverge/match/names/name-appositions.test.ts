// names49: a comma right after a name gives it a role (an apposition) or carries the clause on; only the first
// says the name may be someone else (name-typos.ts' short-form slips).
import { describe, expect, it } from 'vitest'
import { apposedAfter } from '../../../../src/diverge/match/names/name-appositions'

const at = (text: string, name: string): boolean => {
  const start = text.indexOf(name)
  return apposedAfter(text, start, start + name.length)
}

describe('apposedAfter', () => {
  it.each([
    ['en: a role', '"It is dark," said Johnston, a pub owner in Leeds.', 'Johnston', true],
    ['id: a trade', '"Harga turun," kata Syahril, petani setempat.', 'Syahril', true],
    ['vi: a role', '"Đây là ngày đen tối", Johnston, chủ một quán rượu ở Leeds, nói.', 'Johnston', true],
    ['en: according to, a role closed by a comma', 'According to Johnston, a pub owner in Leeds, trade fell.', 'Johnston', true],
    ['en: adding', '"Both were hurt," said Kowalsky, adding that an inquiry had begun.', 'Kowalsky', false],
    ['id: the source quoted', '"Kedua awak luka," kata Djarot, seperti dilansir Antara.', 'Djarot', false],
    ['id: a time', '"Saya segera mengakhiri tugas," kata Djarot, saat menghadiri acara.', 'Djarot', false],
    ['fr: selon', '"Nous serons prêts", a déclaré Phillipe, selon l\'AFP.', 'Phillipe', false],
    ['es: a saying verb', 'Kowalsky, dijo la policía, estaba herido.', 'Kowalsky', false],
    ['vi: theo X, a clause', 'Theo Kowalsky, cả hai phi công chỉ bị thương nhẹ.', 'Kowalsky', false],
    ['id: menurut X, a clause', 'Menurut Djarot, kedua awak pesawat hanya mengalami luka.', 'Djarot', false],
    ['en: no comma', 'Kowalsky told reporters.', 'Kowalsky', false],
    ['en: a capital after the comma', 'Kowalsky, Smith and Jones came.', 'Kowalsky', false],
  ])('%s', (_why, text, name, apposed) => {
    expect(at(text, name)).toBe(apposed)
  })
})
