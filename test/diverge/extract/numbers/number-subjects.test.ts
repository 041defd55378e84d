/**
 * A number word as the subject of a verb, with no counted noun after it (issue 11): "Eight were
 * hurt." / "Eighty were hurt." linked, but neither figure was read, so 8 vs 80 went unreported.
 * Traps: "One of the most …", "First, …", "Năm nay" (the year), "Ba Đình" (a name).
 */
import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { compare } from '../../../../src'

const read = (text: string) => extractNumbers(text, [], { notation: /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u.test(text) ? 'vi' : 'en' }).map((f) => [f.text, f.kind, f.value])

describe('a number word as the subject of a verb is read', () => {
  it.each([
    ['en: Eight were hurt', 'Eight were hurt.', [['Eight', 'count', 8]]],
    ['en: Three died', 'Three died.', [['Three', 'count', 3]]],
    ['en: Two of them', 'Two of them were taken to hospital.', [['Two', 'count', 2]]],
    ['en: after a clause comma', 'In Dhaka, twelve were injured.', [['twelve', 'count', 12]]],
    ['vi: Mười người chết', 'Mười người chết.', [['Mười người', 'count', 10]]],
    ['en trap: One of the most', 'One of the most famous buildings burned.', []],
    ['en trap: First,', 'First, the fire spread.', [['First', 'ordinal', 1]]],
    ['en trap: a number word mid-clause before a verb', 'The team of eight were praised.', []],
    ['vi trap: Năm nay is the year', 'Năm nay trời nóng.', []],
    ['vi trap: Ba Đình is a name', 'Ba Đình đông người.', []],
    // zero in words is a count: "None were hurt" is a toll of 0
    ['en: None were hurt', 'None were hurt.', [['None', 'count', 0]]],
    ['en: No one was injured', 'No one was injured.', [['No one', 'count', 0]]],
    ['en: Nobody died', 'Nobody died.', [['Nobody', 'count', 0]]],
    ['en: None of them were hurt', 'None of them were hurt.', [['None', 'count', 0]]],
    ['vi: Không ai bị thương', 'Không ai bị thương.', [['Không ai', 'count', 0]]],
    ['vi: không có ai thiệt mạng, mid-sentence', 'Xe bốc cháy nhưng không có ai thiệt mạng.', [['không có ai', 'count', 0]]],
    ['en trap: none of the money', 'None of the money was recovered.', []],
    ['en trap: no one knows why', 'No one knows why the bridge fell.', []],
    ['en trap: no one was available', 'No one was available for comment.', []],
    ['vi trap: không ai biết', 'Không ai biết vì sao cầu sập.', []],
    ['en: Nobody has been charged', 'Nobody has been charged.', [['Nobody', 'count', 0]]],
    ['en trap: no one has claimed responsibility (an act, not what befell)', 'No one has claimed responsibility for the attack.', []],
    ['en trap: nobody noticed', 'Nobody noticed the fire.', []],
    ['vi trap: không ai bị bỏ lại (a slogan, not a toll)', 'Không ai bị bỏ lại phía sau.', []],
    ['vi: không người nào bị thương', 'Không người nào bị thương.', [['Không người nào', 'count', 0]]],
    // a number word opening a clause after a conjunction, mid-sentence
    ['en: , and eight were hurt', 'The bus crashed on Monday, and eight were hurt.', [['eight', 'count', 8]]],
    ['en: and eighty were hurt', 'The bus crashed on Monday and eighty were hurt.', [['eighty', 'count', 80]]],
    ['en: , nine of whom died', 'Police detained 12 protesters, nine of whom were later freed.', [['12 protesters', 'count', 12], ['nine', 'count', 9]]],
    ['vi: , tám người bị thương mid-sentence', 'Xe lao xuống vực, tám người bị thương.', [['tám người', 'count', 8]]],
    ['en trap: eight-year-old', 'The bus crashed and an eight-year-old was hurt.', [['eight-year-old', 'age', 8]]],
    ['en trap: one of the', 'The bus crashed and one of the wheels came off.', []],
    ['en trap: one day', 'The bus crashed and one day later the road reopened.', []],
    ['en: the clause names the noun', 'Twelve passengers were aboard and eight were hurt.', [['Twelve passengers', 'count', 12], ['eight', 'count', 8]]],
    ['en: zero people', 'Zero people were hurt.', [['Zero people', 'count', 0]]],
    ['en trap: between six and eight were', 'Between six and eight were hurt.', []],
    ['vi trap: một số', 'Xe lao xuống vực và một số người bị thương.', []],
    ['vi trap: một cách', 'Xe lao xuống vực một cách bất ngờ.', []],
  ])('%s', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('number-word subjects compared across two reports', () => {
  const flags = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind === 'number').map((d) => [d.a?.text, d.b?.text])
  it.each([
    ['en hit: Eight / Eighty were hurt', 'The fire broke out in Dhaka on Monday. Eight were hurt. Firefighters searched the building.', 'The fire broke out in Dhaka on Monday. Eighty were hurt. Firefighters searched the building.', [['Eight', 'Eighty']]],
    ['vi hit: Mười / Chín người chết', 'Vụ cháy xảy ra ở Hà Nội hôm thứ Hai. Mười người chết. Lính cứu hỏa đã tìm kiếm tòa nhà.', 'Vụ cháy xảy ra ở Hà Nội hôm thứ Hai. Chín người chết. Lính cứu hỏa đã tìm kiếm tòa nhà.', [['Mười người', 'Chín người']]],
    ['en hit: only the figure differs, in digits (figure-only-edits.ts)', 'The fire broke out in Dhaka on Monday. 8 people were hurt. Firefighters searched the building.', 'The fire broke out in Dhaka on Monday. 80 people were hurt. Firefighters searched the building.', [['8 people', '80 people']]],
    ['vi hit: only the figure differs, 10 times apart', 'Vụ cháy xảy ra ở Hà Nội hôm thứ Hai. 8 người bị thương. Lính cứu hỏa đã tìm kiếm tòa nhà.', 'Vụ cháy xảy ra ở Hà Nội hôm thứ Hai. 80 người bị thương. Lính cứu hỏa đã tìm kiếm tòa nhà.', [['8 người', '80 người']]],
    ['en trap: a share ten times apart in one wording stays a candidate (a slip of its unit)', 'Gas prices rose 0.1 percent in the third quarter.', 'Gas prices rose 1 percent in the third quarter.', []],
    ['en hit: None / Two people were hurt', 'The fire broke out in Dhaka on Monday. None were hurt. Firefighters searched the building.', 'The fire broke out in Dhaka on Monday. Two people were hurt. Firefighters searched the building.', [['None', 'Two people']]],
    ['en hit: No one / Two people were injured', 'The fire broke out in Dhaka on Monday. No one was injured, police said.', 'The fire broke out in Dhaka on Monday. Two people were injured, police said.', [['No one', 'Two people']]],
    ['vi hit: Không ai / Hai người bị thương', 'Vụ cháy xảy ra ở Hà Nội hôm thứ Hai. Không ai bị thương. Lính cứu hỏa đã tìm kiếm tòa nhà.', 'Vụ cháy xảy ra ở Hà Nội hôm thứ Hai. Hai người bị thương. Lính cứu hỏa đã tìm kiếm tòa nhà.', [['Không ai', 'Hai người']]],
    ['en hit: , and eight / eighty were hurt', 'The bus crashed in Dhaka on Monday, and eight were hurt.', 'The bus crashed in Dhaka on Monday, and eighty were hurt.', [['eight', 'eighty']]],
    ['en trap: None / zero people agree', 'The fire broke out in Dhaka on Monday. None were hurt.', 'The fire broke out in Dhaka on Monday. Zero people were hurt.', []],
    ['en trap: None / 0 people agree', 'The fire broke out in Dhaka on Monday. None were hurt.', 'The fire broke out in Dhaka on Monday. 0 people were hurt.', []],
    ['en trap: no one knows why is no count', 'The fire broke out in Dhaka on Monday. No one knows why.', 'The fire broke out in Dhaka on Monday. Two people know why.', []],
    ['vi trap: không ai biết is no count', 'Vụ cháy xảy ra ở Hà Nội hôm thứ Hai. Không ai biết vì sao.', 'Vụ cháy xảy ra ở Hà Nội hôm thứ Hai. Hai người biết vì sao.', []],
    // no noun is lent across sentences (rnum32 2): the sentence before may be about other things, so the count stays people
    ['en, left: the sentence before names passengers, but people and passengers are two nouns', 'Twelve passengers were on the boat when it hit the pier. Eight were hurt.', 'Twelve passengers were on the boat when it hit the pier. Nine passengers were hurt.', []],
    ['en, left: the sentence before names boats, not lent across sentences', 'Five boats were caught in the storm off the coast on Monday. Three sank, officials said.', 'Five boats were caught in the storm off the coast on Monday. Four boats sank, officials said.', []],
    ['en hit: the clause before names boats, lent within the sentence', 'Five boats were caught in the storm off the coast on Monday, and three sank.', 'Five boats were caught in the storm off the coast on Monday, and four boats sank.', [['three', 'four boats']]],
    ['en hit: no noun named: a generic count pairs across reports of the same verb', 'The storm hit the coast on Monday. Three sank, officials said.', 'The storm hit the coast on Monday. Four sank, officials said.', [['Three', 'Four']]],
    ['en trap: an object in the sentence before lends no noun', 'The truck carried 12 tonnes when it hit the pier. Eight were hurt.', 'The truck carried 12 tonnes when it hit the pier. Eight people were hurt.', []],
    // a borrowed noun never hides a conflict with "people" (review rnum32 1, 2)
    ['en hit: a noun from the sentence before does not hide people (rnum32 1)', 'Twelve passengers were aboard the bus. Eight were hurt.', 'Twelve passengers were aboard the bus. Nine people were hurt.', [['Eight', 'Nine people']]],
    ['en hit: within a sentence, a toll of people keeps people (rnum32 1)', 'Twelve defendants were tried and three were acquitted.', 'Twelve defendants were tried and four people were acquitted.', [['three', 'four people']]],
    ['en hit: houses do not die (rnum32 2)', 'Forty houses were destroyed by the flood. Three died.', 'Forty houses were destroyed by the flood. Five people died.', [['Three', 'Five people']]],
    ['en hit: suspects arrested, then some injured (rnum32 2)', 'Two suspects were arrested on Monday. Three were injured.', 'Two suspects were arrested on Monday. Five people were injured.', [['Three', 'Five people']]],
    ['vi hit: a noun from the sentence before does not hide người', 'Mười hai hành khách có mặt trên xe. Tám người bị thương.', 'Mười hai hành khách có mặt trên xe. Chín người bị thương.', [['Tám người', 'Chín người']]],
    // a zero meets only a count of its own outcome (rnum32 8)
    ['en trap: no one evacuated / two injured (rnum32 8)', 'No one was evacuated during the protest outside the embassy in Hanoi on Sunday.', 'Two people were injured during the protest outside the embassy in Hanoi on Sunday.', []],
    ['vi trap: không ai bị bắt / hai người bị thương (rnum32 8)', 'Không ai bị bắt trong cuộc biểu tình trước đại sứ quán ở Hà Nội hôm Chủ nhật.', 'Hai người bị thương trong cuộc biểu tình trước đại sứ quán ở Hà Nội hôm Chủ nhật.', []],
    ['vi hit: không ai bị thương / hai người bị thương', 'Không ai bị thương trong cuộc biểu tình trước đại sứ quán ở Hà Nội hôm Chủ nhật.', 'Hai người bị thương trong cuộc biểu tình trước đại sứ quán ở Hà Nội hôm Chủ nhật.', [['Không ai', 'Hai người']]],
    ['en hit: no one injured / two injured, one outcome', 'No one was injured during the protest outside the embassy in Hanoi on Sunday.', 'Two people were injured during the protest outside the embassy in Hanoi on Sunday.', [['No one', 'Two people']]],
    ['en trap: no one was surprised is no toll', 'No one was surprised by the verdict outside the court in Hanoi on Sunday.', 'Two people were hurt outside the court in Hanoi on Sunday.', []],
    // a passive that says what was thought or allowed is no toll (rnum32 7)
    ['en trap: no one was expected to be hurt (rnum32 7)', 'No one was expected to be hurt, officials said.', 'Officials said two people were hurt.', []],
    ['en trap: no one was believed to be inside (rnum32 7)', 'No one was believed to be inside the building when it collapsed.', 'Two people were hurt when the building collapsed.', []],
    // No-one is one count, not also a name (rnum32 10)
    ['en hit: No-one / Two people, once', 'The bus overturned on the highway. No-one was injured.', 'The bus overturned on the highway. Two people were injured.', [['No-one', 'Two people']]],
    // zero siblings (rnum32 11)
    ['en hit: no one arrested after said (rnum32 11)', 'Police said no one was arrested at the protest outside the embassy.', 'Police said two people were arrested at the protest outside the embassy.', [['no one', 'two people']]],
    ['vi hit: cảnh sát cho biết không ai bị bắt', 'Cảnh sát cho biết không ai bị bắt trong cuộc biểu tình trước đại sứ quán.', 'Cảnh sát cho biết hai người bị bắt trong cuộc biểu tình trước đại sứ quán.', [['không ai', 'hai người']]],
    // arrest worded two ways, as tolls of the dead and the hurt are (rtoll32 9)
    ['vi hit: không ai bị tạm giữ / 5 người bị bắt (rtoll32 9)', 'Không ai bị tạm giữ tại cuộc tuần hành, cảnh sát cho biết.', '5 người bị bắt tại cuộc tuần hành, cảnh sát cho biết.', [['Không ai', '5 người']]],
    ['en hit: no one was detained / five people were arrested', "No one was detained during Sunday's march outside the embassy in Hanoi, police said.", "Five people were arrested during Sunday's march outside the embassy in Hanoi, police said.", [['No one', 'Five people']]],
    ['vi trap: không ai bị tạm giữ / hai người bị thương', 'Không ai bị tạm giữ tại cuộc tuần hành, cảnh sát cho biết.', 'Hai người bị thương tại cuộc tuần hành, cảnh sát cho biết.', []],
    ['en trap: no one was detained / two people were injured', "No one was detained during Sunday's march outside the embassy in Hanoi, police said.", "Two people were injured during Sunday's march outside the embassy in Hanoi, police said.", []],
    // a zero of people meets a count of one kind of person of its outcome (match/numbers/zero-outcomes.ts)
    ['en hit: no one / two men (rnum32 11; zero35)', 'Police said no one was arrested at the scene.', 'Police said two men were arrested at the scene.', [['no one', 'two men']]],
    ['en hit: no one / three workers (rnum32 11; zero35)', 'The fire destroyed the warehouse, but no one was hurt.', 'The fire destroyed the warehouse and three workers were hurt.', [['no one', 'three workers']]],
    ['en hit: none of the 40 passengers (rnum32 11)', 'None of the 40 passengers were injured in the crash.', 'Two of the 40 passengers were injured in the crash.', [['None', 'Two']]],
    ['en, left: none of the crew: no total to count out of (rnum32 11)', 'The ship sank in the storm. None of the crew survived.', 'The ship sank in the storm. Three of the crew survived.', []],
    ['en trap: none of the 40 is no part of a sum', 'None of the $40 million was recovered, police said.', 'Two of the 40 suspects were arrested, police said.', []],
    ['vi hit: không ai trong số 40 hành khách', 'Không ai trong số 40 hành khách bị thương trong vụ tai nạn.', 'Hai trong số 40 hành khách bị thương trong vụ tai nạn.', [['Không ai', 'Hai']]],
    // number words before "trong số" (rnum32 12)
    ['vi hit: Ba / Năm trong số 20 nạn nhân (rnum32 12)', 'Ba trong số 20 nạn nhân đã được xác định danh tính.', 'Năm trong số 20 nạn nhân đã được xác định danh tính.', [['Ba', 'Năm']]],
    ['en hit: Three / Five of the 20 victims', 'Three of the 20 victims have been identified.', 'Five of the 20 victims have been identified.', [['Three', 'Five']]],
    ['vi trap: Năm trong số is no year of', 'Năm nay, trong số 20 nạn nhân có 3 người đã được xác định danh tính.', 'Năm nay, trong số 20 nạn nhân có 3 người đã được xác định danh tính.', []],
    ['en trap: Eight / eight agree', 'The fire broke out in Dhaka on Monday. Eight were hurt. Firefighters searched the building.', 'The fire broke out in Dhaka on Monday. Eight were hurt, police said. Firefighters searched the building.', []],
  ])('%s', (_why, a, b, want) => {
    expect(flags(a, b)).toEqual(want)
  })
})

describe('a zero in words opening a sentence is flagged once, as a count', () => {
  const kinds = (a: string, b: string) => compare(a, b).divergences.map((d) => [d.kind, d.a?.text, d.b?.text])
  it.each([
    ['en: No-one is no name (rnum32 10)', 'The bus overturned on the highway. No-one was injured.', 'The bus overturned on the highway. Two people were injured.', [['number', 'No-one', 'Two people']]],
    ['en: Nobody is no name', 'The bus overturned on the highway. Nobody was injured.', 'The bus overturned on the highway. Two people were injured.', [['number', 'Nobody', 'Two people']]],
    ['vi: Không ai is no name', 'Xe khách lật trên quốc lộ 1A hôm thứ Hai. Không ai bị thương.', 'Xe khách lật trên quốc lộ 1A hôm thứ Hai. Hai người bị thương.', [['number', 'Không ai', 'Hai người']]],
  ])('%s', (_why, a, b, want) => {
    expect(kinds(a, b)).toEqual(want)
  })
})

describe('the noun a subject count takes', () => {
  const units = (text: string) => extractNumbers(text, [], { notation: /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u.test(text) ? 'vi' : 'en' }).map((f) => [f.text, f.unit])
  it.each([
    ['en: a toll of people stays people after a clause naming passengers', 'Twelve passengers were aboard and eight were hurt.', [['Twelve passengers', 'passenger'], ['eight', 'people']]],
    ['en: acquitted is what befalls people', 'Twelve defendants were tried and three were acquitted.', [['Twelve defendants', 'defendant'], ['three', 'people']]],
    ['en: the clause before names boats', 'Five boats were caught in the storm, and three capsized.', [['Five boats', 'boat'], ['three', 'boat']]],
    ['en: no noun named: people, as the news counts them', 'Eight were hurt.', [['Eight', 'people']]],
    ['en: zero counts people', 'None were hurt.', [['None', 'people']]],
    ['vi: zero counts người', 'Không ai bị thương.', [['Không ai', 'người']]],
    ['en: the sentence before lends no noun', 'Twelve passengers were aboard. Eight were hurt.', [['Twelve passengers', 'passenger'], ['Eight', 'people']]],
    ['en trap: a measure is no counted noun', 'The truck carried 12 tonnes, and eight were hurt.', [['12 tonnes', 'tonne'], ['eight', 'people']]],
  ])('%s', (_why, text, want) => {
    expect(units(text)).toEqual(want)
  })
})
