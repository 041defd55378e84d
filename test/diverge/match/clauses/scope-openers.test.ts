import { describe, expect, it } from 'vitest'
import { prepare } from '../../../../src/document'
import { sentenceText } from '../../../../src/document/words'
import { inOtherScope } from '../../../../src/diverge/match/clauses/scope-openers'

const docOf = (text: string) => prepare({ text }, { detectBoilerplate: true })

/** Is `value`, in the second sentence of `text`, in a clause set beside what came before? */
const apart = (text: string, value: string): boolean => {
  const doc = docOf(text)
  const at = sentenceText(doc, 1).indexOf(value)
  if (at < 0) throw new Error(`${value} not in the second sentence`)
  return inOtherScope(doc, 1, at)
}

describe('a clause that sets its statement beside another one', () => {
  it.each([
    ['vi: "Ngoài X" opens the sentence', 'Manila mua 12 chiếc FA-50. Ngoài FA-50, Philippines cũng đang thương lượng về tàu hộ vệ trị giá 650 triệu USD.', '650 triệu USD', true],
    ['vi: "Ngoài ra"', 'Manila mua 12 chiếc FA-50. Ngoài ra, Philippines mua 2 tàu hộ vệ.', '2 tàu', true],
    ['vi: "Bên cạnh đó"', 'Manila mua 12 chiếc FA-50. Bên cạnh đó, Philippines mua 2 tàu hộ vệ.', '2 tàu', true],
    ['vi: "Thêm vào đó"', 'Manila mua 12 chiếc FA-50. Thêm vào đó, Philippines mua 2 tàu hộ vệ.', '2 tàu', true],
    ['vi: "Riêng X"', 'Cả nước có 40 ca mắc. Riêng Hà Nội có 12 ca.', '12 ca', true],
    ['vi: "trong khi đó" opens a later clause', 'Giá vàng tăng mạnh. Giá USD giảm 2%, trong khi đó giá vàng tăng 5%.', '5%', true],
    ['vi: the clause before "trong khi đó" is not set apart', 'Giá vàng tăng mạnh. Giá USD giảm 2%, trong khi đó giá vàng tăng 5%.', '2%', false],
    ['vi: "ngoài" inside a clause is a place word', 'Manila mua 12 chiếc FA-50. Hai tàu hộ vệ neo ở ngoài khơi với 650 thủy thủ.', '650', false],
    ['vi: a plain sentence', 'Manila mua 12 chiếc FA-50. Giá trị của hợp đồng này là 18 tỷ peso.', '18 tỷ peso', false],
    ['en: "Besides X" opens the sentence', 'Manila is buying 12 FA-50 jets. Besides the jets, it is negotiating for a frigate worth $650 million.', '$650 million', true],
    ['en: "In addition to"', 'Manila is buying 12 FA-50 jets. In addition to the jets, it wants 2 frigates.', '2 frigates', true],
    ['en: "Apart from"', 'Manila is buying 12 FA-50 jets. Apart from that, it wants 2 frigates.', '2 frigates', true],
    ['en: "Aside from"', 'Manila is buying 12 FA-50 jets. Aside from the jets, it wants 2 frigates.', '2 frigates', true],
    ['en: "Also," opens the sentence', 'Manila is buying 12 FA-50 jets. Also, it wants 2 frigates.', '2 frigates', true],
    ['en: "meanwhile" opens a later clause', 'Oil rose sharply. The dollar fell 2 percent; meanwhile, gold rose 5 percent.', '5 percent', true],
    ['en: the clause before "meanwhile" is not set apart', 'Oil rose sharply. The dollar fell 2 percent; meanwhile, gold rose 5 percent.', '2 percent', false],
    ['en: "also" inside a clause adds nothing of its own', 'Manila is buying 12 FA-50 jets. The contract also covers 2 trainers.', '2 trainers', false],
    ['en: a plain sentence', 'Manila is buying 12 FA-50 jets. This contract is worth $440 million.', '$440 million', false],
  ] as const)('%s', (_name, text, value, expected) => {
    expect(apart(text, value)).toBe(expected)
  })
})
