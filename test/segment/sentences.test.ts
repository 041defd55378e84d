import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { segment } from '../../src'
import { splitSentences } from '../../src/segment/sentences'

const texts = (text: string): string[] => splitSentences(text).map((p) => text.slice(p.start, p.end))

describe('splitSentences', () => {
  it.each([
    ['Ngày 13.8, ông đến. Ông về.', ['Ngày 13.8, ông đến.', 'Ông về.']],
    ['Ông đến TP.HCM hôm qua. Ông về.', ['Ông đến TP.HCM hôm qua.', 'Ông về.']],
    ['Ông đến TP. HCM hôm qua. Ông về.', ['Ông đến TP. HCM hôm qua.', 'Ông về.']],
    ['GS. Nguyễn Văn A phát biểu. Sau đó về.', ['GS. Nguyễn Văn A phát biểu.', 'Sau đó về.']],
    ['Ông D. Trump nói. Xong.', ['Ông D. Trump nói.', 'Xong.']],
    ['Giá 1.000.000 đồng. Hết.', ['Giá 1.000.000 đồng.', 'Hết.']],
    ['Dr. Smith arrived at 3 p.m. yesterday. He left.', ['Dr. Smith arrived at 3 p.m. yesterday.', 'He left.']],
    // A zone or a weekday after a clock time belongs to it; another capital starts a sentence.
    ['The contest ran until 6 p.m. EDT Sunday. It ended.', ['The contest ran until 6 p.m. EDT Sunday.', 'It ended.']],
    ['Polls close at 8 p.m. Tuesday in the state. Results follow.', ['Polls close at 8 p.m. Tuesday in the state.', 'Results follow.']],
    ['He arrived at 6 p.m. Police said so.', ['He arrived at 6 p.m.', 'Police said so.']],
    ['第一句。第二句。', ['第一句。', '第二句。']],
    // A ticker is no sentence end: ICU breaks after the period of " .SPX" and "<.IXIC>".
    ['The S&P 500 Index .SPX fell 10.65 points. It closed.', ['The S&P 500 Index .SPX fell 10.65 points.', 'It closed.']],
    ['The Nasdaq Composite Index <.IXIC> declined 25.78 points. Xong.', ['The Nasdaq Composite Index <.IXIC> declined 25.78 points.', 'Xong.']],
    // A sentence may open with a figure, which ICU never breaks before when a lower-case word follows it.
    ['Điện thoại gần hết pin. 5 ngày đã qua, cô vẫn nhớ.', ['Điện thoại gần hết pin.', '5 ngày đã qua, cô vẫn nhớ.']],
    ['Tổng số ca là 312.000. 24h qua, Hệ thống ghi nhận thêm.', ['Tổng số ca là 312.000.', '24h qua, Hệ thống ghi nhận thêm.']],
    ['Ông ở Q. 1 từ lâu. Xong.', ['Ông ở Q. 1 từ lâu.', 'Xong.']],
    // An initial ends the sentence when the document uses it as a short name; inside a name it does not.
    ['Sự cố xảy đến với T. Trước đó, T. chỉ mang điện thoại.', ['Sự cố xảy đến với T.', 'Trước đó, T. chỉ mang điện thoại.']],
    ['Sau 5 ngày, H.T. (TP Thủ Đức) vẫn chưa quên. Xong.', ['Sau 5 ngày, H.T. (TP Thủ Đức) vẫn chưa quên.', 'Xong.']],
    ['GS.TS. Đặng Đức Anh cho biết. Xong.', ['GS.TS. Đặng Đức Anh cho biết.', 'Xong.']],
    ['Ông sống ở châu Á. Hiện tại ông về.', ['Ông sống ở châu Á.', 'Hiện tại ông về.']],
    // Units and codes glued to a figure or a symbol, letters in a list, a unit after "độ".
    ['Trời nóng 25 - 28 độ C. Đà Nẵng có mưa.', ['Trời nóng 25 - 28 độ C.', 'Đà Nẵng có mưa.']],
    ['Tài liệu mật A, B và C. Những ngày này bận.', ['Tài liệu mật A, B và C.', 'Những ngày này bận.']],
    ['Họ làm theo hướng dẫn của Sở TT&TT. Cả hai đều đồng ý.', ['Họ làm theo hướng dẫn của Sở TT&TT.', 'Cả hai đều đồng ý.']],
    ['Trận đấu lúc 19h. Ngày 14/8, anh về.', ['Trận đấu lúc 19h.', 'Ngày 14/8, anh về.']],
    // A numbered list item opens its sentence.
    ['Đội có diện mạo mới. 2. Những thay đổi đó rõ ràng.', ['Đội có diện mạo mới.', '2. Những thay đổi đó rõ ràng.']],
    // Quotations holding several sentences, and their attributions.
    ['Lời bình "Lạc đề. Em không hiểu ý tác giả". Cô buồn.', ['Lời bình "Lạc đề. Em không hiểu ý tác giả".', 'Cô buồn.']],
    ['“Hành vi này sai. Hãy tôn trọng họ”, ông nói. Xong.', ['“Hành vi này sai. Hãy tôn trọng họ”, ông nói.', 'Xong.']],
    ['"Có thể cấp phép." – Thứ trưởng cho hay. Xong.', ['"Có thể cấp phép." – Thứ trưởng cho hay.', 'Xong.']],
    ['Ông nói: “Xong rồi.” Sau đó về.', ['Ông nói: “Xong rồi.”', 'Sau đó về.']],
    // Ellipses: a break before a capital, none before a lower-case word.
    ['Mang theo giấy tờ, đồ ăn nhanh… Chúng tôi đã đi.', ['Mang theo giấy tờ, đồ ăn nhanh…', 'Chúng tôi đã đi.']],
    ['Niềm tin vẫn rất... tuyệt đối. Xong.', ['Niềm tin vẫn rất... tuyệt đối.', 'Xong.']],
    // A piece with no letter or digit (an ellipsis between quoted sentences, cut off by the line's end)
    // closes the sentence before it; on a line of its own it stays.
    ['“But you know, whole paycheck. …\n\nThey charge more.”', ['“But you know, whole paycheck. …', 'They charge more.”']],
    ['“Tôi biết rồi. …\nChúng tôi sẽ làm.”', ['“Tôi biết rồi. …', 'Chúng tôi sẽ làm.”']],
    ['Ông nói xong. !? Sau đó về.', ['Ông nói xong. !?', 'Sau đó về.']],
    ['He spoke.\n…\nThen he left.', ['He spoke.', '…', 'Then he left.']],
    ['He spoke.\n\n“… But there is no sense of it. Then he left.', ['He spoke.', '“… But there is no sense of it.', 'Then he left.']],
    ['Ông nói xong.\n… Rồi ông về nhà. Hết.', ['Ông nói xong.', '… Rồi ông về nhà.', 'Hết.']],
    // Several letterless pieces opening a line make one, which joins the sentence after it.
    ['… … He left.', ['… … He left.']],
    ['!? … Ông về nhà.', ['!? … Ông về nhà.']],
    // An opening quote belongs to what follows: at a line's end it is not joined back, leaving a “ unclosed.
    ['He said. “…\nBut we stayed.”', ['He said.', '“…', 'But we stayed.”']],
    ['Ông nói. “…\nNhưng chúng tôi ở lại.”', ['Ông nói.', '“…', 'Nhưng chúng tôi ở lại.”']],
    ['Ông nói. „… Wir bleiben.“', ['Ông nói.', '„… Wir bleiben.“']],
    // Letters outside the Basic Multilingual Plane (math-styled text of social posts, CJK Ext-B) are letters.
    ['He left. 𝐒𝐡𝐞 𝐬𝐭𝐚𝐲𝐞𝐝. He came back.', ['He left.', '𝐒𝐡𝐞 𝐬𝐭𝐚𝐲𝐞𝐝.', 'He came back.']],
    ['Ông đi. 𠀋𠀌. Bà ở lại.', ['Ông đi.', '𠀋𠀌.', 'Bà ở lại.']],
    ['𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠. The storm hit.', ['𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠.', 'The storm hit.']],
    // Emoji carry no word: a line of them and stops joins into one piece, not one sentence each.
    ['😀😀😀. 😀😀😀. 😀😀😀. ', ['😀😀😀. 😀😀😀. 😀😀😀.']],
    ['Trận đấu kết thúc 2. 1 bàn thắng.', ['Trận đấu kết thúc 2.', '1 bàn thắng.']],
    // English abbreviations.
    ['He moved to the U.S. He then left. The U.S. Army said no.', ['He moved to the U.S.', 'He then left.', 'The U.S. Army said no.']],
    ['Mr. Smith met Mrs. Jones on Jan. 5 at noon. They talked.', ['Mr. Smith met Mrs. Jones on Jan. 5 at noon.', 'They talked.']],
    ['The talks ended at 5 p.m. Next day they resumed.', ['The talks ended at 5 p.m.', 'Next day they resumed.']],
  ])('splits %j', (text, expected) => {
    expect(texts(text)).toEqual(expected)
  })

  it('never lets a sentence cross a line break', () => {
    expect(texts('Tiêu đề không dấu chấm\nCâu thân bài.')).toEqual(['Tiêu đề không dấu chấm', 'Câu thân bài.'])
  })

  it('cuts a very long line without losing text', () => {
    const line = 'Một câu dài có nhiều chữ và không bao giờ kết thúc '.repeat(2000)
    const pieces = splitSentences(line)
    expect(pieces.length).toBeGreaterThan(1)
    expect(pieces.map((p) => line.slice(p.start, p.end)).join(' ')).toBe(line.trim())
  })

  it('skips blank lines and trims whitespace', () => {
    expect(texts('  \n\n  Một câu.  \n')).toEqual(['Một câu.'])
  })
})

describe('splitSentences without ICU', () => {
  // Latin, Vietnamese letters and general punctuation, no sentence terminal: the lines it answers alone.
  const unterminated = fc.string({
    unit: fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }).filter((c) => c !== 0x2e && c !== 0x21 && c !== 0x3f),
      fc.integer({ min: 0xa0, max: 0x24f }),
      fc.integer({ min: 0x300, max: 0x36f }),
      fc.integer({ min: 0x1e00, max: 0x1eff }),
      fc.integer({ min: 0x2010, max: 0x2023 }),
    ).map((c) => String.fromCharCode(c)),
    minLength: 1,
    maxLength: 80,
  })

  it('answers what ICU answers for a line with no sentence terminal', () => {
    const icu = new Intl.Segmenter('und', { granularity: 'sentence' })
    fc.assert(
      fc.property(unterminated, (line) => {
        const pieces = splitSentences(line).map((p) => line.slice(p.start, p.end))
        const segments = [...icu.segment(line)].map((s) => s.segment.trim()).filter(Boolean)
        expect(pieces).toEqual(segments)
      }),
      { seed: 5, numRuns: 2000 },
    )
  })

  it('answers what ICU answers for a line that ends with its only terminal', () => {
    const icu = new Intl.Segmenter('und', { granularity: 'sentence' })
    const ending = fc.tuple(unterminated, fc.constantFrom('.', '!', '?'), fc.stringMatching(/^["')\]}»’”]{0,3}$/), fc.stringMatching(/^ {0,2}$/))
    fc.assert(
      fc.property(ending, ([body, terminal, close, space]) => {
        const line = body + terminal + close + space
        const segments = [...icu.segment(line)].map((s) => s.segment.trim()).filter(Boolean)
        expect(segments.length).toBeLessThanOrEqual(1)
        expect(splitSentences(line).map((p) => line.slice(p.start, p.end))).toEqual(segments)
      }),
      { seed: 6, numRuns: 2000 },
    )
  })

  it('still splits a line with a terminal', () => {
    expect(splitSentences('Một câu. Câu khác').map((p) => [p.start, p.end])).toEqual([[0, 8], [9, 17]])
  })
})

describe('a letter carrying more combining marks than a segmenter window holds', () => {
  it.each([
    ['lower case after the stop', 'Câu một. a', 2500],
    ['upper case after the stop', 'Câu một. A', 5000],
    ['alone on its line', '', 4500],
  ])('%s: no sentence is a bare run of marks, none empty (original offsets)', (_name, before, marks) => {
    const text = `${before}a${'\u0301'.repeat(marks)} b. Câu ba.`
    const sentences = segment(text)
    for (const s of sentences) {
      expect(s.end).toBeGreaterThan(s.start)
      expect(s.text).toBe(text.slice(s.start, s.end))
      expect(s.text).not.toMatch(/^\p{M}/u)
    }
    expect(sentences.map((s) => s.text).join(' ')).toBe(text)
  })
})
