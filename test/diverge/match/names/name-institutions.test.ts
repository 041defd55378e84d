/**
 * A Vietnamese name ending a body's name is reported missing as the body (real missing gold,
 * VietnameseMDS clusters 15 and 64: the fragments Bắc Đại Tây Dương and Việt Nam were judged not a fact).
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const missingNames = (a: string, b: string): string[] =>
  compare(a, b).divergences.filter((d) => d.kind === 'missing' && d.factType === 'name').map((d) => (d.a ?? d.b)!.text)

const BASE_VI = 'Hội đồng họp hôm thứ Hai để bàn ngân sách năm tới. Các quan chức cho biết cuộc bỏ phiếu sẽ sớm diễn ra.'
const BASE_EN = 'The council met on Monday to discuss the budget for next year. Officials said the vote would be held soon.'

describe('a Vietnamese name that ends a body’s name is missing as the body', () => {
  it.each([
    ['vi: a front and its committee', `${BASE_VI} Chiều 22/10, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam đã đến thăm hỏi gia đình.`, BASE_VI, ['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam']],
    ['vi: a treaty organisation', `${BASE_VI} Pakistan phong tỏa tuyến tiếp vận của Tổ chức Hiệp ước Bắc Đại Tây Dương cho binh sĩ.`, BASE_VI, ['Tổ chức Hiệp ước Bắc Đại Tây Dương']],
    ['vi: a hospital', `${BASE_VI} Bệnh nhân được chuyển tới Bệnh viện Bạch Mai để điều trị.`, BASE_VI, ['Bệnh viện Bạch Mai']],
    // traps: words before the name that open no body, a person, an English name
    ['vi: people of a city are no body', `${BASE_VI} Người dân Hà Nội đã đổ ra đường.`, BASE_VI, ['Hà Nội']],
    ['vi: a verb phrase before a place', `${BASE_VI} Đoàn công tác đã đến thăm Đà Nẵng hôm qua.`, BASE_VI, ['Đà Nẵng']],
    ['vi: a person after a title', `${BASE_VI} Chủ tịch Ủy ban Nguyễn Văn Bình phát biểu.`, BASE_VI, ['Nguyễn Văn Bình']],
    // review-rname 6, 7: a preposition, a conjunction or a verb before the name is no word of a body's name
    ['vi: a place after a preposition', `${BASE_VI} Bệnh viện Bạch Mai tại Hà Nội đã tiếp nhận 12 bệnh nhân.`, `${BASE_VI} Bệnh viện Bạch Mai đã tiếp nhận 12 bệnh nhân.`, ['Hà Nội']],
    ['vi: a place after a verb', `${BASE_VI} Văn phòng Chính phủ gửi Hà Nội công văn số 12.`, `${BASE_VI} Văn phòng Chính phủ gửi thành phố công văn số 12.`, ['Hà Nội']],
    ['vi: a place after a conjunction', `${BASE_VI} Ngân hàng Nhà nước và Hà Nội phối hợp kiểm tra.`, `${BASE_VI} Ngân hàng Nhà nước phối hợp kiểm tra.`, ['Hà Nội']],
    ['en: a place after a preposition', `${BASE_EN} The Bach Mai Hospital in Hanoi admitted 12 patients.`, `${BASE_EN} The Bach Mai Hospital admitted 12 patients.`, ['Hanoi']],
    ['en: an English name is read whole already', `${BASE_EN} The Ministry of Health confirmed the cases.`, BASE_EN, ['Ministry of Health']],
  ])('%s', (_why, a, b, names) => {
    expect(missingNames(a, b)).toEqual(names)
  })
})
