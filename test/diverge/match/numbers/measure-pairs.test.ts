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
    // review rmeasures45: an object on one side only, another event's figure, a haul's recovered part, a capability or a bound, two places
    ['en: a past quake (a decade ago)', `A 6.1 magnitude earthquake struck the coast on Sunday. ${enBase}`, `${enBase} A decade ago, a magnitude 9.1 earthquake devastated the same region.`],
    ['en: a past quake (of a decade ago)', `A 6.1 magnitude earthquake struck the coast on Sunday. ${enBase}`, `${enBase} Residents recalled the magnitude 9.1 earthquake of a decade ago.`],
    ['fr: un séisme il y a dix ans', `Un séisme de magnitude 6,1 a frappé la côte dimanche. ${frBase}`, `${frBase} Il y a dix ans, un séisme de magnitude 9,1 avait dévasté la région.`],
    ['en: a diver\'s depth against the wreck\'s (no object)', `The Kursk lies at a depth of 108 meters. ${enBase}`, `${enBase} Norwegian divers worked 60 meters below the surface for hours.`],
    ['en: about 100 against 108 (an approximation)', `The Kursk rests at a depth of about 100 meters. ${enBase}`, `${enBase} Norwegian divers opened the hatch of the submarine 108 meters below the surface.`],
    ['en: about 100 against 354 feet (an approximation)', `Rescuers found a crack about 100 meters long. ${enBase}`, `${enBase} The 354-foot crack ran along the dam.`],
    ['en: a baby\'s weight against seized cocaine', `The baby weighed 7 pounds at birth, the hospital said. ${enBase}`, `${enBase} Police later seized 8 pounds of cocaine from the father's car.`],
    ['en: a tumor that weighed / a baby weighing', `Doctors removed a tumor that weighed 9 pounds. ${enBase}`, `${enBase} The woman later gave birth to a baby girl weighing 7 pounds.`],
    ['en: the haul against cash found on arrest', `Thieves stole $2.5 million from the armored truck. ${enBase}`, `${enBase} The robbers were arrested with $40,000 in cash.`],
    ['en: the haul against its recovered part', `Thieves stole jewels worth $2.5 million from the store. ${enBase}`, `${enBase} Police recovered $1 million of the stolen jewels.`],
    ['vi: số tiền thu hồi', `Kẻ trộm đã lấy cắp số tài sản trị giá 5 tỷ đồng. ${viBase}`, `${viBase} Công an đã thu hồi 2 tỷ đồng tiền bị trộm.`],
    ['en: a fall against a tower\'s height', `The worker fell from a height of 30 meters. ${enBase}`, `${enBase} The tower is 120 meters high.`],
    ['en: a building against a crane', `The building is 200 meters tall. ${enBase}`, `${enBase} A crane 60 meters high collapsed onto the street.`],
    ['en: the sea\'s depth against a dive', `The sea there is 4,000 meters deep. ${enBase}`, `${enBase} A robot submarine descended 1,000 meters below the surface on Sunday.`],
    ['en: as deep as (a bound)', `The wreck lies at a depth of 108 meters. ${enBase}`, `${enBase} Waters in the area are as deep as 300 meters.`],
    ['en: a capability (can)', `The wreck lies at a depth of 108 meters. ${enBase}`, `${enBase} The rescue bell can descend 150 meters below the surface.`],
    ['en: as heavy as (a bound over several)', `A 9-pound tire part fell onto the runway. ${enBase}`, `${enBase} Debris included chunks as heavy as 8 pounds.`],
    ['en: a hole in the hull against a hole near the hatch', `Investigators found a 16-inch hole in the hull. ${enBase}`, `${enBase} A 4-inch hole was found near the hatch.`],
    ['vi: hàng chở against xe nặng', `Xe tải chở 30 tấn hàng bị lật. ${viBase}`, `${viBase} Chiếc xe nặng 12 tấn đã lao xuống vực.`],
    ['en: a state record', `The fisherman caught a 300-pound marlin on Sunday. ${enBase}`, `${enBase} The state record marlin weighed 420 pounds.`],
  ])('%s', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})

/** One measure of one object on each side, in sentences the aligner does not link: a contradiction. */
describe('one measure told in two numbers in unlinked sentences', () => {
  it.each([
    ['en: a hole\'s size', `An explosion tore a 16-inch hole in the hull, the navy said. ${enBase}`, `${enBase} Divers later found a 17-inch hole in the hull.`, '16', '17'],
    ['en: an object before its weight (that weighed, weighing)', `Doctors removed a tumor that weighed 9 pounds. ${enBase}`, `${enBase} Surgeons said they took out a tumor weighing 7 pounds.`, '9', '7'],
    ['en: an object before its height', `A crane 60 meters high collapsed onto the street. ${enBase}`, `${enBase} Witnesses said the crane 75 meters high swayed in the wind.`, '60', '75'],
    ['en: 8 / 12 pounds of heroin (found, seized)', `Police seized 8 pounds of heroin in the raid. ${enBase}`, `${enBase} Officers found 12 pounds of heroin in the car.`, '8', '12'],
    ['en: a crack in metres and in feet that differ', `Engineers found a 100-meter crack in the dam, the agency said. ${enBase}`, `${enBase} The 450-foot crack in the dam was sealed.`, '100', '450'],
    ['en: a weight (9-pound / weighed 8 pounds)', `Surgeons removed a 9-pound tumor from the woman, the hospital said. ${enBase}`, `${enBase} The tumor, which weighed 8 pounds, was benign.`, '9', '8'],
    ['en: years of service', `The cruiser had 24 years of service in the Pacific fleet. ${enBase}`, `${enBase} Officials said the ship was retired after 26 years of service.`, '24', '26'],
    ['en: a heist\'s haul', `Crooks at $2.6 million heist on Paris jewelry store. ${enBase}`, `${enBase} Paris thieves nab $2.5 million worth of jewellery.`, '2.6', '2.5'],
    ['en: one of two falls singled out by the climber\'s age', `A 36-year-old climber is dead after falling about 150 metres on the mountain. ${enBase}`, `${enBase} On Friday, a 36-year-old climber died after falling about 60 metres from a ridge. On Saturday, a 32-year-old climber fell about 600 metres near a hut.`, '150', '60'],
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
    ['en: metres and feet', `Engineers found a 9-meter crack in the dam, the agency said. ${enBase}`, `${enBase} The 30-foot crack in the dam was sealed on Monday.`],
    ['vi: mét và feet', `Các kỹ sư phát hiện vết nứt dài 9 mét trên đập. ${viBase}`, `${viBase} Vết nứt dài 30 feet trên đập đã được trám lại.`],
    ['en: kilograms and pounds', `Surgeons removed a 4-kilogram tumor from the woman, the hospital said. ${enBase}`, `${enBase} The 9-pound tumor was benign.`],
  ])('%s', (_label, a, b) => {
    const r = compare(a, b)
    expect(r.divergences.filter((d) => d.kind === 'number' && d.a && d.b)).toEqual([])
    expect(r.equivalences.some((e) => e.reason === 'unit')).toBe(true)
  })
})

/** The evidence says the slot in words, never its internal key ("money usd theft", "length  of hole"). */
describe('evidence of a measure pair in words', () => {
  it.each([
    ['en: a haul', `Crooks at $2.6 million heist on Paris jewelry store. ${enBase}`, `${enBase} Paris thieves nab $2.5 million worth of jewellery.`, "each report's one sum stolen"],
    ['vi: một trận động đất', `Trận động đất mạnh 6,1 độ richter làm rung chuyển Aceh. ${viBase}`, `${viBase} Theo cơ quan khí tượng, động đất có cường độ 6,4 độ richter.`, "each report's one quake's magnitude"],
  ])('%s', (_label, a, b, words) => {
    const evidence = compare(a, b).divergences.filter((d) => d.kind === 'number').flatMap((d) => d.evidence)
    expect(evidence).toContain(words)
    expect(evidence.join(' ')).not.toMatch(/money usd|length {2}of/u)
  })
})
