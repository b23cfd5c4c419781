// A character n-gram model of one language's code lines, used to tell which of
// several readings of a handwritten line is most plausible as code. Written
// here rather than taken from a library: the npm n-gram packages are word
// models or keep every count in memory as objects; this needs a compact,
// serialisable char model with interpolated absolute discounting (KN-style
// back-off) that scores a 40-char line in microseconds, in a worker.
//
// Lines are normalised the way the recogniser writes them: no indentation,
// runs of spaces as one, printable ASCII only. "\n" marks both ends.

export interface CharLmData {
  format: 'inkterview-charlm/v1'
  order: number
  /** Discount subtracted from each seen count. */
  discount: number
  /**
   * Per context (the previous order-1 chars or fewer, "" for none): the next
   * characters seen and their counts, as "c<count>" pairs joined by \u0001.
   */
  table: Record<string, string>
}

export interface CharLm {
  readonly order: number
  /** P(c | the characters before it), context as long as the model looks back (order - 1, "\n"-padded). */
  prob(context: string, c: string): number
  /** log10 P(text as one whole line). */
  lineLogProb(text: string): number
  /** log10 P(added follows prefix), prefix being the start of a line; with `end`, the line also ends there. */
  extendLogProb(prefix: string, added: string, end?: boolean): number
}

const BOUNDARY = '\n'
const VOCAB_SIZE = 96 // printable ASCII + boundary

/** The model's view of a line: no indentation, one space between tokens, printable ASCII only. */
export function normaliseLmLine(line: string): string {
  return line.replace(/[^\x20-\x7e]/g, '').replace(/ +/g, ' ').trim()
}

const OPERATOR_SPACES = / ?(===|!==|==|!=|<=|>=|\+=|-=|\*=|\/=|%=|=>|&&|\|\||[=<>+\-*/%]) ?/g

/**
 * The line as a hand that leaves no room around its operators writes it, and
 * as a reader then reads it ("i+=1"). Trained on spaced code alone, the model
 * found such a reading so unlikely (log10 -22.9 against -4.0 spaced) that the
 * combination preferred letters to the operators most renderings read
 * ("it=1", "is2"); the recogniser spaces operators itself afterwards.
 */
export function compactLine(line: string): string {
  return line.replace(OPERATOR_SPACES, '$1')
}

/** The lines, and after them each line that has spaced operators once more, written tight (compactLine). */
export function withCompactLines(lines: readonly string[]): string[] {
  const out = [...lines]
  for (const l of lines) {
    const c = compactLine(l)
    if (c !== l) out.push(c)
  }
  return out
}

/** Counts every n-gram (1..order) of the given lines; keeps contexts seen at least `minCount` times. */
export function trainCharLm(lines: Iterable<string>, order = 5, minCount = 2, discount = 0.75): CharLmData {
  const counts = new Map<string, Map<string, number>>()
  for (const raw of lines) {
    const line = normaliseLmLine(raw)
    if (!line) continue
    const s = BOUNDARY.repeat(order - 1) + line + BOUNDARY
    for (let i = order - 1; i < s.length; i++) {
      const c = s[i]!
      for (let k = 0; k < order; k++) {
        const ctx = s.slice(i - k, i)
        let m = counts.get(ctx)
        if (!m) counts.set(ctx, (m = new Map()))
        m.set(c, (m.get(c) ?? 0) + 1)
      }
    }
  }
  const table: Record<string, string> = {}
  for (const [ctx, m] of counts) {
    let total = 0
    for (const n of m.values()) total += n
    if (ctx.length > 0 && total < minCount) continue
    const kept = [...m].filter(([, n]) => ctx.length === 0 || n >= minCount || total < minCount * 4)
    if (!kept.length) continue
    table[ctx] = kept.map(([c, n]) => c + n).join('\u0001')
  }
  return { format: 'inkterview-charlm/v1', order, discount, table }
}

interface Dist {
  total: number
  types: number
  next: Map<string, number>
}

export function loadCharLm(data: CharLmData): CharLm {
  if (data.format !== 'inkterview-charlm/v1') throw new Error(`char model: unknown format ${String(data.format)}`)
  const dists = new Map<string, Dist>()
  for (const [ctx, packed] of Object.entries(data.table)) {
    const next = new Map<string, number>()
    let total = 0
    for (const pair of packed.split('\u0001')) {
      const n = Number(pair.slice(1))
      next.set(pair[0]!, n)
      total += n
    }
    dists.set(ctx, { total, types: next.size, next })
  }
  const { order, discount: d } = data
  // P(c | ctx) interpolated down to the uniform distribution.
  const prob = (ctx: string, c: string): number => {
    let p = 1 / VOCAB_SIZE
    for (let k = 0; k <= Math.min(ctx.length, order - 1); k++) {
      const dist = dists.get(ctx.slice(ctx.length - k))
      if (!dist) break
      const n = dist.next.get(c) ?? 0
      p = Math.max(n - d, 0) / dist.total + ((d * dist.types) / dist.total) * p
    }
    return p
  }
  return withLineScores(order, prob)
}

/** The line-level scores of a model, from its next-character probability. */
function withLineScores(order: number, prob: (ctx: string, c: string) => number): CharLm {
  const lineMemo = new Map<string, number>()
  return {
    order,
    prob,
    lineLogProb(text: string): number {
      // Renderings often read a line alike, and live reading scores the same lines again.
      const hit = lineMemo.get(text)
      if (hit !== undefined) return hit
      const s = BOUNDARY.repeat(order - 1) + normaliseLmLine(text) + BOUNDARY
      let lp = 0
      for (let i = order - 1; i < s.length; i++) lp += Math.log10(prob(s.slice(i - order + 1, i), s[i]!))
      if (lineMemo.size >= 20_000) lineMemo.clear()
      lineMemo.set(text, lp)
      return lp
    },
    extendLogProb(prefix: string, added: string, end = false): number {
      let s = (BOUNDARY.repeat(order - 1) + prefix).slice(-(order - 1))
      let lp = 0
      for (const c of end ? added + BOUNDARY : added) {
        lp += Math.log10(prob(s, c))
        s = (s + c).slice(-(order - 1))
      }
      return lp
    },
  }
}

