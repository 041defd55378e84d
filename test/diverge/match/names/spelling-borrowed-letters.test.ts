// An Arabic name written with a letter borrowed for a foreign sound in one report and its native
// letter in the other (spelling-borrowed-letters.ts). Sentences modelled on the SemEval-2022 Task 8
// Arabic pairs (test/fixtures/semeval8-ar): the Algerian ڤ for g, the Egyptian چ for g, پ for p.
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import type { Report } from '../../../../src'
import { nativeForms } from '../../../../src/diverge/match/names/spelling-borrowed-letters'

const BORROWED = 'a letter borrowed for a foreign sound against its native letter'
const borrowed = (report: Report): Array<[string | undefined, string | undefined]> =>
  report.divergences.filter((d) => d.kind === 'name' && d.evidence?.includes(BORROWED)).map((d) => [d.a?.text, d.b?.text])
const missingTexts = (report: Report): string[] => report.divergences.filter((d) => d.kind === 'missing').map((d) => (d.a ?? d.b)!.text)

const CHENGRIHA_A = 'قام اللواء السعيد شنڤريحة قائد أركان الجيش الجزائري بالنيابة بتنصيب العميد عبد الغني راشدي مديرا للأمن الداخلي. وقال شنڤريحة إن القرار جاء بعد أسابيع من المشاورات.'
const CHENGRIHA_B = 'قام رئيس أركان الجيش الجزائري بالنيابة اللواء السعيد شنقريحة بتنصيب العميد عبد الغني راشدي مديرا للأمن الداخلي خلفا للعميد واسيني بوعزة.'
const SYNERGY_A = 'أعلنت شركة سينرچي للإنتاج الفني عن بدء تصوير المسلسل الجديد في القاهرة الأسبوع المقبل بمشاركة عدد كبير من النجوم.'
const SYNERGY_B = 'قالت شركة سينرجي للإنتاج الفني إن تصوير المسلسل الجديد سيبدأ في القاهرة الأسبوع المقبل بمشاركة عدد من النجوم.'
const PEPSI_A = 'وقعت شركة بيپسي عقدا جديدا مع الاتحاد المصري لكرة القدم لرعاية المنتخب الوطني خلال الموسمين المقبلين.'
const PEPSI_B = 'أعلن الاتحاد المصري لكرة القدم توقيع عقد مع شركة بيبسي لرعاية المنتخب الوطني خلال الموسمين المقبلين.'

describe('an Arabic name respelt by a borrowed letter is one name spelt two ways', () => {
  it.each([
    ['the Algerian ڤ for g against ق', CHENGRIHA_A, CHENGRIHA_B, 'شنڤريحة', 'شنقريحة'],
    ['the Egyptian چ for g against ج', SYNERGY_A, SYNERGY_B, 'سينرچي', 'سينرجي'],
    ['پ for p against ب', PEPSI_A, PEPSI_B, 'بيپسي', 'بيبسي'],
    ['the borrowed letter in the second report', CHENGRIHA_B, CHENGRIHA_A, 'شنقريحة', 'شنڤريحة'],
  ])('%s', (_, a, b, textA, textB) => {
    expect(borrowed(compare(a, b))).toEqual([[textA, textB]])
  })

  it('lists every mention of the borrowed spelling', () => {
    const [divergence] = compare(CHENGRIHA_A, CHENGRIHA_B).divergences.filter((d) => d.evidence?.includes(BORROWED))
    expect(divergence!.occurrences!.a.map((s) => s.text)).toEqual(['شنڤريحة', 'شنڤريحة'])
  })
})

describe('what is no respelling by a borrowed letter', () => {
  it.each([
    ['both reports write the borrowed spelling', CHENGRIHA_A, CHENGRIHA_A.replace('قام', 'وقام')],
    ['one report writes both spellings', `${CHENGRIHA_A} وكتب آخرون شنقريحة.`, CHENGRIHA_B],
    [
      'Persian, which writes گ as its own letter, against a report writing ك',
      'سخنگوی وزارت امور خارجه ایران روز دوشنبه گفت که مذاکرات هسته‌ای هفته آینده در تهران برگزار خواهد شد.',
      'سخنكوی وزارت امور خارجه ایران روز دوشنبه كفت که مذاکرات هسته‌ای هفته آینده در تهران برگزار خواهد شد.',
    ],
    ['English reports', 'Mayor Park Heong-joon said on Monday that the bridge would reopen in May.', 'Mayor Park Hyeong Jun said on Monday that the bridge would reopen in May.'],
    ['Vietnamese reports', 'Thị trưởng Park Heong-joon cho biết cây cầu sẽ thông xe vào tháng 5.', 'Thị trưởng Park Hyeong Jun cho biết cây cầu sẽ thông xe vào tháng 5.'],
  ])('%s', (_, a, b) => {
    expect(borrowed(compare(a, b))).toEqual([])
  })

  it('a respelt name is not missing on either side', () => {
    expect(missingTexts(compare(SYNERGY_A, SYNERGY_B))).not.toContain('سينرچي')
  })
})

describe('nativeForms', () => {
  it.each([
    ['a word with no borrowed letter', 'شنقريحة', 0],
    ['a word too short to be told from another', 'ڤان', 0],
    ['one borrowed letter: each native letter once', 'شنڤريحة', 4],
    ['three borrowed letters: left alone', 'ڤچپگا', 0],
  ])('%s', (_, word, count) => {
    expect(nativeForms(word)).toHaveLength(count)
  })
})
