/**
 * Counted nouns two outlets use for one set of people (issue 11): "15.000 acteurs" / "14.000
 * figurants" / "15.000 participants" of one opening ceremony. noun-counts.ts keys a slot by its
 * noun, so these stayed three slots and each figure was reported missing.
 *
 * A class holds only words that, counted in one report of one event, name the same people: the
 * performers of a show. Kept tiny, per language, and never a generic noun (people, personnes,
 * người: those count anyone, so two of them are more often two sets). Nor *participant* (athletes,
 * survey respondents, delegates) nor *artiste* / *nghệ sĩ* (any artist, a festival's guests): review
 * ramounts52 found each paired with another set. A report that counts two
 * nouns of one class with two values (15.000 figurants and 3.000 acteurs) has no main figure of the
 * class, so a class never pairs two sets one report tells apart; each noun still pairs in its own slot.
 */
import { foldWord } from '../../../normalize/fold'

/**
 * The performers of a show; folded singular keys as noun-counts.ts reads them ("diễn viên" by its two syllables).
 * No English "extra": "500 extra officers" reads its adjective as the noun.
 */
const PERFORMERS = ['performer', 'actor', 'acteur', 'figurant', 'figurante', 'diễn viên']

const CLASSES: ReadonlyMap<string, string> = new Map(PERFORMERS.map((w) => [w.split(' ').map(foldWord).join(' '), 'performers'] as const))

/** The slot key of a counted noun: its class when it has one, else the noun itself. */
export const nounClass = (noun: string): string => CLASSES.get(noun) ?? noun
