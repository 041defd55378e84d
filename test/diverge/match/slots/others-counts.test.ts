/**
 * Counts of "others" beside a named person: "five others besides the driver" and "six others
 * including the driver" are one toll (the driver counted or not), so a difference of one is no
 * contradiction; the same marker on both sides ("the driver and six others" / "the driver and
 * five others") still is, and so is a difference of more than the one person.
 */
import { describe, expect, it } from 'vitest'
import { figureFlags } from '../../../helpers'

describe('others besides or including a named person', () => {
  it.each([
    ['en trap: besides / including differ by the one person', 'Five others besides the driver were killed when the bus overturned on the highway.', 'Six others, including the driver, died after the bus rolled over on the highway.', []],
    ['vi trap: ngoài / kể cả differ by the one person', 'Ngoài tài xế, năm người khác thiệt mạng khi xe khách lật trên quốc lộ.', 'Sáu người, kể cả tài xế, tử vong sau khi chiếc xe khách bị lật trên quốc lộ.', []],
    ['vi trap: nước ngoài leaves nobody out', 'Có 5 người nước ngoài thiệt mạng khi xe khách lật trên quốc lộ.', 'Sáu người, kể cả tài xế, thiệt mạng khi xe khách lật trên quốc lộ.', ['5 người | Sáu người']],
    ['en: the same marker on both sides still contradicts', 'The driver and six others were killed when the bus overturned on the highway.', 'The driver and five others died after the bus rolled over on the highway.', ['six others | five others']],
    ['en: a difference past the one person still contradicts', 'Five others besides the driver were killed when the bus overturned on the highway.', 'Nine others, including the driver, died after the bus rolled over on the highway.', ['Five others | Nine others']],
    ['vi: ngoài khơi is offshore, no person left out', '5 ngư dân mất tích ngoài khơi Quảng Ngãi sau khi tàu cá bị chìm hôm qua.', '6 ngư dân, kể cả thuyền trưởng, mất tích sau khi tàu cá bị chìm hôm qua.', ['5 ngư | 6 ngư']],
    ['en: tore apart is no apart from', 'The blast tore the bus apart, killing five passengers on Monday morning.', 'The blast killed six passengers, including a child, on Monday morning.', ['five passengers | six passengers']],
    ['en trap: apart from / including the same person', 'Five others apart from the driver were killed when the bus overturned on the highway.', 'Six others, including the driver, died after the bus rolled over on the highway.', []],
    ['vi: the same marker on both sides still contradicts', 'Tài xế và năm người khác thiệt mạng khi xe khách lật trên quốc lộ.', 'Tài xế và sáu người khác tử vong sau khi xe khách bị lật trên quốc lộ.', ['năm người | sáu người']],
  ])('%s', (_why, a, b, want) => {
    expect(figureFlags(a, b, ['number'])).toEqual(want)
  })
})
