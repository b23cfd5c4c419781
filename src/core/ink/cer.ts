// Character error rate as ../shared/ink-format.md defines it.

/** Line endings to \n, tabs to 4 spaces, trailing spaces removed, blank lines at both ends removed. */
export function normaliseTranscript(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
  while (lines.length && lines[0] === '') lines.shift()
  while (lines.length && lines[lines.length - 1] === '') lines.pop()
  return lines.join('\n')
}

/** Levenshtein distance over UTF-16 code units, two rows of memory. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0
  if (!a.length) return b.length
  if (!b.length) return a.length
  let prev = new Uint32Array(b.length + 1)
  let cur = new Uint32Array(b.length + 1)
  for (let j = 0; j <= b.length; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    const ca = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1)
      const del = prev[j]! + 1
      const ins = cur[j - 1]! + 1
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins
    }
    ;[prev, cur] = [cur, prev]
  }
  return prev[b.length]!
}

/** CER of `hypothesis` against the true `reference`, both normalised first. */
export function cer(hypothesis: string, reference: string): number {
  const ref = normaliseTranscript(reference)
  const hyp = normaliseTranscript(hypothesis)
  if (!ref.length) return hyp.length ? 1 : 0
  return levenshtein(hyp, ref) / ref.length
}

/** CER ignoring all whitespace: how well the glyphs were read, layout aside. */
export function glyphCer(hypothesis: string, reference: string): number {
  const strip = (s: string) => s.replace(/\s+/g, '')
  const ref = strip(reference)
  const hyp = strip(hypothesis)
  if (!ref.length) return hyp.length ? 1 : 0
  return levenshtein(hyp, ref) / ref.length
}
