/**
 * compare() that returns its failure instead of throwing, for pipelines that
 * log bad articles and move on (valibot's safeParse, for comparisons).
 */
import { compare } from './compare'
import { CorroborateError, type ErrorCode, type Issue } from './errors'
import type { Article, CompareOptions, Report } from './types'

export type SafeCompareResult =
  | { readonly success: true; readonly report: Report }
  | { readonly success: false; readonly error: { readonly code: ErrorCode; readonly message: string; readonly issues: readonly Issue[] } }

export function safeCompare(a: string | Article, b: string | Article, options?: CompareOptions): SafeCompareResult {
  try {
    return { success: true, report: compare(a, b, options) }
  } catch (error) {
    // Only the documented error class is a result; anything else is a bug and should surface.
    if (!(error instanceof CorroborateError)) throw error
    return { success: false, error: { code: error.code, message: error.message, issues: error.issues } }
  }
}
