/**
 * A zero toll against a count of one kind of person (zero-outcomes.ts, issue 11): "No one was hurt"
 * / "Two men were hurt" and "Không ai bị thương" / "Hai người đàn ông bị thương" are one count of
 * the hurt told twice, and contradict. Traps: another outcome ("no one was killed" / "two men were
 * hurt"), a zero said of another group ("No one in the building"), "charged" against "arrested".
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const numberFlags = (a: string, b: string): string[] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => `${d.a!.text} | ${d.b!.text}`)

describe('a zero toll against a count of one kind of person', () => {
  it.each([
    ['en: no one / two men were hurt', 'No one was hurt in the crash, police said.', 'Two men were hurt in the crash, police said.', ['No one | Two men']],
    ['en: nobody / three children were injured', 'Nobody was injured when the roof fell, officials said.', 'Three children were injured when the roof fell, officials said.', ['Nobody | Three children']],
    ['en: no one / two people, as before', 'No one was hurt in the crash, police said.', 'Two people were hurt in the crash, police said.', ['No one | Two people']],
    ['vi: không ai / hai người đàn ông bị thương', 'Không ai bị thương trong vụ tai nạn, công an cho biết.', 'Hai người đàn ông bị thương trong vụ tai nạn, công an cho biết.', ['Không ai | Hai người']],
    ['vi: không ai / 2 người dân đã thiệt mạng', 'Không ai thiệt mạng trong vụ cháy, công an cho biết.', '2 người dân đã thiệt mạng trong vụ cháy, công an cho biết.', ['Không ai | 2 người']],
    ['en trap: another outcome', 'No one was killed in the crash, police said.', 'Two men were hurt in the crash, police said.', []],
    ['vi trap: another outcome', 'Không ai thiệt mạng trong vụ tai nạn, công an cho biết.', 'Hai người đàn ông bị thương trong vụ tai nạn, công an cho biết.', []],
    ['en trap: a zero of another group', 'No one in the building was hurt, police said.', 'Two passers-by were hurt, police said.', []],
    ['vi trap: a zero of another group', 'Không ai trong tòa nhà bị thương, công an cho biết.', 'Hai người đi đường bị thương, công an cho biết.', []],
    ['en trap: charged is no arrest', 'No one has been charged over the fight, police said.', 'Two men were arrested over the fight, police said.', []],
    ['vi trap: bị thương is no arrest', 'Không ai bị thương trong vụ ẩu đả, công an cho biết.', 'Hai người đàn ông bị bắt sau vụ ẩu đả, công an cho biết.', []],
    ['en trap: two blasts, differently qualified (review rzero35 1)', 'No one was hurt in the first blast.', 'Two men were hurt in the second blast.', ['first | second']],
    ['vi trap: the hurt are another noun past a verb (review rzero35 2)', 'Không ai bị thương trong vụ cháy.', 'Hai người đưa nạn nhân bị thương đi cấp cứu sau vụ cháy.', []],
    ['vi trap: the hurt are carried by the counted', 'Không ai bị thương trong vụ cháy.', 'Hai người chở công nhân bị thương đến bệnh viện sau vụ cháy.', []],
    ['en trap: the hurt are another noun past a verb', 'No one was hurt in the fire.', 'Two men took the hurt victims to hospital after the fire.', []],
    ['vi: a worker noun tail still meets the zero', 'Không ai bị thương trong vụ cháy, công an cho biết.', 'Hai người công nhân bị thương trong vụ cháy, công an cho biết.', ['Không ai | Hai người']],
    ['vi trap: a negation is no outcome (review rzero35 3)', 'Không ai bị thương trong vụ cháy.', 'Hai người không bị thương trong vụ cháy.', []],
    ['vi trap: chưa before the outcome', 'Không ai bị thương trong vụ cháy.', 'Hai người đàn ông chưa bị thương trong vụ cháy.', []],
    ['en trap: not before the outcome', 'No one was hurt in the fire.', 'Two men were not hurt in the fire.', []],
    ['en trap: a count of things is no count of people', 'No one was hurt in the storm, officials said.', 'Two trees were hurt in the storm, officials said.', []],
  ])('%s', (_why, a, b, want) => {
    expect(numberFlags(a, b)).toEqual(want)
  })
})

describe('a zero and a count of two differently qualified events', () => {
  // Left (review rzero35 10, flagged before zero35 as well): "Không ai" / "Hai người" share the unit
  // người, so they fill one slot without zeroMeetsPeople, and slot-doubts.ts reads a qualifier only
  // before its noun ("first blast"), not the Vietnamese ordinal after it ("vụ nổ thứ nhất").
  it.skip('vi trap: two blasts, differently qualified', () => {
    expect(numberFlags('Không ai bị thương trong vụ nổ thứ nhất.', 'Hai người đàn ông bị thương trong vụ nổ thứ hai.')).toEqual([])
  })
})
