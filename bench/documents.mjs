// Benchmark inputs: two long reports built from real Vietnamese news (vmds/articles.jsonl,
// VietnameseMDS, in CORROBORATE_CORPORA or ../shared/corpora), B a reordered, edited copy of A,
// as two outlets' long coverage would be.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { corporaDir } from './eval/metrics.mjs'

const root = resolve(fileURLToPath(import.meta.url), '../..')
/** What documentPair() reads, relative to corporaDir. */
export const DOCUMENT_CORPUS = 'vmds/articles.jsonl'

function rng(seed) {
  let t = seed >>> 0
  return () => {
    t = (t + 0x6d2b79f5) >>> 0
    let x = Math.imul(t ^ (t >>> 15), 1 | t)
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296
  }
}

let paragraphs
function corpusParagraphs() {
  if (paragraphs) return paragraphs
  paragraphs = []
  for (const line of readFileSync(resolve(corporaDir, DOCUMENT_CORPUS), 'utf8').split('\n')) {
    if (!line.trim()) continue
    const { text } = JSON.parse(line)
    // Three sentences to a paragraph, roughly how the outlets break their text.
    const sentences = text.match(/[^.!?]+[.!?]+["”]?\s*/g) ?? [text]
    for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join('').trim())
  }
  return paragraphs
}

/** A and B of about `bytes` UTF-8 bytes each: B reorders A's paragraphs, drops some, adds others, edits numbers. */
export function documentPair(bytes, seed = 1) {
  const random = rng(seed)
  const pool = corpusParagraphs()
  const a = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const paragraph = pool[i % pool.length]
    a.push(paragraph)
    size += Buffer.byteLength(paragraph) + 2
  }
  const b = []
  for (const paragraph of a) {
    const roll = random()
    if (roll < 0.1) continue
    if (roll < 0.2) b.push(pool[Math.floor(random() * pool.length)])
    b.push(roll < 0.35 ? paragraph.replace(/\d+/, (n) => String(Number(n) + 1)) : paragraph)
  }
  for (let i = b.length - 1; i > 0; i--) {
    if (random() < 0.3) {
      const j = Math.max(0, i - 1 - Math.floor(random() * 20))
      ;[b[i], b[j]] = [b[j], b[i]]
    }
  }
  return { a: a.join('\n\n'), b: b.join('\n\n') }
}

export function seedPair() {
  return {
    a: readFileSync(resolve(root, 'examples/seeds/thanhnien.txt'), 'utf8'),
    b: readFileSync(resolve(root, 'examples/seeds/ngaynay.txt'), 'utf8'),
  }
}
