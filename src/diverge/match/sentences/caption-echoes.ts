/**
 * A caption compared with the other report's body (../../../align/caption-body) that repeats a sentence
 * of its own report's body ("Firefighters rescued 54 people …" and, under the photo, "Photo:
 * Firefighters rescued 54 people …") states the conflict the body link already flags (54 / 70): the
 * caption's divergence with the same two values is dropped, so that one conflict is listed once. A
 * caption's conflict with other values (the caption's 54, the own body's 60) stands.
 */
import type { PreparedDocument } from '../../../document'
import type { Divergence } from '../../../types'

/** A caption line on one side and a body line on the other: a caption met in the other report's body. */
function captionInBody(d: Divergence, docA: PreparedDocument, docB: PreparedDocument): boolean {
  if (!d.a || !d.b) return false
  const roleA = docA.sentences[d.a.sentence]!.role
  const roleB = docB.sentences[d.b.sentence]!.role
  return (roleA === 'caption') !== (roleB === 'caption') && (roleA === 'caption' ? roleB : roleA) === 'body'
}

const valuesOf = (d: Divergence): string => `${d.kind}\u0000${d.a!.text}\u0000${d.b!.text}`

/** `placed` without the caption-in-body divergences whose kind and two values another divergence of the pair states. */
export function withoutCaptionEchoes(placed: Divergence[], docA: PreparedDocument, docB: PreparedDocument): Divergence[] {
  const echoes = placed.filter((d) => d.kind !== 'missing' && captionInBody(d, docA, docB))
  if (echoes.length === 0) return placed
  const stated = new Set(placed.filter((d) => d.kind !== 'missing' && d.a && d.b && !captionInBody(d, docA, docB)).map(valuesOf))
  // Two captions meeting one sentence with the same values: the first stands.
  const drop = new Set<Divergence>()
  for (const d of echoes) {
    const key = valuesOf(d)
    if (stated.has(key)) drop.add(d)
    else stated.add(key)
  }
  return drop.size === 0 ? placed : placed.filter((d) => !drop.has(d))
}
