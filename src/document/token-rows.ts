/**
 * The columnar table both token tables of the document model are built with (./sentence-tokens,
 * ./words): each sentence's tokens as consecutive rows, every field in a typed array and every
 * key interned once, so that a long report keeps some 12 bytes a token rather than an object.
 */

export type Column = Int32Array | Uint8Array

export interface TokenRows<C extends Record<string, Column>> {
  /** Sentence i's tokens are rows first[i] up to first[i + 1]. */
  readonly first: Int32Array
  /** Index in `keys`. */
  readonly key: Int32Array
  /** The distinct keys, in order of first appearance. */
  readonly keys: readonly string[]
  /** The other fields, one array each, trimmed to the rows. */
  readonly columns: C
}

function grow<T extends Column>(array: T, size: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(size)
  bigger.set(array)
  return bigger
}

const INITIAL_ROWS = 1024

/**
 * The rows of `count` sentences, `tokensOf(i)` giving sentence i's tokens: `fill` writes a token's
 * fields at its row into `columns` (fresh arrays of the same types, made here, grown as needed).
 */
export function tokenRows<T extends { readonly key: string }, C extends Record<string, Column>>(
  count: number,
  tokensOf: (sentence: number) => readonly T[],
  makeColumns: (size: number) => C,
  fill: (columns: C, row: number, token: T) => void,
): TokenRows<C> {
  const first = new Int32Array(count + 1)
  let capacity = INITIAL_ROWS
  const columns = makeColumns(capacity) as Record<string, Column>
  let key = new Int32Array(capacity)
  const keys: string[] = []
  const ids = new Map<string, number>()
  let rows = 0
  for (let i = 0; i < count; i++) {
    first[i] = rows
    const tokens = tokensOf(i)
    if (rows + tokens.length > capacity) {
      capacity = Math.max(rows + tokens.length, capacity * 2)
      key = grow(key, capacity)
      for (const name of Object.keys(columns)) columns[name] = grow(columns[name]!, capacity)
    }
    for (const t of tokens) {
      let id = ids.get(t.key)
      if (id === undefined) ids.set(t.key, (id = keys.push(t.key) - 1))
      key[rows] = id
      fill(columns as C, rows, t)
      rows++
    }
  }
  first[count] = rows
  for (const name of Object.keys(columns)) columns[name] = columns[name]!.slice(0, rows)
  return { first, key: key.slice(0, rows), keys, columns: columns as C }
}
