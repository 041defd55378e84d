import { describe, expect, it } from 'vitest'
import { foldHanVariants } from '../../src/normalize/han-variants'
import { foldDigits } from '../../src/normalize/digits'
import { HAN_VARIANT_PAIRS } from '../../src/normalize/han-variants-table'

describe('foldHanVariants reads Traditional Chinese as Simplified', () => {
  it.each([
    ['救援隊', '救援队'],
    ['傷者', '伤者'],
    ['3萬人', '3万人'],
    ['1500億美元', '1500亿美元'],
    ['臺灣', '台湾'],
    ['煤礦發生事故', '煤矿发生事故'],
  ])('%s → %s', (traditional, simplified) => {
    expect(foldHanVariants(traditional)).toBe(simplified)
  })

  it.each([
    ['Simplified Chinese', '救援队伍赶赴现场，3万人撤离'],
    ['Vietnamese', 'Thị trưởng Park Heong-joon nói 1.500 người'],
    ['English', 'Six rescue teams reached the mine'],
    ['Japanese (kana with its kanji: 時間 stays)', '東京で救援隊が3時間活動した'],
  ])('leaves %s as it is', (_label, text) => {
    expect(foldHanVariants(text)).toBe(text)
  })

  it.each([
    ['Traditional', '香港救援隊共有八支，傷者逾萬人'],
    ['mixed with Latin and digits', 'T179次列車(濟南─廣州)118名旅客輕傷'],
  ])('keeps the length of %s text (offsets stay the caller\'s)', (_label, text) => {
    expect(foldHanVariants(text).length).toBe(text.length)
  })

  it('holds only pairs of one BMP unit each, none folding to another key', () => {
    const keys = new Set<string>()
    for (let i = 0; i < HAN_VARIANT_PAIRS.length; i += 2) keys.add(HAN_VARIANT_PAIRS[i]!)
    const targets = [...HAN_VARIANT_PAIRS].filter((_, i) => i % 2 === 1)
    expect(HAN_VARIANT_PAIRS.length % 2 === 0 && targets.every((t) => !keys.has(t)) && !/[\ud800-\udfff]/.test(HAN_VARIANT_PAIRS)).toBe(true)
  })
})

describe('foldDigits folds Han variants at the same layer', () => {
  it.each([
    ['Arabic-Indic digits and a Traditional scale', '١٢萬', '12万'],
    ['Vietnamese with fullwidth digits', 'năm ２０２０', 'năm 2020'],
  ])('%s', (_label, text, folded) => {
    expect(foldDigits(text)).toBe(folded)
  })
})
