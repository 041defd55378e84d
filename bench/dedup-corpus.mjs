// Synthetic news-like articles for the dedup bench and eval: sentences of words drawn
// (Zipf-like) from a vocabulary, with capitalised names and numbers, distinct per index.
import { mulberry32 } from './eval/metrics.mjs'

const FALLBACK = 'người dân thành phố chính phủ kinh tế năm ngày cho biết đã và các của trong với được có này theo tại một những là không sẽ về khi từ'.split(' ')

/** A distinct ~`bytes`-byte article, deterministic for (i, seed). */
export function syntheticArticle(i, { vocabulary = FALLBACK, bytes = 3000, seed = 1 } = {}) {
  const next = mulberry32((seed * 0x9e3779b1 + i * 0x85ebca6b) >>> 0)
  const n = vocabulary.length
  const word = () => vocabulary[Math.floor(n * next() ** 2.5)]
  const parts = []
  let size = 0
  while (size < bytes) {
    const len = 8 + Math.floor(next() * 18)
    const w = []
    for (let k = 0; k < len; k++) {
      const roll = next()
      if (roll < 0.05) w.push(String(Math.floor(next() * 10000)))
      else if (roll < 0.12) {
        const x = word()
        w.push(x.charAt(0).toUpperCase() + x.slice(1))
      } else w.push(word())
    }
    const s = w.join(' ')
    const sentence = s.charAt(0).toUpperCase() + s.slice(1) + '.'
    parts.push(sentence)
    size += Buffer.byteLength(sentence) + 1
  }
  return { title: parts[0].slice(0, 60), text: parts.join(' ') }
}
