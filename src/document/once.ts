/**
 * What a stage derives from one document alone (its facts, its name index) is derived once per
 * document and argument, then shared: compareMany() hands the same PreparedDocument to every pair
 * it is part of, so a story reads each report once rather than once per pair. Derived values are
 * shared, so nobody may mutate them.
 */
import { Attached } from './attached'
import type { PreparedDocument } from './index'

// Keyed by the builder and its argument object (an expansion table, a resolved option list), which
// a call keeps for its whole run; a value dies with its document.
// The source may also be a value derived once itself (a document's facts), so what is derived
// from that is shared too.
// Values built with no argument sit by builder alone: one map lookup fewer on the paths every
// pair of a story takes many times.
interface Derived {
  readonly plain: Map<unknown, unknown>
  readonly byArg: Map<unknown, Map<unknown, unknown>>
}
const derived = new Attached<object, Derived>('derived')

export function once<S extends PreparedDocument | object, A, T>(source: S, build: (source: S, arg: A) => T, arg?: A): T {
  let store = derived.get(source)
  if (!store) derived.set(source, (store = { plain: new Map(), byArg: new Map() }))
  let values: Map<unknown, unknown>
  let key: unknown
  if (arg === undefined) {
    values = store.plain
    key = build
  } else {
    let byArg = store.byArg.get(build)
    if (!byArg) store.byArg.set(build, (byArg = new Map()))
    values = byArg
    key = arg
  }
  const known = values.get(key)
  if (known !== undefined || values.has(key)) return known as T
  const value = build(source, arg as A)
  values.set(key, value)
  return value
}

/**
 * Drops what `build` derived from `source` (with `arg`): for a caller that knows no later stage
 * and no other pair asks for it, so the garbage collector may take it before the document dies.
 * A later once() builds it again.
 */
export function forget<S extends PreparedDocument | object, A, T>(source: S, build: (source: S, arg: A) => T, arg?: A): void {
  const store = derived.get(source)
  if (!store) return
  if (arg === undefined) store.plain.delete(build)
  else store.byArg.get(build)?.delete(arg)
}
