/**
 * Which set of a counted noun one figure counts (noun-counts.ts). "118 sailors aboard" counts
 * everyone on the boat; "116 sailors trapped", "23 thủy thủ bị mắc kẹt", "30 passagers secourus"
 * count those in a state, a part of those aboard or another set: a report may give both, and one
 * report's count aboard against the other's count in a state is no contradiction. A count in a
 * state is never a main figure here (the outcome lexicon's states, dead, injured, rescued, are
 * toll-pairs.ts's). How many fit ("can carry 180 passengers", "sức chứa", "a capacity of")
 * is not how many came. A number word ("two divers", "bốn thợ lặn", "deux plongeurs") is a small
 * count of something incidental, as often two teams, two dives or two days as one misreported:
 * it meets the other report's only where the two figures share a word beyond their noun.
 */
import type { Fact, NumberFact } from '../../extract/fact'
import { dimensionOf } from '../../reasons/compatible'
import type { Clause } from '../clauses/clauses'
import { outcomeOf } from './life-outcomes'
import { keys } from '../../extract/fact-tokens'
import { foldWord } from '../../../normalize/fold'

/** A state that makes a count a part: the trapped, found, stranded, rescued of those aboard. */
const STATES = keys(
  'trapped stranded rescued evacuated saved survived surviving survivors found recovered retrieved identified freed ' +
    'piégés piégé coincés bloqués secourus sauvés évacués retrouvés récupérés identifiés rescapés survivants ' +
    // the participle after an auxiliary is singular whatever it counts: "ont récupéré 3 moteurs", "han recuperado 3 motores"
    'récupéré retrouvé secouru sauvé évacué identifié rescatado evacuado encontrado recuperado identificado resgatado ' +
    'atrapados atrapadas rescatados rescatadas evacuados evacuadas encontrados encontradas recuperados recuperadas identificados ' +
    'resgatados resgatadas presos soterrados eingeschlossen gerettet evakuiert geborgen gefunden identifiziert',
)
/** The same states as two Vietnamese syllables: "mắc kẹt", "được cứu", "tìm thấy". */
const VI_STATES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [
    ['mắc', 'kẹt'],
    ['bị', 'kẹt'],
    ['được', 'cứu'],
    ['giải', 'cứu'],
    ['sơ', 'tán'],
    ['tìm', 'thấy'],
    ['trục', 'vớt'],
    ['sống', 'sót'],
    ['nhận', 'dạng'],
  ].reduce((m, [a, b]) => {
    const first = foldWord(a!)
    m.set(first, new Set([...(m.get(first) ?? []), foldWord(b!)]))
    return m
  }, new Map<string, Set<string>>()),
)
/** Words after the noun read for its state: "116 sailors (who were) trapped", "23 thủy thủ (đã) bị mắc kẹt". */
const STATE_REACH = 4

function stateIn(words: readonly string[], from: number, to: number): string | undefined {
  for (let k = from; k < Math.min(to, words.length); k++) {
    const w = words[k]!
    if (STATES.has(w)) return w
    if (VI_STATES.get(w)?.has(words[k + 1] ?? '') === true) return `${w} ${words[k + 1]!}`
  }
  return undefined
}

/** The state a count is told in, if any: after its noun ("116 sailors trapped") or a verb of it right before ("rescued 30 passengers"). */
export function stateOf(f: NumberFact): string | undefined {
  const before = f.before
  return stateIn(f.clause ?? f.after, 0, STATE_REACH) ?? stateIn(before, Math.max(0, before.length - 2), before.length)
}

export const countInState = (f: NumberFact): boolean => stateOf(f) !== undefined

/**
 * Why two counts of one noun are two sets, for the slot rules (slots-apart.ts): how many fit
 * against how many came, or two states ("118 sailors aboard" / "116 sailors trapped", "trapped" /
 * "rescued"). A clause naming an outcome is the toll rules' to judge.
 */
export function countSetsApart(x: Fact, y: Fact, cx: Clause, cy: Clause): string | undefined {
  if (x.type !== 'number' || y.type !== 'number' || x.kind !== 'count' || y.kind !== 'count' || x.unit === '' || x.unit !== y.unit) return undefined
  // "8 pounds of heroin" seized / found: a measure with a unit is no set of counted things
  if (dimensionOf(x) !== undefined) return undefined
  if (capacity(x, cx.lead) !== capacity(y, cy.lead)) return 'how many fit against how many came'
  if (outcomeOf(cx) !== undefined || outcomeOf(cy) !== undefined) return undefined
  const [sx, sy] = [stateOf(x), stateOf(y)]
  return sx !== sy ? `counts of two sets (${sx ?? 'all'} / ${sy ?? 'all'})` : undefined
}

/** A capacity: how many fit, not how many came ("có sức chứa 186", "a capacity of 186", "capacité de"). */
const CAPACITY = keys('capacity capacité capacidade capacidad kapazität seating')
const [VI_STRENGTH, VI_HOLD] = [foldWord('sức'), foldWord('chứa')] as const
/** "can carry 180", "có thể chở 180", "peut transporter 180": a modal before a verb of carrying. */
const MODALS = keys('can could may able peut pouvait pode podia puede podía kann konnte thể')
const CARRY = keys('carry hold seat seats accommodate transport chở chứa transporter accueillir emporter transportar levar llevar befördern fassen aufnehmen')
/** How far back in its sentence a figure's modal and verb of carrying are looked for ("can carry up to 180"). */
const CARRY_REACH = 5

export function capacity(f: NumberFact, lead: readonly string[]): boolean {
  const before = f.before
  if (before.some((w) => CAPACITY.has(w)) || before.some((w, k) => w === VI_STRENGTH && before[k + 1] === VI_HOLD)) return true
  for (let k = lead.length - 1; k >= Math.max(1, lead.length - CARRY_REACH); k--) {
    if (CARRY.has(lead[k]!) && (MODALS.has(lead[k - 1]!) || MODALS.has(lead[k - 2] ?? ''))) return true
  }
  return false
}

/** More of the noun on top of an earlier count: "two more bodies", "thêm 2 thi thể", "zwei weitere": a step of a running count. */
const INCREMENTS = keys('more additional further extra another thêm nữa supplémentaires más mais weitere')

export function increment(f: NumberFact): boolean {
  const clause = f.clause ?? f.after
  return INCREMENTS.has(f.before.at(-1) ?? '') || INCREMENTS.has(clause[0] ?? '') || INCREMENTS.has(clause[1] ?? '')
}

/** A figure written in words, not digits: "two", "bốn", "deux". */
export const inWords = (f: NumberFact): boolean => {
  const c = f.text.codePointAt(0) ?? 0
  return c < 0x30 || c > 0x39
}
