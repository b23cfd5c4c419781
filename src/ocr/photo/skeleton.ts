// Pen strokes back from an ink mask: the mask thinned to one-pixel lines
// (Zhang & Suen's thinning), then the thin lines traced into polylines. The
// recogniser then treats them as strokes: it measures, straightens and draws
// them with its own pen exactly as it does a page written on the board.
import type { Pt } from './image.ts'

const N8: readonly (readonly [number, number])[] = [
  [0, -1],
  [1, -1],
  [1, 0],
  [1, 1],
  [0, 1],
  [-1, 1],
  [-1, 0],
  [-1, -1],
]

/** Thins the mask (1 = ink) to lines one pixel wide, in place (Zhang-Suen, 1984). */
export function thin(mask: Uint8Array, width: number, height: number): void {
  let todo: number[] = []
  for (let i = 0; i < mask.length; i++) {
    const x = i % width,
      y = (i - x) / width
    if (mask[i] && x > 0 && y > 0 && x < width - 1 && y < height - 1) todo.push(i)
    else if (mask[i]) mask[i] = 0 // the outermost ring is never ink (neighbours must exist)
  }
  const nb = new Uint8Array(8)
  for (let changed = true; changed; ) {
    changed = false
    for (const step of [0, 1]) {
      const remove: number[] = []
      for (const p of todo) {
        if (!mask[p]) continue
        const x = p % width,
          y = (p - x) / width
        let b = 0
        for (let k = 0; k < 8; k++) b += nb[k] = mask[(y + N8[k]![1]) * width + x + N8[k]![0]]!
        if (b < 2 || b > 6) continue
        let a = 0
        for (let k = 0; k < 8; k++) if (!nb[k] && nb[(k + 1) % 8]) a++
        if (a !== 1) continue
        // P2 P4 P6 / P4 P6 P8 (first step), P2 P4 P8 / P2 P6 P8 (second): N=0, E=2, S=4, W=6.
        if (step === 0 ? nb[0]! * nb[2]! * nb[4]! || nb[2]! * nb[4]! * nb[6]! : nb[0]! * nb[2]! * nb[6]! || nb[0]! * nb[4]! * nb[6]!) continue
        remove.push(p)
      }
      for (const p of remove) mask[p] = 0
      if (remove.length) changed = true
    }
    todo = todo.filter((p) => mask[p])
  }
}

/**
 * Polylines along a thinned mask: from every end or junction pixel along each
 * branch to the next, then the closed loops left over; an isolated pixel (a
 * dot) is a polyline of one point. Points are pixel centres.
 */
export function trace(mask: Uint8Array, width: number, height: number): Pt[][] {
  const at = (x: number, y: number) => x >= 0 && y >= 0 && x < width && y < height && mask[y * width + x] === 1
  const neighbours = (p: number) => {
    const x = p % width,
      y = (p - x) / width
    const out: number[] = []
    for (const [dx, dy] of N8) if (at(x + dx, y + dy)) out.push((y + dy) * width + x + dx)
    return out
  }
  const degree = new Uint8Array(mask.length)
  const pixels: number[] = []
  for (let p = 0; p < mask.length; p++)
    if (mask[p]) {
      pixels.push(p)
      degree[p] = neighbours(p).length
    }
  const isNode = (p: number) => degree[p] !== 2
  const seen = new Uint8Array(mask.length)
  const pt = (p: number): Pt => [(p % width) + 0.5, Math.floor(p / width) + 0.5]
  const lines: Pt[][] = []
  const linked = new Set<string>()
  const walk = (start: number, first: number) => {
    const path = [start, first]
    seen[first] = 1
    let prev = start,
      cur = first
    while (!isNode(cur)) {
      const next = neighbours(cur).find((q) => q !== prev && (!seen[q] || (isNode(q) && q !== start) || (q === start && path.length > 2)))
      if (next === undefined) break
      path.push(next)
      if (isNode(next) || next === start) break
      seen[next] = 1
      prev = cur
      cur = next
    }
    lines.push(path.map(pt))
  }
  for (const p of pixels) {
    if (!isNode(p)) continue
    seen[p] = 1
    if (degree[p] === 0) {
      lines.push([pt(p)])
      continue
    }
    for (const q of neighbours(p)) {
      if (isNode(q)) {
        // Two junction pixels side by side: one short segment joins them, once.
        const key = p < q ? `${p},${q}` : `${q},${p}`
        if (!linked.has(key)) {
          linked.add(key)
          lines.push([pt(p), pt(q)])
        }
      } else if (!seen[q]) walk(p, q)
    }
  }
  // What is left are closed loops of degree-2 pixels ("o" written as a clean ring).
  for (const p of pixels) {
    if (seen[p]) continue
    seen[p] = 1
    const nb = neighbours(p)
    const path = [p]
    let prev = p,
      cur = nb[0]!
    while (cur !== undefined && !seen[cur]) {
      seen[cur] = 1
      path.push(cur)
      const next = neighbours(cur).find((q) => q !== prev && !seen[q])
      prev = cur
      if (next === undefined) break
      cur = next
    }
    path.push(p)
    lines.push(path.map(pt))
  }
  return lines
}
