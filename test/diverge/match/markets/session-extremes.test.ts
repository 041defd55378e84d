import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every contradiction of two sums, as their two texts. */
const flags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

// Two reports of one trading day, worded apart so the aligner links no sentence of the low
// (after TGNews R1_zakon / R1_meduza, test/fixtures/tgnews-ru). Each side names other prices too.
const en = (lowA: string, lowB: string, restA = '', restB = ''): [string, string] => [
  `Musk tweet sinks Tesla\n\nTesla shares tumbled on Friday after chief executive Elon Musk wrote on Twitter that the stock price was too high. The shares closed at $701.32. ${lowA} The company did not respond to a request for comment. ${restA}`,
  `Elon Musk says Tesla stock is overpriced\n\nOne post was enough. Before the message a share cost $760, and analysts called the episode unusual even for him. ${lowB} Regulators had already fined the entrepreneur over earlier posts. ${restB}`,
]
const vi = (lowA: string, lowB: string, restA = '', restB = ''): [string, string] => [
  `Cổ phiếu Tesla lao dốc vì dòng tweet của Elon Musk\n\nCổ phiếu Tesla sụt mạnh hôm thứ Sáu sau khi Elon Musk viết trên Twitter rằng giá cổ phiếu quá cao. Cổ phiếu đóng cửa ở mức 701,32 USD. ${lowA} Công ty chưa đưa ra bình luận. ${restA}`,
  `Elon Musk nói cổ phiếu Tesla quá đắt\n\nChỉ một dòng trạng thái là đủ. Trước đó mỗi cổ phiếu có giá 760 USD, giới phân tích gọi đây là chuyện hiếm gặp. ${lowB} Cơ quan quản lý từng phạt doanh nhân này vì những dòng tweet trước đây. ${restB}`,
]
const ru = (lowA: string, lowB: string, restA = '', restB = ''): [string, string] => [
  `Илон Маск одним твитом обвалил акции Tesla\n\nАкции компании Tesla подешевели после того, как Илон Маск написал, что они стоят слишком дорого. Бумаги закрылись на уровне 708,77 доллара. ${lowA} В компании ситуацию не прокомментировали. ${restA}`,
  `Илон Маск превзошел сам себя\n\nОдного сообщения оказалось достаточно. До публикации одна акция стоила 760 долларов, аналитики назвали это необычным. ${lowB} Регулятор уже штрафовал предпринимателя за прежние публикации. ${restB}`,
]

/** One price's session low, told once in each report (session-extremes.ts). */
describe("one price's session low, told in unlinked sentences", () => {
  it.each([
    // ("fell as low as $683" is a bound the hedge rules read as allowing $686: compatible, not this rule's)
    ['en: touched a low of $683 / hit an intraday low of $686', en('During the session the stock touched a low of $683.', 'Investors watched it slide until it hit an intraday low of $686.'), ['$683', '$686']],
    ['vi: mức thấp nhất 683 USD / 686 USD', vi('Trong phiên, giá có lúc xuống mức thấp nhất 683 USD.', 'Nhà đầu tư chứng kiến cổ phiếu rơi liên tục, chạm đáy 686 USD.'), ['683 USD', '686 USD']],
    ['ru: опускалась до 683 долларов / на минимуме 686 долларов', ru('При этом в ходе торгов их стоимость опускалась до 683 долларов.', 'Затем их цена на бирже стала падать, на минимуме она составляла 686 долларов.'), ['683 долларов', '686 долларов']],
    // a weekday names the session's own day: still one slot
    ['en: a low on Friday / an intraday low', en('On Friday the stock touched a low of $683.', 'Investors watched it slide until it hit an intraday low of $686.'), ['$683', '$686']],
  ])('flags — %s', (_label, [a, b], pair) => {
    expect(flags(a, b)).toContainEqual(pair)
  })

  it.each([
    ['en: a closing price against a low', en('The stock ended the session at $683.', 'Investors watched it slide until it hit an intraday low of $686.')],
    ['en: a low against a high', en('During the session the stock touched a high of $683.', 'Investors watched it slide until it hit an intraday low of $686.')],
    ["en: a record low against the day's low", en('Last year the stock sank to a record low of $683.', 'Investors watched it slide until it hit an intraday low of $686.')],
    ["en: two companies' lows (Nio / Tesla)", en('Rival Nio touched a low of $683 in the same session.', 'Investors watched Tesla slide until it hit an intraday low of $686.')],
    ['en: a truncation ($686.93 / $686)', en('During the session the stock touched a low of $686.93.', 'Investors watched it slide until it hit an intraday low of $686.')],
    ['en: two lows on one side (a later low restated)', en('During the morning the stock touched a low of $683.', 'Investors watched it slide until it hit an intraday low of $686.', 'A second sell-off took it to a new low of $679.')],
    ['vi: giá đóng cửa và mức thấp nhất', vi('Cổ phiếu kết thúc phiên ở mức 683 USD.', 'Nhà đầu tư chứng kiến cổ phiếu rơi liên tục, chạm đáy 686 USD.')],
    ['vi: mức thấp nhất và mức cao nhất', vi('Trong phiên, giá có lúc lên mức cao nhất 683 USD.', 'Nhà đầu tư chứng kiến cổ phiếu rơi liên tục, chạm đáy 686 USD.')],
    ['ru: цена закрытия и минимум', ru('К закрытию торгов они стоили 683 доллара.', 'Затем их цена на бирже стала падать, на минимуме она составляла 686 долларов.')],
    ['ru: исторический минимум и минимум дня', ru('В прошлом году акции опускались до исторического минимума в 683 доллара.', 'Затем их цена на бирже стала падать, на минимуме она составляла 686 долларов.')],
    ['ru: усечение (686,93 / 686)', ru('Минимальная же цена акций составила $686,93.', 'Затем их цена на бирже стала падать, на минимуме она составляла 686 долларов.')],
    // after review rfigures53: any span of time named besides a day's is another low; a rival the other report never names owns its own
    ['en: a seven-week low against the intraday low', en('Earlier the stock had sunk to a seven-week low of $683.', 'Investors watched it slide until it hit an intraday low of $686.')],
    ['en: a two-year low against the intraday low', en('Earlier the stock had sunk to a two-year low of $683.', 'Investors watched it slide until it hit an intraday low of $686.')],
    ['en: a multiyear low (dated 2019) against the intraday low', en('In 2019 the stock sank to a multiyear low of $683.', 'Investors watched it slide until it hit an intraday low of $686.')],
    ['en: a pandemic-era low against the intraday low', en('Earlier the stock had sunk to a pandemic-era low of $683.', 'Investors watched it slide until it hit an intraday low of $686.')],
    ['vi: mức thấp nhất mọi thời đại và đáy trong phiên', vi('Trước đó, giá từng xuống mức thấp nhất mọi thời đại 683 USD.', 'Nhà đầu tư chứng kiến cổ phiếu rơi liên tục, chạm đáy 686 USD.')],
    ['vi: mức thấp nhất trong bảy tuần và đáy trong phiên', vi('Trước đó, giá từng xuống mức thấp nhất trong bảy tuần là 683 USD.', 'Nhà đầu tư chứng kiến cổ phiếu rơi liên tục, chạm đáy 686 USD.')],
    ['ru: многолетний минимум и минимум дня', ru('Ранее акции опускались до многолетнего минимума в 683 доллара.', 'Затем их цена на бирже стала падать, на минимуме она составляла 686 долларов.')],
    ['ru: минимум за полгода и минимум дня', ru('Ранее акции опускались до минимума за полгода в 683 доллара.', 'Затем их цена на бирже стала падать, на минимуме она составляла 686 долларов.')],
    ["en: a rival's low against the story's low", en('Shares of rival Nio touched a low of $683 during the session.', 'Investors watched it slide until it hit an intraday low of $686.')],
    ['vi: đáy của đối thủ Nio và đáy của Tesla', vi('Cổ phiếu của đối thủ Nio có lúc xuống mức thấp nhất 683 USD trong phiên.', 'Nhà đầu tư chứng kiến cổ phiếu rơi liên tục, chạm đáy 686 USD.')],
    ['ru: минимум конкурента Nio и минимум Tesla', ru('Акции конкурента Nio в ходе торгов опускались до 683 долларов.', 'Затем их цена на бирже стала падать, на минимуме она составляла 686 долларов.')],
  ])('stays quiet — %s', (_label, [a, b]) => {
    expect(flags(a, b)).toEqual([])
  })
})
