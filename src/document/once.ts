/**
 * What a stage derives from one document alone (its facts, its name index) is derived once per
 * document and argument, then shared: compareMany() hands the same PreparedDocument to every pair
 * it is part of, so a story reads each report once rather than once per pair. Derived values are
 * shared, so nobody may mutate them.
 */
import type { PreparedDocument } from './index'

// Keyed by the builder and its argument object (an expansion table, a resolved option list), which
// a call keeps for its whole run; a value dies with its document.
// The source may also be a value derived once itself (a document's facts), so what is derived
// from that is shared too.
const derived = new WeakMap<object, Map<unknown, Map<unknown, unknown>>>()

export function once<S extends PreparedDocument | object, A, T>(source: S, build: (source: S, arg: A) => T, arg?: A): T {
  let byBuilder = derived.get(source)
  if (!byBuilder) derived.set(source, (byBuilder = new Map()))
  let byArg = byBuilder.get(build)
  if (!byArg) byBuilder.set(build, (byArg = new Map()))
  const known = byArg.get(arg)
  if (known !== undefined || byArg.has(arg)) return known as T
  const value = build(source, arg as A)
  byArg.set(arg, value)
  return value
}
