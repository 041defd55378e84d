// One thread of bench/batch/ceiling.mjs: the compare work of a batch worker (safeCompare, then
// the report's JSON line) with no pool and no messages, timed in this thread's own CPU time
// (/proc/thread-self/schedstat, nanoseconds): a cold pass over the list, then, from a barrier
// that all threads start at together, a warm pass timed pair by pair. The first thread to
// finish its warm pass raises `stop`, so what the others count ran while it did too.
import { readFileSync, readlinkSync } from 'node:fs'
import { PerformanceObserver } from 'node:perf_hooks'
import { parentPort, workerData } from 'node:worker_threads'

const { lib, pairs, offset, count, flags: sharedFlags, control } = workerData
const flags = new Int32Array(sharedFlags) // [0] threads ready, [1] go, [2] stop
const READY = 0
const GO = 1
const STOP = 2
const cpuNs = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0])

// collections, counted (their durations are wall time, which neighbours stretch)
let gcCount = 0
new PerformanceObserver((list) => {
  gcCount += list.getEntries().length
}).observe({ entryTypes: ['gc'] })

/** Work that touches no memory beyond registers (`alu`) or a 64 MB array at random (`memory`): what the cores themselves do when both are busy. */
function controlWork(kind, rounds) {
  if (kind === 'alu') {
    let a = 1
    let b = 2
    let c = 3
    let d = 4
    for (let i = 0; i < rounds * 1e6; i++) {
      a = (a * 1664525 + 1013904223) | 0
      b = (b * 22695477 + 1) | 0
      c = (c ^ (c << 13)) | 0
      d = (d + (a ^ b)) | 0
    }
    return a + b + c + d
  }
  const cells = new Int32Array(16 * 1024 * 1024)
  let x = 1
  let sum = 0
  for (let i = 0; i < rounds * 1e6; i++) {
    x = (x * 1664525 + 1013904223) | 0
    const at = (x >>> 8) & (cells.length - 1)
    sum += cells[at]
    cells[at] = i
  }
  return sum
}

const { safeCompare } = await import(lib)
const compareOne = ([a, b]) => {
  const result = safeCompare(a, b)
  return result.success ? JSON.stringify(result.report).length : 0
}

// a cold pass over the whole list before the barrier: what this isolate pays to warm up
// (JIT tiers, inline caches, heap sizing) is this pass's CPU less the warm pass's below
let coldNs = 0
if (!control) {
  const t = cpuNs()
  for (const pair of pairs) compareOne(pair)
  coldNs = cpuNs() - t
}
Atomics.add(flags, READY, 1)
Atomics.notify(flags, READY)
Atomics.wait(flags, GO, 0)

const gcCountBefore = gcCount
const wallStart = performance.now()
const cpuStart = cpuNs()
const done = [] // [pair index, CPU ns]
if (control) {
  controlWork(control.kind, control.rounds)
} else {
  for (let k = 0; k < count && Atomics.load(flags, STOP) === 0; k++) {
    const index = (offset + k) % pairs.length
    const t = cpuNs()
    compareOne(pairs[index])
    done.push([index, cpuNs() - t])
  }
}
Atomics.store(flags, STOP, 1)
const cpu = cpuNs() - cpuStart
const wall = performance.now() - wallStart
// let the GC observer deliver what the run produced
await new Promise((resolve) => setTimeout(resolve, 20))
parentPort.postMessage({ tid: readlinkSync('/proc/thread-self').split('/').pop(), done, coldMs: coldNs / 1e6, cpuMs: cpu / 1e6, wallMs: wall, gcCount: gcCount - gcCountBefore })
