/**
 * A name cut where its text is cut (cut-off.ts; SemEval8-es S16, round fresh56-judged: *… retira
 * libros de Harry Potte* as a scraped page's last words): the other report's name cut short, an
 * equivalence, neither a respelling nor a `missing` name. A name respelt, or cut short where the
 * text goes on, is judged as before.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { cutPrefix, standsAtCut } from '../../../../src/diverge/match/names/cut-off'

const flagsAndMissing = (a: string, b: string): string[] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'name' || d.kind === 'missing')
    .map((d) => `${d.kind}: ${d.a?.text ?? ''} | ${d.b?.text ?? ''}`)
const cutOff = (a: string, b: string): string[] =>
  compare(a, b)
    .equivalences.filter((e) => e.reason === 'text cut off')
    .map((e) => `${a.slice(e.a.start, e.a.end)} | ${b.slice(e.b.start, e.b.end)}`)

const EN_WHOLE = 'Netflix will add all eight films on Friday. A school in Tennessee removed books by Harry Potter, the paper said.'
const EN_CUT = 'Netflix will add all eight films on Friday. A school in Tennessee removed books by Harry Potte'
const VI_WHOLE = 'Chiều 13/8, UBND thành phố Hà Nội tổ chức họp báo. Phát biểu tại buổi họp, ông Nguyễn Văn Thành cho biết thành phố sẽ xây cầu mới.'
const VI_OPEN = 'Chiều 13/8, UBND thành phố Hà Nội tổ chức họp báo. Dự án do ông Nguyễn Văn Thàn'
const ES_WHOLE = 'Netflix estrenará las ocho películas el viernes. Una escuela de Tennessee retiró los libros de Harry Potter, según el diario.'
const ES_OPEN = 'Netflix estrenará las ocho películas el viernes. Una escuela de Tennessee retiró los libros de Harry Potte'

describe('a name cut where the text stops is the other report\'s name cut short', () => {
  it.each([
    ['en: the document ends', EN_CUT, EN_WHOLE, 'Harry Potte | Harry Potter'],
    ['en: an ellipsis, then another line', `${EN_CUT}…\nOther news today.`, EN_WHOLE, 'Harry Potte | Harry Potter'],
    ['en: three dots', `${EN_CUT}...`, EN_WHOLE, 'Harry Potte | Harry Potter'],
    ['en: the line ends unpunctuated', `${EN_CUT}\n\nMore from the newsroom follows here.`, EN_WHOLE, 'Harry Potte | Harry Potter'],
    ['vi: the document ends', VI_OPEN, VI_WHOLE, 'Nguyễn Văn Thàn | Nguyễn Văn Thành'],
    ['es: the document ends', ES_OPEN, ES_WHOLE, 'Harry Potte | Harry Potter'],
    ['es: a "read more" link', `${ES_OPEN} seguir leyendo`, ES_WHOLE, 'Harry Potte | Harry Potter'],
  ])('%s', (_, a, b, pair) => {
    expect(flagsAndMissing(a, b).filter((f) => /Pott|Thàn|Thành/u.test(f))).toEqual([])
    expect(cutOff(a, b)).toEqual([pair])
  })

  it('a report that writes the name whole elsewhere: the cut is no slip of the pen beside it', () => {
    const a = 'Netflix will add all eight Harry Potter films on Friday. The Harry Potter films left the service last year. A school in Tennessee removed books by Harry Potte'
    const b = 'Netflix will add all eight Harry Potter films on Friday, the company said. Fans had asked for the films for months.'
    expect(flagsAndMissing(a, b).filter((f) => f.includes('Pott'))).toEqual([])
  })
})

describe('traps: a respelling, or a name cut short where the text goes on, is still flagged', () => {
  it.each([
    ['en: cut short mid-sentence', 'Netflix will add all eight films on Friday. A school in Tennessee removed books by Harry Potte and others.', EN_WHOLE, 'name: Harry Potte | Harry Potter'],
    // the cut keeps the letters before it: a letter changed before the cut is a slip the cut does not explain
    ['en: a letter changed before the cut', 'Netflix will add all eight films on Friday. A school in Tennessee removed books by Harry Pottr', EN_WHOLE, 'name: Harry Pottr | Harry Potter'],
    ['en: a respelling ends the document', 'The mayor of Busan met the press on Monday. The city will rebuild the bridge, said Park Heong-joon.', 'The mayor of Busan met the press on Monday. The city will rebuild the bridge, said Park Hyeong Jun.', 'name: Park Heong-joon | Park Hyeong Jun'],
    ['vi: cut short mid-sentence', 'Chiều 13/8, UBND thành phố Hà Nội tổ chức họp báo. Dự án do ông Nguyễn Văn Thàn quản lý.', VI_WHOLE, 'name: Nguyễn Văn Thàn | Nguyễn Văn Thành'],
    ['es: cut short mid-sentence', 'Netflix estrenará las ocho películas el viernes. Una escuela de Tennessee retiró los libros de Harry Potte y otros.', ES_WHOLE, 'name: Harry Potte | Harry Potter'],
  ])('%s', (_, a, b, flag) => {
    expect(flagsAndMissing(a, b)).toContain(flag)
  })
})

describe('where a text stops', () => {
  it.each([
    ['the end of the text', 'removed books by Harry Potte', true],
    ['spaces, then the end', 'removed books by Harry Potte  ', true],
    ['a line break', 'removed books by Harry Potte\nNext story', true],
    ['an ellipsis', 'removed books by Harry Potte… and more', true],
    ['a bracketed ellipsis', 'removed books by Harry Potte [...]', true],
    ['en: read more', 'removed books by Harry Potte read more', true],
    ['de: weiterlesen', 'entfernte Bücher von Harry Potte Weiterlesen', true],
    ['vi: xem thêm', 'sách của Harry Potte xem thêm', true],
    ['a full stop', 'removed books by Harry Potte.', false],
    ['a comma', 'removed books by Harry Potte, the paper said', false],
    ['the sentence goes on', 'removed books by Harry Potte and others', false],
    ['de: the sentence goes on', 'entfernte Bücher von Harry Potte und anderen', false],
  ])('%s', (_, text, cut) => {
    expect(standsAtCut(text, text.indexOf('Potte') + 5)).toBe(cut)
  })
})

describe('a name cut short: its last word a strict prefix of the word it stands for', () => {
  it.each([
    ['Harry Potte', 'Harry Potter', true],
    ['Donald Tru', 'President Donald Trump', true],
    ['Nguyễn Văn Thàn', 'Nguyễn Văn Thành', true],
    ['Angela Mer', 'Angela Merkel', true],
    ['Harry Pottr', 'Harry Potter', false],
    ['Harry Potter', 'Harry Potter', false],
    ['Harri Potte', 'Harry Potter', false],
    ['Nguyễn Văn Than', 'Nguyễn Văn Thành', false],
    ['Harry Potter Jr', 'Harry Potter', false],
  ])('%s / %s', (cut, whole, expected) => {
    expect(cutPrefix(cut, whole)).toBe(expected)
  })
})
