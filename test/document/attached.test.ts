/**
 * The caches kept on their keys (src/document/attached) behave as the WeakMaps they replace: a
 * value per key and cache, unseen by spreads, JSON and equality, and a copy of a key starts empty.
 */
import { describe, expect, it } from 'vitest'
import { Attached } from '../../src/document/attached'
import { prepare } from '../../src/document'

const docOf = (text: string) => prepare({ text }, { detectBoilerplate: true })

describe('Attached', () => {
  it.each([
    ['a Vietnamese document', () => docOf('Thị trưởng Park Heong-joon đến TP.HCM ngày 13/8.')],
    ['an English document', () => docOf('Mayor Park Heong-joon arrived in Ho Chi Minh City on Aug. 13.')],
    ['a fact-like object', () => ({ type: 'number', value: 13, text: '13' })],
    ['an array of names', () => ['Park', 'Hà Nội']],
    ['a typed array of token ids', () => new Int32Array([3, 1, 4])],
  ])('%s: keeps one value per cache, invisible to JSON, spreads and equality', (_, make) => {
    const key: object = make()
    const before = JSON.stringify(key)
    const copyBefore = Array.isArray(key) || ArrayBuffer.isView(key) ? key : { ...key }
    const first = new Attached<object, string>('first')
    const second = new Attached<object, string>('second')
    expect(first.get(key)).toBeUndefined()
    expect(first.has(key)).toBe(false)
    first.set(key, 'one').set(key, 'two')
    second.set(key, 'other')
    expect([first.get(key), second.get(key), first.has(key)]).toEqual(['two', 'other', true])
    expect(JSON.stringify(key)).toBe(before)
    expect(Object.keys(key)).toEqual(Object.keys(copyBefore))
    if (!Array.isArray(key) && !ArrayBuffer.isView(key)) {
      const copy = { ...key }
      expect(first.has(copy)).toBe(false)
      expect(copy).toEqual(key)
    }
  })

  it.each([
    ['one cache', 1],
    ['four caches (a fact: its list stays pairs)', 4],
    ['five caches (its list turns dense)', 5],
    ['twelve caches (a document)', 12],
  ])('a key holding values of %s keeps each, and forgets only the one deleted', (_, count) => {
    const cachesOfKey = Array.from({ length: count }, (_, k) => new Attached<object, string>(`cache ${k}`))
    const unused = new Attached<object, string>('unused')
    const key = { text: 'Thị trưởng Park Heong-joon', type: 'name' }
    cachesOfKey.forEach((cache, k) => cache.set(key, `value ${k}`))
    cachesOfKey[0]!.set(key, 'again')
    expect(cachesOfKey.map((cache) => cache.get(key))).toEqual(cachesOfKey.map((_, k) => (k === 0 ? 'again' : `value ${k}`)))
    expect(unused.has(key)).toBe(false)
    expect(unused.get(key)).toBeUndefined()
    cachesOfKey[count - 1]!.delete(key)
    expect(cachesOfKey[count - 1]!.has(key)).toBe(false)
    expect(cachesOfKey.slice(0, -1).every((cache) => cache.has(key))).toBe(true)
    expect(Object.keys(key)).toEqual(['text', 'type'])
  })

  it.each([
    ['undefined', undefined],
    ['zero', 0],
    ['an empty string', ''],
  ])('stores %s as a value that is there', (_, value) => {
    const cache = new Attached<object, unknown>('falsy')
    const key = { text: 'Hồng Kông' }
    cache.set(key, value)
    expect(cache.has(key)).toBe(true)
    expect(cache.get(key)).toBe(value)
  })

  it.each([
    ['frozen', (o: object) => Object.freeze(o)],
    ['sealed', (o: object) => Object.seal(o)],
    ['not extensible', (o: object) => Object.preventExtensions(o)],
  ])('keeps values of a %s key (a caller may freeze what it passes) without throwing', (_, fix) => {
    const cache = new Attached<object, string>('fixed')
    const key = fix({ text: 'Park Heong-joon' })
    const other = fix(['Park', 'Hyeong', 'Jun'])
    cache.set(key, 'one').set(key, 'two').set(other, 'three')
    expect([cache.get(key), cache.get(other), cache.has(key), cache.has({ text: 'Park Heong-joon' })]).toEqual(['two', 'three', true, false])
  })
})
