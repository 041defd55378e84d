/**
 * names37 (issue 11 point 2): one person's given name spelt two ways before one family name, in
 * sentences the aligner does not link (GVC: *Blane Wade* / *Blain Wade*, the Bristol police chief),
 * is a name divergence, not two missing names; traps are other people of one family.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const EVENT_EN = 'Four people were shot outside a store on Monday night.'
const EVENT_VI = 'Bốn người bị bắn bên ngoài một cửa hàng tối thứ Hai.'

const read = (a: string, b: string) => {
  const r = compare(a, b)
  const named = r.divergences.filter((d) => d.kind === 'name').map((d) => [d.a?.text, d.b?.text])
  const missing = r.divergences.filter((d) => d.kind === 'missing' && d.factType === 'name').map((d) => d.a?.text ?? d.b?.text)
  return { named, missing }
}

describe('a given name respelt before one family name, sentences not linked', () => {
  it.each([
    // traps first: another person of the family, in one report or across the two
    ['en trap: siblings in one report', `${EVENT_EN} Police Chief Blane Wade said Ryan Wade and Brian Wade were hurt.`, `${EVENT_EN} The suspect fled. Police Chief Blane Wade said Ryan Wade and Brian Wade were hurt.`, []],
    ['en trap: another given name', `${EVENT_EN} The suspect fled. Police Chief Ryan Wade spoke at the scene.`, `${EVENT_EN} Police Chief Brian Wade told reporters the officer's injuries are minor.`, []],
    ['en trap: Kim Jong-un / Kim Jong-il', `${EVENT_EN} The suspect fled. The newspaper compared him to Kim Jong-un on Tuesday.`, `${EVENT_EN} A neighbour said he admired Kim Jong-il as a boy.`, []],
    ['vi trap: Park Soo Kwan / Park Heong-joon', `${EVENT_VI} Nghi phạm bỏ trốn. Ông Park Soo Kwan phát biểu tại hiện trường.`, `${EVENT_VI} Ông Park Heong-joon cho biết viên cảnh sát chỉ bị thương nhẹ.`, []],
    ['en: Blane Wade / Blain Wade', `${EVENT_EN} The suspect fled. Police Chief Blane Wade added that the incident was contained almost immediately.`, `${EVENT_EN} Police Chief Blain Wade told News Channel 11 his officer's injuries are minor.`, [['Police Chief Blane Wade', 'Police Chief Blain Wade']]],
    ['vi: Blane Wade / Blain Wade', `${EVENT_VI} Nghi phạm bỏ trốn. Cảnh sát trưởng Blane Wade nói vụ việc được kiểm soát ngay lập tức.`, `${EVENT_VI} Theo cảnh sát trưởng Blain Wade, viên cảnh sát chỉ bị thương nhẹ.`, [['Blane Wade', 'Blain Wade']]],
  ])('%s', (_why, a, b, pairs) => {
    const { named } = read(a, b)
    expect(named.filter(([x, y]) => /Wade|Kim|Park/u.test(`${x} ${y}`))).toEqual(pairs)
  })
})

describe('a given name respelt: people only, no kin (review rnames37)', () => {
  it.each([
    ['en trap: two hospitals', 'The victim was taken to Mercy Hospital with gunshot wounds. Police have not released his name. The investigation continues.', 'Officers searched the area for hours. A second man later arrived at Mercer Hospital with a wound to his arm.', /Hospital/u],
    ['vi trap: two hospitals', 'Nạn nhân được đưa tới Mercy Hospital với vết thương do đạn bắn. Cảnh sát chưa công bố danh tính.', 'Cảnh sát lục soát khu vực nhiều giờ. Một người đàn ông khác sau đó đến Mercer Hospital với vết thương ở tay.', /Hospital/u],
    ['en trap: a cousin', 'The shooting happened late Saturday in Cleveland. Police identified the victim as Jason Moore, 25. Officers recovered a handgun at the scene.', 'A man was killed in a shooting in Cleveland. Investigators have not made any arrests. His cousin Jaden Moore said the family is devastated.', /Moore/u],
    ['en trap: a brother', 'The shooting happened late Saturday in Cleveland. Police identified the victim as Marcus Allen, 31. Officers recovered a handgun at the scene.', 'A man was killed in a shooting in Cleveland. Investigators have not made any arrests. His brother Marcel Allen said the family is devastated.', /Allen/u],
    ['vi trap: anh trai', 'Vụ nổ súng xảy ra tối thứ Bảy ở Cleveland. Cảnh sát xác định nạn nhân là Jason Moore, 25 tuổi.', 'Một người đàn ông thiệt mạng trong vụ nổ súng ở Cleveland. Anh trai Jaden Moore nói gia đình rất đau buồn.', /Moore/u],
  ])('%s: two, never one respelt', (_why, a, b, pattern) => {
    const r = compare(a, b, { minConfidence: 0.05 })
    const paired = [...r.divergences, ...r.candidates].filter((d) => d.kind === 'name' && pattern.test(`${d.a?.text} ${d.b?.text}`))
    expect(paired).toEqual([])
  })
})

describe('a Slavic surname in its feminine and masculine forms is two people, sentences not linked', () => {
  it.each([
    ['en: Zelenska / Zelensky', 'Rockets hit Kyiv on Tuesday night. Zelenska visited a hospital in the capital.', 'Rockets hit Kyiv on Tuesday night. Later, officials counted damage to homes. The president Zelensky thanked the doctors at the scene.'],
    ['en: Olena Zelenska / Zelensky', 'Rockets hit Kyiv on Tuesday night. Olena Zelenska visited a hospital in the capital.', 'Rockets hit Kyiv on Tuesday night. Later, officials counted damage to homes. Zelensky thanked the doctors at the scene.'],
    ['en: Navalnaya / Navalny', 'Protests spread in Moscow on Friday. Navalnaya spoke at a rally in the capital.', 'Protests spread in Moscow on Friday. Police detained hundreds. Navalny urged supporters to march at the rally.'],
    ['vi: Zelenska / Zelensky', 'Tên lửa tấn công Kyiv tối thứ Ba. Zelenska đã đến thăm một bệnh viện ở thủ đô.', 'Tên lửa tấn công Kyiv tối thứ Ba. Các quan chức thống kê thiệt hại. Tổng thống Zelensky cảm ơn các bác sĩ tại hiện trường.'],
  ])('%s: never one name respelt', (_why, a, b) => {
    const r = compare(a, b, { minConfidence: 0.05 })
    const paired = [...r.divergences, ...r.candidates].filter((d) => d.kind === 'name' && /Zelensk|Navaln/u.test(`${d.a?.text} ${d.b?.text}`))
    expect(paired).toEqual([])
  })
})
