/**
 * One measure in two units of one system (issue 11, counts34): 20 mm and 2 cm are one depth, an
 * equivalence `unit`; one figure in two units of one measure (20 mm / 20 cm) states two values, a
 * contradiction, never a `number-format` equivalence. Vietnamese units spelled as spoken
 * (mi-li-mét, xăng-ti-mét, ki-lô-mét, mi-li-lít) and as written (milimét, kilômét).
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'
import { extractNumbers } from '../../../src/diverge/extract/numbers/numbers'
import { measuresOfTwoThings } from '../../../src/diverge/reasons/compatible'

const vi = (line: string): string => `Mưa lớn và lũ quét xảy ra tại Lào Cai hôm thứ Hai. ${line} Nhiều tuyến phố bị ngập sâu.`
const en = (line: string): string => `Heavy rain and flash floods hit the northern province on Monday. ${line} Several streets were flooded.`

const numbers = (a: string, b: string) => {
  const report = compare(a, b)
  return {
    flagged: report.divergences.filter((d) => d.kind === 'number').map((d) => [d.a?.text, d.b?.text]),
    missing: report.divergences.filter((d) => d.kind === 'missing').length,
    units: report.equivalences.filter((e) => e.reason === 'unit').map((e) => [e.a.text, e.b.text]),
    formats: report.equivalences.filter((e) => e.reason === 'number-format').length,
  }
}

describe('one measure in two units', () => {
  it.each([
    ['en: mm / cm', en('Forecasters said 20 mm of rain fell in one hour.'), en('Forecasters said 2 cm of rain fell in one hour.'), ['20 mm', '2 cm']],
    ['en: mg / g', en('Doctors said the dose was 500 mg a day.'), en('Doctors said the dose was 0.5 g a day.'), ['500 mg', '0.5 g']],
    ['en: ml / litres', en('Officers found 500 ml of acid in the boot.'), en('Officers found 0.5 litres of acid in the boot.'), ['500 ml', '0.5 litres']],
    ['vi: milimét / xăng-ti-mét', vi('Lượng mưa đo được là 20 milimét trong một giờ.'), vi('Lượng mưa đo được là 2 xăng-ti-mét trong một giờ.'), ['20 milimét', '2 xăng-ti-mét']],
    ['vi: ki-lô-mét / mét', vi('Đất đá vùi lấp 5 ki-lô-mét đường.'), vi('Đất đá vùi lấp 5.000 mét đường.'), ['5 ki-lô-mét', '5.000 mét']],
    ['vi: mi-li-lít / lít', vi('Lực lượng chức năng thu giữ 500 mi-li-lít axit.'), vi('Lực lượng chức năng thu giữ 0,5 lít axit.'), ['500 mi-li-lít', '0,5 lít']],
  ])('%s: an equivalence, nothing missing', (_why, a, b, pair) => {
    const got = numbers(a, b)
    expect(got.units).toEqual([pair])
    expect(got.flagged).toEqual([])
    expect(got.missing).toBe(0)
  })

  it.each([
    ['en: mm / cm', en('Forecasters said 20 mm of rain fell in one hour.'), en('Forecasters said 20 cm of rain fell in one hour.'), ['20 mm', '20 cm']],
    ['en: mg / g', en('Doctors said the dose was 500 mg a day.'), en('Doctors said the dose was 500 g a day.'), ['500 mg', '500 g']],
    ['en: m / km', en('The landslide buried a 500 m stretch of road.'), en('The landslide buried a 5 km stretch of road.'), ['500 m', '5 km']],
    ['vi: mm / cm', vi('Lượng mưa đo được là 20 mm trong một giờ.'), vi('Lượng mưa đo được là 20 cm trong một giờ.'), ['20 mm', '20 cm']],
    ['vi: ml / lít', vi('Lực lượng chức năng thu giữ 500 ml axit.'), vi('Lực lượng chức năng thu giữ 500 lít axit.'), ['500 ml', '500 lít']],
    ['en: one spill, tonnes / kg', en('The tanker spilled 3 tonnes of oil off the coast.'), en('The tanker spilled 30 kg of oil off the coast.'), ['3 tonnes', '30 kg']],
    ['vi: one spill, tấn / kg', vi('Tàu chở dầu làm tràn 3 tấn dầu ra biển.'), vi('Tàu chở dầu làm tràn 30 kg dầu ra biển.'), ['3 tấn', '30 kg']],
    ['en: one rainfall, mm / m', en('Rainfall reached 20 mm in the city centre.'), en('Rainfall reached 2 m in the city centre.'), ['20 mm', '2 m']],
  ])('%s: a contradiction, no equivalence', (_why, a, b, pair) => {
    const got = numbers(a, b)
    expect(got.flagged).toEqual([pair])
    expect(got.formats).toBe(0)
    expect(got.units).toEqual([])
  })

  it.each([
    // a volume and a mass do not convert: each report states its own figure
    ['vi: ml / kg', vi('Lực lượng chức năng thu giữ 500 ml axit.'), vi('Lực lượng chức năng thu giữ 0,5 kg axit.')],
    ['en: ml / kg', en('Officers found 500 ml of acid in the boot.'), en('Officers found 0.5 kg of acid in the boot.')],
  ])('%s: two measures are no equivalence', (_why, a, b) => {
    const got = numbers(a, b)
    expect(got.units).toEqual([])
    expect(got.flagged).toEqual([])
  })
})

describe('two things measured in two units (measuresOfTwoThings)', () => {
  const fact = (text: string, value: string) => extractNumbers(text).find((f) => f.text.includes(value))!
  it.each([
    // a screen's diagonal and a laptop's thickness, flagged in the real gold (cluster 49) once mm converted
    ['vi: a screen in inches, a thickness in mm', 'màn hình 13 inch', '13', 'Máy dày 20,32 mm', '20,32', true],
    ['en: a screen in inches, a thickness in mm', 'a 13 inch screen', '13', 'it is 20.32 mm thick', '20.32', true],
    ['en: a dose in g, a pill in mg', 'a daily 2 g dose', '2', 'each 50 mg pill', '50', true],
    // traps: one figure with its unit slipped, and figures near in size, stay one slot
    ['vi trap: one figure, the unit slipped', 'lượng mưa 20 mm', '20', 'lượng mưa 20 cm', '20', false],
    ['en trap: one figure, the unit slipped', '500 mg a day', '500', '500 g a day', '500', false],
    ['en trap: sizes within a factor ten', 'a 500 m stretch', '500', 'a 5 km stretch', '5', false],
    ['vi trap: sizes that convert', 'vùi lấp 5 ki-lô-mét', '5', 'vùi lấp 5.000 mét', '5.000', false],
    ['en trap: two measures', '500 ml of acid', '500', '0.5 kg of acid', '0.5', false],
    // traps: far apart, but the same words beside both figures: one figure misreported (review rcounts34 4–5)
    ['en trap: one spill, tonnes / kg', 'The tanker spilled 3 tonnes of oil off the coast', '3', 'The tanker spilled 30 kg of oil off the coast', '30', false],
    ['vi trap: one spill, tấn / kg', 'Tàu chở dầu làm tràn 3 tấn dầu ra biển', '3', 'Tàu chở dầu làm tràn 30 kg dầu ra biển', '30', false],
    ['en trap: one rainfall, mm / m', 'Rainfall reached 20 mm in the city centre', '20', 'Rainfall reached 2 m in the city centre', '2', false],
    ['vi trap: one rainfall, milimét / mét', 'Lượng mưa tại Hà Nội đạt 20 milimét trong đêm qua', '20', 'Lượng mưa tại Hà Nội đạt 2 mét trong đêm qua', '2', false],
    // two nouns measured
    ['en: two drugs seized', 'Police seized 1.5 kg of cocaine', '1.5', 'Police seized 15 g of heroin', '15', true],
  ])('%s', (_why, a, va, b, vb, want) => {
    expect(measuresOfTwoThings(fact(a, va), fact(b, vb))).toBe(want)
    expect(measuresOfTwoThings(fact(b, vb), fact(a, va))).toBe(want)
  })
})
