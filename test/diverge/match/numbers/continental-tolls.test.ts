/**
 * One event's toll told in unlinked sentences in every language the engine reads (issue 11, fresh42-1):
 * the continental outcome verbs ("matou", "matando"), bounds ("pelo menos", "al menos", "au moins",
 * "mindestens") and bare subjects before an auxiliary ("400 ficaram feridas") are read as the English
 * and Vietnamese ones are, and the same guards keep the traps apart.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every number contradiction of a compare, as its two texts. */
const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

describe('one event\'s toll in unlinked sentences, every language', () => {
  it.each([
    ['pt: matando pelo menos sete / quatro pessoas morreram', 'Um terremoto atingiu a costa do país nesta segunda-feira, matando pelo menos sete pessoas. As equipes de resgate trabalharam durante a noite.', 'As equipes de resgate trabalharam durante a noite na região. Quatro pessoas morreram, segundo a polícia local.', 'sete', 'Quatro'],
    ['pt: the injured, outros 700 feridos / cerca de 400 ficaram feridas', 'O tremor derrubou casas em toda a região e deixou outros 700 feridos. A energia foi cortada.', 'A energia foi cortada em vários bairros. Segundo os bombeiros, cerca de 400 ficaram feridas.', '700', '400'],
    ['es: al menos 30 personas murieron / 12 personas murieron', 'Al menos 30 personas murieron en el terremoto que sacudió la costa el lunes. Los equipos de rescate trabajaron toda la noche.', 'Los equipos de rescate trabajaron toda la noche en la región. Según la policía, 12 personas murieron.', '30', '12'],
    // German capitalises every noun, which the clause rules read as names ("Küste" / "Region": two places), so the row
    // keeps one sentence's nouns on both sides; unlinked German tolls wait on that reading
    ['de: mindestens 30 Menschen / 12 Menschen', 'Bei dem Erdbeben starben mindestens 30 Menschen. Die Retter arbeiteten die ganze Nacht.', 'Die Retter arbeiteten die ganze Nacht. Bei dem Erdbeben starben 12 Menschen.', '30', '12'],
    // "30 Menschen" is the counted noun, people (review rtolls43); a sentence whose nouns the clause rules read as names ("Nach Angaben des Ministeriums") still keeps the two apart
    ['de: tötete 30 Menschen / sind 35 Menschen gestorben', 'Eine Autobombe explodierte am Freitag und tötete 30 Menschen. Zeugen beschrieben chaotische Szenen.', 'Rettungskräfte arbeiteten die ganze Nacht am Unglücksort. Es sind 35 Menschen gestorben.', '30', '35'],
    ['en: killing at least seven / four people died', 'An earthquake struck the coast on Monday, killing at least seven people. Rescue teams worked through the night.', 'Rescue teams worked through the night in the region. Four people died, local police said.', 'seven', 'Four'],
    ['vi: làm ít nhất 7 người chết / 4 người thiệt mạng', 'Trận động đất xảy ra ở vùng ven biển hôm thứ Hai, làm ít nhất 7 người chết. Các đội cứu hộ làm việc suốt đêm.', 'Các đội cứu hộ làm việc suốt đêm trong khu vực. Cảnh sát cho biết 4 người đã thiệt mạng.', '7', '4'],
  ])('%s', (_label, a, b, va, vb) => {
    const flags = numberFlags(a, b)
    expect(flags.some(([x, y]) => x!.includes(va) && y!.includes(vb))).toBe(true)
  })

  // two sentences the slots pair weakly (same unit, few shared words) stay theirs to weigh, in French as in English: a candidate
  it('fr: au moins 30 personnes / 12 personnes sont mortes is a candidate', () => {
    const r = compare('Au moins 30 personnes ont été tuées par le séisme qui a frappé la côte lundi. Les secours ont travaillé toute la nuit.', 'Les secours ont travaillé toute la nuit dans la région. Selon la police, 12 personnes sont mortes.')
    expect(r.candidates.some((d) => d.kind === 'number' && d.a?.text.includes('30') && d.b?.text.includes('12'))).toBe(true)
  })
})


/** Counts of one outcome that are not one event's toll, or of two outcomes: no contradiction. */
describe('continental tolls that stay apart', () => {
  it.each([
    // the minister's earlier tally (57 dead, 128 injured) in a report whose own toll is the police's 80 dead
    ['pt: a superseded tally\'s injured against the toll\'s', 'O ministro informou que 57 pessoas morreram e 128 ficaram feridas no choque. Fontes policiais disseram depois que pelo menos 80 pessoas tinham morrido no acidente.', 'Colisão entre trens deixa 80 mortos e 165 feridos no Egito. As ambulâncias levaram as vítimas aos hospitais.'],
    ['en: a superseded tally\'s injured against the toll\'s', 'The minister said 57 people died and 128 were injured in the crash. Police later said at least 80 people had died in the accident.', 'Train collision leaves 80 dead and 165 injured in Egypt. Ambulances took the victims to hospitals.'],
    ['vi: a superseded tally\'s injured against the toll\'s', 'Bộ trưởng cho biết 57 người chết và 128 người bị thương trong vụ va chạm. Cảnh sát sau đó cho biết ít nhất 80 người đã thiệt mạng.', 'Vụ va chạm tàu làm 80 người chết và 165 người bị thương ở Ai Cập. Xe cứu thương đưa nạn nhân đến bệnh viện.'],
    ['pt: injured against dead', 'O tremor matou quatro pessoas, segundo a polícia. As equipes de resgate chegaram rapidamente.', 'As equipes de resgate chegaram rapidamente ao local. Cerca de 400 pessoas ficaram feridas.'],
    ['es: patients against dead', 'El terremoto mató a 12 personas, según la policía. Los hospitales atendieron a los heridos.', 'Los hospitales atendieron a los heridos toda la noche. Los médicos trataron a 200 pacientes.'],
    ['pt: the other\'s value told on this side (the police\'s first toll)', 'Nove pessoas morreram na explosão em um mercado, informou a polícia. O local foi isolado.', 'O local foi isolado pela polícia. Uma explosão causou a morte de dez pessoas. Anteriormente, a polícia havia informado sobre nove mortos.'],
    ['pt: a past event with its year', 'O terremoto matou 8 pessoas nesta terça-feira. A ajuda chegou à província.', 'A ajuda chegou à província durante a noite. Em 2004, um tsunami matou 170 mil pessoas na região.'],
    ['pt: a part, crianças', 'O terremoto matou 3 crianças quando uma escola desabou. A ajuda chegou durante a noite.', 'A ajuda chegou durante a noite à cidade. O terremoto matou 12 pessoas, segundo as autoridades.'],
    ['de: a forecast', 'Das Erdbeben tötete 24 Menschen, sagten Beamte. Die Retter arbeiteten die ganze Nacht.', 'Die Retter arbeiteten die ganze Nacht. Beamte warnten, die Zahl der Toten could climb to 100.'],
  ])('%s', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})

/**
 * The verbs of injuring beside the verbs of killing: "feriu outras 85" counts the injured, as "injured 85 others"
 * does, and the two injured tolls meet, flagged or (when the slots pair them weakly, "others" against "people" in
 * sentences of few shared words) a candidate; before, neither side's count was read as the injured.
 */
describe('continental verbs of injuring', () => {
  it.each([
    ['pt: feriu outras 85', 'A explosão matou 30 pessoas e feriu outras 85, informou a polícia. O local foi isolado.', 'O local foi isolado pela polícia durante a noite. Cerca de 60 pessoas ficaram feridas.', '85', '60'],
    ['es: hirió a otras 85', 'La explosión mató a 30 personas e hirió a otras 85, informó la policía. El lugar fue acordonado.', 'El lugar fue acordonado por la policía durante la noche. Unas 60 personas resultaron heridas.', '85', '60'],
    ['fr: blessant 85 autres', 'L\'explosion a frappé le marché vendredi, tuant 30 personnes et blessant 85 autres. Le quartier a été bouclé.', 'Le quartier a été bouclé par la police pendant la nuit. Environ 60 personnes avaient été blessées.', '85', '60'],
    ['en: injured 85 others', 'The explosion killed 30 people and injured 85 others, police said. The area was sealed off.', 'The area was sealed off by police overnight. About 60 people were injured.', '85', '60'],
    ['vi: làm 85 người khác bị thương', 'Vụ nổ làm 30 người chết và 85 người khác bị thương, cảnh sát cho biết. Khu vực đã bị phong tỏa.', 'Khu vực đã bị cảnh sát phong tỏa suốt đêm. Khoảng 60 người bị thương.', '85', '60'],
  ])('%s', (_label, a, b, va, vb) => {
    const r = compare(a, b)
    const met = [...r.divergences, ...r.candidates].filter((d) => d.kind === 'number' && d.a?.text.includes(va) && d.b?.text.includes(vb))
    expect(met.length).toBe(1)
  })
  it.each([
    ['pt: feriu outras 85 is no dead toll', 'A explosão matou 30 pessoas e feriu outras 85, informou a polícia. O local foi isolado.', 'O local foi isolado pela polícia durante a noite. Cerca de 35 pessoas morreram.'],
    ['en: injured 85 others is no dead toll', 'The explosion killed 30 people and injured 85 others, police said. The area was sealed off.', 'The area was sealed off by police overnight. Some 85 people died.'],
    ['vi: 85 người khác bị thương is no dead toll', 'Vụ nổ làm 30 người chết và 85 người khác bị thương, cảnh sát cho biết. Khu vực đã bị phong tỏa.', 'Khu vực đã bị cảnh sát phong tỏa suốt đêm. Có 85 người thiệt mạng.'],
  ])('%s', (_label, a, b) => {
    expect(numberFlags(a, b).some(([x]) => x!.includes('85'))).toBe(false)
  })
})
