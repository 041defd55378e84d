// The structure operations of the planted tasks (drop, insert, merge, split, reorder), shared by
// planted.mjs (Vietnamese) and planted-en.mjs (English, French, Spanish, German, Portuguese). What
// differs by language is passed in `rules`; the random draws are the same in number and order for
// both, so planted.mjs generates the pairs it generated when it kept its own copy.
//
//   rules = {
//     droppable(text)      a B sentence that may be dropped (its facts become missing)
//     donors()             pages to take an inserted sentence from
//     insertable(text)     a donor sentence that may be inserted
//     inserted(donor)      extra fields of the insert's structure record
//     mergeable(first, next) two sentences that may be merged ("…." → "…; next")
//     splitAt              where a sentence may be split in two (a global regex)
//     quoted               a sentence holding a quote is never split
//     eligible(text)       a body sentence (merge and split only take those)
//   }

const capFirst = (s) => s.charAt(0).toUpperCase() + s.slice(1)

/** Apply `op` to B (the copy being built) when it can; true when it did. */
export function structureOp(op, { B, claimed, r, structure }, rules) {
  const free = (j) => B[j].tag === 'untouched' && B[j].from.length === 1 && !claimed.has(B[j].from[0])
  if (op === 'drop') {
    const cands = B.map((_, j) => j).filter((j) => j > 0 && free(j) && rules.droppable(B[j].text))
    if (!cands.length || B.length <= 3) return false
    const j = r.pick(cands)
    structure.push({ op, aUnit: B[j].from[0] })
    claimed.add(B[j].from[0])
    B.splice(j, 1)
    return true
  }
  if (op === 'insert') {
    const donors = rules.donors()
    for (let t = 0; t < 10 && donors.length; t++) {
      const d = r.pick(donors)
      const cands = d.sentences.filter(rules.insertable)
      if (!cands.length) continue
      const unit = { text: r.pick(cands), from: [], tag: 'inserted' }
      B.splice(r.int(1, B.length), 0, unit)
      structure.push({ op, unit, ...rules.inserted(d) })
      return true
    }
    return false
  }
  if (op === 'merge') {
    const cands = B.map((_, j) => j).filter((j) => j + 1 < B.length && free(j) && free(j + 1) && rules.eligible(B[j].text) && rules.eligible(B[j + 1].text) && rules.mergeable(B[j].text, B[j + 1].text))
    if (!cands.length) return false
    const j = r.pick(cands)
    const merged = { text: `${B[j].text.slice(0, -1)}; ${B[j + 1].text}`, from: [B[j].from[0], B[j + 1].from[0]], tag: 'merge' }
    claimed.add(B[j].from[0]); claimed.add(B[j + 1].from[0])
    B.splice(j, 2, merged)
    structure.push({ op, aUnit: merged.from[0] })
    return true
  }
  if (op === 'split') {
    for (const j of r.shuffle(B.map((_, x) => x).filter((x) => free(x) && rules.eligible(B[x].text)))) {
      const s = B[j].text
      const sites = []
      for (const m of s.matchAll(rules.splitAt)) {
        const p1 = s.slice(0, m.index)
        const p2 = s.slice(m.index + m[0].length)
        const n1 = p1.split(' ').length
        const n2 = p2.split(' ').length
        // both halves must carry a fair share of the sentence (≥ 6 words and ≥ 35 %)
        if (n1 >= 6 && n2 >= 6 && Math.min(n1, n2) >= 0.35 * (n1 + n2) && !rules.quoted.test(s)) sites.push({ p1, p2 })
      }
      if (!sites.length) continue
      const { p1, p2 } = r.pick(sites)
      const i = B[j].from[0]
      claimed.add(i)
      B.splice(j, 1, { text: `${p1}.`, from: [i], tag: 'split' }, { text: capFirst(p2), from: [i], tag: 'split' })
      structure.push({ op, aUnit: i })
      return true
    }
    return false
  }
  if (op === 'reorder') {
    if (B.length < 4) return false
    const j = r.int(1, B.length - 2)
    const k = Math.min(B.length - 1, j + r.int(1, 3))
    const [u] = B.splice(j, 1)
    B.splice(k, 0, u)
    structure.push({ op, aUnit: u.from[0] })
    return true
  }
  return false
}
