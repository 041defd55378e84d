import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../src/segment/sentences'

const split = (text: string): string[] => splitSentences(text).map((p) => text.slice(p.start, p.end))

describe('sentences of Chinese and Japanese', () => {
  it.each([
    ['。！？ end sentences', '记者问：这是真的吗？他回答：是的！随后离开。', ['记者问：这是真的吗？', '他回答：是的！', '随后离开。']],
    ['a closing quote stays with its full stop', '他说：“我们会继续努力。”随后他离开了会场。', ['他说：“我们会继续努力。”', '随后他离开了会场。']],
    ['fullwidth ！？', '本当ですか？はい！', ['本当ですか？', 'はい！']],
    // A quoted sentence goes on with the particle that quotes it.
    ['a Japanese quote and と', '担当者は「検査数が増えた。」と説明した。感染者は500人だった。', ['担当者は「検査数が増えた。」と説明した。', '感染者は500人だった。']],
    ['a Japanese quote and って', '彼は「行く。」って言った。', ['彼は「行く。」って言った。']],
    // Trap: a quote followed by another sentence still ends there.
    ['a Japanese quote and a new sentence', '「行く。」彼女は黙った。', ['「行く。」', '彼女は黙った。']],
    // Vietnamese and English are cut as before.
    ['Vietnamese', 'Ông nói: "Tôi sẽ đi." Sau đó ông rời đi.', ['Ông nói: "Tôi sẽ đi."', 'Sau đó ông rời đi.']],
    ['English', 'He said: "I will go." Then he left.', ['He said: "I will go."', 'Then he left.']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected)
  })
})
