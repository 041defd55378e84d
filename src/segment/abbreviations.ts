/**
 * Abbreviations of other languages whose dot is seldom a sentence's end, for ./boundaries. The
 * segmenter runs before the language is known (it is detected from the body sentences), so the
 * lists are kept per language (ISO 639-3) for the reader and merged: each entry was chosen so
 * that it cannot end a sentence before what it is checked against in any language here.
 */

const merge = (table: Readonly<Record<string, string>>): ReadonlySet<string> => new Set(Object.values(table).flatMap((row) => row.split(' ')))

/**
 * Written lower-case and not after a figure, these never end a sentence: a hedge (*rd. 300*), "so-called",
 * "that is", "for example", written joined or with a single inner dot. Matched as written: *Rd.* (road) is
 * another word.
 */
export const NEVER_ENDS = merge({
  deu: 'rd bzw sog vgl ggf inkl zzgl z.b d.h u.u z.t',
  pol: 'tzw tj np m.in ww',
  ces: 'tzv tj např mj resp',
  rus: 'т.е т.н т.к прибл напр',
  spa: 'aprox',
  por: 'aprox',
  fra: 'env cf',
  eng: 'approx e.g i.e',
})

/**
 * Matched as written, these end no sentence before a figure: *Nr. 5*, *o godz. 15*, *ч. 2 ст. 105* (a law's
 * part and article), *č. 3*. Before anything else they may. German *Art.* (article) is left out: it is also a
 * noun that ends sentences before a year (*Fehler dieser Art. 2023 …*), as English *College of Art.* does.
 */
export const BEFORE_FIGURE = merge({
  deu: 'Nr Abs',
  pol: 'nr godz str',
  rus: 'ст ч п',
  ces: 'č čl',
})
/**
 * Hedges, matched as written, that end no sentence before a figure unless a figure stands before them too:
 * *ca. 20*, *ок. 300*; but *thêm 300 ca. 20 ca khác* ends one. *ca* is also a Vietnamese word (a case, a shift,
 * to sing), so after Vietnamese letters it is no hedge (`VIETNAMESE_WORDS`).
 */
export const HEDGES_BEFORE_FIGURE = merge({
  deu: 'ca',
  ita: 'ca',
  rus: 'ок',
  ces: 'cca',
})
/**
 * Hedges that are words of other languages too, a hedge only after a letter of their own language: Polish *ok.
 * 50 osób*, but English and Vietnamese *was ok. 20 others* end there.
 */
export const HEDGES_AFTER_OWN_LETTERS: ReadonlyMap<string, RegExp> = new Map([['ok', /[ąęłńśźżćĄĘŁŃŚŹŻĆ]/u]])
/** Hedges that are Vietnamese words too (*nhiều ca. 5 người*). */
export const VIETNAMESE_WORDS = new Set(['ca'])
/** A letter only Vietnamese writes: ă â đ ơ ư and the Latin Extended Additional block's vowels with tone marks. */
export const VIETNAMESE_LETTER = /[ăâđơưĂÂĐƠƯ\u1ea0-\u1ef9]/u

/**
 * Scales and currencies cut short after a figure (*500 tis. Kč*, *5 Mio. Euro*, *1,2 mld. zł*, *10 tys.
 * osób*, *5 млн. руб.*, *2,5 tr. đồng*): their dot ends no sentence before a lower-case word (the counted noun)
 * or a currency. Any other capital after one opens a sentence: German nouns are capitalised, but so are the
 * nouns and names that open German sentences (*auf 5 Mio. Experten erwarten …*), so *5 Mio. Menschen* is cut too.
 */
export const CUT_SCALES = merge({
  deu: 'mio mrd bio tsd mill',
  pol: 'tys mln mld bln',
  ces: 'tis mil mld',
  rus: 'тыс млн млрд трлн',
  ukr: 'тис',
  spa: 'mill',
  ind: 'jt rb',
  vie: 'tr',
})

/** Currencies a cut scale stands before, folded to lower case: signs, ISO codes, and currency words written capitalised somewhere. */
export const CURRENCIES_AFTER = merge({
  und: '€ $ £ ¥ ₽ ₺ ₴ ₹ ₫ usd eur chf gbp jpy cny rub pln czk huf try idr brl vnd krw inr uah sek nok dkk',
  deu: 'euro dollar franken pfund',
  ces: 'kč korun eur',
  pol: 'zł złotych',
  rus: 'руб рублей долларов евро',
  ind: 'rp rupiah',
})

/**
 * Two-part abbreviations whose first part is one lower-case letter (*z. B.*, *d. h.*, *n. Chr.*, *т. е.*):
 * the first dot ends nothing when the second part follows. `true` when the second dot ends nothing either;
 * *n. Chr.*, *v. Chr.* and *u. a.* may close a sentence.
 */
export const LETTER_PAIRS: ReadonlyMap<string, ReadonlyMap<string, boolean>> = new Map(
  Object.entries({
    z: { b: true, t: true },
    d: { h: true },
    u: { u: true, a: false },
    n: { chr: false },
    v: { chr: false },
    m: { in: true },
    т: { е: true, н: true, к: true, д: false, п: false },
  }).map(([first, seconds]) => [first, new Map(Object.entries(seconds))]),
)
