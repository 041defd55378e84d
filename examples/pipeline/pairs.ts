// Step 2 of the pipeline: the pairs to compare, every two reports within each cluster that
// `corroborate dedup --clusters` wrote, as `corroborate compare --pairs` reads them ({aId, bId}).
//
//   npx tsx examples/pipeline/pairs.ts clusters.jsonl > pairs.jsonl
//
// A cluster of n reports gives n(n−1)/2 pairs; for a story with many outlets,
// compareMany() (corroborate compare a b c …) gives one table instead.
import { readFileSync } from 'node:fs'
import type { DedupCluster } from 'corroborate'

const [file] = process.argv.slice(2)
if (!file) {
  process.stderr.write('usage: tsx examples/pipeline/pairs.ts clusters.jsonl > pairs.jsonl\n')
  process.exit(2)
}

const clusters = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as DedupCluster)
for (const { members } of clusters) {
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) process.stdout.write(JSON.stringify({ aId: members[i], bId: members[j] }) + '\n')
  }
}
