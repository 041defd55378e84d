// What the planted-en generators need to know of a language: where its dates, numbers and
// names stand in a sentence. English is read in full; French, Spanish and German have their
// number format, day–month dates, weekdays (Portuguese too) and "in 2015" years (German names are not planted:
// every German noun is capitalised, so a capitalised run is no sign of a name).
// Offsets are local to the sentence; every finder returns sites sorted by start.

const L = '[\\p{L}\\p{M}\\p{N}]'
const NB = `(?<!${L})`
const NA = `(?!${L})`

export const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
}
// AP-style abbreviations (March–July are not abbreviated)
export const EN_MONTH_ABBR = { January: 'Jan.', February: 'Feb.', August: 'Aug.', September: 'Sept.', October: 'Oct.', November: 'Nov.', December: 'Dec.' }
const EN_ABBR_MONTH = Object.fromEntries(Object.entries(EN_MONTH_ABBR).map(([m, a]) => [a, m]))
export const WEEKDAYS = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  pt: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
}
const YEAR_LEAD = { en: 'in|since|by|until|from|before|after|of|In|Since|By|Until', fr: 'en|depuis|En|Depuis', es: 'en|desde|de|En|Desde', de: 'im Jahr|seit|Seit|bis|Im Jahr', pt: 'em|desde|de|Em|Desde' }

const alt = (xs) => xs.map((x) => x.replace(/\./g, '\\.')).join('|')
const monthIndex = (lang, name) => {
  const full = lang === 'en' ? EN_ABBR_MONTH[name] ?? name : name
  return MONTHS[lang].findIndex((m) => m.toLowerCase() === full.toLowerCase())
}

/** Dates: [{start, end, text, form, key, parts}]; forms month-day, day-month, weekday, year. */
export function findDates(s, lang) {
  const out = []
  const taken = (a, b) => out.some((d) => a < d.end && b > d.start)
  const add = (start, end, form, key, parts) => { if (!taken(start, end)) out.push({ start, end, text: s.slice(start, end), form, key, parts }) }
  let m
  if (lang === 'en') {
    const months = alt([...Object.values(EN_MONTH_ABBR), ...MONTHS.en])
    const md = new RegExp(`${NB}(${months})\\s(\\d{1,2})(?:,\\s((?:19|20)\\d{2}))?${NA}`, 'gu')
    while ((m = md.exec(s))) if (+m[2] >= 1 && +m[2] <= 31) add(m.index, m.index + m[0].length, 'month-day', `m${monthIndex(lang, m[1])}d${+m[2]}`, { month: m[1], day: m[2], year: m[3] })
    const dm = new RegExp(`${NB}(\\d{1,2})\\s(${alt(MONTHS.en)})(?:\\s((?:19|20)\\d{2}))?${NA}`, 'gu')
    while ((m = dm.exec(s))) if (+m[1] >= 1 && +m[1] <= 31) add(m.index, m.index + m[0].length, 'day-month', `m${monthIndex(lang, m[2])}d${+m[1]}`, { day: m[1], month: m[2], year: m[3] })
  } else {
    const sep = lang === 'es' || lang === 'pt' ? '\\s+de\\s+' : lang === 'de' ? '\\.\\s' : '\\s'
    const ysep = lang === 'es' || lang === 'pt' ? '\\s+de\\s+' : '\\s'
    const dm = new RegExp(`${NB}(\\d{1,2})${sep}(${alt(MONTHS[lang])})(?:${ysep}((?:19|20)\\d{2}))?${NA}`, 'gu')
    while ((m = dm.exec(s))) if (+m[1] >= 1 && +m[1] <= 31) add(m.index, m.index + m[0].length, 'day-month', `m${monthIndex(lang, m[2])}d${+m[1]}`, { day: m[1], month: m[2], year: m[3] })
  }
  const wd = new RegExp(`${NB}(${alt(WEEKDAYS[lang])})${NA}`, 'gu')
  while ((m = wd.exec(s))) add(m.index, m.index + m[0].length, 'weekday', `w${WEEKDAYS[lang].indexOf(m[1])}`, { weekday: m[1] })
  const yr = new RegExp(`${NB}(?:${YEAR_LEAD[lang]})\\s((?:19|20)\\d{2})${NA}(?![.,]\\d)`, 'gu')
  while ((m = yr.exec(s))) { const st = m.index + m[0].length - 4; add(st, st + 4, 'year', `y${m[1]}`, { year: m[1] }) }
  return out.sort((x, y) => x.start - y.start)
}

const NUMBER_RE = {
  en: /(?<![\p{L}\p{N}\-/.,:])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\p{L}\p{N}]|[.,:/]\d)/gu,
  fr: /(?<![\p{L}\p{N}\-/.,:])(\d{1,3}(?:[  ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\p{L}\p{N}]|[.,:/h]\d|h\d)/gu,
  es: /(?<![\p{L}\p{N}\-/.,:])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\p{L}\p{N}]|[.,:/]\d)/gu,
  de: /(?<![\p{L}\p{N}\-/.,:])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\p{L}\p{N}]|[.,:/]\d)/gu,
}
NUMBER_RE.pt = NUMBER_RE.es
const DECIMAL = { en: '.', fr: ',', es: ',', de: ',', pt: ',' }
const UNITS = /^\s?(?:%|percent|per cent|pour cent|por ciento|por cento|Prozent|miles?|kilomet(?:er|re)s?|km|feet|foot|meters?|metres?|tons?|tonnes?|pounds?|kg|acres?|mph|degrees?|years?|months?|weeks?|days?|hours?|minutes?|euros?|Euro|dollars?|pesos?)(?!\p{L})/u

/**
 * Numbers outside dates, clock times and ordinals: [{start, end, text, key, subtype}], subtype
 * money ($ € £ before, or a currency word after), percent, unit (miles, tons, years…), integer,
 * decimal, grouped (1,000 / 1.000 / 1 000).
 */
export function findNumbers(s, lang, dates = findDates(s, lang)) {
  const out = []
  const re = new RegExp(NUMBER_RE[lang].source, 'gu')
  let m
  while ((m = re.exec(s))) {
    const start = m.index
    const end = start + m[1].length
    if (dates.some((d) => start < d.end && end > d.start)) continue
    const after = s.slice(end, end + 24)
    const before = s.slice(Math.max(0, start - 12), start)
    if (/^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|Uhr|heures?|horas?|GMT|UTC|[A-Z]{2,4}T\b)/u.test(after)) continue // clock times ("1451 GMT")
    if (/^(?:st|nd|rd|th|er|e|º|ª)(?!\p{L})/u.test(after)) continue
    if (/(?:No\.|Nr\.|n°|#)\s?$/u.test(before)) continue // labels
    const dec = DECIMAL[lang]
    const key = String(Number(m[1].replace(dec === '.' ? /,/g : /[. \u00a0]/g, '').replace(dec === ',' ? ',' : /$^/, '.')))
    const subtype = /[$€£]\s?$/u.test(before) || /^\s?(?:million|billion)?\s?(?:euros?|Euro|dollars?|pesos?)(?!\p{L})/u.test(after) ? 'money'
      : /^\s?(?:%|percent|per cent|pour cent|por ciento|Prozent)/u.test(after) ? 'percent'
      : UNITS.test(after) ? 'unit'
      : /[,.  ]\d{3}/.test(m[1]) ? 'grouped' : m[1].includes(dec) ? 'decimal' : 'integer'
    out.push({ start, end, text: m[1], key, subtype })
  }
  return out
}

export const EN_NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty']
/** English number words that count a plural noun: "three people", "Two gunmen". */
export function findNumberWords(s, lang) {
  if (lang !== 'en') return []
  const out = []
  const re = new RegExp(`${NB}(${EN_NUMBER_WORDS.join('|')}|${EN_NUMBER_WORDS.map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})\\s(?:(?:more|other|key|new|young|former|senior|top|[a-z]+-[a-z]+)\\s)?([a-z]{3,}(?:s|men|people|children))${NA}`, 'gu')
  let m
  while ((m = re.exec(s))) {
    if (/(?:one|of|to)\s$/u.test(s.slice(0, m.index)) || /-$/.test(s.slice(0, m.index))) continue
    out.push({ start: m.index, end: m.index + m[1].length, text: m[1], key: String(EN_NUMBER_WORDS.indexOf(m[1].toLowerCase())), subtype: 'word' })
  }
  return out
}

const STOP = new Set(('The A An In On At Of For From To By With And But Or As If When While After Before Since Until During Under Over Into About Against Among ' +
  'This That These Those It Its He She They We I You His Her Their Our My Your There Here What Which Who Whom Whose Why How Where Yes No Not ' +
  'Mr Mrs Ms Dr Sir Lord Lady President Prime Minister Secretary Senator Sen Rep Gov Governor Gen General Chief Judge Justice King Queen Prince Princess Pope ' +
  'Leader Mayor Director Chairman Professor Prof Officer Captain Col Lt Sgt Inspector Commissioner Ambassador Chancellor Foreign Home Deputy Vice Attorney ' +
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December ' +
  'Jan Feb Aug Sept Oct Nov Dec Read Photo Source Getty Images Reuters Associated Press AFP Follow Related Advertisement Update Updated ' +
  'Le La Les Un Une Des Du De Dans Pour Par Sur Avec Et Mais Ou Il Elle Ils Elles Nous Vous Ce Cette Ces Son Sa Ses Leur Selon Après Avant Depuis ' +
  'El Los Las Una Unos Unas Del En Con Por Para Sin Sobre Entre Desde Hasta Pero Según Tras Este Esta Estos Estas Ese Esa Su Sus Al ' +
  'Der Die Das Ein Eine Und Oder Aber Mit Von Zu Im Am Bei Nach Vor Seit Über Unter Für Auch Nicht Sie Er Es Wir Ich').split(' '))
// Capitalised words that name no one: institutions and parts of titles (a name only with more words)
const GENERIC = new Set(('Opposition Congress Senate House Parliament Government Department Ministry Council Commission Committee Court Party Bill Act News Navy Army ' +
  'Police Company Group University State City Republic Union Authority Agency Office Board Bank Church Museum Street Square Avenue ' +
  'Republicans Democrats Conservatives Progress Internet Web Conseil Assemblée Sénat Gobierno Estado Congreso Senado Governo République República').split(' '))
// nationality and creed words (Israeli, Sudanese, Americans, Islamist): not names to respell, nor facts on their own
// (-i and -is only on a nation's stem: Nairobi, Bassi, Helsinki, Modi are names a reader misses)
const DEMONYM = /(?:ans|ese|ish|ists?|ians?|ican|ic|ics|(?:Israel|Pakistan|Iraq|Saud|Kuwait|Yemen|Bangladesh|Somal|Nepal|Oman|Qatar|Bahrain|Emirat|Azerbaijan|Afghan|Kurd|Pashtun|Baloch|Punjab|Bengal|Hind)is?|ais|aise|ois|oise|eños?|anos?|enses?)$/u
export const isGeneric = (t) => GENERIC.has(t)
const isCap = (t) => /^\p{Lu}\p{Ll}/u.test(t)
// not the last letter of an abbreviation ("U.S. Flag Code")
const isInitial = (s, t) => /^\p{Lu}$/u.test(t.text) && s.startsWith('. ', t.end) && s[t.start - 1] !== '.'
// an Arabic article joined to the name it opens ("Ansar al-Sharia", "al-Qaeda")
const isParticle = (s, t) => /^(?:al|el|ad|an|ar|as|ash|at|az)$/u.test(t.text) && /^-\p{Lu}/u.test(s.slice(t.end))

/**
 * Name candidates: runs of capitalised words (an upper-case letter, then lower-case) not opening
 * the sentence or a quotation, leading stop words (articles, titles, months, weekdays) dropped,
 * no digits. German: none. [{start, end, text, tokens: [{start, end, text}]}]
 */
export function findNames(s, lang) {
  if (lang === 'de') return []
  const toks = [...s.matchAll(/[\p{L}\p{M}][\p{L}\p{M}\p{N}'’]*/gu)].map((m) => ({ start: m.index, end: m.index + m[0].replace(/['’]s?$/u, '').length, text: m[0].replace(/['’]s?$/u, '') }))
  const runs = []
  let cur = []
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]
    const gap = i ? s.slice(toks[i - 1].end, t.start) : ''
    // a word glued to the next by a hyphen or a dot ("Snopes.com") is no name of its own; "anti-Trump" names Trump
    const glued = /^[.\-]\p{L}/u.test(s.slice(t.end))
    // an initial ("Mortimer B. Zuckerman") stands inside a name: the run goes on past its dot
    const initial = isInitial(s, t)
    const particle = isParticle(s, t)
    const ok = ((isCap(t.text) && !glued) || initial || particle) && !/\d/.test(t.text)
    const joined = cur.length && ((isInitial(s, cur.at(-1)) && gap === '. ') || (isParticle(s, cur.at(-1)) && gap === '-'))
    if (!ok || (cur.length && gap !== ' ' && !joined)) { if (cur.length) runs.push(cur); cur = [] }
    if (ok) cur.push(t)
  }
  if (cur.length) runs.push(cur)
  // an initial ends no name ("Plan B.")
  for (const run of runs) while (run.length && (isInitial(s, run.at(-1)) || isParticle(s, run.at(-1)))) run.pop()
  runs.splice(0, runs.length, ...runs.filter((run) => run.length))
  const runText = (run) => s.slice(run[0].start, run.at(-1).end)
  const out = []
  // a title or another stop word inside a run parts two names, or a title and a name
  // ("Russian President Vladimir Putin": Vladimir Putin), rather than spoiling the whole run
  const parts = []
  for (let run of runs) {
    const lead = s.slice(0, run[0].start)
    // a capital opening the sentence says nothing of a name, unless the same run stands later in
    // it ("Whole Foods co-founder … as Whole Foods lowered", "Yahoo is … the Yahoo assets")
    const opening = /^[\s"“'‘(«¿¡\-–—]*$/u.test(lead) || /[.!?:"“«]\s*["“«]?\s*$/u.test(lead)
    if (opening && !runs.some((o) => o !== run && runText(o) === runText(run))) run = run.slice(1)
    let part = []
    for (const t of run) {
      if (STOP.has(t.text)) { if (part.length) parts.push(part); part = [] } else part.push(t)
    }
    if (part.length) parts.push(part)
  }
  // a nationality before a name qualifies it ("Russian Tuva"): the name is the fact
  for (const part of parts) while (part.length > 1 && DEMONYM.test(part[0].text)) part.shift()
  for (const run of parts) {
    if (run.some((t) => /['’]/.test(t.text))) continue
    if (run.length === 1 && (GENERIC.has(run[0].text) || DEMONYM.test(run[0].text) || run[0].text.length < 3)) continue
    // the tail of a longer name joined by a small word ("Committee on Intelligence and Security", "Department of Conservation")
    if (run.length === 1 && /\p{Lu}\p{Ll}*\s(?:of|on|and|for|de|du|des|del|la|le|da|do)\s$/u.test(s.slice(0, run[0].start))) continue
    out.push({ start: run[0].start, end: run.at(-1).end, text: s.slice(run[0].start, run.at(-1).end), tokens: run })
  }
  return out
}

/** Respellings of one name token as newsrooms make them: a doubled or undoubled consonant, ck/k, ie/ei, ph/f, two letters swapped. */
export function respellings(tok) {
  const v = []
  const dbl = /([bcdfgklmnprstz])\1/.exec(tok)
  if (dbl && dbl.index > 0) v.push({ text: tok.slice(0, dbl.index) + tok.slice(dbl.index + 1), type: 'doubled-letter' })
  else {
    for (let i = tok.length - 2; i >= 2; i--) {
      if (/[lmnrst]/.test(tok[i]) && /[aeiouy]/.test(tok[i - 1]) && /[aeiouy]/.test(tok[i + 1])) { v.push({ text: tok.slice(0, i + 1) + tok.slice(i), type: 'doubled-letter' }); break }
    }
  }
  const sub = (re, to, type) => { const m = re.exec(tok); if (m && m.index > 0) v.push({ text: tok.slice(0, m.index) + to(m[0]) + tok.slice(m.index + m[0].length), type }) }
  sub(/ck/, () => 'k', 'ck-k')
  sub(/ie|ei/, (x) => (x === 'ie' ? 'ei' : 'ie'), 'ie-ei')
  sub(/ph/, () => 'f', 'ph-f')
  for (let i = tok.length - 3; i >= 1; i--) {
    if (/[a-z]/.test(tok[i]) && /[a-z]/.test(tok[i + 1]) && tok[i] !== tok[i + 1] && /[aeiou]/.test(tok[i]) !== /[aeiou]/.test(tok[i + 1])) {
      v.push({ text: tok.slice(0, i) + tok[i + 1] + tok[i] + tok.slice(i + 2), type: 'letter-swap' })
      break
    }
  }
  return v.filter((x) => x.text !== tok && x.text.length >= 3)
}

/** Facts of a sentence for 'missing' gold: [{type, start, end, text, key}]. */
export function findFacts(s, lang) {
  const dates = findDates(s, lang)
  // a weekday alone is too weak a fact to call missing
  const facts = dates.filter((d) => d.form !== 'weekday').map((d) => ({ type: 'date', start: d.start, end: d.end, text: d.text, key: d.key }))
  for (const n of findNumbers(s, lang, dates)) facts.push({ type: 'number', start: n.start, end: n.end, text: n.text, key: n.key })
  for (const n of findNames(s, lang)) facts.push({ type: 'name', start: n.start, end: n.end, text: n.text, key: n.text.toLowerCase() })
  return facts.sort((x, y) => x.start - y.start)
}
