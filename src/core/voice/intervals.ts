// Sorted, non-overlapping [start, end] intervals (ms) and the few operations
// talk figures need: union, intersection, complement within, total length.
export type Interval = readonly [number, number]

/** Sorted and merged (touching intervals become one); empty ones dropped. */
export function normalize(xs: readonly Interval[]): [number, number][] {
  const sorted = xs.filter(([a, b]) => b > a).sort((p, q) => p[0] - q[0])
  const out: [number, number][] = []
  for (const [a, b] of sorted) {
    const last = out[out.length - 1]
    if (last && a <= last[1]) last[1] = Math.max(last[1], b)
    else out.push([a, b])
  }
  return out
}

export function total(xs: readonly Interval[]): number {
  return xs.reduce((n, [a, b]) => n + Math.max(0, b - a), 0)
}

/** Both lists normalized; the parts in both. */
export function intersect(xs: readonly Interval[], ys: readonly Interval[]): [number, number][] {
  const a = normalize(xs)
  const b = normalize(ys)
  const out: [number, number][] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]![0], b[j]![0])
    const hi = Math.min(a[i]![1], b[j]![1])
    if (hi > lo) out.push([lo, hi])
    if (a[i]![1] < b[j]![1]) i++
    else j++
  }
  return out
}

/** The parts of `within` not covered by `xs`. */
export function complement(xs: readonly Interval[], within: readonly Interval[]): [number, number][] {
  const out: [number, number][] = []
  const cover = normalize(xs)
  for (const [lo, hi] of normalize(within)) {
    let at = lo
    for (const [a, b] of cover) {
      if (b <= at) continue
      if (a >= hi) break
      if (a > at) out.push([at, a])
      at = Math.max(at, b)
    }
    if (at < hi) out.push([at, hi])
  }
  return out
}
