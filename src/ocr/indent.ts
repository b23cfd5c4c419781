// Indentation levels from where each line starts, clustered per page.
import type { InkLine } from './lines.ts'
import { median } from './geometry.ts'

/**
 * One level per line. Line starts closer than `minStep` x-heights are the same
 * level (hands drift); each further cluster to the right is one level deeper
 * per `step` (the smallest gap between clusters, i.e. the writer's own indent).
 */
export function indentLevels(lines: readonly InkLine[], minStep = 2.2): number[] {
  if (!lines.length) return []
  const xh = median(lines.map((l) => l.xHeight))
  const starts = lines.map((l) => l.startX)
  const sorted = [...starts].sort((a, b) => a - b)
  // Clusters: split sorted starts where the gap exceeds the threshold.
  const clusters: number[][] = [[sorted[0]!]]
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]! - sorted[i - 1]! > minStep * xh * 0.5) clusters.push([sorted[i]!])
    else clusters[clusters.length - 1]!.push(sorted[i]!)
  }
  const centres = clusters.map((c) => median(c))
  const gaps = centres.slice(1).map((c, i) => c - centres[i]!).filter((g) => g >= minStep * xh)
  const step = gaps.length ? Math.min(...gaps) : Infinity
  const base = centres[0]!
  return starts.map((x) => {
    if (!Number.isFinite(step)) return 0
    const c = centres.reduce((best, cc) => (Math.abs(cc - x) < Math.abs(best - x) ? cc : best), base)
    return Math.max(0, Math.round((c - base) / step))
  })
}
