/**
 * The signature workers of `corroborate dedup --workers N`: MinHash signing is the only
 * per-article step that needs no index, so it alone runs off the main thread; adding to
 * the index stays in order on the main thread.
 */
import { Worker } from 'node:worker_threads'

/** Signature workers: batches of texts in, MinHash signatures out, in order per batch. */
export class SignaturePool {
  private readonly workers: Worker[]
  private next = 0
  private seq = 0
  private readonly waiting = new Map<number, { resolve: (s: number[][]) => void; reject: (e: unknown) => void }>()

  constructor(count: number) {
    const lib = new URL('./index.js', import.meta.url).href
    const code = `
      const { parentPort, workerData } = require('node:worker_threads')
      import(workerData.lib).then(({ signature }) => {
        parentPort.on('message', ({ seq, texts }) => {
          parentPort.postMessage({ seq, sigs: texts.map((t) => signature(t).minhash) })
        })
      })`
    this.workers = Array.from({ length: count }, () => {
      const worker = new Worker(code, { eval: true, workerData: { lib } })
      worker.on('message', ({ seq, sigs }: { seq: number; sigs: number[][] }) => {
        this.waiting.get(seq)?.resolve(sigs)
        this.waiting.delete(seq)
      })
      worker.on('error', (error) => {
        for (const w of this.waiting.values()) w.reject(error)
        this.waiting.clear()
      })
      return worker
    })
  }

  sign(texts: string[]): Promise<number[][]> {
    const seq = this.seq++
    const worker = this.workers[this.next++ % this.workers.length]!
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject })
      worker.postMessage({ seq, texts })
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()))
  }
}
