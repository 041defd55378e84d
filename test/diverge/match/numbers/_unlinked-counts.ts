import { compare } from '../../../../src'

/** Every number contradiction of a compare, as its two texts. */
export const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

/** Sentences with no figure, put between a count and the other report's so the aligner links nothing. */
export const enBase = 'The crowd cheered as the lights came up over the square.'
export const viBase = 'Khán giả reo hò khi ánh đèn bừng sáng trên quảng trường.'
export const frBase = 'La foule a applaudi quand les lumières se sont allumées sur la place.'
