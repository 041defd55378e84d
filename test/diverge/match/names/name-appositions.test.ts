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
    // fixnames49 (review rnames49 bugs 5–8, 12–13): words that open a role are no clause going on
    ['fr: alors, a role then held', '« C\'est un jour sombre », a dit Johnston, alors patron d\'un pub à Leeds.', 'Johnston', true],
    ['vi: khi đó là, a role then held', '"Đây là một ngày đen tối", Johnston, khi đó là chủ một quán rượu ở Leeds, nói.', 'Johnston', true],
    ['en: as, a role', '"It is a dark day," said Johnston, as a pub owner in Leeds, after the speech.', 'Johnston', true],
    ['en: speaking as, a role', '"It is a dark day," said Johnston, speaking as the owner of a pub in Leeds.', 'Johnston', true],
    ['es: cuando era, a role then held', '"Es un día oscuro", dijo Johnston, cuando era dueño de un pub en Leeds.', 'Johnston', true],
    ['de: als, a role', '"Es ist ein dunkler Tag", sagte Johnston, als Wirt eines Pubs in Leeds.', 'Johnston', true],
    // traps: participles of saying and manner, the audience, the statement, the place spoken at carry the clause on
    ['en: noting', '"Both were hurt," said Kowalsky, noting that an inquiry had begun.', 'Kowalsky', false],
    ['en: stressing', '"Both were hurt," said Kowalsky, stressing that an inquiry had begun.', 'Kowalsky', false],
    ['en: explaining', '"Both were hurt," said Kowalsky, explaining that an inquiry had begun.', 'Kowalsky', false],
    ['en: warning', '"Both were hurt," said Kowalsky, warning that an inquiry had begun.', 'Kowalsky', false],
    ['en: insisting', '"Both were hurt," said Kowalsky, insisting that an inquiry had begun.', 'Kowalsky', false],
    ['en: speaking to reporters', '"Both were hurt," said Kowalsky, speaking to reporters.', 'Kowalsky', false],
    ['fr: précisant', '« Les deux sont blessés », a déclaré Kowalsky, précisant qu\'une enquête était ouverte.', 'Kowalsky', false],
    ['es: señalando', '"Ambos resultaron heridos", dijo Kowalsky, señalando que se abrió una investigación.', 'Kowalsky', false],
    ['id: kepada wartawan', '"Kedua awak luka," kata Djarot, kepada wartawan, dikutip Antara.', 'Djarot', false],
    ['id: dalam keterangan tertulis', '"Kedua awak luka," kata Djarot, dalam keterangan tertulis.', 'Djarot', false],
    ['id: di Mapolda, the place spoken at', '"Kedua awak luka," kata Djarot, di Mapolda Papua.', 'Djarot', false],
    ['id: menjelaskan', '"Kedua awak luka," kata Djarot, menjelaskan bahwa penyelidikan dimulai.', 'Djarot', false],
    ['en: no comma', 'Kowalsky told reporters.', 'Kowalsky', false],
    ['en: a capital after the comma', 'Kowalsky, Smith and Jones came.', 'Kowalsky', false],
  ])('%s', (_why, text, name, apposed) => {
    expect(at(text, name)).toBe(apposed)
  })
})
