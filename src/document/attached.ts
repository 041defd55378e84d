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

/**
 * One hidden property for every cache: each key holds a list of its cached values, a cache's value
 * at the cache's index. A property per cache, added in whatever order the caches met the key, gave
 * the objects of one kind (name facts, number facts, located names) a dozen hidden classes, so
 * the functions reading them went megamorphic and deoptimised each time a new class showed up;
 * with one property a kind has at most two (before and after its first cached value).
 */
const VALUES = Symbol('attached values')
let caches = 0

export class Attached<K extends object, V> {
  private readonly index: number
  /** Keys that take no new property (frozen, sealed): kept the WeakMap way, so no caller's object makes a cache throw. */
  private fixed: WeakMap<K, V> | undefined

  constructor(_name: string) {
    this.index = caches++
  }

  get(key: K): V | undefined {
    const values = (key as { [VALUES]?: (V | undefined)[] })[VALUES]
    const value = values === undefined ? undefined : values[this.index]
    return value === undefined && this.fixed !== undefined ? this.fixed.get(key) : value
  }

  has(key: K): boolean {
    const values = hasOwn.call(key, VALUES) ? (key as { [VALUES]: V[] })[VALUES] : undefined
    return (values !== undefined && this.index in values) || (this.fixed?.has(key) ?? false)
  }

  set(key: K, value: V): this {
    if (hasOwn.call(key, VALUES)) (key as { [VALUES]: V[] })[VALUES][this.index] = value
    else if (Object.isExtensible(key)) {
      // Sized for every cache made so far: a read past its end would be an out-of-bounds load.
      const values = new Array<V>(caches)
      values[this.index] = value
      Object.defineProperty(key, VALUES, { value: values, writable: true, enumerable: false, configurable: true })
    } else (this.fixed ??= new WeakMap()).set(key, value)
    return this
  }

  /** Forgets `key`'s value: for a cache whose use ends before its key's life does. */
  delete(key: K): void {
    if (hasOwn.call(key, VALUES)) delete (key as { [VALUES]: V[] })[VALUES][this.index]
    this.fixed?.delete(key)
  }
}
