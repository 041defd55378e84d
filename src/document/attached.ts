/**
 * A cache of values derived from an object, kept on the object itself: what a WeakMap does for
 * the readers here, without its cost in this V8 (11.3, Node 20).
 *
 * A module-level WeakMap lives in the old generation, and its scavenger keeps every value alive
 * whose key is young, dead or not. A document's derived values (facts, token tables, name
 * indexes) thus survived the minor collections of the compare() that made them, were promoted,
 * and piled up until a full mark-compact: on the seed pair about 0.7 MB promoted per compare()
 * and a mark-compact every ~100 calls. A value kept in a (hidden) property of its key dies young
 * with it.
 *
 * The property is a symbol of this cache, not enumerable: spreads, JSON and equality checks do
 * not see it, and a copy of the object (`{ ...fact }`) starts with an empty cache, as a new key
 * of a WeakMap would.
 */

const hasOwn = Object.prototype.hasOwnProperty

export class Attached<K extends object, V> {
  private readonly slot: symbol
  /** Keys that take no new property (frozen, sealed): kept the WeakMap way, so no caller's object makes a cache throw. */
  private fixed: WeakMap<K, V> | undefined

  constructor(name: string) {
    this.slot = Symbol(name)
  }

  get(key: K): V | undefined {
    const value = (key as Record<symbol, V | undefined>)[this.slot]
    return value === undefined && this.fixed !== undefined ? this.fixed.get(key) : value
  }

  has(key: K): boolean {
    return hasOwn.call(key, this.slot) || (this.fixed?.has(key) ?? false)
  }

  set(key: K, value: V): this {
    if (hasOwn.call(key, this.slot)) (key as Record<symbol, V>)[this.slot] = value
    else if (Object.isExtensible(key)) Object.defineProperty(key, this.slot, { value, writable: true, enumerable: false, configurable: true })
    else (this.fixed ??= new WeakMap()).set(key, value)
    return this
  }
}
