/**
 * Who acts in a sentence, as evidence that two figures of unlinked sentences report one event.
 *
 * Independent reports of a match or an incident tell each event in their own words, but keep its
 * actor: "Phút 24, … Messi … hạ gục thủ thành Amelia" / "Phút 23, … nơi Messi đang di chuyển";
 * "Robert Macdonal … ghi bàn" (phút 43) / "tiền vệ MacDonal bắt volley" (phút 44). A name word both
 * sentences write (in any letter case) ties them, but only a name that few sentences of
 * either report carry: a report's main actors (the team, the player it is about, the country) sit in
 * most of its sentences and would tie any two of them (clause-anchors.ts measured that for whole
 * names). A word is an actor of a sentence when it is a token of a name there, at least three
 * letters long and not a figure.
 *
 * Only figures count by their actors, never dates: a sentence that names the actor of one event
 * dates others too ("Ngày 16.10, đội sẽ về TP.HCM … Cúp Bình Dương khởi tranh từ 25.10"; a speech
 * recalling the memorial of 7/10), and the day of an event is no event of its own.
 */
import { forget, once } from '../../../document/once'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import type { NameFact } from '../../extract/names/names'

/** A name word in more sentences than this, on either side, belongs to the story, not to one event. */
const MAX_SENTENCES = 3
/**
 * …nor one in more than this share of the sentences that name anyone: in a short report (a
 * sentence pair, a brief) every name is the story's, and two sentences naming it tell nothing.
 */
const MAX_SHARE = 0.25
/** Names in a row that make a list, and the most characters between two of them (", ", " và ", ", U23 "). */
const MIN_LIST = 3
const LIST_GAP = 8

interface ActorWords {
  readonly bySentence: ReadonlyMap<number, ReadonlySet<string>>
  readonly spread: ReadonlyMap<string, number>
}

const NO_ACTORS: ActorWords = { bySentence: new Map(), spread: new Map() }

/** Name words of each sentence, and in how many sentences each word stands: one report's alone, so read once per report (a story pairs it many times). */
function actorWords(facts: DocumentFacts): ActorWords {
  const bySentence = new Map<number, Set<string>>()
  const spread = new Map<string, number>()
  for (const [sentence, names] of facts.namesBySentence) {
    const words = new Set<string>()
    const listed = inLists(names)
    for (const name of names) {
      if (listed.has(name)) continue
      for (const token of name.fact.tokens) if (token.length >= 3 && !/\d/.test(token)) words.add(token)
    }
    for (const w of words) spread.set(w, (spread.get(w) ?? 0) + 1)
    bySentence.set(sentence, words)
  }
  return { bySentence, spread }
}

/**
 * Names written as a list ("6 đội gồm: U23 Campuchia, U23 Lào, U23 Malaysia…", "đại sứ quán các
 * nước Anh, Pháp, Mỹ, Úc"): members of what a figure counts, not actors of an event; two lists that
 * share a member are no one event. A list is a run of `MIN_LIST` names or more, each after the last
 * with no more than a comma or "và" between them.
 */
function inLists(names: readonly Located<NameFact>[]): Set<Located<NameFact>> {
  const listed = new Set<Located<NameFact>>()
  let run: Located<NameFact>[] = []
  const close = (): void => {
    if (run.length >= MIN_LIST) for (const name of run) listed.add(name)
  }
  for (const name of [...names].sort((p, q) => p.span.start - q.span.start)) {
    const last = run[run.length - 1]
    if (last && name.span.start - last.span.end <= LIST_GAP) run.push(name)
    else {
      close()
      run = [name]
    }
  }
  close()
  return listed
}

/** The figure ends a name (Snapdragon 800, Galaxy Note 10.1, Bluetooth 4.0): the word just before it is a name word of its sentence. */
function labelled(fact: Fact, words: ReadonlySet<string>): boolean {
  const last = fact.type === 'number' ? fact.before[fact.before.length - 1] : undefined
  return last !== undefined && words.has(last)
}

/** Drops a report's actor words (see forget() in document/once). */
export function forgetActors(facts: DocumentFacts): void {
  forget(facts, actorWords)
}

/**
 * The rare name words the sentences of figures x (of A) and y (of B) both write. A figure that ends
 * a name is a label, no event's figure: two models of one maker (Galaxy Note 10.1 / Galaxy Note 3)
 * are two products whatever else their sentences share.
 */
export function createSharedActors(factsA: DocumentFacts | undefined, factsB: DocumentFacts | undefined): (x: Located<Fact>, y: Located<Fact>) => readonly string[] {
  // Read when a pair first asks (only two dates of one call or meeting do): most pairs never ask,
  // and the actor words of a report were a tenth of the seed pair's pairing time.
  let a: ActorWords | undefined
  let b: ActorWords | undefined
  let limitA = 0
  let limitB = 0
  const rare = (w: string): boolean => (a!.spread.get(w) ?? 0) <= limitA && (b!.spread.get(w) ?? 0) <= limitB
  return (x, y) => {
    if (a === undefined || b === undefined) {
      a = factsA ? once(factsA, actorWords) : NO_ACTORS
      b = factsB ? once(factsB, actorWords) : NO_ACTORS
      limitA = Math.min(MAX_SENTENCES, Math.floor(a.bySentence.size * MAX_SHARE))
      limitB = Math.min(MAX_SENTENCES, Math.floor(b.bySentence.size * MAX_SHARE))
    }
    const wordsX = a.bySentence.get(x.sentence)
    const wordsY = b.bySentence.get(y.sentence)
    if (!wordsX || !wordsY || labelled(x.fact, wordsX) || labelled(y.fact, wordsY)) return []
    const shared: string[] = []
    for (const w of wordsX) if (wordsY.has(w) && rare(w)) shared.push(w)
    return shared
  }
}
