import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every contradiction of two sums, as their two texts. */
const flags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

// Two reports of one market day, worded apart so the aligner links no sentence of the loss
// (after TGNews R1_rtvi / R1_shazoo, test/fixtures/tgnews-ru).
const en = (lossA: string, lossB: string, restA = '', restB = ''): [string, string] => [
  `Musk tweet sinks Tesla\n\nTesla shares tumbled after chief executive Elon Musk wrote on Twitter that the stock price was too high. ${lossA} The company did not respond to a request for comment. ${restA}`,
  `Elon Musk says Tesla stock is overpriced\n\nOne post was enough. Investors sold heavily within minutes of the message, and analysts called the episode unusual even for him. ${lossB} Regulators had already fined the entrepreneur over earlier posts. ${restB}`,
]
const vi = (lossA: string, lossB: string, restA = '', restB = ''): [string, string] => [
  `Cổ phiếu Tesla lao dốc vì dòng tweet của Elon Musk\n\nCổ phiếu Tesla sụt mạnh sau khi Elon Musk viết trên Twitter rằng giá cổ phiếu quá cao. ${lossA} Công ty chưa đưa ra bình luận. ${restA}`,
  `Elon Musk nói cổ phiếu Tesla quá đắt\n\nChỉ một dòng trạng thái là đủ. Nhà đầu tư bán tháo ngay sau đó, giới phân tích gọi đây là chuyện hiếm gặp. ${lossB} Cơ quan quản lý từng phạt doanh nhân này vì những dòng tweet trước đây. ${restB}`,
]
const ru = (lossA: string, lossB: string, restA = '', restB = ''): [string, string] => [
  `Капитализация Tesla упала после твита Илона Маска\n\nАкции компании Tesla подешевели после того, как Илон Маск написал, что они стоят слишком дорого. ${lossA} В компании ситуацию не прокомментировали. ${restA}`,
  `Илон Маск превзошел сам себя\n\nОдного сообщения оказалось достаточно. Инвесторы начали продавать бумаги уже через несколько минут, аналитики назвали это необычным. ${lossB} Регулятор уже штрафовал предпринимателя за прежние публикации. ${restB}`,
]

/** One company's market-value move, told once in each report (value-moves.ts). */
describe("one company's market value moved by a sum, told in unlinked sentences", () => {
  it.each([
    ['en: market value fell by $15 billion / lost $14 billion of market capitalization', en("Tesla's market value fell by $15 billion on Friday.", 'By the close, Tesla had lost $14 billion of its market capitalization.'), ['$15 billion', '$14 billion']],
    ['vi: vốn hóa giảm 15 tỷ USD / 14 tỷ USD', vi('Vốn hóa thị trường của Tesla giảm 15 tỷ USD trong phiên.', 'Kết thúc ngày giao dịch, giá trị thị trường của Tesla đã giảm 14 tỷ USD.'), ['15 tỷ USD', '14 tỷ USD']],
    ['ru: капитализация обрушилась на $15 млрд / рыночная оценка сократилась на 14 миллиардов долларов', ru('В итоге капитализация Tesla обрушилась на $15 млрд.', 'Таким образом рыночная оценка Tesla за один день сократилась на 14 миллиардов долларов.', 'Сам Маск, по данным Forbes, потерял $2,8 млрд.', 'Ранее Илону пришлось заплатить $40 миллионов пострадавшим инвесторам.'), ['$15 млрд', '14 миллиардов долларов']],
    // the story's company left unnamed on one side, named on the other (as TGNews R1_rtvi / R1_shazoo)
    ['en: its market value / Tesla had lost', en('Its market value fell by $15 billion on Friday.', 'By the close, Tesla had lost $14 billion of its market capitalization.'), ['$15 billion', '$14 billion']],
    ['vi: vốn hóa (không nêu tên) / của Tesla', vi('Vốn hóa thị trường giảm 15 tỷ USD trong phiên.', 'Kết thúc ngày giao dịch, giá trị thị trường của Tesla đã giảm 14 tỷ USD.'), ['15 tỷ USD', '14 tỷ USD']],
  ])('flags — %s', (_label, [a, b], pair) => {
    expect(flags(a, b)).toContainEqual(pair)
  })

  it.each([
    ['en: two companies, one loss each (Tesla / Nio)', en("Tesla's market value fell by $15 billion on Friday.", 'Shares of the carmaker Nio slid as well, wiping $14 billion off its market value.')],
    ['en: the level reached, not the move (to $129 billion / by $14 billion)', en("Tesla's market value fell to $129 billion on Friday.", 'By the close, Tesla had lost $14 billion of its market capitalization.')],
    ["en: a person's fortune, not the company's value", en("Forbes estimated that Musk's personal fortune shrank by $15 billion.", 'By the close, Tesla had lost $14 billion of its market capitalization.')],
    ['en: a day and a week', en("Tesla's market value fell by $15 billion over the week.", "Tesla's market value dropped by $14 billion in one day.")],
    ['en: a loss restated after the rebound (two values on one side)', en("Tesla's market value fell by $15 billion in early trading.", 'By the close, Tesla had lost $14 billion of its market capitalization.', "By the close Tesla's market value was down by $12 billion.")],
    ['en: a rise against a fall', en("Tesla's market value rose by $15 billion on Friday.", 'By the close, Tesla had lost $14 billion of its market capitalization.')],
    ['en: a hedge that allows the other (about $15 billion / $14.6 billion)', en("Tesla's market value fell by about $15 billion on Friday.", 'By the close, Tesla had lost $14.6 billion of its market capitalization.')],
    ['en: far apart (a multiple: $15 billion / $1.4 billion)', en("Tesla's market value fell by $15 billion on Friday.", 'By the close, Tesla had lost $1.4 billion of its market capitalization.')],
    ['vi: hai công ty (Tesla / Nio)', vi('Vốn hóa thị trường của Tesla giảm 15 tỷ USD trong phiên.', 'Vốn hóa thị trường của hãng Nio cũng giảm 14 tỷ USD trong phiên.')],
    ['vi: mức vốn hóa còn lại, không phải mức giảm (xuống 129 tỷ USD)', vi('Vốn hóa thị trường của Tesla giảm xuống 129 tỷ USD.', 'Kết thúc ngày giao dịch, giá trị thị trường của Tesla đã giảm 14 tỷ USD.')],
    ['vi: tài sản của một người, không phải vốn hóa', vi('Bản thân Musk mất 15 tỷ USD tài sản, theo Forbes.', 'Kết thúc ngày giao dịch, giá trị thị trường của Tesla đã giảm 14 tỷ USD.')],
    ['ru: уровень после падения (до 129,3 миллиарда), не падение', ru('Капитализация Tesla упала до 129,3 миллиарда долларов.', 'Таким образом рыночная оценка Tesla за один день сократилась на 14 миллиардов долларов.')],
    ['ru: состояние Маска, не капитализация', ru('Сам Маск потерял $15 млрд, сообщает Forbes.', 'Таким образом рыночная оценка Tesla за один день сократилась на 14 миллиардов долларов.')],
    ['ru: за неделю и за день', ru('Капитализация Tesla за неделю сократилась на $15 млрд.', 'Таким образом рыночная оценка Tesla за один день сократилась на 14 миллиардов долларов.')],
    ['ru: две компании (Tesla / Nio)', ru('В итоге капитализация Tesla обрушилась на $15 млрд.', 'Рыночная оценка конкурента Nio сократилась на 14 миллиардов долларов.')],
    // after review rfigures53: a source both name owns nothing; an owner one side alone names must be the other report's too
    ['en: two companies, one source named in both (Twitter / Tesla, Bloomberg)', en("Twitter's market value fell by $15 billion after the tweet, according to Bloomberg.", 'By the close, Tesla had lost $14 billion of its market capitalization, Bloomberg data show.')],
    ['en: two companies, one source named in both (Twitter / Tesla, Reuters)', en("Twitter's market value fell by $15 billion after the tweet, Reuters reported.", 'By the close, Tesla had lost $14 billion of its market capitalization, Reuters reported.')],
    ['vi: hai công ty, cùng một nguồn (Twitter / Tesla, Bloomberg)', vi('Vốn hóa thị trường của Twitter giảm 15 tỷ USD sau dòng tweet, theo Bloomberg.', 'Kết thúc ngày giao dịch, giá trị thị trường của Tesla đã giảm 14 tỷ USD, theo Bloomberg.')],
    ['ru: две компании, один источник (Twitter / Tesla, Bloomberg)', ru('Капитализация Twitter обрушилась на $15 млрд, по данным Bloomberg.', 'Рыночная оценка Tesla за один день сократилась на 14 миллиардов долларов, по данным Bloomberg.')],
    ["en: an unnamed owner (the story's Tesla) against another company (Nio)", en('Its market value fell by $15 billion on Friday.', 'By the close, Nio had lost $14 billion of its market capitalization.')],
    ['vi: chủ thể không nêu tên (Tesla của bài) và công ty khác (Nio)', vi('Vốn hóa thị trường giảm 15 tỷ USD trong phiên.', 'Kết thúc ngày giao dịch, giá trị thị trường của Nio đã giảm 14 tỷ USD.')],
    ['ru: владелец не назван (Tesla) и другая компания (Nio)', ru('В итоге капитализация обрушилась на $15 млрд.', 'Таким образом рыночная оценка Nio за один день сократилась на 14 миллиардов долларов.')],
    ["en: a fortune, the market value named after it (as Tesla's market value slumped)", en("Musk's personal fortune fell by $15 billion as Tesla's market value slumped.", 'By the close, Tesla had lost $14 billion of its market capitalization.')],
    ['ru: состояние, капитализация названа после (когда капитализация Tesla упала)', ru('Состояние Маска сократилось на $15 млрд, когда капитализация Tesla рухнула.', 'Таким образом рыночная оценка Tesla за один день сократилась на 14 миллиардов долларов.')],
    ['en: a week against one weekday', en("Tesla's market value fell by $15 billion this week.", 'On Friday alone, Tesla lost $14 billion of its market capitalization.')],
    ['vi: cả tuần và riêng thứ Sáu', vi('Tính chung cả tuần, vốn hóa thị trường của Tesla giảm 15 tỷ USD.', 'Riêng hôm thứ Sáu, giá trị thị trường của Tesla đã bốc hơi 14 tỷ USD.')],
    ['en: a quarter against the year to date', en("Over the quarter, Tesla's market value fell by $15 billion.", 'Since January, Tesla has lost $14 billion of its market capitalization.')],
    ['vi: một quý và từ đầu năm', vi('Trong quý, vốn hóa thị trường của Tesla giảm 15 tỷ USD.', 'Từ đầu năm, giá trị thị trường của Tesla đã giảm 14 tỷ USD.')],
    ['ru: за квартал и с начала года', ru('В итоге за квартал капитализация обрушилась на $15 млрд.', 'С начала года рыночная оценка Tesla сократилась на 14 миллиардов долларов.')],
  ])('stays quiet — %s', (_label, [a, b]) => {
    expect(flags(a, b)).toEqual([])
  })

  // the Vingroup story: its owner holds most of the company, so his fortune and its market value fall by like sums
  it('stays quiet — vi: tài sản ông Vượng, không phải vốn hóa Vingroup', () => {
    const a = 'Cổ phiếu Vingroup giảm sàn\n\nCổ phiếu VIC của Vingroup giảm kịch sàn trong phiên hôm nay. Tài sản của ông Phạm Nhật Vượng giảm 1 tỷ USD khi vốn hóa Vingroup lao dốc. Công ty chưa bình luận.'
    const b = 'Vingroup mất giá mạnh\n\nNhà đầu tư bán tháo cổ phiếu VIC ngay từ đầu phiên. Kết thúc ngày giao dịch, giá trị thị trường của Vingroup đã giảm 1,4 tỷ USD. Giới phân tích gọi đây là phiên tệ nhất năm.'
    expect(flags(a, b)).toEqual([])
  })
})
