/**
 * The one error class corroborate throws. Every error has a stable `code`,
 * and `issues` that say what was expected where, and what came instead.
 */

/** `E_STORE`: the shared index's database (corroborate/postgres) is unreachable or failed. */
export type ErrorCode = 'E_INPUT' | 'E_OPTION' | 'E_TOO_LARGE' | 'E_STORE'

export interface Issue {
  /** Where: `a`, `b.text`, `options.alignThreshold`, … */
  readonly path: string
  readonly expected: string
  readonly received: string
}

export class CorroborateError extends Error {
  override readonly name = 'CorroborateError'
  readonly code: ErrorCode
  readonly issues: readonly Issue[]

  constructor(code: ErrorCode, issues: readonly Issue[], options?: { cause?: unknown }) {
    super(
      issues.map((issue) => `${issue.path}: expected ${issue.expected}, received ${issue.received}`).join('; ') || code,
      options,
    )
    this.code = code
    this.issues = issues
  }
}

/** A short, safe description of any value, for messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return `an array of length ${value.length}`
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `a string of length ${value.length}` : JSON.stringify(value)
    case 'number':
    case 'boolean':
    case 'bigint':
      return `${typeof value} ${String(value)}`
    case 'undefined':
      return 'undefined'
    case 'function':
      return 'a function'
    case 'symbol':
      return 'a symbol'
    default: {
      const keys = Object.keys(value as object)
      return keys.length === 0 ? 'an object with no keys' : `an object with keys ${keys.slice(0, 5).join(', ')}`
    }
  }
}
