import { ownText } from '../../../normalize/own-text'

/**
 * Numbers for written texts, equal for equal texts, kept between calls so that two reports read in
 * separate calls (a story's, a pipeline's) can be told alike by one comparison of numbers.
 *
 * The table is emptied at `limit` entries, so a long-running pipeline keeps at most that many
 * texts. Numbers only grow (plain numbers, exact far past any run's count): after the table is
 * emptied an equal text gets a new number, so two equal texts may read as different, never two
 * different texts as equal. Callers must treat "different number" as "compare in full".
 */
export function textIds(limit = 100_000): (written: string) => number {
  const ids = new Map<string, number>()
  let next = 0
  return (written) => {
    let id = ids.get(written)
    if (id === undefined) {
      if (ids.size >= limit) ids.clear()
      ids.set(ownText(written), (id = next++))
    }
    return id
  }
}
