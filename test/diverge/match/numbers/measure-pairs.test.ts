import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every number contradiction of a compare, as its two texts. */
const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

const enBase = 'Rescuers worked through the night as heavy rain lashed the coast. Officials gave no further details.'
const viBase = 'Lực lượng cứu hộ làm việc suốt đêm trong mưa lớn. Chính quyền chưa cho biết thêm chi tiết.'
const ptBase = 'As equipes de resgate trabalharam durante toda a noite sob chuva forte.'
const frBase = 'Les secours ont travaillé toute la nuit sous une pluie battante.'

/**
 * Measures with a unit in sentences the aligner does not link (issue 11) that are not one measure of
 * one object: whatever pairs two reports' main measures must leave every row without a number contradiction.
 */
describe('measures in unlinked sentences that stay apart', () => {
  it.each([
    ['en: two holes of different sizes in one report', `An explosion tore a 16-inch hole and a 40-inch hole in the hull, the navy said. ${enBase}`, `${enBase} Divers later found a 17-inch hole near the bow.`],
    ['en: the submarine\'s length against its depth', `The submarine is 154 meters long, the navy said. ${enBase}`, `${enBase} The stricken vessel lies at a depth of 108 meters.`],
    ['en: a speed limit against a speed', `The road has a speed limit of 50 miles, the police said. ${enBase}`, `${enBase} The car was driven for 80 miles before it crashed.`],
    ['en: up to 100 meters', `The submarine can dive up to 600 meters deep, the navy said. ${enBase}`, `${enBase} The stricken vessel lies at a depth of 108 meters.`],
    ['en: a figure for another object (a tumor, a baby)', `Surgeons removed a 9-pound tumor from the woman, the hospital said. ${enBase}`, `${enBase} She later gave birth to an 8-pound baby.`],
    ['en: a maximum depth (a capacity)', `The submarine has a maximum depth of 600 meters, the navy said. ${enBase}`, `${enBase} The stricken vessel lies at a depth of 108 meters.`],
    ['en: the same depth in metres and feet is no contradiction', `The submarine lies at a depth of 108 meters, the navy said. ${enBase}`, `${enBase} The stricken vessel rests 354 feet below the surface.`],
    ['en: the other value told on this side', `The submarine lies 108 meters deep, the navy said. ${enBase} Earlier reports put the depth at 150 meters.`, `${enBase} The stricken vessel lies at a depth of 150 meters.`],
    ['en: a quake against its aftershock', `A magnitude 6.1 quake struck Aceh on Tuesday, officials said. ${enBase}`, `${enBase} A magnitude 5.2 aftershock rattled the coast an hour later.`],
    ['en: a price per unit against the total', `The apartments sold for $250,000 each, the agent said. ${enBase}`, `${enBase} The developer sold the whole tower for $40 million.`],
    ['en: a fall against a height', `The climber fell 150 metres from the ridge on Friday. ${enBase}`, `${enBase} The peak is 3,700 metres high and rarely climbed in winter.`],
    ['vi: độ sâu against độ cao', `Chiếc xe rơi xuống vực sâu 50 mét, công an cho biết. ${viBase}`, `${viBase} Ngọn đèo cao 1.200 mét so với mực nước biển.`],
    ['vi: tốc độ tối đa (a limit)', `Tàu ngầm có thể lặn sâu tối đa 600 mét, hải quân cho biết. ${viBase}`, `${viBase} Con tàu đang nằm ở độ sâu 108 mét.`],
    ['vi: hai lỗ thủng trong một bài', `Vụ nổ làm thủng hai lỗ rộng 40 cm và 1 mét trên thân tàu. ${viBase}`, `${viBase} Thợ lặn phát hiện lỗ thủng rộng 45 cm gần mũi tàu.`],
    ['pt: até 100 metros (a limit)', `O submarino pode descer até 600 metros de profundidade, disse a marinha. ${ptBase}`, `${ptBase} O submarino está a 108 metros de profundidade.`],
    ['en: a combined weight against each one\'s bound', `The four children weighed 136 pounds combined, police said. ${enBase}`, `${enBase} Doctors said each boy weighed less than 50 pounds at the time.`],
    ['vi: minutes of a match are no object\'s measure', `Sau 30 phút thi đấu, đội khách vẫn chưa có bàn thắng. ${viBase}`, `${viBase} Trận đấu bị tạm dừng 10 phút vì mưa lớn.`],
    ['en: two falls on one side and no age to single one out', `A climber is dead after falling about 150 metres at Mount Cook. ${enBase}`, `${enBase} On Friday, 36-year-old Duncan Rait died after falling about 60 metres from a ridge. On Saturday, 32-year-old Robert Buckley fell about 600 metres near a hut.`],
    ['vi: hai người rơi, không có tuổi chung', `Một người leo núi đã rơi khoảng 150 mét khi leo núi. ${viBase}`, `${viBase} Nạn nhân 36 tuổi rơi khoảng 60 mét từ sườn núi. Một người khác, 32 tuổi, rơi khoảng 600 mét.`],
    ['fr: deux objets (une tumeur, un bébé)', `Les chirurgiens ont retiré une tumeur de 4 kg, a dit l'hôpital. ${frBase}`, `${frBase} Elle a ensuite donné naissance à un bébé de 3 kg.`],
  ])('%s', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})

/** One measure of one object on each side, in sentences the aligner does not link: a contradiction. */
describe('one measure told in two numbers in unlinked sentences', () => {
  it.each([
    ['en: a hole\'s size', `An explosion tore a 16-inch hole in the hull, the navy said. ${enBase}`, `${enBase} Divers later found a 17-inch hole near the bow.`, '16', '17'],
    ['en: a depth in metres and in feet that differ', `The submarine lies at a depth of about 100 meters, the navy said. ${enBase}`, `${enBase} The stricken vessel rests 450 feet below the surface.`, '100', '450'],
    ['en: a weight (9-pound / weighed 8 pounds)', `Surgeons removed a 9-pound tumor from the woman, the hospital said. ${enBase}`, `${enBase} The tumor, which weighed 8 pounds, was benign.`, '9', '8'],
    ['en: years of service', `The cruiser had 24 years of service in the Pacific fleet. ${enBase}`, `${enBase} Officials said the ship was retired after 26 years of service.`, '24', '26'],
    ['en: a heist\'s haul', `Crooks at $2.6 million heist on Paris jewelry store. ${enBase}`, `${enBase} Paris thieves nab $2.5 million worth of jewellery.`, '2.6', '2.5'],
    ['en: one of two falls singled out by the climber\'s age', `A 36-year-old climber is dead after falling about 150 metres on the mountain. ${enBase}`, `${enBase} On Friday, a 36-year-old climber died after falling about 60 metres from a ridge. On Saturday, a 32-year-old climber fell about 600 metres near a hut.`, '150', '60'],
    ['vi: một trong hai cú rơi, cùng tuổi', `Anh Nam, 36 tuổi, đã rơi khoảng 150 mét khi leo núi. ${viBase}`, `${viBase} Nạn nhân 36 tuổi rơi khoảng 60 mét từ sườn núi. Một người khác, 32 tuổi, rơi khoảng 600 mét.`, '150', '60'],
    ['vi: rơi xuống vực', `Chiếc xe khách rơi xuống vực sâu 50 mét, công an cho biết. ${viBase}`, `${viBase} Theo nhân chứng, chiếc xe lao xuống vực sâu khoảng 80 mét.`, '50', '80'],
    ['vi: một trận động đất', `Trận động đất mạnh 6,1 độ richter làm rung chuyển Aceh. ${viBase}`, `${viBase} Theo cơ quan khí tượng, động đất có cường độ 6,4 độ richter.`, '6,1', '6,4'],
    ['pt: a depth', `O submarino está a 100 metros de profundidade, disse a marinha. ${ptBase}`, `${ptBase} Segundo os mergulhadores, o casco repousa a 140 metros de profundidade.`, '100', '140'],
    ['fr: the weight of one object', `Les chirurgiens ont retiré une tumeur de 4 kg, a dit l'hôpital. ${frBase}`, `${frBase} Selon le médecin, la tumeur de 5 kg était bénigne.`, '4', '5'],
  ])('%s', (_label, a, b, va, vb) => {
    const flags = numberFlags(a, b)
    expect(flags.some(([x, y]) => x!.includes(va) && y!.includes(vb))).toBe(true)
  })
})

/** One measure in two units, in sentences the aligner does not link: an equivalence with reason `unit`. */
describe('one measure told in two units in unlinked sentences', () => {
  it.each([
    ['en: metres and feet', `The submarine lies at a depth of 108 meters, the navy said. ${enBase}`, `${enBase} The stricken vessel rests 354 feet below the surface.`],
    ['en: a depth and feet of water', `The submarine lies at a depth of 108 meters, the navy said. ${enBase}`, `${enBase} The Kursk sank in 354 feet of water during an exercise.`],
    ['en: kilograms and pounds', `Surgeons removed a 4-kilogram tumor from the woman, the hospital said. ${enBase}`, `${enBase} The tumor, which weighed 9 pounds, was benign.`],
  ])('%s', (_label, a, b) => {
    const r = compare(a, b)
    expect(r.divergences.filter((d) => d.kind === 'number' && d.a && d.b)).toEqual([])
    expect(r.equivalences.some((e) => e.reason === 'unit')).toBe(true)
  })
})
