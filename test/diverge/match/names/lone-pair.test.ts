import { describe, expect, it } from 'vitest'
import { compare, comparePrepared, createSession } from '../../../../src/compare'
import { prepare } from '../../../../src/document'
import { resolveOptions } from '../../../../src/options'

// A pair compared alone lets go of the name judge's tables before the missing-name search (mem59);
// a session's pair keeps them for its next pairs. Either way the report is the same.
const PAIRS = [
  [
    'Vietnamese, a name respelt and one missing',
    'Thủ tướng Nguyễn Xuân Phúc đã gặp ông Kyi Lin tại Hà Nội hôm 13/8. Ông Kyi Lin cho biết Myanmar sẽ hợp tác. Bộ trưởng Trần Văn Sơn cũng dự.',
    'Thủ tướng Nguyễn Xuân Phúc đã gặp ông Kyi Ly tại Hà Nội hôm 13/8. Ông Kyi Ly cho biết Myanmar sẽ hợp tác.',
  ],
  [
    'English, a name respelt and one missing',
    'Mayor Park Heong-joon met Rajekshah Patel in Sydney on Monday. Rajekshah Patel said the deal was signed. Minister Helen Clarke attended.',
    'Mayor Park Heong-joon met Rajeksah Patel in Sydney on Monday. Rajeksah Patel said the deal was signed.',
  ],
] as const

describe('a lone pair reports as a session pair does', () => {
  it.each(PAIRS)('%s', (_name, a, b) => {
    const options = resolveOptions({})
    const inSession = comparePrepared(prepare({ text: a }, options), prepare({ text: b }, options), options, createSession())
    expect(compare(a, b)).toEqual(inSession)
  })
})
