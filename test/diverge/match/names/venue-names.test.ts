import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import type { Report } from '../../../../src'
import { sameVenue } from '../../../../src/diverge/match/names/venue-names'

const names = (report: Report): Array<[string | undefined, string | undefined]> =>
  report.divergences.filter((d) => d.kind === 'name').map((d) => [d.a?.text, d.b?.text])
const missingNames = (report: Report): string[] =>
  report.divergences.filter((d) => d.kind === 'missing' && d.factType === 'name').map((d) => (d.a ?? d.b)!.text)

describe('sameVenue', () => {
  it.each([
    ['Club Life', 'Life Night Club', true],
    ['Club Life', 'Life Nightclub', true],
    ['Club Envy', 'Envy Bar', true],
    ['Câu lạc bộ Sky', 'Sky Club', true],
    ['Vũ trường Sky', 'Sky Bar', true],
    // traps: another venue's name, another kind of place, no kind word at all
    ['Club Envy', 'Club Life', false],
    ['Sunset Hotel', 'Sunset Bar', false],
    ['Life', 'Life Night Club', false],
    ['Club', 'Night Club', false],
    ['Tristan John', 'John Tristan', false],
    ['Nhà hàng Sen', 'Sen Club', false],
    // a bar that is a legal body (the lawyers' bar), not a drinking place
    ['State Bar of Texas', 'State Club', false],
    ['State Bar', 'State Club', false],
    ['Bar Association', 'Association Club', false],
    ['Bar Council', 'Council Club', false],
    ['Đoàn Luật sư', 'Luật sư Club', false],
    ['Sky Bar', 'Club Sky', true],
  ])('%s / %s → %s', (a, b, same) => {
    expect(sameVenue(a, b)).toBe(same)
  })
})

describe('one venue named with its kind word before and after', () => {
  it.each([
    [
      'The fighting started inside Club Life on Saturday, then spilled out onto the street.',
      'Police say that five men were at the Life Night Club when several fights started inside.',
    ],
    ['Gunfire broke out in the parking lot of Club Envy early Sunday.', 'Shots were fired outside Envy Bar early Sunday.'],
    ['Vụ ẩu đả bắt đầu bên trong Club Sky vào rạng sáng Chủ nhật.', 'Cảnh sát cho biết nhóm thanh niên có mặt tại Sky Bar trước khi xô xát vào rạng sáng Chủ nhật.'],
  ])('no name divergence, neither name missing: %s', (a, b) => {
    const report = compare(a, b)
    expect(names(report)).toEqual([])
    expect(missingNames(report)).toEqual([])
  })

  it.each([
    // two venues: the respelling rules still judge them, the venue rule never joins them
    ['The fight started inside Club Envy on Sunday.', 'The fight started inside Club Life on Sunday.', 'Club Envy'],
    ['Vụ ẩu đả xảy ra tại Khách sạn Sunset hôm qua.', 'Vụ ẩu đả xảy ra tại Sunset Bar hôm qua.', 'Khách sạn Sunset'],
    ['The lawyer was disbarred by the State Bar of Texas on Monday.', 'The lawyer spoke at the State Club in Texas on Monday.', 'State Bar of Texas'],
    ['The lawyer was disbarred by the State Bar on Monday.', 'The lawyer spoke at the State Club on Monday.', 'State Bar'],
  ])('two venues are not one: %s', (a, b, name) => {
    const report = compare(a, b)
    const joined = report.equivalences.some((e) => e.a.text === name)
    expect(joined).toBe(false)
  })
})
