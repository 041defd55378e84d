/**
 * A report's lower count of an outcome sets aside the other counts of its sentence only when that sentence is
 * another tally (review rtolls43): a part of the toll ("at the scene", "seriously", "tại chỗ", "nặng") is no
 * tally, and two tallies are told with a source or a time on both sides ("The minister said 57 …" / "Police
 * later said 80 …"). The traps of a superseded tally are in continental-tolls.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

describe('a part of the toll is no older tally', () => {
  it.each([
    ['en: seriously injuring 20 keeps the dead 30', 'A car bomb tore through a crowded market on Friday, killing 30 people and seriously injuring 20. Witnesses described scenes of chaos. In all, 85 people were injured.', 'Rescuers worked through the night at the site in the capital. The prime minister declared three days of mourning. The health ministry said 35 people had died.', '30', '35'],
    ['vi: 12 người chết tại chỗ keeps the injured 85', 'Một vụ nổ lớn xảy ra tại chợ Đồng Xuân chiều thứ Sáu, làm ít nhất 30 người chết. Công an cho biết 12 người chết tại chỗ và 85 người bị thương. Nhân chứng mô tả cảnh hỗn loạn.', 'Lực lượng cứu hộ làm việc suốt đêm tại hiện trường vụ nổ ở Hà Nội. Vụ nổ khiến 30 người chết và 60 người bị thương, theo Bộ Y tế. Thủ tướng đã chỉ đạo khắc phục hậu quả.', '85', '60'],
    ['en: 12 died at the scene keeps the injured 85', 'A car bomb tore through a crowded market on Friday, killing at least 30 people. Police said 12 people died at the scene and 85 were injured. Witnesses described scenes of chaos.', 'Rescuers worked through the night at the site of the explosion in the capital. The blast left 30 people dead and 60 injured, according to the health ministry. The prime minister declared three days of mourning.', '85', '60'],
    ['vi: 20 người bị thương nặng keeps the dead 30', 'Vụ nổ xảy ra tại chợ chiều thứ Sáu, làm 30 người chết và 20 người bị thương nặng. Nhân chứng mô tả cảnh hỗn loạn. Tổng cộng 85 người bị thương.', 'Lực lượng cứu hộ làm việc suốt đêm tại hiện trường. Thủ tướng đã chỉ đạo khắc phục hậu quả. Bộ Y tế cho biết 35 người đã thiệt mạng.', '30', '35'],
    ['pt: 12 morreram no local keeps the injured 85', 'Uma explosão atingiu um mercado na sexta-feira e matou pelo menos 30 pessoas. A polícia disse que 12 pessoas morreram no local e 85 ficaram feridas. Testemunhas descreveram cenas de caos.', 'As equipes de resgate trabalharam durante a noite no local da explosão. A explosão deixou 30 mortos e 60 feridos, segundo o ministério. O governo decretou três dias de luto.', '85', '60'],
  ])('%s', (_label, a, b, va, vb) => {
    const flags = numberFlags(a, b)
    expect(flags.some(([x, y]) => x!.includes(va) && y!.includes(vb))).toBe(true)
  })
})
