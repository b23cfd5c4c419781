// The handwriting drawn as SVG paths straight from the ink/v1 points: cheap,
// scalable, and every stroke addressable (for line links and the replay).
// tldraw is not mounted for review.
import { useMemo, useRef, useState } from 'react'
import type { InkDocument, InkPoint } from '../../core/ink/ink'

function pathOf(points: readonly InkPoint[], count = points.length): string {
  const n = Math.min(count, points.length)
  if (n <= 0) return ''
  const [x0, y0] = points[0]!
  // A dot still shows: a zero-length segment with round caps.
  if (n === 1) return `M${x0} ${y0}l0.01 0`
  let d = `M${x0} ${y0}`
  for (let i = 1; i < n; i++) d += `L${points[i]![0]} ${points[i]![1]}`
  return d
}

export interface InkBounds {
  x: number
  y: number
  w: number
  h: number
}

export function inkBounds(ink: InkDocument, pad = 16): InkBounds {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const s of ink.strokes)
    for (const p of s.points) {
      minX = Math.min(minX, p[0])
      minY = Math.min(minY, p[1])
      maxX = Math.max(maxX, p[0])
      maxY = Math.max(maxY, p[1])
    }
  if (!Number.isFinite(minX)) return { x: 0, y: 0, w: 400, h: 120 }
  return { x: minX - pad, y: minY - pad, w: Math.max(40, maxX - minX + 2 * pad), h: Math.max(40, maxY - minY + 2 * pad) }
}

export interface InkLineGroup {
  /** 0-based transcript line. */
  line: number
  label: string
  strokes: number[]
}

export interface InkViewProps {
  ink: InkDocument
  label: string
  /** Per stroke index, how many points to draw (replay); strokes missing are not drawn. Undefined: everything. */
  visible?: ReadonlyMap<number, number>
  /** Strokes lit (linked to the line in focus). */
  highlight?: ReadonlySet<number>
  /** Strokes grouped by transcript line: each group is focusable and reports hover, focus and activation. */
  groups?: readonly InkLineGroup[]
  onLineHover?: (line: number | null) => void
  /** `keyboard`: Enter/Space (move focus there); otherwise a click or tap (show it, keep focus, no on-screen keyboard). */
  onLineActivate?: (line: number, keyboard: boolean) => void
  className?: string
  testId?: string
}

export function InkView({ ink, label, visible, highlight, groups, onLineHover, onLineActivate, className, testId }: InkViewProps) {
  const box = useMemo(() => inkBounds(ink), [ink])
  const full = useMemo(() => ink.strokes.map((s) => pathOf(s.points)), [ink])
  const grouped = useMemo(() => new Set(groups?.flatMap((g) => g.strokes) ?? []), [groups])
  // One tab stop for all the lines; arrow keys move between them (roving tabindex).
  const [current, setCurrent] = useState(0)
  const svgRef = useRef<SVGSVGElement>(null)
  const focusGroup = (i: number) => {
    if (!groups?.length) return
    const k = Math.max(0, Math.min(groups.length - 1, i))
    setCurrent(k)
    svgRef.current?.querySelector<SVGGElement>(`g.ink-line[data-index="${k}"]`)?.focus()
  }

  const stroke = (i: number) => {
    const count = visible ? visible.get(i) : undefined
    if (visible && count === undefined) return null
    const pts = ink.strokes[i]?.points
    if (!pts) return null
    const d = count === undefined || count >= pts.length ? full[i]! : pathOf(pts, count)
    return <path key={i} d={d} data-stroke={i} className={highlight?.has(i) ? 'ink-stroke lit' : 'ink-stroke'} />
  }

  return (
    <svg
      className={`ink-view ${className ?? ''}`}
      viewBox={`${box.x} ${box.y} ${box.w} ${box.h}`}
      preserveAspectRatio="xMidYMin meet"
      ref={svgRef}
      role="group"
      aria-label={label}
      data-testid={testId}
    >
      <rect x={box.x} y={box.y} width={box.w} height={box.h} className="ink-paper" />
      <g fill="none" strokeLinecap="round" strokeLinejoin="round">
        {ink.strokes.map((_, i) => (grouped.has(i) ? null : stroke(i)))}
        {groups?.map((g, gi) => (
          <g
            key={g.line}
            className="ink-line"
            role="button"
            tabIndex={gi === Math.min(current, groups.length - 1) ? 0 : -1}
            aria-label={g.label}
            data-line={g.line}
            data-index={gi}
            onMouseEnter={() => onLineHover?.(g.line)}
            onMouseLeave={() => onLineHover?.(null)}
            onFocus={() => {
              setCurrent(gi)
              onLineHover?.(g.line)
            }}
            onBlur={() => onLineHover?.(null)}
            onClick={() => onLineActivate?.(g.line, false)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault()
                onLineActivate?.(g.line, true)
              } else if (e.key === 'ArrowDown' || e.key === 'ArrowRight') {
                e.preventDefault()
                focusGroup(gi + 1)
              } else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') {
                e.preventDefault()
                focusGroup(gi - 1)
              } else if (e.key === 'Home' || e.key === 'End') {
                e.preventDefault()
                focusGroup(e.key === 'Home' ? 0 : groups.length - 1)
              }
            }}
          >
            {/* A wide transparent copy makes thin strokes easy to hover and tap. */}
            {g.strokes.map((i) => (ink.strokes[i] ? <path key={`hit${i}`} d={full[i]} className="ink-hit" /> : null))}
            {g.strokes.map(stroke)}
          </g>
        ))}
      </g>
    </svg>
  )
}
