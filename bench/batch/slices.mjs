// A quiet 2-vCPU machine in slices, for bench/batch.mjs --sliced on a machine other sessions keep
// busy: the measured process runs at SCHED_FIFO priority 2 for `run` ms at a time, with a
// PAUSE-spinner at priority 1 on each vCPU (bench/batch/pausespin.c) so that a core it leaves
// idle stays idle instead of running a neighbour, then is stopped (SIGSTOP) for `rest` ms so the
// neighbours get their turn (about 40 % of the machine is taken from them while a run lasts).
// Within a slice nothing else runs on either vCPU: each thread's CPU time is then what it costs on
// an idle machine, up to what the host itself does (other guests, clock speed), which moved it by
// ±10 % from one run to the next here. Needs root (real-time scheduling), chrt, taskset and cc.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Why --sliced cannot run here, or null. */
export function cannotSlice() {
  if (process.getuid?.() !== 0) return 'needs root (SCHED_FIFO)'
  for (const tool of ['chrt', 'taskset', 'cc']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' })
    } catch {
      return `needs ${tool}`
    }
  }
  return null
}

let spinner = null
/** Compiles the spinner once and raises this thread (the bench's timer) above the measured process. */
export function prepareSlicing() {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-slices-'))
  spinner = join(dir, 'pausespin')
  execFileSync('cc', ['-O2', '-o', spinner, fileURLToPath(new URL('./pausespin.c', import.meta.url))])
  execFileSync('chrt', ['-f', '-p', '3', String(process.pid)])
  return dir
}

function spin(ms, cpus) {
  for (let cpu = 0; cpu < cpus; cpu++) spawn('chrt', ['-f', '1', 'taskset', '-c', String(cpu), spinner, String(ms)], { stdio: 'ignore' }).unref()
}

/** spawn() for a sliced run: the command at SCHED_FIFO priority 2, with the first slice's spinners. */
export function spawnSliced(command, args, options, { run, cpus }) {
  if (!spinner || !existsSync(spinner)) throw new Error('prepareSlicing() first')
  spin(run, cpus)
  return spawn('chrt', ['-f', '2', command, ...args], options)
}

/** Stops and continues `child` in slices until it exits. */
export async function slice(child, { run, rest, cpus }) {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
  let done = false
  const closed = new Promise((resolve) => child.once('close', () => resolve((done = true))))
  while (!done) {
    await Promise.race([sleep(run), closed])
    if (done) break
    try {
      process.kill(child.pid, 'SIGSTOP')
    } catch {}
    await sleep(rest)
    spin(run, cpus)
    try {
      process.kill(child.pid, 'SIGCONT')
    } catch {}
  }
}
