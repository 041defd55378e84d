/**
 * A comparison's result as JSON text: what a JSONL writer needs, made where the report is made.
 * With workers the report then crosses to the calling thread as one string (a copy) instead of
 * a structured clone of the object, and the calling thread does not serialise it again, so it
 * stays free to read input and write output while the workers compare.
 */
import { type SafeCompareResult, safeCompare } from '../safe'
import type { Article, CompareOptions } from '../types'

/** `safeCompare()`'s result with the report as `JSON.stringify(report)` (one line: no newline inside). */
export type SafeCompareJson = { readonly success: true; readonly json: string } | Extract<SafeCompareResult, { success: false }>

export function safeCompareJson(a: string | Article, b: string | Article, options?: CompareOptions): SafeCompareJson {
  const result = safeCompare(a, b, options)
  return result.success ? { success: true, json: JSON.stringify(result.report) } : result
}
