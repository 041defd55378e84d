import { describe, it, expect } from 'vitest'
import { compare } from '../../src/index'

// A Turkish pair of one accident, written for this test: the same names in other cases
// (Yıldırım / Yıldırım'ı, Hastanesi'ne / Hastanesi'nde) and one given name respelt (Abdullah / Abdulah).
const TR_A =
  "Kaza sonrası yaralanan Mehmet Yıldırım, Karlıova Devlet Hastanesi'ne kaldırıldı. Yıldırım için Karlıova Devlet Hastanesi'nde yapılan müdahale ve tedavi sonrası doktorlar bir açıklama yaptı. Olay yerine gelen Muhtar Ali Abdullah Kaya ile jandarma ekipleri inceleme yaptı ve soruşturma başlatıldı."
const TR_B =
  "Kazada yaralanan Mehmet Yıldırım'ı ambulans Karlıova Devlet Hastanesi'nde tedavi altına aldı. Yıldırım için Karlıova Devlet Hastanesi'ne yapılan sevk ve tedavi sonrası doktorlar bir açıklama yaptı. Olay yerine gelen Muhtar Ali Abdulah Kaya ile jandarma ekipleri inceleme yaptı ve soruşturma başlatıldı."
const EN_A =
  'Mayor Ali Abdullah Kaya visited the Karliova State Hospital on Monday and spoke to the doctors there about the accident. Kaya said the injured driver was in stable condition and would be released soon.'
const EN_B = EN_A.replace('Abdullah', 'Abdulah')
const VI_A =
  'Ông Nguyễn Văn Thành, Chủ tịch UBND tỉnh, đã đến thăm bệnh viện vào sáng thứ hai và trao đổi với các bác sĩ. Ông Thành cho biết tài xế bị thương đã ổn định sức khỏe và sẽ sớm xuất viện.'
const VI_B = VI_A.replaceAll('Thành', 'Thanh')

const namePairs = (a: string, b: string): string[] =>
  compare({ text: a, source: 'A' }, { text: b, source: 'B' })
    .divergences.filter((d) => d.kind === 'name')
    .map((d) => `${d.a?.text} / ${d.b?.text}`)

describe('Turkish case endings are no second spelling; a respelt name still is', () => {
  it.each([
    ['Turkish', TR_A, TR_B, ['Muhtar Ali Abdullah Kaya / Muhtar Ali Abdulah Kaya']],
    // the same respelling in English and Vietnamese reports is flagged as before
    ['English', EN_A, EN_B, ['Ali Abdullah Kaya / Ali Abdulah Kaya']],
    ['Vietnamese', VI_A, VI_B, ['Thành / Thanh']],
  ])('%s', (_language, a, b, expected) => {
    expect(namePairs(a, b)).toEqual(expected)
  })
})

// The review's frames: one accident, a name written two ways (or in two cases) in each report.
const frame = (name: string, opening = 'Kaza sonrası yaralanan sürücü'): string =>
  `${opening} ${name}, hastaneye kaldırıldı ve tedavi altına alındı. Jandarma ekipleri olay yerinde inceleme yaptı ve bir soruşturma başlatıldı.`
const pairOf = (x: string, y: string): [string, string] => [frame(x), frame(y, 'Kazada yaralanan sürücü')]
const kindsOf = (a: string, b: string, kind: string): string[] =>
  compare({ text: a, source: 'A' }, { text: b, source: 'B' })
    .divergences.filter((d) => d.kind === kind)
    .map((d) => `${d.a?.text ?? ''} / ${d.b?.text ?? ''}`)
const HOSPITAL_A = "Yaralı sürücü Karlıova Devlet Hastanesi'ne kaldırıldı ve tedavi altına alındı. Jandarma ekipleri olay yerinde inceleme yaptı ve bir soruşturma başlatıldı."
const HOSPITAL_B = "Yaralı sürücü Karlıova Devlet Hastanesi'nde tedavi altına alındı ve durumu iyi. Jandarma ekipleri olay yerinde inceleme yaptı ve bir soruşturma başlatıldı."
const ANKARA_A = "Kaza sonrası yaralanan sürücü dün Ankara'da hastaneye kaldırıldı ve tedavi altına alındı. Jandarma ekipleri olay yerinde inceleme yaptı ve bir soruşturma başlatıldı."
const ANKARA_B = "Kazada yaralanan sürücü dün Ankara'ya götürüldü ve hastanede tedavi altına alındı. Jandarma ekipleri olay yerinde inceleme yaptı ve bir soruşturma başlatıldı."
const QUOTE_A = 'ISTANBUL — Opposition leader Kemal Kılıçdaroğlu told supporters in Iğdır on Sunday: "Bu seçim bir milat olacak ve kimse bunu durduramaz." Nuri Yılmaz, the party\'s candidate in Ağrı, joined him on the stage. Yılmaz later told reporters that turnout in Ağrı and Iğdır would be high.'
const QUOTE_B = QUOTE_A.replace('Nuri Yılmaz', 'Nur Yılmaz').replace('Yılmaz later', 'Nur Yılmaz later')
const VI_NUR_A = 'Ông Nuri Yılmaz, ứng viên của đảng đối lập, đã phát biểu tại thành phố Ağrı vào chủ nhật. Ông Nuri Yılmaz cho biết tỷ lệ cử tri đi bầu sẽ rất cao.'
const VI_NUR_B = VI_NUR_A.replaceAll('Nuri', 'Nur')

describe('review rows: a name\'s own letters are still flagged, a case form is neither a name nor a missing fact', () => {
  it.each([
    ['Nur / Nuri', ...pairOf('Nur Yılmaz', 'Nuri Yılmaz'), ['Nur Yılmaz / Nuri Yılmaz']],
    ['Sami / Sam', ...pairOf('Sami Kaya', 'Sam Kaya'), ['Sami Kaya / Sam Kaya']],
    ['Akar / Akarsu', ...pairOf('Ahmet Akar', 'Ahmet Akarsu'), ['Ahmet Akar / Ahmet Akarsu']],
    ['Ertuğ / Ertuk', ...pairOf('Ertuğ Kaya', 'Ertuk Kaya'), ['Ertuğ Kaya / Ertuk Kaya']],
    ['Sabri / Sabrı', ...pairOf('Sabri Kaya', 'Sabrı Kaya'), ['Sabri Kaya / Sabrı Kaya']],
    ['Ahmet Muhtar / Ahmed Muhtar', ...pairOf('Ahmet Muhtar', 'Ahmed Muhtar'), ['Ahmet Muhtar / Ahmed Muhtar']],
    ['Hastanesi\'ne / Hastanesi\'nde', HOSPITAL_A, HOSPITAL_B, []],
    ['Ankara\'da / Ankara\'ya', ANKARA_A, ANKARA_B, []],
    ['English quoting Turkish', QUOTE_A, QUOTE_B, ['Nuri Yılmaz / Nur Yılmaz']],
    ['Vietnamese', VI_NUR_A, VI_NUR_B, ['Nuri Yılmaz / Nur Yılmaz']],
  ])('%s: names', (_row, a, b, expected) => {
    expect(kindsOf(a, b, 'name')).toEqual(expected)
  })

  it.each([
    ['Sabri / Sabrı', ...pairOf('Sabri Kaya', 'Sabrı Kaya')],
    ['Ankara\'da / Ankara\'ya', ANKARA_A, ANKARA_B],
    ['Hastanesi\'ne / Hastanesi\'nde', HOSPITAL_A, HOSPITAL_B],
  ])('%s: no missing name', (_row, a, b) => {
    expect(kindsOf(a, b, 'missing')).toEqual([])
  })
})

// tidy58: a Turkish case form is listed under the reason every other case form is (German, Slavic): `case-ending`.
const MERKEL_A = 'Die Rede Merkels wurde am Montag im Bundestag unterbrochen. Die Opposition protestierte laut gegen die Pläne der Regierung.'
const MERKEL_B = 'Die Rede von Merkel wurde am Montag im Bundestag unterbrochen. Die Opposition protestierte laut gegen die Pläne der Regierung.'
const reasonsOf = (a: string, b: string): string[] =>
  compare({ text: a, source: 'A' }, { text: b, source: 'B' }).equivalences.map((e) => `${e.a.text} / ${e.b.text}: ${e.reason}`)

describe('a case form is one reason in every language', () => {
  it.each([
    ['Turkish place', ANKARA_A, ANKARA_B, "Ankara'da / Ankara'ya: case-ending"],
    ['Turkish hospital', HOSPITAL_A, HOSPITAL_B, "Karlıova Devlet Hastanesi'ne / Karlıova Devlet Hastanesi'nde: case-ending"],
    ['German genitive', MERKEL_A, MERKEL_B, 'Merkels / Merkel: case-ending'],
  ])('%s', (_row, a, b, expected) => {
    expect(reasonsOf(a, b)).toContain(expected)
  })

  it.each([
    ['Turkish Nur / Nuri', ...pairOf('Nur Yılmaz', 'Nuri Yılmaz')],
    ['English', EN_A, EN_B],
    ['Vietnamese', VI_A, VI_B],
  ])('%s: a respelt name is no case form', (_row, a, b) => {
    expect(reasonsOf(a, b).filter((r) => /case/u.test(r))).toEqual([])
  })
})
