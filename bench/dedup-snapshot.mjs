#!/usr/bin/env node
// Saving and loading a large near-mode dedup index through the CLI's --save / --load
// (JSON Lines, version 2): time, file size and peak RSS of each step, in fresh processes.
//
//   npm run build && node bench/dedup-snapshot.mjs [--count 1000000]
//
// The index is built from random MinHash signatures passed in with each article (no
// text hashing: this measures the snapshot, not the signatures). Step 1 builds it and
// saves it with the CLI's own atomic writer; step 2 is `corroborate dedup --load` on
// empty input (load only); step 3 loads and saves again (`--load X --save X`).
// Writes bench/results/dedup-snapshot.json.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..')
const i = process.argv.indexOf('--count')
const COUNT = i === -1 ? 1_000_000 : Number(process.argv[i + 1])
const dir = mkdtempSync(join(tmpdir(), 'corroborate-snapshot-bench-'))
const file = join(dir, 'index.jsonl')
const cli = join(root, 'dist/cli.js')

/** Run a command under /usr/bin/time: wall seconds and peak RSS (MB). */
function timed(args, input) {
  const started = process.hrtime.bigint()
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 26 })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  const maxRssKb = Number(r.stderr.trim().split('\n').at(-1))
  return { seconds: Math.round(seconds * 10) / 10, peakRssMB: Math.round(maxRssKb / 1024) }
}

// Step 1 in a child: build from random signatures, save as the CLI does (temporary file, fsync, rename).
const build = `
  const { createDedupIndex, PERMUTATIONS } = await import(${JSON.stringify(join(root, 'dist/index.js'))})
  const { closeSync, fsyncSync, openSync, renameSync, writeSync } = await import('node:fs')
  const index = createDedupIndex({ mode: 'near' })
  let seed = 12345
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0)
  const sig = new Uint32Array(128)
  for (let doc = 0; doc < ${COUNT}; doc++) {
    for (let k = 0; k < sig.length; k++) sig[k] = random()
    index.add({ id: 'a' + doc, text: '', signature: sig, published: null })
  }
  const t0 = performance.now()
  const fd = openSync(${JSON.stringify(file + '.tmp')}, 'w')
  let pending = ''
  for (const line of index.snapshotLines()) { pending += line; if (pending.length >= 1 << 20) { writeSync(fd, pending); pending = '' } }
  if (pending) writeSync(fd, pending)
  fsyncSync(fd); closeSync(fd); renameSync(${JSON.stringify(file + '.tmp')}, ${JSON.stringify(file)})
  process.stderr.write('save seconds ' + ((performance.now() - t0) / 1000).toFixed(1) + '\\n')
`
const buildScript = join(dir, 'build.mjs')
writeFileSync(buildScript, build)
const results = { count: COUNT, node: process.version }
const b = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, '--max-old-space-size=8192', buildScript], { encoding: 'utf8' })
if (b.status !== 0) throw new Error(b.stderr)
const [saveLine, rss] = b.stderr.trim().split('\n').slice(-2)
results.buildAndSave = { saveSeconds: Number(saveLine.split(' ').at(-1)), peakRssMB: Math.round(Number(rss) / 1024) }
results.fileMB = Math.round(statSync(file).size / 1e6)
results.load = timed([cli, 'dedup', '-', '--load', file], '')
results.loadAndSave = timed([cli, 'dedup', '-', '--load', file, '--save', file], '')
rmSync(dir, { recursive: true, force: true })
mkdirSync(join(root, 'bench/results'), { recursive: true })
writeFileSync(join(root, 'bench/results/dedup-snapshot.json'), JSON.stringify(results, null, 2) + '\n')
console.log(JSON.stringify(results, null, 2))
