/**
 * `Article.roles` checked at the door: ranges inside the text, known roles, no overlaps.
 */
import { CorroborateError, type ErrorCode, describe } from './errors'
import type { SentenceRole, StatedRole } from './types'

const ROLES: ReadonlySet<string> = new Set<SentenceRole>(['body', 'headline', 'byline', 'dateline', 'caption', 'credit', 'related', 'label'])

/**
 * The stated roles of an article whose text has `textLength` code units; `path` names them
 * in errors (`a.roles`), `errorCode` says whose they are (an article's, or an option).
 */
export function readStatedRoles(value: unknown, textLength: number, path: string, errorCode: ErrorCode = 'E_INPUT'): readonly StatedRole[] | undefined {
  function fail(at: string, expected: string, received: unknown): never {
    throw new CorroborateError(errorCode, [{ path: at, expected, received: describe(received) }])
  }
  if (value === undefined) return undefined
  if (!Array.isArray(value)) fail(path, 'an array of { start, end, role } or undefined', value)
  const ranges = value.map((item: unknown, i): StatedRole => {
    const at = `${path}[${i}]`
    if (item === null || typeof item !== 'object' || Array.isArray(item)) fail(at, 'an object { start, end, role }', item)
    const { start, end, role } = item as StatedRole
    if (!Number.isSafeInteger(start) || start < 0 || start > textLength) fail(`${at}.start`, `a whole number from 0 to the text's length (${textLength})`, start)
    if (!Number.isSafeInteger(end) || end < start || end > textLength) fail(`${at}.end`, `a whole number from start (${start}) to the text's length (${textLength})`, end)
    if (typeof role !== 'string' || !ROLES.has(role)) fail(`${at}.role`, `one of ${[...ROLES].join(', ')}`, role)
    return item as StatedRole
  })
  const sorted = [...ranges].sort((x, y) => x.start - y.start)
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start < sorted[i - 1]!.end) {
      const index = ranges.indexOf(sorted[i]!)
      fail(`${path}[${index}].start`, `a range that overlaps no other (the one before ends at ${sorted[i - 1]!.end})`, sorted[i]!.start)
    }
  }
  return ranges
}
