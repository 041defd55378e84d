/**
 * Countries that make planes, ships, arms and cars, each under the words a report may call it by
 * in a phrase of make: its name and its adjective in English, Portuguese, Spanish, French, German
 * and Vietnamese (lower case, words split at hyphens: *sul coreana*). Read by maker-countries.ts.
 */

const FORMS: Readonly<Record<string, string>> = {
  russia: 'russia russian rússia russo russa russos russas rusia ruso rusa rusos rusas russie russe russes russland russischen nga',
  ukraine: 'ukraine ukrainian ucrânia ucraniano ucraniana ucranianos ucranianas ucrania ukrainien ukrainienne ukrainiens ukrainischen ucraina',
  soviet: 'soviet ussr soviético soviética soviéticos soviéticas soviétique soviétiques sowjetischen sowjetunion union soviética liên xô',
  china: 'china chinese chinês chinesa chineses chinesas chino china chinos chinas chine chinois chinoise chinesischen trung quốc',
  usa: 'american americano americana norte americano norte americana estadounidense américain américaine amerikanischen us usa estados unidos eua états unis mỹ hoa kỳ',
  france: 'france french frança francês francesa franceses francia francés francesas français française frankreich französischen pháp',
  germany: 'germany german alemanha alemão alemã alemães alemania alemán alemana allemagne allemand allemande deutschland deutschen đức',
  japan: 'japan japanese japão japonês japonesa japón japonés japon japonais japonaise japanischen nhật nhật bản',
  korea: 'korea korean south korea south korean coreia coreano coreana sul coreano sul coreana corea coreano surcoreano surcoreana coréen coréenne hàn quốc',
  italy: 'italy italian itália italiano italiana italia italien italienne italienischen ý',
  britain: 'britain british uk england english reino unido britânico britânica británico británica grande bretagne britannique anh',
  brazil: 'brazil brazilian brasil brasileiro brasileira brasileña brasileño brésil brésilien brésilienne brasilianischen',
  canada: 'canada canadian canadá canadense canadiense canadien canadienne',
  spain: 'spain spanish espanha espanhol espanhola españa español española espagne espagnol espagnole tây ban nha',
  sweden: 'sweden swedish suécia sueco sueca suecia suède suédois suédoise thụy điển',
  israel: 'israel israeli israelense israelí israélien israélienne',
  iran: 'iran iranian irã irão iraniano iraniana iraní irán iranien iranienne',
  india: 'india indian índia indiano indiana indio inde indien indienne ấn độ',
  turkey: 'turkey turkish turquia turco turca turquía turquie turc turque thổ nhĩ kỳ',
  netherlands: 'netherlands dutch holanda holandês holandesa holandés países baixos pays bas niederlande hà lan',
  vietnam: 'vietnam viet nam vietnamese vietnã vietname vietnamita vietnamitas viêt nam vietnamien vietnamienne việt nam',
  taiwan: 'taiwan taiwanese taiwanês taiwanesa taiwanés taïwan taïwanais taïwanaise đài loan',
  indonesia: 'indonesia indonesian indonésia indonésio indonesio indonesia indonésie indonésien indonésienne',
  thailand: 'thailand thai tailândia tailandês tailandesa tailandia tailandés thaïlande thaïlandais thaïlandaise thái lan',
}

// Country forms of more than one word, kept whole (South Korean, Trung Quốc, Estados Unidos).
const PHRASES = [
  'south korea', 'south korean', 'sul coreano', 'sul coreana', 'norte americano', 'norte americana', 'estados unidos', 'états unis',
  'reino unido', 'grande bretagne', 'union soviética', 'liên xô', 'trung quốc', 'hoa kỳ', 'nhật bản', 'hàn quốc', 'tây ban nha',
  'thụy điển', 'ấn độ', 'thổ nhĩ kỳ', 'países baixos', 'pays bas', 'hà lan', 'viet nam', 'viêt nam', 'việt nam', 'đài loan', 'thái lan',
]

function build(): Map<string, string> {
  const out = new Map<string, string>()
  for (const [country, list] of Object.entries(FORMS)) {
    let rest = ` ${list} `
    for (const phrase of PHRASES) {
      if (!rest.includes(` ${phrase} `)) continue
      out.set(phrase, country)
      rest = rest.replace(` ${phrase} `, ' ')
    }
    for (const word of rest.split(' ')) if (word !== '') out.set(word, country)
  }
  return out
}

/** Country id by a lower-case form of one to three words. */
export const COUNTRY_FORMS: ReadonlyMap<string, string> = build()

// Words around a phrase of make that name no object: articles, prepositions, auxiliaries.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'the and was were has had its with for that this from into which who said such ' +
    'que com para uma dos das pelo pela por foi era está estava seu sua não ' +
    'los las del una con fue era ' +
    'une des les est était avec pour par qui ' +
    'der die das ein eine und mit von ' +
    'chiếc của các những được này đã và là có cho với trong một'
  ).split(' '),
)

// Words that start an aside naming the thing again (o avião, um Antonov-28 de fabricação ucraniana).
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set('a an um uma un una une ein eine một'.split(' '))
// Words before a thing that make it many (các máy bay, 12 máy bay, os aviões): a class, not the story's one object.
export const MANY_WORDS: ReadonlySet<string> = new Set(
  'các những nhiều số several many some multiple os as los las les des these those vários várias varios varias plusieurs'.split(' '),
)
// Words before a country that give a thing's origin without saying it was made there (from China, của Nga, da França).
export const ORIGIN_WORDS: ReadonlySet<string> = new Set('from của từ da de do du'.split(' '))
// Firms that make things, named with their country after "made by" (built by a Chinese manufacturer, fabricado por uma empresa russa, do hãng Trung Quốc sản xuất).
export const FIRM_WORDS: ReadonlySet<string> = new Set(
  'manufacturer maker company firm builder planemaker carmaker shipbuilder empresa fabricante companhia compañía construtora constructora entreprise société fabricant constructeur hãng công ty'.split(' '),
)
