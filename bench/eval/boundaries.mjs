// Sentence boundaries on real text: the documents of vi-news-sentences.jsonl joined as a
// page shows them (titles and other unpunctuated lines on their own line, other sentences
// separated by a space), segmented by `segment()`, compared with the corpus's own boundaries.
//
//   joinDocument(sentences) -> { text, boundaries }   (boundaries: offsets where a sentence starts, the first excluded)
//   evalBoundaries({ lib, file }) -> { ...prf, documents, misses, invented }
import fs from 'node:fs'
import path from 'node:path'
import { corporaDir, prf, readJsonl } from './metrics.mjs'

// A sentence ending like this runs on in its paragraph; anything else (a title, a caption) stands on its own line.
const TERMINAL = /[.!?…]["'”’»)\]]*$/u

export function joinDocument(sentences) {
  let text = ''
  const boundaries = []
  sentences.forEach((raw, i) => {
    const sentence = raw.trim()
    if (i > 0) {
      const previousOwnLine = !TERMINAL.test(sentences[i - 1].trim())
      text += previousOwnLine || !TERMINAL.test(sentence) ? '\n' : ' '
      boundaries.push(text.length)
    }
    text += sentence
  })
  return { text, boundaries }
}

/** A window of `text` around `offset`, with the boundary marked. */
function around(text, offset) {
  return `${text.slice(Math.max(0, offset - 50), offset).replace(/\n/g, '⏎')}‖${text.slice(offset, offset + 40).replace(/\n/g, '⏎')}`
}

export function evalBoundaries({ lib, file = path.join(corporaDir, 'vi-news-sentences.jsonl') }) {
  if (!fs.existsSync(file)) return { skipped: `${file} not found` }
  let tp = 0, fp = 0, fn = 0
  const misses = []
  const invented = []
  const documents = readJsonl(file)
  for (const doc of documents) {
    const { text, boundaries } = joinDocument(doc.sentences)
    const predicted = new Set(lib.segment(text).slice(1).map((s) => s.start))
    const gold = new Set(boundaries)
    for (const b of gold) if (predicted.has(b)) tp++; else { fn++; misses.push(around(text, b)) }
    for (const b of predicted) if (!gold.has(b)) { fp++; invented.push(around(text, b)) }
  }
  return { documents: documents.length, ...prf(tp, fp, fn), misses, invented }
}
