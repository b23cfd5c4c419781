// Names made of English words. Interview code names things in words
// ("countdown", "scores", "employees", "toReturn"), and the character model,
// which learnt library code, finds a name it never saw unlikely letter by
// letter: where the renderings are split it may pick a spelling that is no
// word at all ("countedown" where 17 of 26 read "countdown"). So a name of
// the page that is not made of words takes a spelling that is, where the
// renderings read that spelling in its places often enough and it is near.
// Every place of the name changes together: a writer spells a name one way.
import { levenshtein } from '../../core/ink/cer.ts'
import { solidTokens, weightedWordsInPlace } from './alternatives.ts'
import { align } from './combine.ts'
import { applyEdits, type LineEdit } from './edits.ts'
import { codeOnly } from '../language/codeOnly.ts'

export type WordFix = LineEdit

/** The parts of a name: snake_case and camelCase split, lower case, digits dropped. */
export function nameParts(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .split(/[_\d]+/)
    .filter(Boolean)
    .map((p) => p.toLowerCase())
}

/**
 * Whether a name is made of words: each part a word, or two words run
 * together ("fizzbuzz", "maxdepth"), short parts (two letters) allowed. Run
 * together, a word of three letters counts only if code uses it (max, num):
 * English has too many ("counted" + "own" would make "countedown" a name).
 */
export function madeOfWords(name: string, isWord: (w: string) => boolean, isCodeWord: (w: string) => boolean = () => false): boolean {
  const parts = nameParts(name)
  if (!parts.length) return false
  const piece = (w: string) => (w.length >= 4 ? isWord(w) : w.length === 3 && isCodeWord(w))
  const twoWords = (p: string) => [...Array(Math.max(0, p.length - 5)).keys()].some((k) => piece(p.slice(0, k + 3)) && piece(p.slice(k + 3)))
  return parts.every((p) => p.length <= 2 || isWord(p) || isCodeWord(p) || twoWords(p))
}

/** Share of a place's renderings that must read the word spelling, summed over the name's places. */
export const WORD_SHARE = 0.2

export function wordNames(
  lines: readonly string[],
  readings: readonly (readonly { text: string; weight?: number }[])[],
  isKnown: (w: string) => boolean,
  isWord: (w: string) => boolean,
  isCodeWord: (w: string) => boolean = () => false,
): { lines: string[]; fixes: WordFix[] } {
  const words = (w: string) => madeOfWords(w, isWord, isCodeWord)
  type Place = { line: number; at: number; counts: Map<string, number>; total: number }
  const places = new Map<string, Place[]>()
  lines.forEach((line, i) => {
    const counts = weightedWordsInPlace(line, readings[i] ?? [])
    for (const t of solidTokens(line)) {
      if (t.kind !== 'word' || t.text.length < 4 || isKnown(t.text) || words(t.text)) continue
      const c = counts.get(t.start)
      if (!c) continue
      const list = places.get(t.text) ?? []
      list.push({ line: i, at: t.start, counts: c, total: [...c.values()].reduce((a, b) => a + b, 0) })
      places.set(t.text, list)
    }
  })
  const edits: WordFix[] = []
  for (const [name, ps] of places) {
    const votes = new Map<string, number>()
    for (const p of ps) for (const [w, n] of p.counts) if (w !== name) votes.set(w, (votes.get(w) ?? 0) + n)
    const total = ps.reduce((s, p) => s + p.total, 0)
    const near = (w: string) => levenshtein(w.toLowerCase(), name.toLowerCase()) <= (name.length <= 5 ? 1 : 2)
    const best = [...votes]
      .filter(([w, n]) => n >= WORD_SHARE * total && near(w) && (isKnown(w) || words(w)))
      .sort((a, b) => b[1] - a[1])[0]
    if (!best) continue
    for (const p of ps) edits.push({ line: p.line, at: p.at, from: name, to: best[0] })
  }
  return applyEdits(lines, edits)
}

/**
 * Words inside a string literal are English too ('There are , %r'): a word
 * of three letters or more that is none takes the word the renderings read
 * in its place, where a fifth of them read it and it is one letter away
 * ("There ave" where 10 of 28 read "are").
 */
export function wordsInStrings(lines: readonly string[], readings: readonly (readonly { text: string }[])[], isWord: (w: string) => boolean): { lines: string[]; fixes: WordFix[] } {
  const edits: WordFix[] = []
  lines.forEach((text, li) => {
    let aligned: { sub: (string | null)[]; ins: string[] }[] | null = null
    for (const lit of text.matchAll(/(['"])((?:(?!\1).)+)\1/g)) {
      for (const w of lit[2]!.matchAll(/[A-Za-z]{3,}/g)) {
        const word = w[0]
        if (isWord(word.toLowerCase())) continue
        const start = lit.index + 1 + w.index
        const end = start + word.length
        aligned ??= (readings[li] ?? []).map((r) => align(text, r.text))
        const votes = new Map<string, number>()
        for (const { sub, ins } of aligned) {
          let read = ''
          for (let i = start; i < end; i++) read += (i > start ? ins[i]! : '') + (sub[i] ?? '')
          votes.set(read, (votes.get(read) ?? 0) + 1)
        }
        const best = [...votes]
          .filter(([r, n]) => /^[A-Za-z]+$/.test(r) && r !== word && n >= WORD_SHARE * aligned!.length && isWord(r.toLowerCase()) && levenshtein(r.toLowerCase(), word.toLowerCase()) <= 1)
          .sort((a, b) => b[1] - a[1])[0]
        if (best) edits.push({ line: li, at: start, from: word, to: best[0] })
      }
    }
  })
  return applyEdits(lines, edits)
}

/** Every word of the list one letter from `name` (substituted, dropped or added). */
function wordsOneOff(name: string, isWord: (w: string) => boolean): string[] {
  const out = new Set<string>()
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  for (let i = 0; i <= name.length; i++) {
    // Not its last letter dropped: that is an alias run into the name ("customersc" for customers c).
    if (i < name.length - 1 && isWord(name.slice(0, i) + name.slice(i + 1))) out.add(name.slice(0, i) + name.slice(i + 1))
    for (const c of letters) {
      const ins = name.slice(0, i) + c + name.slice(i)
      if (isWord(ins)) out.add(ins)
      if (i < name.length && c !== name[i]) {
        const sub = name.slice(0, i) + c + name.slice(i + 1)
        if (isWord(sub)) out.add(sub)
      }
    }
  }
  return [...out]
}

/**
 * SQL names tables and columns with words ("customers", "salary"), and a
 * hand that reads "c" as "a" makes every rendering read "austomers": no
 * rendering reads the word for wordNames to take. In SQL a name of six
 * letters or more that is no word, made of none and one letter from exactly
 * one word, is that word, in every place.
 */
export function sqlWordNames(lines: readonly string[], isKnown: (w: string) => boolean, isWord: (w: string) => boolean): { lines: string[]; fixes: WordFix[] } {
  const edits: WordFix[] = []
  const fixed = new Map<string, string | null>()
  // Code only: a comment's or a string's words are the writer's prose.
  codeOnly(lines, 'sql').forEach((line, i) => {
    for (const t of solidTokens(line)) {
      if (t.kind !== 'word' || !/^[a-z]{6,}$/.test(t.text) || isKnown(t.text) || madeOfWords(t.text, isWord)) continue
      if (!fixed.has(t.text)) {
        const near = wordsOneOff(t.text, isWord)
        fixed.set(t.text, near.length === 1 ? near[0]! : null)
      }
      const to = fixed.get(t.text)
      if (to) edits.push({ line: i, at: t.start, from: t.text, to })
    }
  })
  return applyEdits(lines, edits)
}
