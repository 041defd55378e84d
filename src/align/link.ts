/** One link of the alignment: sentences of A and of B told as one (a 1–1 link, or a merge or split). Its own file so that the passes align.ts runs (respelt.ts) can name it without importing align.ts. */
export interface Link {
  /** Positions in the input arrays (not sentence indexes). */
  readonly a: number[]
  readonly b: number[]
  similarity: number
}
