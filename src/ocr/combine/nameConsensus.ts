// One spelling for a long name read several ways over a page. A writer spells
// an identifier the same each time, but a hard hand gets a different reading
// at each place ("toketom", "token", "timeturn" for toReturn). The places are
// grouped where their words look alike; every spelling a rendering read at
// any of them is a candidate, scored by how the renderings voted at every
// place of the group (smoothed, so a spelling read nowhere at one place is
// not ruled out). The best replaces only the places whose own word fewer than
// half the renderings read, and only near it. (Scoring with the character
// model too made it worse on the real pages: it likes short common words,
// "token" for toketurn.)
import { levenshtein } from '../../core/ink/cer.ts'
import { solidTokens, weightedWordsInPlace } from './alternatives.ts'

export interface ConsensusFix {
  line: number
  at: number
  from: string
  to: string
}

const alike = (a: string, b: string) => {
  const [s, l] = a.length < b.length ? [a, b] : [b, a]
  return s.length >= 0.7 * l.length && levenshtein(a, b) <= 0.5 * l.length
}

export function agreeNames(
  lines: readonly string[],
  readings: readonly (readonly { text: string; weight?: number }[])[],
  isKnown: (w: string) => boolean,
  opts: { minLength?: number; weak?: number; near?: number } = {},
): { lines: string[]; fixes: ConsensusFix[] } {
  const minLength = opts.minLength ?? 5
  const weak = opts.weak ?? 0.5
  const near = opts.near ?? 0.4
  const out = [...lines]
  const fixes: ConsensusFix[] = []
  type Place = { line: number; at: number; word: string; counts: Map<string, number>; total: number }
  const places: Place[] = []
  lines.forEach((line, i) => {
    const counts = weightedWordsInPlace(line, readings[i] ?? [])
    for (const t of solidTokens(line)) {
      if (t.kind !== 'word' || t.text.length < minLength || isKnown(t.text)) continue
      const c = counts.get(t.start)
      if (!c) continue
      places.push({ line: i, at: t.start, word: t.text, counts: c, total: [...c.values()].reduce((a, b) => a + b, 0) })
    }
  })
  // Groups of places whose words look alike, or that both read a spelling like each (union-find).
  const parent = places.map((_, k) => k)
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)))
  const bridged = (p: Place, q: Place) => [...p.counts.keys()].some((w) => q.counts.has(w) && !isKnown(w) && alike(w, p.word) && alike(w, q.word))
  for (let a = 0; a < places.length; a++)
    for (let b = a + 1; b < places.length; b++) if (alike(places[a]!.word, places[b]!.word) || bridged(places[a]!, places[b]!)) parent[find(a)] = find(b)
  const groups = new Map<number, Place[]>()
  places.forEach((p, k) => groups.set(find(k), [...(groups.get(find(k)) ?? []), p]))
  const edits: ConsensusFix[] = []
  for (const group of groups.values()) {
    if (group.length < 2 || new Set(group.map((p) => p.word)).size < 2) continue
    const candidates = new Set<string>()
    for (const p of group) for (const w of p.counts.keys()) if (w.length >= minLength - 1 && !isKnown(w) && group.some((q) => alike(q.word, w))) candidates.add(w)
    const score = (w: string) => group.reduce((s, p) => s + Math.log(((p.counts.get(w) ?? 0) + 0.5) / (p.total + 0.5)), 0)
    const ranked = [...candidates].map((w) => ({ w, s: score(w) })).sort((a, b) => b.s - a.s)
    const best = ranked[0]
    if (!best) continue
    for (const p of group) {
      // A word its place's renderings read more often than any other spelling stays: "customers" beside the page's customer_id may be another name.
      const own = p.counts.get(p.word) ?? 0
      if (p.word === best.w || own >= weak * p.total || [...p.counts.values()].every((n) => n <= own)) continue
      // Letter case is nameCase's to settle; a word far from the spelling is another name ("roome" is no cookie).
      if (p.word.toLowerCase() === best.w.toLowerCase() || levenshtein(p.word, best.w) > near * Math.max(p.word.length, best.w.length)) continue
      edits.push({ line: p.line, at: p.at, from: p.word, to: best.w })
    }
  }
  edits.sort((a, b) => a.line - b.line || b.at - a.at)
  for (const e of edits) {
    out[e.line] = out[e.line]!.slice(0, e.at) + e.to + out[e.line]!.slice(e.at + e.from.length)
    fixes.push(e)
  }
  return { lines: out, fixes }
}
