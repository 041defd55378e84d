import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number')
    .map((d) => [d.a!.text, d.b!.text])

// Two reports of one event, the toll told in unlinked, differently worded sentences.
const QUAKE_A = 'A strong earthquake struck the province on Tuesday, killing at least 5 people. Rescue teams searched the rubble of the market through the night.'
const QUAKE_B = 'Officials said roads to the mountain villages were blocked by landslides. The death toll rose to 11, the disaster agency said.'
const VI_A = 'Trận động đất mạnh xảy ra hôm thứ Ba tại tỉnh miền núi, làm 5 người chết. Lực lượng cứu hộ tìm kiếm suốt đêm trong đống đổ nát.'
const VI_B = 'Nhiều tuyến đường tới các bản làng bị sạt lở chặn lại. Cơ quan phòng chống thiên tai cho biết số người chết đã lên tới 11.'

describe('one event outcome counted in unlinked sentences of two reports', () => {
  it.each([
    ['en: killing at least N people / the death toll rose to N', QUAKE_A, QUAKE_B, [['5 people', '11']]],
    ['vi: làm N người chết / số người chết lên tới N', VI_A, VI_B, [['5 người', '11']]],
    [
      'en: N dead / N people were killed',
      'Floods swept through the valley on Sunday, leaving 12 dead. Hundreds of homes were under water.',
      'Aid workers reached the worst-hit towns by boat. Police said 9 people were killed when the river burst its banks.',
      [['12 dead', '9 people']],
    ],
    [
      'vi: N người thiệt mạng / N người chết',
      'Lũ quét tràn qua thung lũng hôm Chủ nhật khiến 12 người thiệt mạng. Hàng trăm ngôi nhà bị ngập.',
      'Các nhân viên cứu trợ đã tới những thị trấn bị ảnh hưởng nặng nhất. Cảnh sát cho biết 9 người chết khi nước sông dâng cao.',
      [['12 người', '9 người']],
    ],
  ])('%s: one slot, a contradiction', (_label, a, b, expected) => {
    const flags = numberFlags(a, b)
    for (const pair of expected) expect(flags).toContainEqual(pair)
  })

  it.each([
    [
      'en trap: the dead against the injured',
      'A strong earthquake struck the province on Tuesday, killing 5 people. Rescue teams searched the rubble through the night.',
      'Officials said roads to the villages were blocked by landslides. Doctors said 40 people were injured in the district.',
    ],
    [
      'en trap: a toll of another day (cumulative against a day\'s)',
      'A strong earthquake struck the province on Tuesday, killing at least 5 people. Rescue teams searched the rubble through the night.',
      'Officials said roads to the villages were blocked. The death toll rose to 11 on Wednesday, the disaster agency said.',
    ],
    [
      'vi trap: người chết / người bị thương',
      'Trận động đất mạnh xảy ra hôm thứ Ba tại tỉnh miền núi, làm 5 người chết. Lực lượng cứu hộ tìm kiếm suốt đêm.',
      'Nhiều tuyến đường bị sạt lở chặn lại. Các bác sĩ cho biết 40 người bị thương trong huyện.',
    ],
    [
      "en trap: another event's toll recalled below today's",
      'A strong earthquake struck the province on Tuesday, killing 5 people. Rescue teams searched the rubble through the night.',
      'The quake shook the coast on Tuesday. The region was devastated by a 2004 tsunami that killed 170,000 people.',
    ],
    [
      'en trap: a part of the toll counted by its own noun',
      'The helicopter crashed into the sea on Monday, killing 3 of its 5 crew. The navy opened an inquiry.',
      'Rescuers pulled the survivors from the water within an hour. Officials said 3 people were killed in the crash.',
    ],
    [
      'vi trap: số trẻ em chết, một phần của số người chết',
      'Động đất làm 11 người chết tại tỉnh miền núi hôm thứ Ba. Lực lượng cứu hộ tìm kiếm suốt đêm.',
      'Một nhà thờ sụp đổ khiến 6 trẻ em chết, cảnh sát cho biết. Nhiều con đường bị sạt lở.',
    ],
  ])('%s: no contradiction', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})
