/**
 * A count of people in general against a count of a kind of people, both of one outcome
 * (people-kinds.ts, fresh38-1): "42 people … were apprehended" / "69 immigrants were detained" are
 * one count of the arrested told twice. Traps first: another outcome (questioned, released,
 * deported), no outcome on one side, another time, two kinds of people.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const numberFlags = (a: string, b: string): string[] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => `${d.a!.text} | ${d.b!.text}`)

describe('people in general against a kind of people, one outcome', () => {
  it.each([
    ['en trap: questioned is no arrest', 'CBP officials said 42 people, mostly men, were arrested at the border.', 'He said 69 immigrants were questioned Sunday at the border.', []],
    ['en trap: released is no arrest', 'CBP officials said 42 people, mostly men, were arrested at the border.', 'He said 69 immigrants were released Sunday at the border.', []],
    ['en trap: deported is no arrest', 'CBP officials said 42 people, mostly men, were arrested at the border.', 'He said 69 immigrants were deported Sunday from the border.', []],
    ['en trap: no outcome on one side', 'CBP officials said 42 people, mostly men, were arrested at the border.', 'He said 69 immigrants gathered Sunday at the border.', []],
    ['en trap: another time', 'CBP officials said 42 people were arrested at the border on Sunday.', 'He said 69 immigrants were detained at the border last month.', []],
    ['en trap: two kinds of people', 'Police said 42 protesters were arrested at the border.', 'Police said 69 immigrants were arrested at the border.', []],
    ['vi trap: thả is no arrest', 'Công an cho biết 42 người di cư đã bị bắt giữ tại biên giới.', 'Ông nói 69 người di cư đã được thả tại biên giới.', []],
    ['en trap: suspects are a part of the dead', 'Five people were killed in the shootout with police on Tuesday.', 'Police said three suspects were killed in the shootout on Tuesday.', []],
    ['en trap: protesters are a part of the injured', 'The clashes left 200 people injured, the ministry said on Saturday.', 'Medics said 60 protesters were injured in the clashes on Saturday.', []],
    ['en trap: evacuated is no arrest, another place', 'Officials said 300 people were evacuated from the flooded town on Monday.', 'Officials said 120 refugees were evacuated from the camp on Monday.', []],
    ['en trap: a part marker', 'Officials said 42 people were detained at the border.', 'Officials said 12 migrants, including children, were detained at the border.', []],
    ['vi trap: trong số đó', 'Công an đã bắt giữ 42 người liên quan vụ việc.', 'Trong số đó có 12 đối tượng bị tạm giữ.', []],
    ['en trap: a separate raid', 'Police arrested 12 people in the raid on Friday.', 'Three suspects were arrested in a separate raid in the north on Friday.', []],
    ['en trap: another place', 'Police said 12 people were arrested at the camp.', 'Police said 30 suspects were arrested in the town.', []],
    ['en trap: held a rally holds no one', 'Police said 5,000 people were arrested on Tuesday.', 'Some 3,000 protesters held a rally outside parliament on Tuesday.', []],
    ['vi trap: tuần trước is another time', 'Công an đã bắt giữ 42 người liên quan vụ việc.', 'Công an tạm giữ 45 đối tượng tuần trước.', []],
    ['en: were held is an arrest', 'Police said 42 people were arrested near the fence.', 'Police said 45 migrants were held near the fence.', ['42 people | 45 migrants']],
    ['en: earlier on Sunday is this day', 'Police arrested 42 people earlier on Sunday.', 'Police arrested 45 migrants on Sunday.', ['42 people | 45 migrants']],
    ['vi: người / đối tượng', 'Công an đã bắt giữ 42 người liên quan vụ việc.', 'Công an đã tạm giữ 45 đối tượng liên quan vụ việc.', ['42 người | 45 đối']],
    ['vi: người / nghi phạm, trước is in front of', 'Công an đã bắt giữ 42 người trước trụ sở.', 'Công an đã tạm giữ 45 nghi phạm trước trụ sở.', ['42 người | 45 nghi']],
    ['en: apprehended / detained', 'CBP officials said 42 people, mostly men, were apprehended at the San Ysidro crossing on Sunday.', 'CBP officials said 69 immigrants were detained at the San Ysidro crossing on Sunday.', ['42 people | 69 immigrants']],
    ['en: arrested before the count / detained', 'Border officials arrested 42 people, mostly adult males, at the San Ysidro crossing on Sunday.', 'Border officials said 69 immigrants were detained at the San Ysidro crossing on Sunday.', ['42 people | 69 immigrants']],
    ['en: migrants taken into custody', 'Police said 42 migrants were taken into custody near the fence.', 'Police said 69 people were arrested near the fence.', ['42 migrants | 69 people']],
    ['vi: bắt giữ / tạm giữ, one noun', 'Công an cho biết 42 người di cư đã bị bắt giữ tại biên giới.', 'Ông nói 69 người di cư bị tạm giữ tại biên giới.', ['42 người | 69 người']],
    ['en: the same count agrees', 'Officials arrested 42 people, mostly adult males, who made it into the United States.', 'CBP officials said 42 immigrants, mostly men, were apprehended on the U.S. side.', []],
  ])('%s', (_why, a, b, want) => {
    expect(numberFlags(a, b)).toEqual(want)
  })
})

/**
 * People in general named two ways, one outcome: "2 injured" (the outcome as the noun), "three
 * others wounded", "3 people hurt" (GVC 738749, fresh34-1). Traps: another outcome, a kind of
 * people under an outcome other than arrest, another time.
 */
describe('people in general named two ways, one outcome', () => {
  it.each([
    ['en trap: injured / killed', 'The shooting outside the club left 2 injured, police said.', 'The shooting outside the club left 3 people killed, police said.', []],
    ['en trap: a kind of people of the injured', 'The shooting outside the club left 2 injured, police said.', 'The shooting outside the club left 3 officers injured, police said.', []],
    ['en trap: others of another time', 'Police said 2 people were injured outside the club.', 'Police said 3 others were injured outside the club last month.', []],
    ['vi trap: bị thương / chết', 'Vụ nổ súng ở quán bar khiến 2 người bị thương, công an cho biết.', 'Vụ nổ súng ở quán bar khiến 3 người khác thiệt mạng, công an cho biết.', []],
    // review rpeople40 5: a count of an event the sentence recalls is not the report's own
    ['en trap: days after a crash', 'Police said one man died. The shooting came days after a crash that left 2 injured on Main Street.', 'Police said one man died and 3 people were injured in the shooting on Main Street.', []],
    ['en trap: last month a crash', 'Police said one man died. Last month a crash on Main Street left 2 injured.', 'Police said one man died and 3 people were injured in the shooting on Main Street.', []],
    ['vi trap: tháng trước một vụ tai nạn', 'Công an cho biết một người chết. Tháng trước, một vụ tai nạn trên phố Huế khiến 2 người bị thương.', 'Công an cho biết một người chết và 3 người bị thương trong vụ nổ súng trên phố Huế.', []],
    ['vi trap: vài ngày sau một vụ tai nạn', 'Vụ nổ súng xảy ra vài ngày sau một vụ tai nạn trên phố Huế khiến 2 người bị thương.', 'Vụ nổ súng trên phố Huế khiến 3 người bị thương.', []],
    ['en: injured / people injured', 'The shooting outside the club left 2 injured, police said.', 'The shooting outside the club left 3 people injured, police said.', ['2 injured | 3 people']],
    ['en: others injured / people injured beside the dead', 'One man was killed and two others injured in the shooting.', 'One man was killed and three people injured in the shooting.', ['two others | three people']],
    ['vi: người khác bị thương / người bị thương beside the dead', 'Vụ nổ súng ở quán bar khiến 1 người chết, 2 người bị thương.', 'Vụ nổ súng ở quán bar khiến 1 người chết, 3 người khác bị thương.', ['2 người | 3 người']],
  ])('%s', (_why, a, b, want) => {
    expect(numberFlags(a, b)).toEqual(want)
  })
})
