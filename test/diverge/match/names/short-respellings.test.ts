/**
 * A short one-word name respelt by one letter in a report that also writes it as the other
 * report does (short-respellings.ts): Kaká / Kaké, Viteri / Vieri (CSTNews 27-1~27-4). Short
 * names pair only with the report's own word for it: the same role word, or a lone slip among
 * many mentions; never two names standing in one sentence, nor two roles.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const pairOf = (a: string, b: string): string[] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'name')
    .map((d) => `${d.a?.text} | ${d.b?.text}`)

describe('a short name respelt by one letter beside its spelling', () => {
  it.each([
    [
      'pt: same role word (goleiro / goleirão)',
      'O Brasil venceu o Equador por 5 a 0 no Maracanã. A bola foi fraca, mas o goleiro Daniel Viteri falhou no quarto gol.',
      'O Brasil venceu o Equador por 5 a 0 no Maracanã. Aos 30, o goleiro Viteri fez boa defesa. No fim, o goleirão Vieri, que vinha bem, falhou no quarto gol.',
      'Daniel Viteri | Vieri',
    ],
    [
      'en: same role word',
      'Brazil beat Ecuador 5-0 in Rio on Wednesday. The ball was weak, but the goalkeeper Viteri let it in.',
      'Brazil beat Ecuador 5-0 in Rio on Wednesday. Early on the goalkeeper Viteri saved a free kick. Late in the game the goalkeeper Vieri let in a soft fourth goal.',
      'Viteri | Vieri',
    ],
    [
      'vi: same role words (thủ môn)',
      'Brazil thắng Ecuador 5-0 tại Rio. Bóng đi yếu nhưng thủ môn Viteri để lọt lưới.',
      'Brazil thắng Ecuador 5-0 tại Rio. Đầu trận, thủ môn Viteri cản phá thành công. Cuối trận, thủ môn Vieri để lọt một bàn thua ngớ ngẩn.',
      'Viteri | Vieri',
    ],
    [
      'pt: a lone slip among many mentions',
      'O Brasil venceu o Equador por 5 a 0. Robinho, Ronaldinho e Kaká se esforçaram.',
      'O Brasil venceu o Equador por 5 a 0. Aos 10, Kaká abriu o placar. Aos 20, Kaká fez o segundo. Quando todos achavam que o gol de Kaké era o último, Robinho marcou. No fim, Kaká ainda chutou.',
      'Kaká | Kaké',
    ],
    [
      'en: a lone slip among many mentions',
      'Brazil beat Ecuador 5-0. Robinho, Ronaldinho and Kaká all played well.',
      'Brazil beat Ecuador 5-0. After ten minutes Kaká opened the scoring. Then Kaká added a second. When everyone thought the goal by Kaké was the last, Robinho scored. Late on Kaká shot again.',
      'Kaká | Kaké',
    ],
    [
      'pt: same role, same club (do Flamengo)',
      'O Flamengo venceu o Vasco por 2 a 0. O goleiro Kaká, do Flamengo, fez três defesas.',
      'O Flamengo venceu o Vasco por 2 a 0. Aos 10, o goleiro Kaká, do Flamengo, fez uma defesa. No fim, o goleiro Kaké, do Flamengo, fez outra.',
      'Kaká | Kaké',
    ],
    [
      'vi: a capitalised role noun (HLV)',
      'Man United thua 0-2 trên sân nhà. HLV Moyes thừa nhận đội bóng chơi tệ.',
      'Man United thua 0-2 trên sân nhà. Sau trận, HLV Moyes rất buồn. Trong phòng họp báo, HLV Moyas nổi giận.',
      'Moyes | Moyas',
    ],
  ])('%s', (_, a, b, expected) => {
    expect(pairOf(a, b)).toContain(expected)
  })

  it.each([
    [
      'pt: both spellings in one sentence are two players',
      'O Brasil venceu o Equador por 5 a 0. Robinho, Ronaldinho e Kaká se esforçaram.',
      'O Brasil venceu o Equador por 5 a 0. Aos 10, Kaká abriu o placar. Aos 20, Kaká fez o segundo. No fim, Kaká passou para Kaké, que chutou para fora.',
    ],
    [
      'en: both spellings in one sentence are two players',
      'Brazil beat Ecuador 5-0. Robinho, Ronaldinho and Kaká all played well.',
      'Brazil beat Ecuador 5-0. After ten minutes Kaká opened the scoring. Then Kaká added a second. Late on Kaká passed to Kaké, who shot wide.',
    ],
    [
      'en: two roles (the coach Vieri, the goalkeeper Viteri)',
      'Ecuador lost 5-0 in Rio. The goalkeeper Viteri let in a soft goal.',
      'Ecuador lost 5-0 in Rio. The goalkeeper Viteri let in a soft goal. Afterwards the coach Vieri blamed the wet pitch.',
    ],
    [
      'pt: a role of its own (o zagueiro Kaké)',
      'O Brasil venceu o Equador por 5 a 0. Robinho, Ronaldinho e Kaká se esforçaram.',
      'O Brasil venceu o Equador por 5 a 0. Aos 10, Kaká abriu o placar. Aos 20, Kaká fez o segundo. No fim, Kaká ainda chutou. O zagueiro Kaké recebeu cartão amarelo.',
    ],
    [
      'en: three letters are too few (Ann / Ana)',
      'The mayor met residents on Monday. The clerk Ann took notes.',
      'The mayor met residents on Monday. The clerk Ann took notes. Later the clerk Ana read them out.',
    ],
    [
      'vi: Minh / Vinh are two Vietnamese names',
      'Đội tuyển thắng 2-0 tại Hà Nội. Thủ môn Minh thi đấu xuất sắc.',
      'Đội tuyển thắng 2-0 tại Hà Nội. Đầu trận, thủ môn Minh cản phá thành công. Cuối trận, thủ môn Vinh vào sân thay người.',
    ],
    [
      'en: a one-off name with no mention of the other beside it',
      'Brazil beat Ecuador 5-0. Kaká scored twice.',
      'Brazil beat Ecuador 5-0. Kaká scored twice. The goal by Kaké was disallowed.',
    ],
    [
      'en: two countries a letter apart (Iran / Iraq)',
      'Oil prices rose on Monday. Traders watched Iran closely after the talks failed.',
      'Oil prices rose on Monday. Traders watched Iran closely. Exports from Iran fell, and sanctions on Iran stay. Supplies from Iraq were steady.',
    ],
    [
      'vi: a nickname with an ending added (Moyes / Moyesy)',
      'Man United thua 0-2 trên sân nhà. HLV Moyes thừa nhận đội bóng chơi tệ.',
      'Man United thua 0-2 trên sân nhà. Sau trận, HLV Moyes rất buồn. Trong phòng thay đồ, HLV Moyes nổi giận. Khi đó, HLV Moyes đã nói thẳng. “Cậu sẽ làm theo, hoặc ra ngoài”, Moyesy gay gắt.',
    ],
    [
      'en: a verb is no role word (officials said Mario / Maria)',
      'Officials said Mario would attend. On Monday, officials said Maria had left the city.',
      'Officials said Mario would attend the summit in Rome.',
    ],
    [
      'pt: a verb is no role word (ouviram Mario / Maria)',
      'Os vizinhos ouviram Mario na rua. Depois, os vizinhos ouviram Maria gritar.',
      'Os vizinhos ouviram Mario na rua durante a noite.',
    ],
    [
      'fr: a verb is no role word (entendaient Mario / Maria)',
      'Les voisins entendaient Mario dans la rue. Plus tard, les voisins entendaient Maria crier.',
      'Les voisins entendaient Mario dans la rue pendant la nuit.',
    ],
    [
      'es: one role, another club (el delantero Lucca, del rival)',
      'El delantero Lucas marcó dos goles. El delantero Lucca, del rival, falló un penalti.',
      'El delantero Lucas marcó dos goles en la victoria.',
    ],
    [
      'pt: one role, two clubs (do Botafogo / do Vasco)',
      'O goleiro Kaká, do Botafogo, fez três defesas. Do outro lado, o goleiro Kaké, do Vasco, levou dois gols.',
      'O goleiro Kaká, do Botafogo, fez três defesas. O Vasco levou dois gols no clássico.',
    ],
    [
      'en: one role, two clubs (of Benfica / of Porto)',
      'The coach Mario of Benfica praised his team. The coach Marco of Porto was sacked after a fifth loss.',
      'The coach Mario of Benfica praised his team after the win.',
    ],
    [
      'en: a lone mention that brings in a new person (and Will, their son)',
      'Police said Bill was driving. Witnesses said Bill swerved on the bridge. Doctors said Bill was stable. His wife and Will, their son, were unhurt.',
      'Police said Bill was driving. Witnesses said Bill swerved on the bridge. Doctors said Bill was stable.',
    ],
    [
      'en: a lone mention with a kinship apposition (Mario, their son)',
      'Police said Maria was driving home on Friday. Witnesses said Maria lost control on the bridge. Doctors said Maria was stable. The next day, Mario, their son, was also seen.',
      'Police said Maria was driving home on Friday. Witnesses said Maria lost control on the bridge. Doctors said Maria was stable.',
    ],
    [
      'pt: a lone mention that brings in a new person (e Lucca, o primo)',
      'A polícia disse que Lucas foi preso em casa. A defesa de Lucas nega o crime. O irmão de Lucas estava presente. A mãe e Lucca, o primo, prestaram depoimento.',
      'A polícia disse que Lucas foi preso em casa. A defesa de Lucas nega o crime. O irmão de Lucas estava presente.',
    ],
    [
      'vi: a lone mention after và',
      'Cảnh sát cho biết Kaká lái xe. Nhân chứng nói Kaká mất lái. Bác sĩ nói Kaká đã ổn. Vợ anh và Kaké không bị thương.',
      'Cảnh sát cho biết Kaká lái xe. Nhân chứng nói Kaká mất lái. Bác sĩ nói Kaká đã ổn.',
    ],
  ])('does not pair: %s', (_, a, b) => {
    expect(pairOf(a, b).filter((p) => /Kak|Vi|Ann|Ana|Minh|Vinh|Ira|Moy|Mari|Luc|Jef|Bill|Will/u.test(p))).toEqual([])
  })
})
