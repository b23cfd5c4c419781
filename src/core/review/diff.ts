// The transcript against the reference answer, line by line, with an option to
// ignore whitespace-only differences. Pure: text in, rows out. The LCS itself
// comes from the `diff` package; what we own is the normalisation.
import { diffArrays, diffChars } from 'diff'

export interface DiffOptions {
  /** Compare lines as token sequences: indentation, spacing and blank lines do not count. */
  ignoreWhitespace: boolean
}

/** One part of a changed line: `changed` parts differ from the other side. */
export interface DiffSpan {
  text: string
  changed: boolean
}

export type DiffRow =
  | { kind: 'same'; a: number; b: number | null; text: string }
  | { kind: 'removed'; a: number; text: string; spans?: DiffSpan[] }
  | { kind: 'added'; b: number; text: string; spans?: DiffSpan[] }

export interface LineDiff {
  rows: DiffRow[]
  /** Lines only in the transcript (a) / only in the reference (b). */
  removed: number
  added: number
  /** No differences under the chosen normalisation. */
  equal: boolean
}

/**
 * Always applied, whatever the option: line endings to \n, tabs to 4 spaces,
 * trailing spaces off, blank lines at the end dropped. Nobody means those.
 */
export function normaliseText(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\t/g, '    ').replace(/\s+$/, ''))
  while (lines.length && lines[lines.length - 1] === '') lines.pop()
  return lines
}

const WORD = /[\p{L}\p{N}_$]/u

/**
 * The key a line is compared by when whitespace is ignored: indentation gone,
 * spaces next to punctuation gone, runs of spaces between two words one space
 * (so `a = b` equals `a=b`, but `return x` does not equal `returnx`).
 */
export function whitespaceKey(line: string): string {
  const s = line.trim()
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (!/\s/.test(c)) {
      out += c
      continue
    }
    let j = i
    while (j < s.length && /\s/.test(s[j]!)) j++
    const before = s[i - 1] ?? ''
    const after = s[j] ?? ''
    if (WORD.test(before) && WORD.test(after)) out += ' '
    i = j - 1
  }
  return out
}

function spansOf(text: string, other: string, side: 'a' | 'b'): DiffSpan[] {
  const parts = side === 'a' ? diffChars(text, other) : diffChars(other, text)
  const spans: DiffSpan[] = []
  for (const p of parts) {
    if (side === 'a' ? p.added : p.removed) continue
    const changed = side === 'a' ? p.removed : p.added
    const last = spans[spans.length - 1]
    if (last && last.changed === changed) last.text += p.value
    else spans.push({ text: p.value, changed })
  }
  return spans
}

/**
 * Rows of a unified diff from the transcript (a) to the reference (b). Line
 * numbers are 1-based. When ignoring whitespace, blank lines of the transcript
 * show as unchanged context and blank lines of the reference are left out.
 * Where lines were removed and others added in their place, they are paired
 * in order and the changed characters marked.
 */
export function diffTranscript(transcript: string, reference: string, opts: DiffOptions): LineDiff {
  const a = normaliseText(transcript)
  const b = normaliseText(reference)
  const key = opts.ignoreWhitespace ? whitespaceKey : (l: string) => l
  const keep = (l: string) => !opts.ignoreWhitespace || l.trim() !== ''
  const ai = a.map((_, i) => i).filter((i) => keep(a[i]!))
  const bi = b.map((_, i) => i).filter((i) => keep(b[i]!))
  const ka = a.map(key)
  const kb = b.map(key)
  const changes = diffArrays(ai, bi, { comparator: (x, y) => ka[x] === kb[y] })

  const rows: DiffRow[] = []
  let nextA = 0 // next transcript line not yet shown (blank ones are shown as context)
  const flushBlankA = (upTo: number) => {
    for (; nextA < upTo; nextA++) rows.push({ kind: 'same', a: nextA + 1, b: null, text: a[nextA]! })
  }
  let pa = 0
  let pb = 0
  let removed = 0
  let added = 0
  for (let c = 0; c < changes.length; c++) {
    const ch = changes[c]!
    const n = ch.count ?? ch.value.length
    if (!ch.added && !ch.removed) {
      for (let k = 0; k < n; k++) {
        const ia = ai[pa++]!
        const ib = bi[pb++]!
        flushBlankA(ia)
        rows.push({ kind: 'same', a: ia + 1, b: ib + 1, text: a[ia]! })
        nextA = ia + 1
      }
    } else if (ch.removed) {
      // A removed block followed by an added one: the first lines of each are
      // taken as edits of one another (paired), the rest as plain removals/additions.
      const next = changes[c + 1]
      const m = next?.added ? (next.count ?? next.value.length) : 0
      const removedIdx = ai.slice(pa, pa + n)
      const addedIdx = bi.slice(pb, pb + m)
      pa += n
      pb += m
      for (const ia of removedIdx) {
        flushBlankA(ia)
        nextA = ia + 1
      }
      removedIdx.forEach((ia, k) => {
        const ib = addedIdx[k]
        rows.push(ib !== undefined ? { kind: 'removed', a: ia + 1, text: a[ia]!, spans: spansOf(a[ia]!, b[ib]!, 'a') } : { kind: 'removed', a: ia + 1, text: a[ia]! })
      })
      addedIdx.forEach((ib, k) => {
        const ia = removedIdx[k]
        rows.push(ia !== undefined ? { kind: 'added', b: ib + 1, text: b[ib]!, spans: spansOf(b[ib]!, a[ia]!, 'b') } : { kind: 'added', b: ib + 1, text: b[ib]! })
      })
      removed += n
      added += m
      if (m) c++
    } else {
      for (let k = 0; k < n; k++) {
        const ib = bi[pb++]!
        rows.push({ kind: 'added', b: ib + 1, text: b[ib]! })
      }
      added += n
    }
  }
  flushBlankA(a.length)
  return { rows, removed, added, equal: removed === 0 && added === 0 }
}
