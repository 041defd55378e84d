/** What the batch pool and its workers say to each other. */
import type { SafeCompareResult } from '../safe'
import type { Article } from '../types'

export interface WorkerTask {
  readonly seq: number
  readonly a: string | Article
  readonly b: string | Article
}

export type WorkerReply = { readonly seq: number; readonly result: SafeCompareResult } | { readonly seq: number; readonly crash: string }
