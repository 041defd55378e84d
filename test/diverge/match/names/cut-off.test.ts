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
    .equivalences.filter((e) => e.reason === 'text-cut-off')
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
    ['en: a "read more" link on its own line', `${EN_CUT}\nRead more »\nOther news today.`, EN_WHOLE, 'Harry Potte | Harry Potter'],
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
    // review rnames57: a line's end, a headline, a caption, a byline or a read-more verb is no cut
    ['vi: a caption line', 'Chiều 13/8, bộ trưởng đã đến thăm bệnh viện ở Hà Nội.\nBộ trưởng Nguyễn Văn Quan', 'Chiều 13/8, Bộ trưởng Nguyễn Văn Quang đã đến thăm bệnh viện ở Hà Nội.', 'name: Nguyễn Văn Quan | Nguyễn Văn Quang'],
    ['vi: a headline ending in the name', 'Tân Chủ tịch tỉnh Quảng Nam là ông Nguyễn Văn Quan\nChiều 13/8, HĐND tỉnh Quảng Nam đã bầu tân Chủ tịch UBND tỉnh với 50/52 phiếu.', 'Chiều 13/8, HĐND tỉnh Quảng Nam đã bầu ông Nguyễn Văn Quang làm Chủ tịch UBND tỉnh với 50/52 phiếu.', 'name: Nguyễn Văn Quan | Nguyễn Văn Quang'],
    ['vi: a hard-wrapped line', 'Chiều 13/8, Bộ trưởng Nguyễn Văn Quan\nđã đến thăm bệnh viện ở Hà Nội.', 'Chiều 13/8, Bộ trưởng Nguyễn Văn Quang đã đến thăm bệnh viện ở Hà Nội.', 'name: Nguyễn Văn Quan | Nguyễn Văn Quang'],
    ['en: a caption line', 'The state will spend $2 billion on fire prevention, officials said on Monday.\nCalifornia Governor Gavin Newsom\nThe plan was announced in Sacramento.', 'The state will spend $2 billion on fire prevention, California Governor Gavin Newsome said on Monday in Sacramento.', 'name: Gavin Newsom | Gavin Newsome'],
    ['en: a hard-wrapped line', 'The state will spend $2 billion on fire prevention, said Gavin Newsom\non Monday in Sacramento, the capital.', 'The state will spend $2 billion on fire prevention, said Gavin Newsome on Monday in Sacramento, the capital.', 'name: Gavin Newsom | Gavin Newsome'],
    ['en: a byline ends the document', 'The state will spend $2 billion on fire prevention, officials said on Monday in Sacramento.\n\nReporting by Daniel Rubin', 'The state will spend $2 billion on fire prevention, officials said on Monday in Sacramento. (Reporting by Daniel Rubino.)', 'name: Daniel Rubin | Daniel Rubino'],
    ['es: a caption line', 'La Unión Europea enviará 500 millones de euros a Ucrania, anunció el lunes.\nEl alto representante Josep Borrel\nLa ayuda llegará en marzo.', 'La Unión Europea enviará 500 millones de euros a Ucrania, anunció el lunes el alto representante Josep Borrell. La ayuda llegará en marzo.', 'name: Josep Borrel | Josep Borrell'],
    ['en: "read more" as a verb', 'The state will spend $2 billion on fire prevention. Governor Gavin Newsom read more than 40 pages of the plan on Monday.', 'The state will spend $2 billion on fire prevention. Governor Gavin Newsome read the plan on Monday.', 'name: Gavin Newsom | Gavin Newsome'],
    ['vi: a list closed by "..." (etc.), a syllable its prefix', 'Chiều 13/8, các bộ trưởng Trần Văn Hùng, Nguyễn Văn Quan... đã đến thăm bệnh viện ở Hà Nội.', 'Chiều 13/8, Bộ trưởng Nguyễn Văn Quang đã đến thăm bệnh viện ở Hà Nội.', 'name: Nguyễn Văn Quan | Nguyễn Văn Quang'],
    ['vi: "xem thêm" as a verb', 'Chiều 13/8, Bộ trưởng Nguyễn Văn Quan xem thêm hồ sơ của dự án cầu Thăng Long.', 'Chiều 13/8, Bộ trưởng Nguyễn Văn Quang đã kiểm tra hồ sơ của dự án cầu Thăng Long.', 'name: Nguyễn Văn Quan | Nguyễn Văn Quang'],
    ['es: cut short mid-sentence', 'Netflix estrenará las ocho películas el viernes. Una escuela de Tennessee retiró los libros de Harry Potte y otros.', ES_WHOLE, 'name: Harry Potte | Harry Potter'],
  ])('%s', (_, a, b, flag) => {
    expect(flagsAndMissing(a, b)).toContain(flag)
  })
})

const LINE = 'A school in Tennessee removed books by Harry Potte'
const prose = { prose: (): boolean => true }

describe('where a text stops', () => {
  it.each([
    ['the end of the text', LINE, true],
    ['spaces, then the end', `${LINE}  `, true],
    ['an ellipsis', `${LINE}… and more`, true],
    ['three dots', `${LINE}...`, true],
    ['a bracketed ellipsis', `${LINE} [...]`, true],
    ['en: read more, then the end', `${LINE} read more`, true],
    ['en: read more alone on its line', `${LINE} Read more »\nNext story`, true],
    ['de: weiterlesen', 'Eine Schule in Tennessee entfernte die Bücher von Harry Potte Weiterlesen', true],
    ['vi: xem thêm', 'Một trường học ở Tennessee đã loại bỏ sách của Harry Potte xem thêm', true],
    ['a full stop', `${LINE}.`, false],
    ['a comma', `${LINE}, the paper said`, false],
    ['the sentence goes on', `${LINE} and others`, false],
    ['de: the sentence goes on', 'Eine Schule in Tennessee entfernte die Bücher von Harry Potte und anderen', false],
    ['a line break: the text goes on', `${LINE}\nNext story`, false],
    ['a short last line (a caption, a credit)', 'The state spoke.\nBy Harry Potte', false],
    ['en: "read more than", a verb', `${LINE} read more than once`, false],
    ['vi: "xem thêm hồ sơ", a verb', 'Một trường học ở Tennessee đã loại bỏ sách của Harry Potte xem thêm hồ sơ', false],
  ])('%s', (_, text, cut) => {
    expect(standsAtCut({ text, ...prose }, text.indexOf('Potte') + 5, 0)).toBe(cut)
  })

  it('the end of a text that is no prose (a caption, a headline, a byline) is no cut', () => {
    expect(standsAtCut({ text: LINE, prose: () => false }, LINE.length, 0)).toBe(false)
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
