/**
 * The text-only gate of the Vietnamese person judge (vi-person-names.ts): whether two spellings
 * are, by their letters alone, one full name respelt (one syllable, the last two swapped, or two
 * syllables: reasons/vi-person-respelt.ts, vi-person-two-changed.ts). The judge turns away every
 * other pair whatever the reports say, so the name judge asks this before it reads the two
 * reports' context for the pair (their shared words, their best-placed mentions).
 *
 * A function of the two texts: kept across pairs, as a story's pairs judge the same spellings
 * again in every pair of the reports that write them.
 */
import { viPersonRespelt } from '../../reasons/vi-person-respelt'
import { twoSyllablesRespelt } from '../../reasons/vi-person-two-changed'
import { textPairMemo } from './spelling-views'

export const mayBeOnePerson: (a: string, b: string) => boolean = textPairMemo((a: string, b: string): boolean => viPersonRespelt(a, b) !== undefined || twoSyllablesRespelt(a, b))
