/**
 * Abbreviations that news text writes for a longer name, per language (ISO 639-3).
 * Keys are matched against a word written with at least one capital letter
 * (TP, HCM, UBND, ThS), so the English pronoun "us" never reads as "United States".
 * Sources: the abbreviations in ../shared/notes/vietnamese-text.md and vinorm's Acronyms list.
 */
import type { AbbreviationTable } from '../types'
import { foldWord } from './fold'

const ABBREVIATIONS: Readonly<Record<string, AbbreviationTable>> = {
  vie: {
    tp: 'thành phố',
    hcm: 'hồ chí minh',
    tphcm: 'thành phố hồ chí minh',
    ubnd: 'ủy ban nhân dân',
    hđnd: 'hội đồng nhân dân',
    ttxvn: 'thông tấn xã việt nam',
    qđnd: 'quân đội nhân dân',
    cand: 'công an nhân dân',
    đbqh: 'đại biểu quốc hội',
    thpt: 'trung học phổ thông',
    thcs: 'trung học cơ sở',
    tw: 'trung ương',
    gs: 'giáo sư',
    pgs: 'phó giáo sư',
    ts: 'tiến sĩ',
    ths: 'thạc sĩ',
    bs: 'bác sĩ',
    ttg: 'thủ tướng',
    mttq: 'mặt trận tổ quốc',
    csgt: 'cảnh sát giao thông',
    bhxh: 'bảo hiểm xã hội',
    bhyt: 'bảo hiểm y tế',
    đhqg: 'đại học quốc gia',
    vn: 'việt nam',
    hn: 'hà nội',
    ktxh: 'kinh tế xã hội',
  },
  eng: {
    us: 'united states',
    usa: 'united states',
    uk: 'united kingdom',
    un: 'united nations',
    eu: 'european union',
    nyc: 'new york city',
    gov: 'governor',
    sen: 'senator',
    rep: 'representative',
    // a firm's or body's kind in short: Intel Corp. / Intel Corporation, Sony Ltd. / Sony Limited
    corp: 'corporation',
    ltd: 'limited',
    dept: 'department',
    intl: 'international',
    assn: 'association',
    // US states as AP style writes them after a city (Charleston, S.C.; Tampa, Fla.). Only forms
    // no other language writes as a capitalised word: Ga. (Vietnamese "Ga" is a station), Va.
    // ("Và"), Ky. ("Kỳ"), Del., La., Pa., Mo., Ill., Miss., Mass., Wash., Ind., Ore. stay out.
    // Source: the AP Stylebook's state abbreviations.
    ariz: 'arizona',
    calif: 'california',
    colo: 'colorado',
    conn: 'connecticut',
    fla: 'florida',
    minn: 'minnesota',
    neb: 'nebraska',
    nev: 'nevada',
    nh: 'new hampshire',
    nj: 'new jersey',
    nm: 'new mexico',
    ny: 'new york',
    nc: 'north carolina',
    nd: 'north dakota',
    okla: 'oklahoma',
    ri: 'rhode island',
    sc: 'south carolina',
    sd: 'south dakota',
    tenn: 'tennessee',
    vt: 'vermont',
    wva: 'west virginia',
    wyo: 'wyoming',
  },
}

export type ExpansionTable = ReadonlyMap<string, readonly string[]>

/** One lookup table (folded keys to folded words) for the given languages and the caller's extra entries (which win). */
export function expansionTable(languages: readonly string[], extra: AbbreviationTable = {}): ExpansionTable {
  const table = new Map<string, readonly string[]>()
  const add = (entries: AbbreviationTable): void => {
    for (const [abbreviation, expansion] of Object.entries(entries)) {
      const key = foldWord(abbreviation.replace(/[\s.]+/g, ''))
      const words = expansion.split(/\s+/).filter(Boolean).map(foldWord)
      if (key && words.length > 0) table.set(key, words)
    }
  }
  for (const language of languages) {
    const entries = ABBREVIATIONS[language]
    if (entries) add(entries)
  }
  add(extra)
  return table
}
