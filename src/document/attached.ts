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
 * One hidden property for every cache: each key holds a list of its cached values. A property per
 * cache, added in whatever order the caches met the key, gave the objects of one kind (name facts,
 * number facts, located names) a dozen hidden classes, so the functions reading them went
 * megamorphic and deoptimised each time a new class showed up; with one property a kind has at
 * most two (before and after its first cached value).
 *
 * The list is sparse while a key holds few values: pairs of a cache's index and its value, in the
 * order they were set. Most keys are facts holding one to three values, and a list with a slot for
 * every cache (some thirty) cost 270 bytes a fact: 5.6 MiB of the divergence stage's live heap on
 * the 1 MB bench pair. A key holding more (a document) turns its list dense: DENSE first, then a
 * cache's value at the cache's index plus one, one load to read.
 */
const VALUES = Symbol('attached values')
const DENSE = Symbol('dense')
// Beyond this many values a key's list turns dense: a read scans at most this many pairs.
const SPARSE_UP_TO = 4
let caches = 0

type Values = unknown[]

export class Attached<K extends object, V> {
  private readonly index: number
  /** Keys that take no new property (frozen, sealed): kept the WeakMap way, so no caller's object makes a cache throw. */
  private fixed: WeakMap<K, V> | undefined

  constructor(_name: string) {
    this.index = caches++
  }

  get(key: K): V | undefined {
    const values = (key as { [VALUES]?: Values })[VALUES]
    if (values === undefined) return this.fixed === undefined ? undefined : this.fixed.get(key)
    if (values[0] === DENSE) return values[this.index + 1] as V | undefined
    for (let k = 0; k < values.length; k += 2) if (values[k] === this.index) return values[k + 1] as V
    return undefined
  }

  has(key: K): boolean {
    const values = hasOwn.call(key, VALUES) ? (key as { [VALUES]: Values })[VALUES] : undefined
    return (values !== undefined && at(values, this.index) !== -1) || (this.fixed?.has(key) ?? false)
  }

  set(key: K, value: V): this {
    if (hasOwn.call(key, VALUES)) {
      const holder = key as { [VALUES]: Values }
      const values = holder[VALUES]
      if (values[0] === DENSE) values[this.index + 1] = value
      else {
        const k = at(values, this.index)
        if (k !== -1) values[k] = value
        else holder[VALUES] = values.length < 2 * SPARSE_UP_TO ? withPair(values, this.index, value) : dense(values, this.index, value)
      }
    } else if (Object.isExtensible(key)) {
      Object.defineProperty(key, VALUES, { value: withPair(NONE, this.index, value), writable: true, enumerable: false, configurable: true })
    } else (this.fixed ??= new WeakMap()).set(key, value)
    return this
  }

  /** Forgets `key`'s value: for a cache whose use ends before its key's life does. */
  delete(key: K): void {
    if (hasOwn.call(key, VALUES)) {
      const holder = key as { [VALUES]: Values }
      const values = holder[VALUES]
      if (values[0] === DENSE) delete values[this.index + 1]
      else {
        const k = at(values, this.index)
        if (k !== -1) holder[VALUES] = [...values.slice(0, k - 1), ...values.slice(k + 1)]
      }
    }
    this.fixed?.delete(key)
  }
}

/** Where cache `index`'s value sits in a key's list, or -1 when it holds none. */
function at(values: Values, index: number): number {
  if (values[0] === DENSE) return index + 1 in values ? index + 1 : -1
  for (let k = 0; k < values.length; k += 2) if (values[k] === index) return k + 1
  return -1
}

const NONE: Values = []

/** A sparse list one pair longer, made to its size (a push would leave room for a dozen more); every list is made by new Array, so reads meet one kind of array. */
function withPair(values: Values, index: number, value: unknown): Values {
  const grown = new Array<unknown>(values.length + 2)
  for (let k = 0; k < values.length; k++) grown[k] = values[k]
  grown[values.length] = index
  grown[values.length + 1] = value
  return grown
}

/** A dense list of a sparse one's pairs and a new value, sized for every cache made so far (a read past its end would be an out-of-bounds load). */
function dense(values: Values, index: number, value: unknown): Values {
  const list = new Array<unknown>(caches + 1)
  list[0] = DENSE
  for (let k = 0; k < values.length; k += 2) list[(values[k] as number) + 1] = values[k + 1]
  list[index + 1] = value
  return list
}
