import { describe, expect, it } from 'vitest'
import { Murmur3Stream, murmur3Bytes, murmur3Utf8, murmur3Words, mulberry32 } from '../../src/dedup/hash'

describe('murmur3Utf8', () => {
  // Reference values of MurmurHash3_x86_32 (seed 0) from the C++ implementation.
  it.each([
    ['', 0x00000000],
    ['hello', 0x248bfa47],
    ['The quick brown fox jumps over the lazy dog', 0x2e4ff723],
  ])('hashes %j like the reference implementation', (text, expected) => {
    expect(murmur3Utf8(text)).toBe(expected)
  })

  it.each([['hà nội'], ['thủ tướng phạm'], ['😀 emoji'], ['ab\ud800c']])('hashes %j as murmur3 of its UTF-8 bytes', (text) => {
    const bytes = new TextEncoder().encode(text)
    expect(murmur3Utf8(text)).toBe(murmur3Bytes(bytes, bytes.length))
  })
})

describe('Murmur3Stream', () => {
  // bytes() mixes whole blocks once the pending one is full: every split and every alignment must agree with one pass
  it.each([
    ['b:', 'hà nội'],
    ['b:h', 'thủ tướng'],
    ['b:hà', ' nội'],
    ['b:abc', 'defghij'],
    ['b:thanh hóa ', 'x'],
    ['', 'The quick brown fox'],
    ['b:', ''],
  ])('hashes %j then %j as murmur3 of both together', (first, second) => {
    const encode = (t: string) => new TextEncoder().encode(t)
    const whole = encode(first + second)
    const stream = new Murmur3Stream().reset().bytes(encode(first)).bytes(encode(second))
    expect(stream.digest()).toBe(murmur3Bytes(whole, whole.length))
    expect(stream.length).toBe(whole.length)
  })
})

describe('murmur3Words', () => {
  it('hashes words as their little-endian bytes', () => {
    const words = Uint32Array.of(0x01020304, 0xfffffffe)
    const bytes = Uint8Array.of(4, 3, 2, 1, 0xfe, 0xff, 0xff, 0xff)
    expect(murmur3Words(words, 0, 2, 7)).toBe(murmur3Bytes(bytes, 8, 7))
  })
})

describe('mulberry32', () => {
  it('gives the documented first outputs for seed 0x5eed', () => {
    const next = mulberry32(0x5eed)
    expect([next() | 1, next()].map((x) => x >>> 0)).toEqual([0xb5c4a8db, 0x494d5bcd])
  })
})
