/**
 * createDedupIndex(): an incremental index that tells, for each article added,
 * which earlier articles are near-duplicates (MinHash + LSH over word shingles)
 * and which report the same event (weighted-feature index with hub correction),
 * and keeps clusters of both by guarded union-find. Plain JSON in and out;
 * toJSON() / loadDedupIndex() save and restore it. See docs/dedup.md.
 */
import { compare } from '../compare'
import { Clusters } from './clusters'
import { consolidate } from './consolidate'
import { EventIndex, type EventState } from './event'
import { type EventFeatures, eventFeatures } from './event-features'
import { eventIndexOptions, hubScore, hubWithNeighbour, queryHubness } from './event-score'
import { BANDS, LshIndex, bandKeys } from './lsh'
import { PERMUTATIONS, estimateJaccard, isEmptySignature, minhash } from './minhash'
import { type Checked, checkArticle, inputError, resolveDedupOptions, round, toBase64 } from './options'
import { type SnapshotState, snapshotLines, stateFromJSON, stateFromLines } from './snapshot'
import type { DedupArticle, DedupCluster, DedupIndex, DedupIndexJSON, DedupLevel, DedupOptions, DedupResult, ResolvedDedupOptions } from './types'

export type { DedupMode, DedupLevel, DedupArticle, DedupMatch, DedupResult, DedupCluster, DedupOptions, DedupIndexJSON, DedupIndex, ResolvedDedupOptions } from './types'

class Index implements DedupIndex {
  private readonly ids: string[] = []
  private readonly idSet = new Set<string>()
  private readonly times: number[] = []
  private sigs = new Uint32Array(PERMUTATIONS * 64)
  private readonly lsh = new LshIndex()
  private readonly event: EventIndex | null
  private readonly groups: Clusters
  private readonly texts: string[] | null
  private readonly near: boolean
  /** clusters()'s batch answer, until the next add(). */
  private consolidatedCache: Clusters | null = null

  constructor(
    readonly options: ResolvedDedupOptions,
    state?: { event: EventState | null; clusters: Clusters },
  ) {
    this.near = options.mode !== 'event'
    const eventOptions = eventIndexOptions(options.eventTerms)
    this.event = options.mode === 'near' ? null : state?.event ? EventIndex.fromState(state.event, eventOptions) : new EventIndex(eventOptions)
    this.groups = state?.clusters ?? new Clusters()
    this.texts = options.verify !== null ? [] : null
  }

  get size(): number {
    return this.ids.length
  }

  private inWindow(a: number, b: number): boolean {
    const w = this.options.window
    return w === null || Number.isNaN(a) || Number.isNaN(b) || Math.abs(a - b) <= w
  }

  private storeSignature(doc: number, sig: Uint32Array): void {
    if ((doc + 1) * PERMUTATIONS > this.sigs.length) {
      const bigger = new Uint32Array(this.sigs.length * 2)
      bigger.set(this.sigs)
      this.sigs = bigger
    }
    this.sigs.set(sig, doc * PERMUTATIONS)
  }

  private nearMatches(sig: Uint32Array, time: number): Array<{ doc: number; similarity: number }> {
    if (isEmptySignature(sig)) return []
    const out: Array<{ doc: number; similarity: number }> = []
    for (const doc of this.lsh.candidates(bandKeys(sig))) {
      if (!this.inWindow(time, this.times[doc]!)) continue
      const j = estimateJaccard(sig, this.sigs, 0, doc * PERMUTATIONS)
      if (j >= this.options.nearThreshold) out.push({ doc, similarity: j })
    }
    return out.sort((x, y) => y.similarity - x.similarity || x.doc - y.doc)
  }

  /** The verify step: compare()'s lexical overlap (term-frequency cosine of the two bodies) reaches the threshold. */
  private verified(a: string, b: string): boolean {
    return compare(a, b, { kinds: [] }).overlap.lexical >= this.options.verify!
  }

  private eventMatches(features: EventFeatures, text: string, time: number, adding: boolean) {
    const event = this.event!
    const { vector, candidates } = event.candidates(features, 1, (doc) => this.inWindow(time, this.times[doc]!))
    const hubQ = queryHubness(candidates)
    const matches: Array<{ doc: number; similarity: number }> = []
    for (const { doc, cosine } of candidates) {
      if (cosine < this.options.eventMinCosine) continue
      const hubD = hubWithNeighbour(event.neighboursOf(doc), cosine)
      if (hubScore(cosine, hubQ, hubD) < this.options.eventThreshold) continue
      if (this.texts && this.options.verify !== null) {
        if (!this.verified(this.texts[doc]!, text)) continue
      }
      matches.push({ doc, similarity: cosine })
    }
    void adding
    return { vector, candidates, matches }
  }

  private linked(x: number, y: number): boolean {
    if (!this.inWindow(this.times[x]!, this.times[y]!)) return false
    if (this.near && estimateJaccard(this.sigs, this.sigs, x * PERMUTATIONS, y * PERMUTATIONS) >= this.options.nearThreshold) return true
    if (!this.event) return false
    const cosine = this.event.pairCosine(x, y)
    if (cosine < this.options.eventMinCosine) return false
    if (hubScore(cosine, this.event.hubness(x), this.event.hubness(y)) < this.options.eventThreshold) return false
    if (this.texts && this.options.verify !== null) return this.verified(this.texts[x]!, this.texts[y]!)
    return true
  }

  private match(a: Checked, adding: boolean) {
    let sig: Uint32Array | null = null
    let near: Array<{ doc: number; similarity: number }> = []
    if (this.near) {
      sig = a.signature ?? minhash(a.text)
      near = this.nearMatches(sig, a.time)
    }
    let features: EventFeatures | null = null
    let event: ReturnType<Index['eventMatches']> | null = null
    if (this.event) {
      features = eventFeatures(a.text, a.title)
      event = this.eventMatches(features, a.text, a.time, adding)
    }
    const seen = new Set(near.map((m) => m.doc))
    const eventOnly = (event?.matches ?? []).filter((m) => !seen.has(m.doc))
    const ordered = [...near.map((m) => ({ ...m, level: 'near' as const })), ...eventOnly.map((m) => ({ ...m, level: 'event' as const }))]
    const level: DedupLevel | null = near.length > 0 ? 'near' : eventOnly.length > 0 ? 'event' : null
    return { sig, features, event, ordered, level }
  }

  add(article: DedupArticle): DedupResult {
    const a = checkArticle(article, true)
    const id = a.id!
    if (this.idSet.has(id)) throw inputError('article.id', 'an id not already in the index', id)
    const { sig, features, event, ordered, level } = this.match(a, true)
    const doc = this.groups.add()
    this.consolidatedCache = null
    this.ids.push(id)
    this.idSet.add(id)
    this.times.push(a.time)
    if (sig) {
      this.storeSignature(doc, sig)
      if (!isEmptySignature(sig)) this.lsh.add(doc, bandKeys(sig))
    }
    if (this.event && features && event) this.event.add(features, event.vector, event.candidates)
    if (this.texts) this.texts.push(a.text)
    const root = this.groups.assign(doc, ordered.map((m) => m.doc), (x, y) => this.linked(x, y), this.options.minLinkRatio)
    return {
      id,
      cluster: this.ids[root]!,
      level,
      matches: ordered.slice(0, this.options.maxMatches).map((m) => ({ id: this.ids[m.doc]!, similarity: round(m.similarity), level: m.level })),
    }
  }

  query(article: Omit<DedupArticle, 'id'> & { readonly id?: string }) {
    const a = checkArticle(article, false)
    const { ordered, level } = this.match(a, false)
    return {
      id: a.id,
      cluster: ordered.length > 0 ? this.ids[this.groups.find(ordered[0]!.doc)]! : null,
      level,
      matches: ordered.slice(0, this.options.maxMatches).map((m) => ({ id: this.ids[m.doc]!, similarity: round(m.similarity), level: m.level })),
    }
  }

  /** clusters()'s batch answer (see consolidate.ts). Only called with same-event matching on. */
  private consolidated(): Clusters {
    const sigAt = (doc: number): Uint32Array => this.sigs.subarray(doc * PERMUTATIONS, (doc + 1) * PERMUTATIONS)
    return consolidate({
      n: this.ids.length,
      event: this.event!,
      eventThreshold: this.options.eventThreshold,
      eventMinCosine: this.options.eventMinCosine,
      minLinkRatio: this.options.minLinkRatio,
      inWindow: (x, y) => this.inWindow(this.times[x]!, this.times[y]!),
      nearDuplicates: (doc) => (this.near ? this.nearMatches(sigAt(doc), this.times[doc]!).map((m) => m.doc).filter((d) => d !== doc) : []),
      isNear: (x, y) => this.near && estimateJaccard(this.sigs, this.sigs, x * PERMUTATIONS, y * PERMUTATIONS) >= this.options.nearThreshold,
      verify: this.texts && this.options.verify !== null ? (x, y) => this.verified(this.texts![x]!, this.texts![y]!) : null,
    })
  }

  clusters(options: { consolidate?: boolean } = {}): DedupCluster[] {
    // consolidation only changes anything when same-event decisions (idf, neighbourhoods) are involved
    const consolidate = (options.consolidate ?? true) && this.event !== null
    let groups = this.groups
    if (consolidate) groups = this.consolidatedCache ??= this.consolidated()
    return groups
      .groups()
      .sort((x, y) => x[0]! - y[0]!)
      .map((members) => ({ id: this.ids[members[0]!]!, members: members.map((m) => this.ids[m]!) }))
  }

  toJSON(): DedupIndexJSON {
    return {
      format: 'corroborate-dedup-index',
      version: 1,
      options: this.options,
      ids: this.ids.slice(),
      published: this.times.map((t) => (Number.isNaN(t) ? null : t)),
      signatures: this.near ? toBase64(this.sigs.subarray(0, this.ids.length * PERMUTATIONS)) : '',
      event: this.event ? this.event.toState() : null,
      clusters: this.groups.toState(),
      texts: this.texts ? this.texts.slice() : null,
    }
  }

  snapshotLines(): Iterable<string> {
    const roots = this.groups.toState()
    const event = this.event
    return snapshotLines({
      options: this.options,
      size: this.ids.length,
      near: this.near,
      roots,
      texts: this.texts !== null,
      id: (doc) => this.ids[doc]!,
      published: (doc) => (Number.isNaN(this.times[doc]!) ? null : this.times[doc]!),
      signature: (doc) => this.sigs.subarray(doc * PERMUTATIONS, (doc + 1) * PERMUTATIONS),
      text: (doc) => (this.texts ? this.texts[doc]! : null),
      event: event ? { articles: event.size, df: () => event.dfEntries(), doc: (doc) => event.docState(doc) } : null,
    })
  }

  /** Rebuild from a checked snapshot (used by loadDedupIndex). */
  static restore(state: SnapshotState): Index {
    const index = new Index(resolveDedupOptions(optionsFromJSON(state.options)), { event: state.event, clusters: Clusters.fromState(state.clusters) })
    if (index.near && state.signatures.length !== state.ids.length * PERMUTATIONS) throw inputError('snapshot.signatures', `${state.ids.length * PERMUTATIONS} words`, `${state.signatures.length} words`)
    state.ids.forEach((id, doc) => {
      if (index.idSet.has(id)) throw inputError('snapshot.ids', 'ids that are all different', id)
      index.ids.push(id)
      index.idSet.add(id)
      index.times.push(state.published[doc] ?? Number.NaN)
      if (index.near) {
        const sig = state.signatures.subarray(doc * PERMUTATIONS, (doc + 1) * PERMUTATIONS)
        index.storeSignature(doc, sig)
        if (!isEmptySignature(sig)) index.lsh.add(doc, bandKeys(sig))
      }
      if (index.texts) index.texts.push(state.texts?.[doc] ?? '')
    })
    return index
  }

  /** Approximate bytes held by the index structures (signatures, band tables, event index). */
  bytes(): number {
    return this.ids.length * PERMUTATIONS * 4 + this.lsh.bytes() + (this.event?.bytes() ?? 0)
  }
}

function optionsFromJSON(o: ResolvedDedupOptions): DedupOptions {
  return {
    mode: o.mode,
    nearThreshold: o.nearThreshold,
    eventThreshold: o.eventThreshold,
    eventMinCosine: o.eventMinCosine,
    ...(o.window !== null ? { window: o.window } : {}),
    verify: o.verify === null ? false : { threshold: o.verify },
    maxMatches: o.maxMatches,
    minLinkRatio: o.minLinkRatio,
    eventTerms: o.eventTerms,
  }
}

/** A new, empty dedup index. Throws CorroborateError `E_OPTION` on a bad option. */
export function createDedupIndex(options?: DedupOptions): DedupIndex {
  return new Index(resolveDedupOptions(options))
}

/**
 * Restore a saved index: a `toJSON()` snapshot (the object or its JSON text), or the
 * JSON Lines of `snapshotLines()` (their text, or any iterable of the lines, e.g. read
 * from a file). Throws `E_INPUT` on anything else, naming the field or line at fault.
 */
export function loadDedupIndex(snapshot: DedupIndexJSON | string | Iterable<string>): DedupIndex {
  if (typeof snapshot === 'string') {
    const firstLine = snapshot.slice(0, snapshot.indexOf('\n') + 1 || snapshot.length)
    if (/"version"\s*:\s*2\b/.test(firstLine)) return Index.restore(stateFromLines(snapshot.split('\n')))
    let value: unknown
    try {
      value = JSON.parse(snapshot)
    } catch {
      throw inputError('json', 'JSON text of a saved dedup index', snapshot)
    }
    return Index.restore(stateFromJSON(value))
  }
  if (snapshot !== null && typeof snapshot === 'object' && !Array.isArray(snapshot) && 'format' in snapshot) return Index.restore(stateFromJSON(snapshot))
  if (snapshot !== null && typeof snapshot === 'object' && Symbol.iterator in snapshot) return Index.restore(stateFromLines(snapshot as Iterable<string>))
  throw inputError('snapshot', 'a saved dedup index (toJSON() or snapshotLines())', snapshot)
}

/** A portable MinHash signature: PERMUTATIONS values and the BANDS band keys derived from them. */
export interface Signature {
  readonly minhash: number[]
  readonly bands: number[]
}

/** The MinHash signature and LSH band keys of a text (see docs/dedup.md for the exact definition). */
export function signature(text: string): Signature {
  if (typeof text !== 'string') throw inputError('text', 'a string', text)
  const sig = minhash(text)
  return { minhash: Array.from(sig), bands: bandKeys(sig) }
}

export { BANDS, PERMUTATIONS }
export type { DedupSnapshotArticle, DedupSnapshotDf, DedupSnapshotHeader, DedupSnapshotLine } from './snapshot'
