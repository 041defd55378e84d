import { describe, expect, it } from 'vitest'
import { looseKey, nameSkeleton } from '../../src/normalize/romanisation'

describe('looseKey', () => {
  it.each([
    ['hà', 'ha'],
    ['heong', 'hyeong'],
    ['joon', 'jun'],
    ['nội', 'noi'],
  ])('%s ~ %s', (a, b) => {
    expect(looseKey(a)).toBe(looseKey(b))
  })

  it.each([
    ['park', 'bak'],
    ['china', 'jina'],
  ])('keeps %s and %s apart (consonant swaps are for names only)', (a, b) => {
    expect(looseKey(a)).not.toBe(looseKey(b))
  })
})

describe('nameSkeleton', () => {
  it.each([
    ['China', 'Jina'],
    ['Pusan', 'Busan'],
    ['Taegu', 'Daegu'],
    ['Cuba', 'Cooba'],
    ['Yahoo', 'Yahu'],
    ['Heong-joon', 'Hyeong Jun'],
  ])('%s ~ %s', (a, b) => {
    expect(nameSkeleton(a)).toBe(nameSkeleton(b))
  })

  it.each([
    ['Park', 'Kim'],
    ['Lee', 'Moon'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(nameSkeleton(a)).not.toBe(nameSkeleton(b))
  })
})
