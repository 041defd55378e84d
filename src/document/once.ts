/**
 * What a stage derives from one document alone (its facts, its name index) is derived once per
 * document and argument, then shared: compareMany() hands the same PreparedDocument to every pair
 * it is part of, so a story reads each report once rather than once per pair. Derived values are
 * shared, so nobody may mutate them.
 */
import { Attached } from './attached'
import type { PreparedDocument } from './index'

// Keyed by the builder and its argument object (an expansion table, a resolved option list), which
// a call keeps for its whole run; a value dies with its document (it is kept on the document).
// The source may also be a value derived once itself (a document's facts), so what is derived
// from that is shared too.

/**
 * One cache per builder, kept on the builder (a module-level function): a value built without an
 * argument sits on its source, one built with an argument in a Map by argument on its source. A
 * story's pairs ask some forty values a pair; a store per source, a Map by builder and a Map by
 * argument cost three hash lookups each, a cache per builder one property read and one list read.
 */
const PLAIN = Symbol('once: values by source')
const BY_ARG = Symbol('once: values by source and argument')
type Builder = { [PLAIN]?: Attached<object, unknown>; [BY_ARG]?: Attached<object, Map<unknown, unknown>> }

function cacheOf<C extends typeof PLAIN | typeof BY_ARG>(build: Builder, which: C): NonNullable<Builder[C]> {
  let cache = build[which]
  if (!cache) Object.defineProperty(build, which, { value: (cache = new Attached('once') as NonNullable<Builder[C]>), enumerable: false })
  return cache as NonNullable<Builder[C]>
}

export function once<S extends PreparedDocument | object, A, T>(source: S, build: (source: S, arg: A) => T, arg?: A): T {
  if (arg === undefined) {
    const cache = cacheOf(build as Builder, PLAIN)
    const known = cache.get(source)
    if (known !== undefined || cache.has(source)) return known as T
    const value = build(source, arg as A)
    cache.set(source, value)
    return value
  }
  const cache = cacheOf(build as Builder, BY_ARG)
  let values = cache.get(source)
  if (!values) cache.set(source, (values = new Map()))
  const known = values.get(arg)
  if (known !== undefined || values.has(arg)) return known as T
  const value = build(source, arg)
  values.set(arg, value)
  return value
}

/**
 * Drops what `build` derived from `source` (with `arg`): for a caller that knows no later stage
 * and no other pair asks for it, so the garbage collector may take it before the document dies.
 * A later once() builds it again.
 */
export function forget<S extends PreparedDocument | object, A, T>(source: S, build: (source: S, arg: A) => T, arg?: A): void {
  if (arg === undefined) (build as Builder)[PLAIN]?.delete(source)
  else (build as Builder)[BY_ARG]?.get(source)?.delete(arg)
}
