import { describe, expect, it } from 'vitest'
import { Clusters } from '../../src/dedup/clusters'
import { type Judgment, agglomerate } from '../../src/dedup/consolidate'

/** A judge from a table of linked pairs and their scores; every other pair is unlinked, score -1. */
function table(links: Record<string, number>) {
  const pairs = Object.keys(links).map((k) => k.split('-').map(Number) as [number, number])
  const judge = (x: number, y: number): Judgment => {
    const s = links[`${Math.min(x, y)}-${Math.max(x, y)}`]
    return s === undefined ? { linked: false, score: -1 } : { linked: true, score: s }
  }
  return { pairs, judge, linked: (x: number, y: number) => judge(x, y).linked }
}

const groupsOf = (c: Clusters) => c.groups().sort((a, b) => a[0]! - b[0]!)

describe('agglomerate (clusters() batch answer)', () => {
  it('merges the strongest pairs first, so a weak early link does not pull in a later story', () => {
    // 0–1 weak; 1, 2, 3 one tight story
    const { pairs, judge, linked } = table({ '0-1': 0, '1-2': 0.5, '1-3': 0.5, '2-3': 0.5 })
    expect(groupsOf(agglomerate(4, pairs, judge, 0.5))).toEqual([[1, 2, 3]])
    // arrival order (the streaming rule) lets 1 join 0 first, and the story follows it
    const streaming = new Clusters()
    for (let doc = 0; doc < 4; doc++) {
      streaming.add()
      const matched = [0, 1, 2, 3].filter((m) => m < doc && linked(doc, m))
      streaming.assign(doc, matched, linked, 0.5)
    }
    expect(groupsOf(streaming)).toEqual([[0, 1, 2, 3]])
  })

  it('keeps the anti-chaining guard: a path of equal links grows to three, not further', () => {
    const { pairs, judge } = table({ '0-1': 0.2, '1-2': 0.2, '2-3': 0.2, '3-4': 0.2, '4-5': 0.2 })
    const groups = groupsOf(agglomerate(6, pairs, judge, 0.5))
    expect(Math.max(...groups.map((g) => g.length))).toBeLessThanOrEqual(3)
    expect(groups.flat().length).toBeGreaterThanOrEqual(4)
  })

  it('merges two clusters when their members match each other, and names the result after the oldest', () => {
    const { pairs, judge } = table({ '0-2': 0.3, '0-4': 0.3, '2-4': 0.3, '1-3': 0.3, '1-5': 0.1, '3-5': 0.3 })
    const c = agglomerate(6, pairs, judge, 0.5)
    expect(groupsOf(c)).toEqual([
      [0, 2, 4],
      [1, 3, 5],
    ])
    expect(c.find(5)).toBe(1)
  })

  it('does not depend on the order the pairs are given in', () => {
    const links = { '0-1': 0, '1-2': 0.5, '1-3': 0.5, '2-3': 0.5, '3-4': 0.1, '4-5': 0.4 }
    const { pairs, judge } = table(links)
    const forward = groupsOf(agglomerate(6, pairs, judge, 0.5))
    expect(groupsOf(agglomerate(6, pairs.slice().reverse(), judge, 0.5))).toEqual(forward)
  })
})
