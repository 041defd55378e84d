/**
 * Grammatical words of the languages corroborate has tables for. In a word
 * diff they carry no fact — "và" for "cùng", "the" for "a" — and highlighting
 * them buries the words that do (names, numbers, content words). Languages
 * without a list here get every word treated as content: a noisier highlight,
 * never a hidden fact.
 */
import { lowerNfc } from './fold'

const VIETNAMESE =
  'và với của cho là có không chưa đã đang sẽ vừa mới này đó kia ấy đây đấy các những một mọi mỗi từng cả ' +
  'để từ đến về trên dưới ở tại trong ngoài như cũng thì mà nhưng hay hoặc nên vì do bởi bị được rằng ' +
  'theo khi sau trước qua lại ra vào nữa rất đều vẫn còn chỉ thế nào gì ai nhiều ít hơn nhất lắm quá ' +
  'họ nó ta tôi chúng mình sự việc cuộc điều nhằm cùng giữa đồng thời trong khi bên cạnh ngay luôn hết'

const ENGLISH =
  'the a an and or nor but of to in on at for with from by as is are was were be been being has have had ' +
  'do does did that this these those it its he she they we you i his her their our your them him us me ' +
  'will would shall should can could may might must not no so than then there here which who whom whose ' +
  'what when where while also about into onto over after before up down out if because very just only such ' +
  'any some all each both more most other own same too yet still again further once during since until'

function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(' ').map(lowerNfc))
}

const LISTS: Readonly<Record<string, ReadonlySet<string>>> = { vie: wordSet(VIETNAMESE), eng: wordSet(ENGLISH) }

/**
 * The function words of a document's language (ISO 639-3); for an
 * undetermined language, those of every list, since short texts are the ones
 * detection gives up on.
 */
export function functionWords(language: string): ReadonlySet<string> {
  const list = LISTS[language]
  if (list) return list
  if (language !== 'und') return new Set()
  return new Set(Object.values(LISTS).flatMap((set) => [...set]))
}
