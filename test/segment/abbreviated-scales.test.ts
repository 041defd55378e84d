/**
 * A dot after a cut scale, a hedge or a two-part abbreviation of another language (src/segment/abbreviations.ts)
 * ends no sentence before what it goes on to; a real end after the same words still cuts.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../src'
import { splitSentences } from '../../src/segment/sentences'

const texts = (text: string): string[] => splitSentences(text).map((p) => text.slice(p.start, p.end))

describe('a cut scale after a figure goes on to its currency or its lower-case noun', () => {
  it.each([
    ['ces', 'Škoda činí 500 tis. Kč a policie pátrá.'],
    ['deu', 'Der Schaden beträgt 5 Mio. Euro laut Polizei.'],
    ['deu', 'Die Firma investiert 3 Mrd. Dollar in das Werk.'],
    ['deu', 'Die Kosten betragen 5 Mio. € für alle.'],
    ['deu', 'Die Kosten betragen 5 Mio. CHF im Jahr.'],
    ['pol', 'Fundusz ma 3 bln. USD aktywów.'],
    ['pol', 'Koszt wyniósł 1,2 mld. zł w zeszłym roku.'],
    ['pol', 'W marszu wzięło udział 10 tys. osób.'],
    ['rus', 'Ущерб составил 5 млн. руб. по оценке.'],
    ['ind', 'Anggaran Rp 5 jt. untuk warga.'],
    ['vie', 'Hợp đồng trị giá 2,5 tr. đồng mỗi tháng.'],
  ])('%s: %s is one sentence', (_language, text) => {
    expect(texts(text)).toEqual([text])
  })

  it.each([
    // traps: a real end after a cut scale or its currency, a new sentence in English after "Mio."
    ['eng', 'The fund raised 5 Mio. The board approved it.', ['The fund raised 5 Mio.', 'The board approved it.']],
    ['deu', 'Im Vorjahr waren es 3 Mio. Die Firma wuchs.', ['Im Vorjahr waren es 3 Mio.', 'Die Firma wuchs.']],
    ['ces', 'Škoda činí 500 tis. Kč. Policie pátrá.', ['Škoda činí 500 tis. Kč.', 'Policie pátrá.']],
    ['pol', 'W marszu było 10 tys. Policja podała.', ['W marszu było 10 tys.', 'Policja podała.']],
    ['rus', 'Ущерб составил 5 млн. Полиция ищет.', ['Ущерб составил 5 млн.', 'Полиция ищет.']],
    ['deu', 'Es waren 2,5 Mrd. 2024 waren es mehr.', ['Es waren 2,5 Mrd.', '2024 waren es mehr.']],
    ['vie', 'Giá 5 tr. Hà Nội tăng giá.', ['Giá 5 tr.', 'Hà Nội tăng giá.']],
    // German sentences open with nouns and names too, so a capital after a cut scale opens one (review rlanguages54)
    ['deu', 'Der Umsatz stieg auf 5 Mio. Experten erwarten mehr.', ['Der Umsatz stieg auf 5 Mio.', 'Experten erwarten mehr.']],
    ['deu', 'Es kostet 5 Mio. Siemens liefert die Technik.', ['Es kostet 5 Mio.', 'Siemens liefert die Technik.']],
    ['deu', 'Rund 5 Mio. Menschen sind betroffen.', ['Rund 5 Mio.', 'Menschen sind betroffen.']],
    ['vie', 'Bộ Y tế ghi nhận thêm 300 ca. Hà Nội có 20 ca.', ['Bộ Y tế ghi nhận thêm 300 ca.', 'Hà Nội có 20 ca.']],
  ])('%s: %s is cut', (_language, text, sentences) => {
    expect(texts(text)).toEqual(sentences)
  })
})

describe('a hedge, a reference or a two-part abbreviation goes on', () => {
  it.each([
    ['deu', 'Es kamen ca. 20 Menschen.'],
    ['deu', 'Es kamen rd. 300 Menschen.'],
    ['deu', 'Es gibt z. B. Äpfel und Birnen.'],
    ['deu', 'Es gibt z.B. Äpfel und Birnen.'],
    ['deu', 'Er lebte um 30 n. Chr. in Rom.'],
    ['pol', 'Przyszło ok. 50 osób.'],
    ['pol', 'Na wiec przyszło ok. 50 osób z całego miasta.'],
    ['pol', 'Wygrała tzw. Nowa Lewica.'],
    ['pol', 'Przyszli m.in. Jan Kowalski i Anna Nowak.'],
    ['ces', 'Přišlo tzv. Nové hnutí.'],
    ['rus', 'Дело по ч. 2 ст. 105 УК возбуждено.'],
    ['rus', 'Пришло ок. 300 человек.'],
    ['spa', 'Llegaron aprox. 300 personas.'],
    ['eng', 'Bring fruit, e.g. Apples from the farm.'],
  ])('%s: %s is one sentence', (_language, text) => {
    expect(texts(text)).toEqual([text])
  })

  it.each([
    // traps: the same words at a real end, and a Vietnamese count's noun "ca" after a figure
    ['deu', 'Es war im Jahr 79 n. Chr. Der Vesuv brach aus.', ['Es war im Jahr 79 n. Chr.', 'Der Vesuv brach aus.']],
    ['eng', 'He said it was ok. Then he left.', ['He said it was ok.', 'Then he left.']],
    // "ok" is a Polish hedge only after Polish letters; "Art." is a noun as often as an article (review rlanguages54)
    ['eng', 'The coach said the goalkeeper was ok. 20 other players were injured.', ['The coach said the goalkeeper was ok.', '20 other players were injured.']],
    ['vie', 'Bác sĩ cho biết bệnh nhân hiện đã ok. 3 người khác vẫn đang được theo dõi.', ['Bác sĩ cho biết bệnh nhân hiện đã ok.', '3 người khác vẫn đang được theo dõi.']],
    ['eng', 'She graduated from the Royal College of Art. 25 students were hired.', ['She graduated from the Royal College of Art.', '25 students were hired.']],
    ['vie', 'Cô tốt nghiệp trường Royal College of Art. 25 sinh viên được tuyển dụng.', ['Cô tốt nghiệp trường Royal College of Art.', '25 sinh viên được tuyển dụng.']],
    ['deu', 'Die Polizei sprach von Fehlern dieser Art. 2023 gab es drei Fälle.', ['Die Polizei sprach von Fehlern dieser Art.', '2023 gab es drei Fälle.']],
    ['eng', 'He loved pop art. 2019 was his year.', ['He loved pop art.', '2019 was his year.']],
    ['vie', 'Bộ Y tế ghi nhận thêm 300 ca. 20 ca khác đang theo dõi.', ['Bộ Y tế ghi nhận thêm 300 ca.', '20 ca khác đang theo dõi.']],
    ['vie', 'Bệnh viện ghi nhận thêm nhiều ca. 5 người đã xuất viện.', ['Bệnh viện ghi nhận thêm nhiều ca.', '5 người đã xuất viện.']],
    ['vie', 'Ông đến TP. HCM hôm qua. Ông về.', ['Ông đến TP. HCM hôm qua.', 'Ông về.']],
  ])('%s: %s is cut', (_language, text, sentences) => {
    expect(texts(text)).toEqual(sentences)
  })
})

describe('in a report', () => {
  it('the sentence holding a cut scale indexes the caller\u2019s string', () => {
    const a = 'Der Schaden beträgt 5 Mio. Euro, teilte die Polizei am Montag mit. Die Ermittlungen dauern an.'
    const b = 'Der Schaden beträgt 7 Mio. Euro, teilte die Polizei am Montag mit. Die Ermittlungen dauern an.'
    const report = compare(a, b)
    for (const sentence of report.a.sentences) expect(a.slice(sentence.start, sentence.end)).toBe(sentence.text)
    expect(report.a.sentences[0]!.text).toBe('Der Schaden beträgt 5 Mio. Euro, teilte die Polizei am Montag mit.')
  })
})
