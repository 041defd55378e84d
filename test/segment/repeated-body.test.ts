/**
 * An article a scraper carries twice, body – byline – body again (repeated-body.ts): the second
 * copy is set apart as `related`, the words between the copies are the byline, and nothing else
 * that recurs (a repeated sentence, a quote) is taken for a copy.
 */
import { describe, expect, it } from 'vitest'
import { compare, segment } from '../../src'
import { repeatedBodyAt } from '../../src/segment/repeated-body'

const vi =
  'Kể từ sau thất bại ở vòng 2 Wimbledon 2013, Maria Sharapova liên tục nghỉ thi đấu vì chấn thương vai. ' +
  'Lý do mà tay vợt nữ số 3 thế giới người Nga đưa ra là chấn thương chưa bình phục. ' +
  'Năm 2007, Kim Clijsters nghỉ thi đấu để sinh con và tới năm 2009 cô trở lại, đoạt 3 danh hiệu Grand Slam.'
const en =
  'Maria Sharapova has not played since her second-round loss at Wimbledon in June, citing a shoulder injury. ' +
  'The world number three pulled out of the WTA Championships in Istanbul this week. ' +
  'Kim Clijsters came back in 2009 after two years away and won three more Grand Slam titles.'

const rolesOf = (text: string): [string, string][] => segment(text).map((s) => [s.role, s.text.slice(0, 24)])

describe('an article carried twice', () => {
  it.each([
    ['vi: a byline glued to the copy', `${vi} Tùng Lâm ${vi}`, 'Tùng Lâm'],
    ['vi: a byline with its source', `${vi} Cẩm Mai (Theo BBC, Reuters) ${vi}`, 'Cẩm Mai (Theo BBC, Reuters)'],
    ['en: a byline glued to the copy', `${en} By John Smith ${en}`, 'By John Smith'],
  ])('%s: the copy is related, the words between are the byline', (_why, text, byline) => {
    const sentences = segment(text)
    const copy = sentences.findIndex((s) => s.role === 'related')
    expect(copy).toBeGreaterThan(0)
    expect(sentences[copy - 1]!.role).toBe('byline')
    expect(sentences[copy - 1]!.text).toBe(byline)
    expect(sentences.slice(copy).every((s) => s.role === 'related')).toBe(true)
    expect(sentences.slice(0, copy - 1).every((s) => s.role === 'body')).toBe(true)
  })

  it.each([
    ['vi: the opening sentence quoted again near the end', `${vi} Như đã nói, kể từ sau thất bại ở vòng 2 Wimbledon 2013, Maria Sharapova liên tục nghỉ thi đấu vì chấn thương vai. Cô sẽ trở lại vào năm sau.`],
    ['vi: an article told once', vi],
    ['en: the opening repeated as a last line, not a copy', `${en} ${en.slice(0, 120)}`],
    ['en: an article told once', en],
  ])('%s: nothing is set apart', (_why, text) => {
    expect(rolesOf(text).every(([role]) => role === 'body')).toBe(true)
  })

  it.each([
    ['vi: the opening recurs but what follows differs', `${vi} Tùng Lâm ${vi.slice(0, 80)} và rồi mọi chuyện khác hẳn so với những gì người hâm mộ chờ đợi suốt cả mùa giải năm nay.`],
    ['en: too short a text to hold a copy', 'Sharapova lost. Sharapova lost.'],
  ])('%s: no copy is found', (_why, text) => {
    expect(repeatedBodyAt(text, 0)).toBe(-1)
  })

  it.each([
    ['vi', vi, 'Tùng Lâm'],
    ['en', en, 'By John Smith'],
  ])('%s: the copy adds no figure or name a report misses, and the byline glues to nothing', (_lang, body, byline) => {
    const report = compare(`${body} ${byline} ${body}`, body)
    expect(report.divergences.filter((d) => d.kind !== 'missing')).toEqual([])
    expect(report.divergences.filter((d) => d.kind === 'missing' && d.a && /Kể|Maria Sharapova has/u.test(d.a.text))).toEqual([])
  })
})
