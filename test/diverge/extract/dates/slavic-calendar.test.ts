/**
 * Polish, Czech, Slovak and Croatian calendar words (month-names.ts, calendar-words.ts): a day's month in the
 * genitive (*19 marca*, *5. května*, *5. svibnja*) is a date, and a weekday in its cases (*w środę*, *we wtorek*,
 * *v pondělí*, *ve středu*) is read by the weekday rules, so one event's day told as two dates or two weekdays is
 * compared, while two events' days are not.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'
import { figureFlags } from '../../../helpers'

const read = (text: string) => extractDates(text).map((f) => [f.text, f.day, f.month, f.year])
const dateFlags = (a: string, b: string): string[] =>
  compare(a, b).divergences.filter((d) => d.kind === 'date').map((d) => `${d.a!.text} | ${d.b!.text}`)

describe('a day and a Slavic month in the genitive is a date', () => {
  it.each([
    ['pl: day and month', 'Sąd wydał wyrok 19 marca w Warszawie.', [['19 marca', 19, 3, undefined]]],
    ['pl: with its year', 'Ustawa weszła w życie 1 stycznia 2020 roku.', [['1 stycznia 2020', 1, 1, 2020]]],
    ['pl: listopada is November', 'Wybory odbyły się 11 listopada.', [['11 listopada', 11, 11, undefined]]],
    ['cs: the day with its dot', 'Soud rozhodl 5. května v Brně.', [['5. května', 5, 5, undefined]]],
    ['sk: the day with its dot', 'Súd rozhodol 5. mája v Bratislave.', [['5. mája', 5, 5, undefined]]],
    ['hr: svibnja is May', 'Izbori su održani 5. svibnja.', [['5. svibnja', 5, 5, undefined]]],
    // rpolish58: Croatian listopada is October, Polish November, and both write 5. listopada: read by neither
    ['pl/hr trap: a dotted listopada is no month the shape can tell', 'Izbori su održani 5. listopada.', []],
    ['pl trap: the verb mają (they have) is no maja', 'Pozostali 2 mają zostać przesłuchani.', []],
    ['pl trap: a capitalised month names a street', 'Do wypadku doszło na ulicy 3 Maja w Krakowie.', []],
    ['pl trap: a holiday written as a name', 'Święto 11 Listopada obchodzono w Krakowie.', []],
    ['pl trap: a street after ul.', 'Sklep przy ul. 29 listopada otwarto.', []],
    ['cs trap: a street named for a date', 'Nehoda se stala na náměstí 28. října v Brně.', []],
    // traps: a count before a noun, a name in another case
    ['pl: a count of people', 'Na spotkanie przyszło 19 ludzi z Marca.', []],
    ['en: a figure before a word (as before)', 'He scored 19 points in the match.', []],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected)
  })
})

describe('two dates of one event: flagged; one date twice: not', () => {
  it.each([
    ['pl: 1 stycznia / 1 lutego', 'Sąd wydał wyrok 1 stycznia, poinformowała rzeczniczka sądu.', 'Sąd wydał wyrok 1 lutego, poinformowała rzeczniczka sądu.', ['1 stycznia | 1 lutego']],
    ['pl: 19 marca / 21 marca (a date now, not a count)', 'Sąd wydał wyrok 19 marca 2020, poinformowała rzeczniczka.', 'Sąd wydał wyrok 21 marca 2020, poinformowała rzeczniczka.', ['19 marca 2020 | 21 marca 2020']],
    ['cs: 5. května / 5. června', 'Soud rozhodl 5. května, uvedla mluvčí soudu v Brně.', 'Soud rozhodl 5. června, uvedla mluvčí soudu v Brně.', ['5. května | 5. června']],
    ['hr: 5. svibnja / 7. svibnja', 'Sud je presudio 5. svibnja, rekla je glasnogovornica.', 'Sud je presudio 7. svibnja, rekla je glasnogovornica.', ['5. svibnja | 7. svibnja']],
    ['en: March 19 / March 21 (as before)', 'The court ruled on March 19, a spokeswoman said.', 'The court ruled on March 21, a spokeswoman said.', ['March 19 | March 21']],
    ['pl: one date twice', 'Sąd wydał wyrok 19 marca, poinformowała rzeczniczka sądu.', 'Sąd wydał wyrok 19 marca, jak poinformowała rzeczniczka sądu.', []],
    // rpolish58's review: mają (they have), a street, a day with its dot are no contradicting date
    ['pl trap: 2 mają (two have) / 5 maja', 'Policja zatrzymała pięciu mężczyzn; 2 mają zarzuty kradzieży, podała prokuratura w Krakowie.', 'Policja zatrzymała 5 maja pięciu mężczyzn z zarzutami kradzieży, podała prokuratura w Krakowie.', []],
    ['pl: 2 mają / 3 mają is a count', 'Pozostali 2 mają zostać przesłuchani w piątek, podała prokuratura w Krakowie.', 'Pozostali 3 mają zostać przesłuchani w piątek, podała prokuratura w Krakowie.', ['2 mają | 3 mają']],
    ['pl: an age before mają', 'Bilety: dzieci do lat 3 mają wstęp wolny, poinformował w poniedziałek dyrektor muzeum w Krakowie.', 'Bilety: dzieci do lat 4 mają wstęp wolny, poinformował w poniedziałek dyrektor muzeum w Krakowie.', ['3 mają | 4 mają']],
    ['pl trap: ulica 3 Maja / 5 maja', 'Do wypadku doszło na ulicy 3 Maja w Krakowie. Zginęły dwie osoby.', 'Do wypadku doszło 5 maja w Krakowie. Zginęły dwie osoby.', []],
    ['pl trap: 5. listopada / 5 listopada', 'Wypadek zdarzył się 5. listopada w Krakowie. Zginęły dwie osoby.', 'Wypadek zdarzył się 5 listopada w Krakowie. Zginęły dwie osoby.', []],
    ['en: May 3 / May 5 (as before)', 'The crash happened on May 3 in Krakow. Two people died.', 'The crash happened on May 5 in Krakow. Two people died.', ['May 3 | May 5']],
    ['vi: ngày 3/5 / ngày 5/5 (as before)', 'Vụ tai nạn xảy ra ngày 3/5 tại Krakow.', 'Vụ tai nạn xảy ra ngày 5/5 tại Krakow.', ['3/5 | 5/5']],
  ])('%s', (_name, a, b, expected) => {
    expect(figureFlags(a, b)).toEqual(expected)
  })
})

describe('weekdays in their cases: one sentence with two weekdays is flagged', () => {
  it.each([
    ['pl: w środę / w czwartek', 'Trybunał Konstytucyjny wydał wyrok w środę, poinformowała rzeczniczka sądu.', 'Trybunał Konstytucyjny wydał wyrok w czwartek, poinformowała rzeczniczka sądu.', ['środę | czwartek']],
    ['pl: a weekday opening its sentence', 'W środę trybunał wydał wyrok, poinformowała rzeczniczka sądu.', 'W czwartek trybunał wydał wyrok, poinformowała rzeczniczka sądu.', ['środę | czwartek']],
    ['en: on Tuesday / on Saturday (as before)', 'The minister said on Tuesday that the plan was ready.', 'The minister said on Saturday that the plan was ready.', ['Tuesday | Saturday']],
    ['pl: we wtorek / w sobotę', 'Policja zatrzymała mężczyznę we wtorek w Krośnie.', 'Policja zatrzymała mężczyznę w sobotę w Krośnie.', ['wtorek | sobotę']],
    ['cs: v pondělí / v úterý', 'Ústavní soud rozhodl v pondělí, uvedla mluvčí soudu.', 'Ústavní soud rozhodl v úterý, uvedla mluvčí soudu.', ['pondělí | úterý']],
    ['cs: ve středu / v pátek', 'Policie zadržela muže ve středu v Brně.', 'Policie zadržela muže v pátek v Brně.', ['středu | pátek']],
    ['en: on Wednesday / on Thursday (as before)', 'The court ruled on Wednesday, a spokeswoman said.', 'The court ruled on Thursday, a spokeswoman said.', ['Wednesday | Thursday']],
    ['vi: thứ Tư / thứ Năm (as before)', 'Tòa án tuyên án vào thứ Tư, người phát ngôn cho biết.', 'Tòa án tuyên án vào thứ Năm, người phát ngôn cho biết.', ['thứ Tư | thứ Năm']],
  ])('%s', (_name, a, b, expected) => {
    expect(dateFlags(a, b)).toEqual(expected)
  })

  it.each([
    ['pl: one weekday in two cases', 'Trybunał wydał wyrok w środę, poinformowała rzeczniczka.', 'Trybunał wydał wyrok w środę po południu, poinformowała rzeczniczka.'],
    ['pl: two rulings on two days, told in two orders', 'Trybunał wydał wyrok we wtorek. W poniedziałek sędziowie obradowali nad drugą sprawą.', 'W poniedziałek sędziowie obradowali. Trybunał wydał wyrok we wtorek.'],
    ['cs: a weekday and no date on the other side', 'Soud rozhodl ve středu, uvedla mluvčí soudu.', 'Soud rozhodl 18. března, uvedla mluvčí soudu.'],
    ['pl: a town in the locative is no Wednesday', 'Pożar wybuchł w Środzie Śląskiej, podała straż pożarna.', 'Pożar wybuchł w piątek, podała straż pożarna.'],
    ['pl: surnames capitalised mid-sentence are no weekdays', 'Gola na 2:1 strzelił Niedziela, a mecz obejrzało 20 tysięcy kibiców.', 'Gola na 2:1 strzelił Sobota, a mecz obejrzało 20 tysięcy kibiców.'],
    ['cs: a town is no Saturday', 'Nehoda se stala v obci Sobota v pondělí.', 'Nehoda se stala v obci Neděle v pondělí.'],
    ['pl: Sobota the surname is no weekday in another sentence', 'Prezes Jan Sobota złożył rezygnację w środę.', 'Prezes Jan Sobota złożył w środę rezygnację.'],
  ])('trap: %s', (_name, a, b) => {
    expect(dateFlags(a, b)).toEqual([])
  })
})
