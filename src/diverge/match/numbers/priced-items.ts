/**
 * Prices of two different goods are two slots: *mua khóm tại vườn với giá 4.000 đ/kg* /
 * *bưởi Năm roi giá cũng được 25.000 đ/kg* (pineapples / pomelos), *gold prices rose to $400* /
 * *oil prices rose to $40*. The thing priced is often a common noun, so the rule on names of
 * `slot-qualifiers.ts` (two clauses naming two bodies) does not see it.
 *
 * The item is read from the figure's sentence up to the figure, at the last price word
 * (*giá*, *price*, *prices*, *cost*) at most a few words before it: the words right after it
 * (*giá cam sành*, *the price of gold*), else right before it (*bưởi Năm roi giá*, *gold prices*),
 * else, after *với giá* / *for*, the object of a verb of buying or selling before it (*mua khóm …
 * với giá*). Two items are different goods when their heads differ and neither sentence writes
 * the other's head: *giá vàng SJC* / *giá vàng* is one good, *giá USD của Vietcombank* / *giá USD
 * tại Ngân hàng Vietcombank* one too. An item not read on either side tells nothing.
 */
import { keys } from '../../../normalize/word-lists'
import type { Clause } from '../clauses/clauses'

const PRICE = keys('giá price prices cost costs')
const ENGLISH_PRICE = keys('price prices cost costs')
/** "giá trị" (value), "đơn giá"… are no price of a good named beside them. */
const NOT_PRICE_AFTER = keys('trị cả')
/** Verbs whose object is the good a "với giá" / "for" price is paid for. */
const TRADE = keys('mua bán thu buy buys bought sell sells sold purchase purchased')
/** Words that end an item: function words, moments, levels, trading words, kinds of price. */
const STOP = keys(
  'hiện cũng được là ở mức bán mua ra vào tại với lên xuống tăng giảm khoảng chỉ đã đang sẽ còn có này đó nay hôm sáng chiều tối ' +
    'từ đến trên dưới gần hơn đạt của thì và hay hoặc trung bình niêm yết so các những một mỗi cả lại vẫn đều ' +
    'the a an of its their his her this that these those at to by for from in on was were is are rose fell rise fall up down average higher lower ' +
    'per each new current ' +
    // kinds of price, not goods: "giá khởi điểm", "giá ban đầu", "starting price", "retail prices"
    'khởi điểm ban đầu lẻ sỉ buôn gốc sàn trần thị trường chính thức đề xuất ưu đãi khuyến mãi tham khảo cao thấp nhất bình quân khoảng ' +
    'starting initial retail wholesale list average opening closing asking base suggested spot market selling buying offer record',
)
/** How far before the figure its price word may stand. */
const REACH = 12
/** Words of an item. */
const ITEM_WORDS = 3
const CONTENT = /^\p{L}/u

const content = (w: string | undefined): w is string => w !== undefined && CONTENT.test(w) && !STOP.has(w) && !PRICE.has(w)

/** Up to ITEM_WORDS content words of `words` from `k` on, in the direction `step`, stopping at the first other word. */
function run(words: readonly string[], k: number, step: 1 | -1, end: number): string[] {
  const out: string[] = []
  for (let i = k; step === 1 ? i < end : i >= 0; i += step) {
    if (!content(words[i]) || out.length === ITEM_WORDS) break
    out.push(words[i]!)
  }
  return step === 1 ? out : out.reverse()
}

/** The good a price figure is a price of, as folded words with its head first, if its sentence names one right beside its price word. */
export function pricedItem(c: Clause): readonly string[] | undefined {
  const lead = c.lead
  for (let k = lead.length - 1; k >= Math.max(0, lead.length - REACH); k--) {
    if (!PRICE.has(lead[k]!) || NOT_PRICE_AFTER.has(lead[k + 1] ?? '')) continue
    // "giá cam sành" names the good after the price word; English names it before ("oil prices")
    // or after "of" ("the price of gold"): a word after "prices" is the verb ("oil prices could reach").
    const english = ENGLISH_PRICE.has(lead[k]!)
    const from = lead[k + 1] === 'of' ? k + 2 : english ? -1 : k + 1
    const after = from === -1 ? [] : run(lead, from, 1, lead.length)
    if (after.length > 0) return after
    // "gold prices", "bưởi Năm roi giá": the word nearest the price word first
    const before = run(lead, k - 1, -1, lead.length)
    if (before.length > 0) return before.reverse()
    // "mua khóm tại vườn với giá", "bought the painting for": the object of the trading verb before
    for (let t = k - 1; t >= Math.max(0, k - 6); t--) {
      if (!TRADE.has(lead[t]!)) continue
      const object = run(lead, t + 1, 1, k)
      return object.length > 0 ? object : undefined
    }
    return undefined
  }
  return undefined
}

/**
 * Why two price figures are prices of two goods, else undefined: their items' first words (the
 * head in Vietnamese, *cam* of *cam sành*; the word after *of* or before *prices* in English)
 * differ and neither sentence writes the other's head (*giá vàng SJC* / *giá vàng*: one good).
 */
export function differentGoods(cx: Clause, cy: Clause): string | undefined {
  const x = pricedItem(cx)
  if (x === undefined) return undefined
  const y = pricedItem(cy)
  if (y === undefined || x[0] === y[0] || cy.sentence.has(x[0]!) || cx.sentence.has(y[0]!)) return undefined
  return `prices of two goods (${x.join(' ')} / ${y.join(' ')})`
}
