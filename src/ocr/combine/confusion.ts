// Shapes a handwritten glyph is read as: the cost of reading one for another,
// and a weighted edit distance that makes those cheap.

const GROUPS: [string, number][] = [
  ['oO0QDa', 0.3],
  ['aoeucd', 0.45],
  ['lI1i|!jtJ/', 0.3],
  ['sS5$', 0.3],
  ['zZ2', 0.3],
  ['mnhruvwMNW', 0.45],
  ['gqy9', 0.35],
  ['b6hk', 0.5],
  ['(Cc[{<l1', 0.35],
  [')J]}>7', 0.35],
  [';:i.,', 0.35],
  ['\'"`', 0.3],
  ['-_~=', 0.4],
  ['B8R3', 0.4],
  ['vVyYuUr', 0.4],
  ['kKxX', 0.4],
  ['pP', 0.2],
  ['fFtT', 0.4],
  ['eE', 0.3],
  ['wW', 0.2],
  ['lf', 0.45],
]
/** Two characters read as one, or one as two. */
export const MULTI: [string, string, number][] = [
  ['rn', 'm', 0.3],
  ['nn', 'm', 0.4],
  ['vv', 'w', 0.3],
  ['cl', 'd', 0.3],
  ['lc', 'k', 0.3],
  ['ii', 'u', 0.4],
  ['in', 'm', 0.4],
  ['ri', 'n', 0.4],
  ['li', 'h', 0.4],
  ['It', 'H', 0.4],
]

const MULTI_FIRST = new Set(MULTI.flatMap(([a, b]) => [a[0]!, b[0]!]))

const pairCost = new Map<string, number>()
for (const [g, cost] of GROUPS)
  for (const a of g)
    for (const b of g) if (a !== b) pairCost.set(a + b, Math.min(cost, pairCost.get(a + b) ?? 1))

/** Cost of reading `b` where `a` was written (0 same, < 1 confusable, 1 otherwise). */
export function subCost(a: string, b: string): number {
  if (a === b) return 0
  if (a.toLowerCase() === b.toLowerCase()) return 0.15
  return pairCost.get(a + b) ?? 1
}

const indelCost = (c: string) => ('.,\'`_-~ '.includes(c) ? 0.5 : 1)

let buf = new Float64Array(256)

/**
 * Weighted edit distance from the text read (`read`) to a candidate word
 * (`word`). Gives up (Infinity) once every path costs more than `bound`.
 */
export function confusionDistance(read: string, word: string, bound = Infinity): number {
  const n = read.length,
    m = word.length
  const w = m + 1
  if (buf.length < (n + 1) * w) buf = new Float64Array((n + 1) * w * 2)
  const D = buf
  D.fill(Infinity, 0, (n + 1) * w)
  D[0] = 0
  let prevMin = Infinity
  for (let i = 0; i <= n; i++) {
    let rowMin = Infinity
    for (let j = 0; j <= m; j++) {
      const d = D[i * w + j]!
      if (d < rowMin) rowMin = d
      if (d === Infinity) continue
      if (i < n) {
        const v = d + indelCost(read[i]!)
        if (v < D[(i + 1) * w + j]!) D[(i + 1) * w + j] = v
      }
      if (j < m) {
        const v = d + indelCost(word[j]!)
        if (v < D[i * w + j + 1]!) D[i * w + j + 1] = v
      }
      if (i < n && j < m) {
        const v = d + subCost(word[j]!, read[i]!)
        if (v < D[(i + 1) * w + j + 1]!) D[(i + 1) * w + j + 1] = v
        if (!MULTI_FIRST.has(read[i]!) && !MULTI_FIRST.has(word[j]!)) continue
      }
      for (const [two, one, cost] of MULTI) {
        // written `one`, read `two` (m -> rn) and the reverse
        if (read.startsWith(two, i) && word.startsWith(one, j)) {
          const k = (i + 2) * w + j + 1
          if (d + cost < D[k]!) D[k] = d + cost
        }
        if (read.startsWith(one, i) && word.startsWith(two, j)) {
          const k = (i + 1) * w + j + 2
          if (d + cost < D[k]!) D[k] = d + cost
        }
      }
    }
    // Later rows are reached from this row or the one before (two-for-one jumps).
    if (rowMin > bound && prevMin > bound) return Infinity
    prevMin = rowMin
  }
  return D[n * w + m]!
}
