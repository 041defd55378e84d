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
