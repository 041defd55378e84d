/** Do two spellings differ only in letters doubled (Asiyalova / Assiyalova)? A scan, no back-reference regex. */
export function onlyDoublesApart(a: string, b: string): boolean {
  const single = (text: string): string => {
    const lower = text.toLowerCase()
    let out = ''
    for (let k = 0; k < lower.length; k++) if (k === 0 || lower[k] !== lower[k - 1]) out += lower[k]
    return out
  }
  return a.toLowerCase() !== b.toLowerCase() && single(a) === single(b)
}
