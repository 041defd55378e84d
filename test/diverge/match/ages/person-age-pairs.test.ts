/**
 * One person's age across sentences the aligner leaves apart (match/ages/person-age-pairs.ts,
 * bound-ages.ts): the same person, by whole name or by the one whole name a lone word ends in its own
 * report, each age right beside the name, told two ages that cannot both hold is a `number`
 * contradiction with the two mentions as evidence. Traps: two people of one surname, one person at two
 * moments, an age against a year of birth, a thing's age, a list of victims, a decade (*in his 30s*),
 * papers years apart, unnamed holders of one role (never paired), and the review rage56's rows: a name
 * after a verb or *of*, a place or an outlet as the holder, an age at another moment.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** The number contradictions, default flags and candidates alike, as `a | b @confidence`. */
const ages = (a: string, b: string, published?: string): string[] => {
  const r = compare({ text: a, published }, { text: b, published })
  return [...r.divergences, ...r.candidates].filter((d) => d.kind === 'number').map((d) => `${d.a?.text} | ${d.b?.text} @${d.confidence}`)
}
/** What this rule raised: its evidence says the sentences are not linked (the pairer's own readings are other rules'). */
const byPerson = (a: string, b: string, dayA?: string, dayB?: string): string[] => {
  const r = compare({ text: a, published: dayA }, { text: b, published: dayB })
  return [...r.divergences, ...r.candidates].filter((d) => d.evidence.includes('ages told in sentences not linked')).map((d) => `${d.a?.text} | ${d.b?.text}`)
}
const flagged = (a: string, b: string, published?: string): string[] => {
  const r = compare({ text: a, published }, { text: b, published })
  return r.divergences.filter((d) => d.kind === 'number').map((d) => `${d.a?.text} | ${d.b?.text}`)
}

const filler = {
  en: 'Five people were hurt at the house on Saturday night, the fire service said.',
  en2: 'The mayor called for calm and thanked the emergency crews for their quick work.',
  vi: 'Vụ cháy làm 3 người bị thương tại xưởng gỗ ở xã Phước An.',
  vi2: 'Chính quyền địa phương đã hỗ trợ các gia đình bị ảnh hưởng.',
  de: 'Die Polizei sucht weiter nach Zeugen des Vorfalls in der Innenstadt.',
}
const F = filler.en
const F2 = filler.en2
const FV = filler.vi
const FV2 = filler.vi2
const FD = filler.de

describe('one named person told two ages', () => {
  it.each([
    ['en: full name / lone surname of the one Thomas', `Police said 37-year-old Grafton Thomas entered the home. ${filler.en}`, `${filler.en} Grafton Thomas was charged on Monday. The court heard that Thomas, 40, has a long history of illness.`, ['37-year-old | 40 @0.65']],
    ['en: one year off, less sure', `Police said 37-year-old Grafton Thomas entered the home. ${filler.en}`, `${filler.en} Grafton Thomas, 38, was charged on Monday.`, ['37-year-old | 38 @0.5']],
    ['vi: (45 tuổi) / Hùng, 48 tuổi', `Công an đã bắt ông Nguyễn Văn Hùng (45 tuổi) vào chiều qua. ${filler.vi}`, `${filler.vi} Ông Nguyễn Văn Hùng là chủ cơ sở. Theo cơ quan điều tra, Hùng, 48 tuổi, đã bỏ trốn.`, ['45 tuổi | 48 tuổi @0.65']],
    ['vi: tone marks dropped', `Công an đã bắt ông Nguyễn Văn Hùng (45 tuổi) vào chiều qua. ${filler.vi}`, `${filler.vi} Theo cơ quan điều tra, ông Nguyên Văn Hung (51 tuổi) đã bỏ trốn.`, ['45 tuổi | 51 tuổi @0.65']],
    ['de: die 37-jährige Name / Name (39)', `Die 37-jährige Anna Schmidt wurde am Sonntag schwer verletzt. ${filler.de}`, `${filler.de} Anna Schmidt (39) liegt im Krankenhaus.`, ['37-jährige | 39 @0.65']],
    ['en: one entity respelt, hyphenated (rage56 C1)', `${F2} The 37-year-old Jean-Pierre Dupont was detained.`, `${F} Jean-Pierre Dupond, 40, was questioned by police.`, ['37-year-old | 40 @0.65']],
    ['en: a lone surname of a hyphenated name (rage56 C2)', `${F2} The 37-year-old Jean-Pierre Dupont was detained.`, `${F} Jean-Pierre Dupont was charged on Monday. The court heard that Dupont, 40, has a long history of illness.`, ['37-year-old | 40 @0.65']],
    ['en: a hyphen against a space (rage56 C3)', `${F2} The 36-year-old Kim Jong-un made the announcement.`, `${F} Kim Jong Un, 38, spoke to the party.`, ['36-year-old | 38 @0.65']],
  ])('%s', (_, a, b, expected) => {
    expect(ages(a, b)).toEqual(expected)
  })

  it('fr: Name, 37 ans / Name, 41 ans is flagged', () => {
    expect(flagged('Jean Dupont, 37 ans, a été interpellé lundi à Lyon.', 'Selon le parquet, Jean Dupont, 41 ans, était connu des services de police.')).toEqual(['37 ans | 41 ans'])
  })

  it('a one-year gap is a default flag (at the threshold), a wider one too', () => {
    expect(flagged(`Police said 37-year-old Grafton Thomas entered the home. ${filler.en}`, `${filler.en} Grafton Thomas, 38, was charged on Monday.`)).toEqual(['37-year-old | 38'])
  })
})

describe('an unnamed holder is never paired (the role pairing was withdrawn after review rage56)', () => {
  it.each([
    ['en: the suspect / a suspect', 'Police arrested the suspect, a 38-year-old man, on Sunday.', 'A 29-year-old victim was taken to hospital. The 41-year-old suspect fled on foot before the arrest.'],
    ['en: named on one side only', 'The suspect, 37-year-old Grafton Thomas, was charged on Monday.', `${F} Police arrested a 39-year-old suspect late on Saturday.`],
    ['vi: nghi phạm / nghi can', 'Nghi phạm 25 tuổi đã bị bắt giữ vào tối qua.', `${FV} Theo công an, nghi can (28 tuổi) khai nhận hành vi.`],
    ['vi: tài xế', 'Tài xế xe tải 45 tuổi đã ra trình diện.', `${FV} Cơ quan điều tra cho biết tài xế (46 tuổi) có nồng độ cồn.`],
    ['de: der 37-jährige Täter / der 39-jährige Täter', 'Der 37-jährige Täter wurde am Sonntag festgenommen.', `${FD} Der 39-jährige Täter sitzt in Untersuchungshaft.`],
    ['en: youngest and oldest victim (rage56 A1)', 'The youngest victim, 9, was taken to hospital.', `${F} The oldest victim, 80, died on Sunday.`],
    ['en: two victims of a many-casualty incident (A2)', `${F} A 23-year-old victim died at the scene.`, `${F} Doctors said a 45-year-old victim remains in hospital.`],
    ['en: the bus driver and the truck driver (A3)', 'The bus driver, 52, was unhurt.', `${F} The truck driver, 45, died at the scene.`],
    ['de: der Fahrer und die Fahrerin (A4)', 'Der Fahrer (45) blieb unverletzt.', `${FD} Die Fahrerin (52) wurde schwer verletzt.`],
    ['en: the pilot and the co-pilot (A5)', 'The pilot, 45, had flown the route for years.', `${F} The co-pilot, 28, survived the crash.`],
    ['vi: phi công and phi công phụ (A5)', 'Phi công (45 tuổi) đã có 20 năm kinh nghiệm.', `${FV} Phi công phụ (28 tuổi) sống sót.`],
    ['de: der Pilot und der Co-Pilot (A5)', 'Der Pilot (45) hatte viel Erfahrung.', `${FD} Der Co-Pilot (28) überlebte den Absturz.`],
    ['en: a suspect and a second suspect (A6)', 'Police arrested a 38-year-old suspect on Sunday.', `${F} A second suspect, 25, was arrested on Monday.`],
    ['vi: nghi phạm and nghi phạm thứ hai (A6)', 'Nghi phạm (38 tuổi) bị bắt chiều qua.', `${FV} Nghi phạm thứ hai (25 tuổi) bị bắt sáng nay.`],
    ['en: the attacker\'s age before the victim (A7)', 'A 19-year-old stabbed the victim outside the bar.', `${F} The victim, 45, died in hospital.`],
    ['vi: a child\'s age after the driver (A7)', `${FV2} Tài xế tông bé 5 tuổi rồi bỏ chạy.`, `${FV} Theo công an, tài xế (35 tuổi) đã ra đầu thú.`],
  ])('%s', (_, a, b) => {
    expect(byPerson(a, b)).toEqual([])
  })
})

describe('review rage56: a name not right beside the age, or no person, holds nothing', () => {
  it.each([
    ['en: the attacker\'s age, the victim named after a verb (B1)', 'Police said the 45-year-old attacked Maria Lopez in the street.', `${F} Maria Lopez, 23, died in hospital.`],
    ['en: the daughter of John Smith (B1)', `${F2} The 9-year-old daughter of John Smith was also hurt.`, `${F} Police said 37-year-old John Smith was driving.`],
    ['de: der 37-Jährige soll Anna Schmidt … (B1)', 'Der 37-Jährige soll Anna Schmidt erstochen haben.', `${FD} Anna Schmidt (29) starb im Krankenhaus.`],
    ['vi: con gái anh Hùng, 9 tuổi (B1)', `${FV2} Con gái anh Nguyễn Văn Hùng, 9 tuổi, bị thương nặng.`, `${FV} Anh Nguyễn Văn Hùng (37 tuổi) điều khiển xe máy.`],
    ['en: a man and a woman from New York (B2)', `${F2} Police arrested a 37-year-old man from New York.`, `${F} A 29-year-old woman from New York was also hurt.`],
    ['en: two witnesses who told Fox News (B2)', `${F2} A 52-year-old neighbour told Fox News she heard shots.`, `${F} A 34-year-old witness told Fox News that he ran.`],
    ['vi: two people of one home province (B2)', 'Anh Nguyễn Văn An (quê Nghệ An, 25 tuổi) bị thương.', `${FV} Chị Trần Thị Bình (quê Nghệ An, 30 tuổi) tử vong.`],
    ['en: the then-17-year-old (B3)', `${F2} The then-17-year-old Maria Lopez joined the club.`, `${F} Maria Lopez, 25, now leads the squad.`],
    ['de: der damals 17-jährige (B3)', `Der damals 17-jährige Max Mustermann kam zum Verein. ${FD}`, `${FD} Max Mustermann (25) ist heute Kapitän.`],
    ['vi: hồi đó 17 tuổi', `${FV2} Anh Nguyễn Văn Hùng (17 tuổi) hồi đó mới vào đội.`, `${FV} Anh Nguyễn Văn Hùng (25 tuổi) hiện là đội trưởng.`],
    ['fr: à l\'époque', 'Jean Dupont, 17 ans à l\'époque, a rejoint le club.', 'Selon le club, Jean Dupont, 25 ans, est le capitaine.'],
    ['en: 17 at the time', `${F2} Maria Lopez, 17 at the time, joined the club.`, `${F} Maria Lopez, 25, now leads the squad.`],
    ['en: the plainest form, bare figures both sides (a club\'s points read alike)', `${F2} Grafton Thomas, 37, was arrested.`, `${F} Grafton Thomas, 40, was charged.`],
  ])('%s', (_, a, b) => {
    expect(byPerson(a, b)).toEqual([])
  })
})

describe('traps: no contradiction of ages', () => {
  it.each([
    ['en: father and son of one surname', 'John Smith, 45, and his son James Smith, 19, were both injured in the crash on the motorway.', `${filler.en} Smith, 49, was taken to hospital with his son.`],
    ['vi: two people of one given name', 'Ông Nguyễn Văn Hùng (45 tuổi) và anh Trần Văn Hùng (30 tuổi) bị thương.', `${filler.vi} Theo công an, Hùng, 52 tuổi, là chủ cơ sở.`],
    ['de: Vater und Sohn', 'Der 45-jährige Peter Müller und sein Sohn Jonas Müller (19) wurden verletzt.', `${filler.de} Müller (52) kam ins Krankenhaus.`],
    ['en: one person at two moments', 'Maria Lopez, 25, now leads the squad on the field.', `${filler.en} Maria Lopez joined the club at 17 and never left.`],
    ['vi: one person at two moments', 'Anh Nguyễn Văn Hùng (25 tuổi) hiện là đội trưởng.', `${filler.vi} Anh Nguyễn Văn Hùng vào đội khi 17 tuổi.`],
    ['en: a thing of the same age', 'The 37-year-old company said it would cooperate.', `${filler.en} Grafton Thomas, 40, was charged on Monday.`],
    ['en: a list of victims against one victim', 'The victims, aged 23, 45 and 67, were taken to hospital after the shooting.', `${filler.en} One victim, 31, died later in hospital.`],
    ['vi: two victims against one', 'Hai nạn nhân 23 tuổi và 45 tuổi được đưa đi cấp cứu.', `${filler.vi} Nạn nhân (31 tuổi) tử vong tại bệnh viện.`],
    ['en: in his 30s against 37', 'Grafton Thomas, in his 30s, lived with his mother.', `${filler.en} Grafton Thomas, 37, was charged on Monday.`],
    ['en: two named drivers', 'The driver, 45-year-old John Smith, was unhurt.', `${filler.en} The driver, 52-year-old Bob Jones, was arrested.`],
    ['de: a club\'s bare figures, no person told', `Bayern München (45) liegt vorn. ${filler.de}`, `${filler.de} Bayern München (48) spielt am Samstag.`],
    ['en: a day before a bare figure', 'On Saturday, 32, police said.', `${filler.en} On Saturday, 35, it rained.`],
    ['de: ein Opfer und ein Täter', 'Das 37-jährige Opfer wurde schwer verletzt.', `${filler.de} Der 45-jährige Täter floh.`],
  ])('%s', (_, a, b) => {
    expect(byPerson(a, b)).toEqual([])
  })

  it.each([
    ['en: papers years apart leave room for both', '20-year-old Douglas Shine was charged on Monday.', `${filler.en} Douglas Shine, 22, was convicted on Friday.`, '2015-02-01', '2017-03-01'],
    ['vi: one paper dated, one not', 'Ông Nguyễn Văn Hùng (45 tuổi) bị bắt.', `${filler.vi} Ông Nguyễn Văn Hùng (49 tuổi) bỏ trốn.`, '2022-08-29', undefined],
  ])('%s', (_, a, b, dayA, dayB) => {
    expect(byPerson(a, b, dayA, dayB)).toEqual([])
  })

  it('vi: an age against a year of birth that fits the paper\'s year is left to age-year', () => {
    expect(byPerson('Ông Nguyễn Văn Hùng (SN 1976) bị bắt.', `${filler.vi} Ông Nguyễn Văn Hùng (46 tuổi) bỏ trốn.`, '2022-08-29', '2022-08-29')).toEqual([])
  })
})

describe('what a flag carries', () => {
  it('the two mentions, the person and a confidence below a linked pair\'s', () => {
    const r = compare({ text: `Police said 37-year-old Grafton Thomas entered the home. ${filler.en}` }, { text: `${filler.en} Grafton Thomas, 40, was charged on Monday.` })
    const d = r.divergences.find((x) => x.kind === 'number')!
    expect(d.evidence[0]).toBe('same person: Grafton Thomas / Grafton Thomas')
    expect(d.confidence).toBeLessThan(0.85)
    expect(r.divergences.filter((x) => x.kind === 'missing').map((x) => (x.a ?? x.b)!.text)).not.toContain('40')
  })
})
