import { describe, expect, it } from 'vitest'
import { figureFlags } from '../../../helpers'

describe('"others" of one outcome set beside people of another outcome: the whole of that outcome', () => {
  // Hits: "one dead, three others wounded" counts every wounded person; "2 injured" beside "1 dead" too.
  it.each([
    ['en: killed one, others injured / people injured', 'One man was killed and two others injured in the shooting at the club.', 'One man was killed and three people injured in the shooting at the club.', ['two others | three people']],
    ['en: dead, others wounded / people wounded', 'Police said one man died and two others were wounded in the shooting.', 'Police said one man died and three people were wounded in the shooting.', ['two others | three people']],
    ['en: a dead man is no kind of people', 'A man died and three others were injured in the crash on Friday.', 'A man died and 5 people were injured in the crash on Friday.', ['three others | 5 people']],
    ['vi: chết, người khác bị thương / bị thương', 'Vụ nổ súng ở quán bar khiến 1 người chết, 2 người bị thương.', 'Vụ nổ súng ở quán bar khiến 1 người chết, 3 người khác bị thương.', ['2 người | 3 người']],
  ])('%s: paired', (_name, a, b, expected) => {
    expect(figureFlags(a, b, ['number'])).toEqual(expected)
  })

  // Traps: "others" beside people of the same outcome (two officers wounded, three others hurt) are a
  // part of the wounded; "others" beside nobody is a part too; a count of another outcome stays apart.
  it.each([
    ['en: others beside the same outcome', 'Two officers were wounded and three others were hurt in the shooting at the club.', 'Police said 5 people were hurt in the shooting at the club.'],
    ['en: others of no contrast', 'Three others were hurt in the shooting at the club, police said.', 'Police said 5 people were hurt in the shooting at the club.'],
    ['en: others wounded / dead', 'One man died and three others were wounded in the shooting at the club.', 'Two men died in the shooting at the club, police said.'],
    ['vi: người khác bị thương cùng một kết cục', 'Vụ nổ súng ở quán bar khiến 2 cảnh sát bị thương, 3 người khác cũng bị thương.', 'Vụ nổ súng ở quán bar khiến 6 người bị thương.'],
    // review rpeople40 4: beside dead named by a kind of people, "others" are more of that kind, a part
    ['en: others beside a killed officer', 'One police officer was killed and three others were wounded in the shootout on Friday. Two bystanders were also hurt.', 'Five people were wounded in the shootout on Friday, and one officer was killed.'],
    ['en: others beside a dead firefighter', 'A firefighter died and three others were injured while battling the blaze on Friday.', 'A firefighter died and 5 people were injured in the blaze on Friday.'],
    ['vi: người khác bên một chiến sĩ hy sinh', 'Một chiến sĩ công an hy sinh, 3 người khác bị thương trong vụ nổ súng hôm thứ Sáu. Hai người dân đi đường cũng bị thương.', 'Vụ nổ súng hôm thứ Sáu khiến 1 chiến sĩ hy sinh, 5 người bị thương.'],
    ['vi: người khác bên một cảnh sát tử vong', 'Vụ nổ súng khiến một cảnh sát tử vong, 3 người khác bị thương.', 'Vụ nổ súng khiến một cảnh sát tử vong, 5 người bị thương.'],
    ['vi: người khác không đối chiếu', 'Vụ nổ súng ở quán bar khiến 3 người khác bị thương.', 'Vụ nổ súng ở quán bar khiến 6 người bị thương.'],
  ])('%s: no number flag', (_name, a, b) => {
    expect(figureFlags(a, b, ['number'])).toEqual([])
  })
})
