/**
 * A zero said with the outcome as its noun ("No casualties were reported", "There were no
 * deaths", "Không có thương vong", "không gây thương vong") is a toll of zero, as "No one was
 * hurt" is: it was read as nothing, so against "Two people were injured" the pair stayed silent.
 * The zero's outcome is its noun; casualties take in the dead and the hurt. Traps: a qualified
 * noun ("no new deaths", "no further casualties"), "no" before a word that is no outcome, a zero
 * of a group ("no casualties among the crew"), a zero against another outcome ("no deaths" /
 * "two injured").
 */
import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { figureFlags } from '../../../helpers'

const read = (text: string) => extractNumbers(text, [], { notation: /[ăâđêôơư]/u.test(text) ? 'vi' : 'en' }).map((f) => [f.text, f.kind, f.value])

describe('a zero whose noun is the outcome', () => {
  it.each([
    ['en: no casualties', 'No casualties were reported.', [['No casualties', 'count', 0]]],
    ['en: there were no deaths', 'There were no deaths.', [['no deaths', 'count', 0]]],
    ['en: no survivors', 'Rescuers found no survivors.', [['no survivors', 'count', 0]]],
    ['vi: không có thương vong', 'Không có thương vong.', [['Không có thương vong', 'count', 0]]],
    ['vi: không gây thương vong', 'Vụ cháy không gây thương vong.', [['không gây thương vong', 'count', 0]]],
    ['en trap: a qualified noun', 'There were no new deaths on Monday.', []],
    ['en trap: no before a word that is no outcome', 'There was no toll road in the town.', []],
    ['en trap: a zero of a group', 'There were no casualties among the crew.', []],
    ['vi trap: không before a verb', 'Anh không chết vì tai nạn.', []],
  ])('%s', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('a zero of casualties against a count of the dead or the hurt, one event', () => {
  it.each([
    ['vi: không gây thương vong / làm hai người bị thương', 'Xe khách lật trên quốc lộ 1A gần Huế, không gây thương vong.', 'Xe khách lật trên quốc lộ 1A gần Huế, làm hai người bị thương.', ['không gây thương vong | hai người']],
    ['en: no casualties / two people injured', 'The bus overturned on the highway near Hue, but no casualties were reported.', 'The bus overturned on the highway near Hue, and two people were injured.', ['no casualties | two people']],
    ['en: no deaths / two people killed', 'The bus overturned on the highway near Hue, but there were no deaths.', 'The bus overturned on the highway near Hue, and two people were killed.', ['no deaths | two people']],
    ['en trap: no deaths / two injured are other outcomes', 'The bus overturned on the highway near Hue, but there were no deaths.', 'The bus overturned on the highway near Hue, and two people were injured.', []],
    ['vi trap: không có thương vong among the crew is a group', 'Xe khách lật trên quốc lộ 1A gần Huế, không có thương vong trong số hành khách.', 'Xe khách lật trên quốc lộ 1A gần Huế, làm hai người bị thương.', []],
    ['en: no deaths / three deaths, the same noun counted', 'The storm hit the coast on Monday and caused no deaths, officials said.', 'The storm hit the coast on Monday and caused three deaths, officials said.', ['no deaths | three deaths']],
    ['en: no survivors / two survivors', 'Rescuers searched the collapsed mine near Hue on Monday and found no survivors.', 'Rescuers searched the collapsed mine near Hue on Monday and found two survivors.', ['no survivors | two survivors']],
    ['en: no injuries / two people injured', 'The building collapsed on Monday, but no injuries were reported, officials said.', 'The building collapsed on Monday and two people were injured, officials said.', ['no injuries | two people']],
    ['vi: không có người thương vong / 2 người bị thương', 'Vụ cháy xảy ra lúc 2 giờ sáng, không có người thương vong, theo công an.', 'Vụ cháy xảy ra lúc 2 giờ sáng, làm 2 người bị thương, theo công an.', ['không có người thương vong | 2 người']],
    ['vi: không gây thiệt hại về người / 2 người bị thương', 'Vụ cháy xảy ra lúc 2 giờ sáng, không gây thiệt hại về người, theo công an.', 'Vụ cháy xảy ra lúc 2 giờ sáng, làm 2 người bị thương, theo công an.', ['không gây thiệt hại về người | 2 người']],
    ['vi: chưa ghi nhận thương vong / 2 người bị thương', 'Vụ cháy xảy ra lúc 2 giờ sáng, chưa ghi nhận thương vong, theo công an.', 'Vụ cháy xảy ra lúc 2 giờ sáng, làm 2 người bị thương, theo công an.', ['chưa ghi nhận thương vong | 2 người']],
    ['vi trap: the zero of another subject (the aftershock)', 'Trận động đất xảy ra lúc 3 giờ sáng; dư chấn sau đó không gây thương vong, theo giới chức.', 'Trận động đất xảy ra lúc 3 giờ sáng làm 3 người chết, theo giới chức.', []],
    ['en trap: the zero of another subject (the aftershock)', 'The earthquake struck at 3 a.m.; a strong aftershock later caused no casualties, officials said.', 'The earthquake struck at 3 a.m. and killed three people, officials said.', []],
    ['en trap: a zero on one side of a clash', 'The protest turned violent on Sunday, with no casualties on the police side, officials said.', 'The protest turned violent on Sunday and two protesters were injured, officials said.', []],
    ['vi trap: a zero on one side of a clash', 'Cuộc biểu tình trở nên bạo lực hôm Chủ nhật, không có thương vong về phía cảnh sát, theo giới chức.', 'Cuộc biểu tình trở nên bạo lực hôm Chủ nhật làm hai người biểu tình bị thương, theo giới chức.', []],
    ['en trap: a zero of one cause', 'The earthquake struck at 2 a.m.; there were no deaths from the quake itself, hospitals said.', 'The earthquake struck at 2 a.m. and three people died of heart attacks, officials said.', []],
    ['en trap: no arrests / two injured', 'The protest outside the embassy in Hanoi ended with no arrests.', 'The protest outside the embassy in Hanoi ended with two people injured.', []],
  ])('%s', (_why, a, b, want) => {
    expect(figureFlags(a, b, ['number'])).toEqual(want)
  })
})
