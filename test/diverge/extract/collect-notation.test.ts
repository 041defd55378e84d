/**
 * Number notation by language (planted-en): Spanish, French, German, Portuguese group thousands
 * with a dot (or a space) and mark decimals with a comma, as Vietnamese does, even where they
 * carry too few accents for the per-sentence guess. English keeps its own notation.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

const numbers = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind === 'number').map((d) => [d.a?.text, d.b?.text])

describe('a document is read in its language notation', () => {
  it.each([
    ['es: a dotted thousand written without the dot', 'Se calcula que los pueblos recorrieron unos 80.000 kilómetros para llegar hasta la frontera del norte del país.', 'Se calcula que los pueblos recorrieron unos 80000 kilómetros para llegar hasta la frontera del norte del país.'],
    ['de: a dotted thousand written without the dot', 'Nach Angaben der Polizei kamen am Wochenende rund 12.000 Menschen zu der Demonstration in der Innenstadt.', 'Nach Angaben der Polizei kamen am Wochenende rund 12000 Menschen zu der Demonstration in der Innenstadt.'],
    ['pt: a dotted thousand written without the dot', 'O estádio recebeu cerca de 45.000 torcedores para a final do campeonato contra o time da capital.', 'O estádio recebeu cerca de 45000 torcedores para a final do campeonato contra o time da capital.'],
    ['en: a comma thousand written without the comma', 'The stadium held about 45,000 fans for the final of the championship against the team from the capital.', 'The stadium held about 45000 fans for the final of the championship against the team from the capital.'],
  ])('%s: the same number', (_why, a, b) => {
    expect(numbers(a, b)).toEqual([])
  })

  it.each([
    ['es: another dotted thousand', 'Se calcula que los pueblos recorrieron unos 80.000 kilómetros para llegar hasta la frontera del norte del país.', 'Se calcula que los pueblos recorrieron unos 90.000 kilómetros para llegar hasta la frontera del norte del país.'],
    ['es: a dotted thousand against its decimal reading', 'Se calcula que los pueblos recorrieron unos 80.000 kilómetros para llegar hasta la frontera del norte del país.', 'Se calcula que los pueblos recorrieron unos 80 kilómetros para llegar hasta la frontera del norte del país.'],
    ['en: 1.5 against 15 (decimals stay decimals in English)', 'The company said its shares rose 1.5 percent on the day after the deal was announced in the morning.', 'The company said its shares rose 15 percent on the day after the deal was announced in the morning.'],
  ])('%s: two numbers', (_why, a, b) => {
    expect(numbers(a, b)).toHaveLength(1)
  })
})
