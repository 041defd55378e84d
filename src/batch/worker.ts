/**
 * A compareBatch() worker thread: pairs in, results out, tagged with the pair's sequence
 * number so the pool can put them back in input order. Built by tsup as its own entry
 * (dist/compare-worker.js and .cjs) next to the index that starts it.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { safeCompare } from '../safe'
import { safeCompareJson } from './json'
import type { WorkerReply, WorkerSetup, WorkerTask } from './messages'

const { options, json } = workerData as WorkerSetup
const compareOne = json ? safeCompareJson : safeCompare

parentPort!.on('message', ({ seq, a, b }: WorkerTask) => {
  let reply: WorkerReply
  try {
    reply = { seq, result: compareOne(a, b, options) }
  } catch (error) {
    // not a CorroborateError: a bug, which the caller sees as the error compare() would have thrown
    reply = { seq, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
  parentPort!.postMessage(reply)
})
