// names49: a report's press convention from its own function words (franc reads a line of English as Scots).
import { describe, expect, it } from 'vitest'
import { conventionsOf, pressConvention } from '../../../../src/diverge/extract/names/press-languages'

describe('pressConvention', () => {
  it.each([
    ['en, franc says Scots', 'Colonel Muammar Gaddafi was killed on Thursday near Sirte, his hometown, the National Transitional Council said.', 'sco', 'en'],
    ['en, franc says French', 'Hasakeh said on Monday it would raise oil output by 500,000 barrels a day.', 'fra', 'en'],
    ['fr', 'Le colonel Muammar Kadhafi a été tué jeudi près de Syrte, sa ville natale, a annoncé le Conseil national de transition.', 'cat', 'fr'],
    ['es', 'Aviones bombardearon Jan Sheijun el martes y mataron a 80 civiles, según el Observatorio.', 'glg', 'es'],
    ['id', 'Ramadan Abedi dicari oleh rezim Moamer Gadaffi karena keterlibatannya dengan kelompok itu.', 'ind', 'id'],
    ['vi, by its letters', 'Ông Nguyễn Văn Hùng cho biết 16 người thiệt mạng.', 'vie', 'vi'],
    // traps: names with particles (van, der, el-) vote for no language; too few words leave it to franc
    ['en with von der Leyen and el-Arish', 'Ursula von der Leyen visited el-Arish, and the minister was with her.', 'eng', 'en'],
    ['one word each way: franc decides', 'Kadhafi le Gaddafi the', 'fra', 'fr'],
    ['nothing to go by', 'Hasaka', 'und', ''],
    // *son* votes for no language: English "son", Spanish "they are", a Vietnamese syllable
    ['en with son twice, franc says French', "Gaddafi's son Saif al-Islam was captured, his son said.", 'fra', 'en'],
    ['es with son (they are), franc says Galician', 'Los heridos son doce y los muertos son tres.', 'glg', 'es'],
    ['vi with the syllable son, franc says Cebuano: no French', 'Chị Lan tô son môi, còn chị Mai chọn son dưỡng.', 'ceb', ''],
    ['fr with son, read by its other words', 'Le président et son épouse sont arrivés dans la capitale, a annoncé son porte-parole.', 'cat', 'fr'],
  ])('%s', (_label, text, detected, convention) => {
    expect(pressConvention(text, detected)).toBe(convention)
  })

  it('two English reports are one convention whatever franc guessed', () => {
    expect(conventionsOf({ text: 'Hasakeh said on Monday it would raise oil output by 500,000 barrels a day.', detected: 'fra' }, { text: 'Government forces shelled Hasaka on Monday, the monitor said.', detected: 'sco' })).toBeUndefined()
  })
})
