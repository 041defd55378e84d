/**
 * Role nouns: the post or position a report gives a person right before the name (the goalkeeper
 * Kaká, o técnico Renato, thủ môn Văn Lâm, HLV Park). Two mentions under one role noun may be one
 * person respelt; two mentions after one verb (officials said Mario / said Maria) are not, so the
 * list holds nouns only, never verbs, prepositions or honorifics (ông, bà, Mr).
 */

const ROLE_NOUNS: ReadonlySet<string> = new Set(
  [
    // en
    'goalkeeper', 'keeper', 'goalie', 'striker', 'forward', 'midfielder', 'defender', 'winger', 'captain', 'coach',
    'manager', 'referee', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'governor', 'mayor',
    'senator', 'chairman', 'ambassador', 'prosecutor',
    // pt
    'goleiro', 'goleirão', 'atacante', 'técnico', 'treinador', 'zagueiro', 'meia', 'volante', 'centroavante', 'capitão',
    'árbitro', 'ministro', 'presidente', 'prefeito', 'governador', 'senador', 'delegado',
    // es
    'portero', 'arquero', 'delantero', 'entrenador', 'centrocampista', 'capitán', 'alcalde', 'portavoz', 'gobernador',
    // fr
    'gardien', 'attaquant', 'entraîneur', 'sélectionneur', 'défenseur', 'capitaine', 'arbitre', 'ministre', 'président',
    'maire', 'sénateur', 'ambassadeur',
    // de, it
    'torwart', 'torhüter', 'stürmer', 'trainer', 'kapitän', 'ministerin', 'präsident', 'bürgermeister', 'sprecher',
    'portiere', 'attaccante', 'allenatore', 'capitano',
    // vi (one word, or two read together)
    'hlv', 'thủ môn', 'tiền đạo', 'tiền vệ', 'hậu vệ', 'trung vệ', 'thủ quân', 'luyện viên', 'bộ trưởng', 'thứ trưởng',
    'chủ tịch', 'trọng tài', 'phát ngôn', 'thủ tướng', 'tổng thống', 'đại sứ',
  ].map((w) => w.normalize('NFC')),
)

/** The role noun among the (up to two) words before a name, nearest first, or ''. */
export function roleNounOf(last: string | undefined, previous: string | undefined): string {
  if (last === undefined) return ''
  const word = last.normalize('NFC').toLowerCase()
  if (ROLE_NOUNS.has(word)) return word
  if (previous === undefined) return ''
  const pair = `${previous.normalize('NFC').toLowerCase()} ${word}`
  return ROLE_NOUNS.has(pair) ? pair : ''
}

/** Is the word, in any case, a role noun (so a capitalised Torwart or HLV before a name still counts)? */
export const isRoleNoun = (word: string): boolean => ROLE_NOUNS.has(word.normalize('NFC').toLowerCase())
