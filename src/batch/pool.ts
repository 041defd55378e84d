/**
 * Worker threads for compareBatch(), on node:worker_threads directly: one long-lived
 * worker per thread asked for, each task sent to the worker with the fewest outstanding
 * (pairs differ widely in length, so round-robin would leave one worker idle behind
 * another's long pair). A comparison takes milliseconds to seconds, so what a pool library
 * such as piscina adds (task queues, idle timeouts, resizing) buys nothing measurable here
 * and would be a runtime dependency for ~100 lines; the figures are in docs/scaling.md.
 */
import { Worker } from 'node:worker_threads'
import type { Article, CompareOptions } from '../types'
import type { WorkerReply, WorkerSetup } from './messages'

declare const __COMPARE_WORKER__: string | undefined

/**
 * Pairs queued at each worker: one being compared and the next already in its port, so that
 * a worker goes on to its next pair without waiting for the calling thread to answer.
 */
const QUEUE_PER_WORKER = 2

/** The built worker beside the built index: compare-worker.js from dist/index.js, compare-worker.cjs from dist/index.cjs. */
function workerFile(): URL {
  // tsup defines the file name per output format; the sources (under vitest) have no built worker to start
  if (typeof __COMPARE_WORKER__ !== 'string') throw new Error('compareBatch() with workers runs from the built package (dist/); build it with npm run build')
  return new URL(`./${__COMPARE_WORKER__}`, import.meta.url)
}

/** How one pair ended: its result, or the error a crashed or failed worker gives it. */
export type Outcome<R> = { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: unknown }

interface Slot<R> {
  readonly worker: Worker
  readonly waiting: Map<number, (outcome: Outcome<R>) => void>
}

export class ComparePool<R> {
  private readonly slots: Array<Slot<R>>
  private seq = 0
  private failure: unknown = null
  private wake: (() => void) | null = null
  private closing = false

  /** `json`: workers reply with the report as JSON text (see ./json). */
  constructor(count: number, options: CompareOptions, json: boolean) {
    const file = workerFile()
    const setup: WorkerSetup = { options, json }
    this.slots = Array.from({ length: count }, () => {
      const slot: Slot<R> = { worker: new Worker(file, { workerData: setup }), waiting: new Map() }
      slot.worker.on('message', (reply: WorkerReply) => {
        const settle = slot.waiting.get(reply.seq)
        slot.waiting.delete(reply.seq)
        settle?.('result' in reply ? { ok: true, value: reply.result as R } : { ok: false, error: Object.assign(new Error(reply.crash.split('\n')[0]), { stack: reply.crash }) })
        this.notify()
      })
      const fail = (error: unknown): void => {
        this.failure ??= error
        for (const settle of slot.waiting.values()) settle({ ok: false, error })
        slot.waiting.clear()
        this.notify()
      }
      slot.worker.on('error', fail)
      slot.worker.on('exit', (code) => {
        // a worker that ends before close() would leave the next pair sent to it unanswered
        if (!this.closing) fail(new Error(`a compareBatch() worker exited (code ${code}) with ${slot.waiting.size} pairs unanswered`))
      })
      return slot
    })
  }

  private notify(): void {
    const wake = this.wake
    this.wake = null
    wake?.()
  }

  /** Whether a worker can take a pair now without it queueing behind two others. */
  hasRoom(): boolean {
    return this.slots.some((slot) => slot.waiting.size < QUEUE_PER_WORKER)
  }

  /** Resolves at the next reply or failure of any worker: a pair has ended and a queue has room. One waiter at a time. */
  nextReply(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve))
  }

  /** Hands the pair to the least busy worker; `settle` is called (once) when it ends. */
  compare(a: string | Article, b: string | Article, settle: (outcome: Outcome<R>) => void): void {
    if (this.failure) return settle({ ok: false, error: this.failure })
    let slot = this.slots[0]!
    for (const other of this.slots) if (other.waiting.size < slot.waiting.size) slot = other
    const seq = this.seq++
    slot.waiting.set(seq, settle)
    slot.worker.postMessage({ seq, a, b })
  }

  async close(): Promise<void> {
    this.closing = true
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }
}
