/**
 * Worker threads for compareBatch(), on node:worker_threads directly: one long-lived
 * worker per thread asked for, each task sent to the worker with the fewest outstanding
 * (pairs differ widely in length, so round-robin would leave one worker idle behind
 * another's long pair). A comparison takes milliseconds to seconds, so what a pool library
 * such as piscina adds (task queues, idle timeouts, resizing) buys nothing measurable here
 * and would be a runtime dependency for ~80 lines; the figures are in docs/scaling.md.
 */
import { Worker } from 'node:worker_threads'
import type { SafeCompareResult } from '../safe'
import type { Article, CompareOptions } from '../types'
import type { WorkerReply } from './messages'

declare const __COMPARE_WORKER__: string | undefined

/** The built worker beside the built index: compare-worker.js from dist/index.js, compare-worker.cjs from dist/index.cjs. */
function workerFile(): URL {
  // tsup defines the file name per output format; the sources (under vitest) have no built worker to start
  if (typeof __COMPARE_WORKER__ !== 'string') throw new Error('compareBatch() with workers runs from the built package (dist/); build it with npm run build')
  return new URL(`./${__COMPARE_WORKER__}`, import.meta.url)
}

interface Slot {
  readonly worker: Worker
  readonly waiting: Map<number, { resolve: (result: SafeCompareResult) => void; reject: (error: unknown) => void }>
}

export class ComparePool {
  private readonly slots: Slot[]
  private seq = 0
  private failure: unknown = null

  constructor(count: number, options: CompareOptions) {
    const file = workerFile()
    this.slots = Array.from({ length: count }, () => {
      const slot: Slot = { worker: new Worker(file, { workerData: { options } }), waiting: new Map() }
      slot.worker.on('message', (reply: WorkerReply) => {
        const task = slot.waiting.get(reply.seq)
        slot.waiting.delete(reply.seq)
        if ('result' in reply) task?.resolve(reply.result)
        else task?.reject(Object.assign(new Error(reply.crash.split('\n')[0]), { stack: reply.crash }))
      })
      const fail = (error: unknown): void => {
        this.failure ??= error
        for (const task of slot.waiting.values()) task.reject(error)
        slot.waiting.clear()
      }
      slot.worker.on('error', fail)
      slot.worker.on('exit', (code) => {
        if (slot.waiting.size > 0) fail(new Error(`a compareBatch() worker exited (code ${code}) with ${slot.waiting.size} pairs unanswered`))
      })
      return slot
    })
  }

  compare(a: string | Article, b: string | Article): Promise<SafeCompareResult> {
    if (this.failure) return Promise.reject(this.failure)
    let slot = this.slots[0]!
    for (const other of this.slots) if (other.waiting.size < slot.waiting.size) slot = other
    const seq = this.seq++
    return new Promise((resolve, reject) => {
      slot.waiting.set(seq, { resolve, reject })
      slot.worker.postMessage({ seq, a, b })
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }
}
