import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import type { Report } from '../../../../src'
import { streetRelation } from '../../../../src/diverge/match/names/street-names'

const names = (report: Report): Array<[string | undefined, string | undefined]> =>
  report.divergences.filter((d) => d.kind === 'name').map((d) => [d.a?.text, d.b?.text])
const missingNames = (report: Report): string[] =>
  report.divergences.filter((d) => d.kind === 'missing' && d.factType === 'name').map((d) => (d.a ?? d.b)!.text)

describe('streetRelation', () => {
  it.each([
    ['Harvard Avenue', 'Harvard Road', 'other'],
    ['Brazil Street', 'Brazil Avenue', 'other'],
    ['Hill Street', 'Hill St', 'same'],
    ['Hill Street', 'Hill St.', 'same'],
    ['La Grande Avenue', 'La Grande Ave', 'same'],
    ['Harvard Road', 'Harvard Rd', 'same'],
    ['Sunset Boulevard', 'Sunset Blvd', 'same'],
    // traps: not two types of one street
    ['Union Street', 'Union Station', undefined],
    ['Harvard Avenue', 'Oxford Avenue', undefined],
    ['Brazil', 'Brazil Avenue', undefined],
    ['Washington Street', 'Washington Post', undefined],
    ['Road', 'Street', undefined],
    // a type word leading a name (St. Louis) is no street type
    ['St Louis', 'Louis Street', undefined],
    // Vietnamese writes the kind in lower case before the name: nothing of it reaches the name
    ['Lê Lợi', 'Lê Lợi', undefined],
    ['Lê Lợi', 'Lê Lai', undefined],
    // only words that mean a street are street types: a court of law, a mall, a highway are not
    ['High Court', 'High Street', undefined],
    ['Crown Court', 'Crown Street', undefined],
    ['Pacific Highway', 'Pacific Place', undefined],
    ['Times Square', 'Times Street', undefined],
    ['Milky Way', 'Milky Lane', undefined],
    ['Ocean Drive', 'Ocean Dr', 'same'],
    ['Penny Lane', 'Penny Ln', 'same'],
    ['Quảng trường Ba Đình', 'Đường Ba Đình', undefined],
  ])('%s / %s → %s', (a, b, relation) => {
    expect(streetRelation(a, b)).toBe(relation)
  })
})

describe('one street with another type word is another street', () => {
  it.each([
    [
      'Three people are dead after a shooting on Harvard Avenue in Warrensville Heights on Thursday.',
      'Three people are dead after a shooting on Harvard Road in Warrensville Heights on Thursday.',
      ['Harvard Avenue', 'Harvard Road'],
    ],
    [
      'Police closed Brazil Street after the shooting on Tuesday.',
      'Police closed Brazil Avenue after the shooting on Tuesday.',
      ['Brazil Street', 'Brazil Avenue'],
    ],
    [
      // A Vietnamese report of a foreign event keeps the street's English name.
      'Vụ nổ súng xảy ra trên Harvard Avenue ở bang Ohio hôm thứ Năm.',
      'Vụ nổ súng xảy ra trên Harvard Road ở bang Ohio hôm thứ Năm.',
      ['Harvard Avenue', 'Harvard Road'],
    ],
  ])('%s', (a, b, pair) => {
    const report = compare(a, b)
    expect(names(report)).toEqual([pair])
    const flag = report.divergences.find((d) => d.kind === 'name')!
    expect(flag.message).toContain('another street')
    expect(flag.message).not.toContain('spells')
    expect(missingNames(report)).not.toContain(pair[0])
    expect(missingNames(report)).not.toContain(pair[1])
  })

  it.each([
    // abbreviations of the type word: one street
    ['Officers were called to Weaver Pike and Hill Street around 2 a.m.', 'Officers responded to Weaver Pike and Hill St. shortly after 2 a.m.'],
    ['The school is at 325 La Grande Avenue in San Francisco.', 'Police gathered at 325 La Grande Ave. in San Francisco.'],
    // Vietnamese đường / phố name one street
    ['Vụ cháy xảy ra trên đường Lê Lợi, quận 1 vào tối qua.', 'Vụ cháy xảy ra trên phố Lê Lợi, quận 1 vào tối qua.'],
    ['Đường Lê Lợi bị phong tỏa sau vụ cháy.', 'Phố Lê Lợi bị phong tỏa sau vụ cháy.'],
    // a report writing both streets (a corner) has no street missing from the other
    ['The crash happened at Harvard Avenue and Harvard Road.', 'The crash happened at Harvard Road and Harvard Avenue.'],
  ])('no name divergence, nothing missing: %s', (a, b) => {
    const report = compare(a, b)
    expect(names(report)).toEqual([])
    expect(missingNames(report)).toEqual([])
  })

  it.each([
    // a station is not a street
    ['The suspect was arrested near Union Street on Monday.', 'The suspect was arrested near Union Station on Monday.'],
    // two streets of two names stay the spelling rules' matter: no type rule fires
    ['Fans marched down Harvard Avenue on Sunday.', 'Fans marched down Oxford Avenue on Sunday.'],
    // one specific name with two types in sentences the aligner does not link: two statements, not one place told two ways
    ['Three people are dead after a shooting on Harvard Avenue in Warrensville Heights on Thursday.', 'The shooting at the barber shop on Harvard Road took place on Feb. 5 at about 8:30 p.m.'],
    ['Thousands gathered on Fifth Avenue for the parade, organisers said.', 'A fire broke out on Fifth Street hours later, officials said.'],
    ['The parade went down Fifth Avenue on Sunday afternoon.', 'Police closed Fifth Street near the station after a robbery.'],
    ['Hàng nghìn người tụ tập trên Fifth Avenue để xem diễu hành.', 'Một đám cháy bùng phát trên Fifth Street vài giờ sau đó.'],
    // a court of law, a mall: no street type
    ['The case was heard by the High Court in London on Monday.', 'The protest took place on High Street in London on Monday.'],
    ['The sentence was upheld by the Crown Court on Monday.', 'Shops on Crown Street closed early on Monday.'],
    ['The ship sank off the Pacific Highway coast.', 'Shoppers fled Pacific Place mall on Friday.'],
  ])('no street-type divergence: %s', (a, b) => {
    const report = compare(a, b)
    const streetFlags = report.divergences.filter((d) => d.kind === 'name' && d.evidence.includes('another street type'))
    expect(streetFlags).toEqual([])
  })
})

describe('one street with another type word in sentences not linked (names37)', () => {
  const streetFlags = (a: string, b: string) =>
    compare(a, b).divergences.filter((d) => d.kind === 'name' && d.evidence.includes('another street type')).map((d) => [d.a?.text, d.b?.text])

  it.each([
    // traps first: no place beside either street the other report writes (rgvc35)
    ['en trap: a parade and a fire', 'Thousands gathered on Fifth Avenue for the parade, organisers said.', 'A fire broke out on Fifth Street hours later, officials said.'],
    // a report writing both streets (two scenes) has two streets of the name: no one street to disagree on
    ['en trap: one report writes both', 'The shooting was on Harvard Avenue in Warrensville Heights. Police later searched a house on Harvard Road.', 'Officers in Warrensville Heights blocked traffic for hours. The shooting at the barber shop on Harvard Road took place at about 8:30 p.m.'],
    ['vi trap: a parade and a fire', 'Hàng nghìn người tụ tập trên Fifth Avenue để xem diễu hành.', 'Một đám cháy bùng phát trên Fifth Street vài giờ sau đó.'],
    // a shared city is no evidence: each report's street must be where the event happened (rnames37)
    ['en trap: a parade and a fire in one city', 'Thousands watched the parade on Fifth Avenue in New York on Sunday. Police said no one was hurt.', 'Police said no one was hurt. Earlier, a small fire broke out in a store on Fifth Street in New York.'],
    ['en trap: the scene and a house searched', 'A man was shot late Friday on Harvard Avenue in Cleveland. He died at the hospital. Police have no suspects.', 'Police have not named the victim. The man died at MetroHealth hospital. Investigators later searched a house on Harvard Road in Cleveland.'],
    ['en trap: the scene and the driver\'s home', 'The crash happened on Main Street in Springfield on Sunday. Two people were hurt.', 'Two people were hurt in Springfield. The driver, who lives on Main Avenue in Springfield, was arrested.'],
    ['en trap: a car found elsewhere', 'The victim was found near Oak Street in Dayton on Monday. Police are investigating.', 'Police in Dayton are investigating. A car was later found abandoned on Oak Drive in Dayton.'],
    ['en trap: the suspects\' escape', 'Students were leaving June Jordan School at Brazil Street when shots rang out.', 'Four people were shot outside June Jordan School on Tuesday. The suspects were last seen running away on Brazil Avenue, police said.'],
    ['vi trap: the scene and a house searched', 'Một người đàn ông bị bắn trên Harvard Avenue ở Cleveland tối thứ Sáu.', 'Cảnh sát Cleveland sau đó khám xét một ngôi nhà trên Harvard Road.'],
    ['en trap: a court of law', 'The case was heard by the High Court in London on Monday. Police said little.', 'Officers arrived quickly. The protest took place on High Street in London on Monday.'],
  ])('%s: no street-type divergence', (_why, a, b) => {
    expect(streetFlags(a, b)).toEqual([])
  })

  it.each([
    [
      'en: the town beside the street',
      'Three people are dead after a shooting on Harvard Avenue in Warrensville Heights on Thursday.',
      'Police in Warrensville Heights arrested two men. The shooting at the barber shop on Harvard Road took place on Feb. 5 at about 8:30 p.m.',
      ['Harvard Avenue', 'Harvard Road'],
    ],
    [
      'en: one block on both sides',
      'Police were called to the 3500 block of Harvard Avenue in Cleveland on Friday.',
      'Officers in Cleveland arrested two men. Neighbours in the 3500 block of Harvard Road said they heard arguing.',
      ['Harvard Avenue', 'Harvard Road'],
    ],
    [
      'vi: the town beside the street',
      'Ba người thiệt mạng trong vụ nổ súng trên Harvard Avenue ở Warrensville Heights hôm thứ Năm.',
      'Cảnh sát Warrensville Heights đã bắt giữ hai người. Vụ nổ súng tại tiệm cắt tóc trên Harvard Road xảy ra lúc 20h30.',
      ['Harvard Avenue', 'Harvard Road'],
    ],
  ])('%s: another street', (_why, a, b, pair) => {
    expect(streetFlags(a, b)).toEqual([pair])
  })
})

describe('one street with another type word at one corner both reports name (names40)', () => {
  const streetFlags = (a: string, b: string) =>
    compare(a, b).divergences.filter((d) => d.kind === 'name' && d.evidence.includes('another street type')).map((d) => [d.a?.text, d.b?.text])

  it.each([
    // traps first: a corner with another cross street, or a cross street named apart from the street
    ['en trap: another corner', 'Students were leaving a high school at Brazil Street and La Grande Avenue when shots rang out.', 'The suspects were last seen running away on Brazil Avenue. Police blocked Mission and La Grande avenues.'],
    ['en trap: the cross street alone', 'Students were leaving a high school at Brazil Street and La Grande Avenue when shots rang out.', 'The suspects were last seen running away on Brazil Avenue. Traffic was stopped on La Grande Avenue for hours.'],
    ['vi trap: another corner', 'Học sinh đang rời trường ở góc Brazil Street và La Grande Avenue thì nghe tiếng súng.', 'Các nghi phạm chạy trốn trên Brazil Avenue. Cảnh sát phong tỏa giao lộ Mission và La Grande.'],
    ['en trap: one report writes both', 'Students were leaving a school at Brazil Street and La Grande Avenue. A car was found on Brazil Avenue.', 'The suspects ran away on Brazil Avenue. Shots were fired at Brazil and La Grande avenues.'],
  ])('%s: no street-type divergence', (_why, a, b) => {
    expect(streetFlags(a, b)).toEqual([])
  })

  it.each([
    [
      'en: the corner named by both (GVC 679290)',
      'The incident occurred shortly after 3 p.m. as students were leaving the June Jordan School for Equity, a high school at Brazil Street and La Grande Avenue.',
      'The four suspects were last seen running away on Brazil Avenue, police said. Police responded to reports of shots fired at Brazil and La Grande avenues.',
      ['Brazil Street', 'Brazil Avenue'],
    ],
    [
      'vi: the corner named by both',
      'Học sinh đang rời trường trung học ở góc Brazil Street và La Grande Avenue thì nghe tiếng súng.',
      'Các nghi phạm chạy trốn trên Brazil Avenue. Cảnh sát nhận tin báo có tiếng súng ở giao lộ Brazil và La Grande.',
      ['Brazil Street', 'Brazil Avenue'],
    ],
  ])('%s: another street', (_why, a, b, pair) => {
    expect(streetFlags(a, b)).toEqual([pair])
  })
})
