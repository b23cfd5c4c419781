// Edits a page rule decides on the page as it was read, applied together.

/** `from` at `at` on line `line` becomes `to`. */
export interface LineEdit {
  line: number
  at: number
  from: string
  to: string
}

/**
 * Applies edits whose offsets are in the original lines (none overlapping) and
 * returns the fixes in reading order, each offset as it stands once the fixes
 * before it on its line are made: the order finishPage's `mend` reads them in.
 */
export function applyEdits(lines: readonly string[], edits: readonly LineEdit[]): { lines: string[]; fixes: LineEdit[] } {
  const out = [...lines]
  const sorted = [...edits].sort((a, b) => a.line - b.line || a.at - b.at)
  // Right to left on each line, so each offset holds when its edit is made.
  for (const e of [...sorted].reverse()) out[e.line] = out[e.line]!.slice(0, e.at) + e.to + out[e.line]!.slice(e.at + e.from.length)
  const fixes: LineEdit[] = []
  let line = -1
  let shift = 0
  for (const e of sorted) {
    if (e.line !== line) [line, shift] = [e.line, 0]
    fixes.push({ ...e, at: e.at + shift })
    shift += e.to.length - e.from.length
  }
  return { lines: out, fixes }
}
