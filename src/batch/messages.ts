/** What the batch pool and its workers say to each other. */
import type { SafeCompareResult } from '../safe'
import type { Article, CompareOptions } from '../types'
import type { SafeCompareJson } from './json'

/** Given to each worker when it starts. */
export interface WorkerSetup {
  readonly options: CompareOptions
  /** Reply with the report as JSON text (compareBatchJson) rather than as an object (compareBatch). */
  readonly json: boolean
}

export interface WorkerTask {
  readonly seq: number
  readonly a: string | Article
  readonly b: string | Article
}

export type WorkerReply = { readonly seq: number; readonly result: SafeCompareResult | SafeCompareJson } | { readonly seq: number; readonly crash: string }
