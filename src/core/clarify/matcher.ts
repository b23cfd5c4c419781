// Answers a clarifying question from the problem's list: the clarification
// whose question (and, more faintly, answer) shares the most weight with the
// candidate's words, or none when nothing shares enough ("that isn't
// specified"). Weights are concepts (what the question is about: size, empty,
// duplicates...) over plain words, each scaled by how rare it is among the
// problem's clarifications; a word the list never uses counts against a
// match, so an unrelated question is refused. Typos are mended against the
// list's own words and the lexicon first. No model and no library: the
// problem's list is a handful of sentences, and core/ stays plain TypeScript.
import { CONCEPT_WEIGHT, editDistance, LEXICON_WORDS, RELATED, tokens, type Token } from './text.ts'

export interface ClarificationLike {
  question: string
  answer: string
}

export interface ClarifyMatch {
  index: number
  /** 0..1: cosine of the weighted features. */
  score: number
}

export interface MatcherOptions {
  /** A best score below this is "not specified". */
  threshold: number
  /** Weight of a concept against a plain word. */
  conceptWeight: number
  /** Weight of the answer's features against the question's. */
  answerWeight: number
}

export const MATCHER_DEFAULTS: MatcherOptions = { threshold: 0.34, conceptWeight: 3, answerWeight: 0.35 }

type Vec = Map<string, number>

function add(v: Vec, key: string, w: number) {
  v.set(key, (v.get(key) ?? 0) + w)
}

function norm(v: Vec): number {
  let s = 0
  for (const w of v.values()) s += w * w
  return Math.sqrt(s)
}

export interface Matcher {
  /** The best clarification for the question, or null when none is close enough. */
  match(question: string): ClarifyMatch | null
  /** Every clarification, best first (for tuning and tests). */
  ranked(question: string): ClarifyMatch[]
}

export function createMatcher(list: readonly ClarificationLike[], options: Partial<MatcherOptions> = {}): Matcher {
  const o = { ...MATCHER_DEFAULTS, ...options }
  const qTokens = list.map((c) => tokens(c.question))
  const aTokens = list.map((c) => tokens(c.answer))
  // How many clarifications use each feature: rarer ones tell them apart.
  const df = new Map<string, number>()
  list.forEach((_, i) => {
    for (const k of new Set([...qTokens[i]!, ...aTokens[i]!].map((t) => t.key))) df.set(k, (df.get(k) ?? 0) + 1)
  })
  const n = Math.max(1, list.length)
  // A feature the list never uses weighs like the rarest: it is what the question is about, and the list is silent on it.
  const idf = (key: string) => Math.log(1 + n / Math.max(0.75, df.get(key) ?? 0.75))
  const weight = (key: string) => (key.startsWith('#') ? (CONCEPT_WEIGHT[key] ?? o.conceptWeight) : 1) * idf(key)
  const vectors = list.map((_, i) => {
    const v: Vec = new Map()
    for (const k of new Set(qTokens[i]!.map((t) => t.key))) add(v, k, weight(k))
    for (const k of new Set(aTokens[i]!.map((t) => t.key))) add(v, k, o.answerWeight * weight(k))
    return v
  })
  const norms = vectors.map(norm)

  // Words to mend typos against: the list's own words and the lexicon's.
  const known = new Map<string, Token>()
  for (const t of [...qTokens.flat(), ...aTokens.flat()]) if (!t.key.startsWith('#') && t.word.length >= 4) known.set(t.word, t)
  const lexicon = new Set(LEXICON_WORDS)
  const knownKeys = new Set([...known.values()].map((t) => t.key))
  const mend = (t: Token): string => {
    if (t.key.startsWith('#') || knownKeys.has(t.key) || t.word.length < 4 || /\d/.test(t.word)) return t.key
    const max = t.word.length >= 8 ? 2 : 1
    let best: { d: number; key: string } | null = null
    for (const [w, k] of known) {
      const d = editDistance(t.word, w, max)
      if (d <= max && (!best || d < best.d)) best = { d, key: k.key }
    }
    for (const w of lexicon) {
      const d = editDistance(t.word, w, max)
      if (d <= max && (!best || d < best.d)) best = { d, key: tokens(w)[0]?.key ?? w }
    }
    return best?.key ?? t.key
  }

  const related = new Map<string, string[]>()
  for (const [a, b] of RELATED) {
    related.set(a, [...(related.get(a) ?? []), b])
    related.set(b, [...(related.get(b) ?? []), a])
  }

  const ranked = (question: string): ClarifyMatch[] => {
    const v: Vec = new Map()
    for (const k of new Set(tokens(question).map(mend))) add(v, k, weight(k))
    const qn = norm(v)
    if (qn === 0) return list.map((_, index) => ({ index, score: 0 }))
    return vectors
      .map((c, index) => {
        let dot = 0
        for (const [k, w] of v) {
          const direct = c.get(k)
          if (direct !== undefined) dot += w * direct
          else {
            // Half credit through a related concept the clarification has instead.
            let best = 0
            for (const other of related.get(k) ?? []) best = Math.max(best, c.get(other) ?? 0)
            dot += 0.5 * w * best
          }
        }
        return { index, score: norms[index]! > 0 ? dot / (qn * norms[index]!) : 0 }
      })
      .sort((a, b) => b.score - a.score || a.index - b.index)
  }

  return {
    ranked,
    match(question) {
      const best = ranked(question)[0]
      return best && best.score >= o.threshold ? best : null
    },
  }
}
