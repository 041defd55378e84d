// The aligner corroborate replaces: every sentence of A against every sentence of B
// (word-set Jaccard, best match above 0.5). Written for the benchmark only.
const split = (text) => text.match(/[^.!?\n]+[.!?]*/g) ?? []
const words = (sentence) => new Set(sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])

export function naiveAlign(a, b) {
  const bagsA = split(a).map(words)
  const bagsB = split(b).map(words)
  const links = []
  bagsA.forEach((x, i) => {
    let best = -1
    let bestScore = 0.5
    bagsB.forEach((y, j) => {
      let shared = 0
      for (const w of x) if (y.has(w)) shared++
      const score = shared / (x.size + y.size - shared || 1)
      if (score > bestScore) [best, bestScore] = [j, score]
    })
    if (best >= 0) links.push([i, best])
  })
  return links
}
