// A mock interview's plan: which stages, in which order, how long each, and
// what goes in them (bank problems, deck questions). Pure: problems, the deck
// and a random source in; a plan out. The session (session.ts) runs it.
import type { DeckGroupId, DeckQuestion } from '../interview/deck.ts'
import type { Category, Difficulty, Problem } from '../problems/schema.ts'

export const STAGE_KINDS = ['coding', 'fix', 'build', 'questions', 'ask-back'] as const
export type StageKind = (typeof STAGE_KINDS)[number]

export const STAGE_LABELS: Record<StageKind, string> = {
  coding: 'Timed coding test',
  fix: 'Fix this code',
  build: 'Small build',
  questions: 'Common questions, aloud',
  'ask-back': 'Your questions for us',
}

export const PRESETS = [30, 60, 90] as const
export type PresetMinutes = (typeof PRESETS)[number]

/** Categories a stage draws from: the coding test takes the rest of the bank. */
export const FIX_CATEGORY: Category = 'fix-the-code'
export const BUILD_CATEGORY: Category = 'backend'
/** Not written by hand on the board, so never in a coding stage. */
const NOT_WRITTEN: readonly string[] = [FIX_CATEGORY, BUILD_CATEGORY, 'read-the-code']

export interface MockConfig {
  presetMinutes: PresetMinutes
  /** Chosen stages, in the order they run. */
  stages: StageKind[]
  codingProblems: 1 | 2
  questionCount: 3 | 4 | 5
  difficulty: Difficulty | 'any'
  /** Categories of the coding test; empty: any written category. */
  categories: Category[]
  language: 'python' | 'javascript'
  /** Thinking time before each spoken answer. */
  thinkMs: number
}

/** What each preset starts from; the candidate changes any of it. */
export function presetConfig(presetMinutes: PresetMinutes): MockConfig {
  const base = { presetMinutes, difficulty: 'any' as const, categories: [], language: 'python' as const, thinkMs: 20_000 }
  if (presetMinutes === 30) return { ...base, stages: ['coding', 'fix', 'questions', 'ask-back'], codingProblems: 1, questionCount: 3 }
  if (presetMinutes === 60) return { ...base, stages: ['coding', 'fix', 'questions', 'ask-back'], codingProblems: 1, questionCount: 4 }
  return { ...base, stages: ['coding', 'fix', 'build', 'questions', 'ask-back'], codingProblems: 2, questionCount: 5 }
}

/** Relative weight of a stage in the time budget. */
export function stageWeight(kind: StageKind, c: Pick<MockConfig, 'codingProblems' | 'questionCount'>): number {
  switch (kind) {
    case 'coding':
      return c.codingProblems === 2 ? 32 : 22
    case 'fix':
      return 12
    case 'build':
      return 20
    case 'questions':
      return 4 * c.questionCount
    case 'ask-back':
      return 5
  }
}

export const MIN_STAGE_MINUTES = 2

/**
 * Minutes per stage, in whole minutes summing exactly to the preset: the
 * budget divided by weight, rounded by largest remainder, every stage at least
 * MIN_STAGE_MINUTES. The order of the stages does not change their times.
 */
export function stageMinutes(c: Pick<MockConfig, 'presetMinutes' | 'stages' | 'codingProblems' | 'questionCount'>): number[] {
  const n = c.stages.length
  if (n === 0) return []
  const total = c.presetMinutes
  const weights = c.stages.map((k) => stageWeight(k, c))
  const sum = weights.reduce((a, b) => a + b, 0)
  const spare = total - MIN_STAGE_MINUTES * n
  if (spare < 0) return c.stages.map(() => total / n)
  const exact = weights.map((w) => MIN_STAGE_MINUTES + (spare * w) / sum)
  const out = exact.map(Math.floor)
  let left = total - out.reduce((a, b) => a + b, 0)
  // Largest remainder first; ties to the earlier stage in the canonical order, so reordering changes nothing.
  const order = exact
    .map((x, i) => ({ i, r: x - Math.floor(x), k: STAGE_KINDS.indexOf(c.stages[i]!) }))
    .sort((a, b) => b.r - a.r || a.k - b.k)
  for (const { i } of order) {
    if (left <= 0) break
    out[i]!++
    left--
  }
  return out
}

export interface PlannedStage {
  kind: StageKind
  plannedMs: number
  /** Bank problems (coding, fix, build), each with the time it is given. */
  problems: { id: string; title: string; language: string; plannedMs: number }[]
  /** Deck question ids (questions stage). */
  questionIds: string[]
}

export interface MockPlan {
  config: MockConfig
  stages: PlannedStage[]
  /** Stages left out, and why (no problem matched, for instance). */
  notes: string[]
}

type Random = () => number

function shuffle<T>(xs: readonly T[], random: Random): T[] {
  const a = [...xs]
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)))
    ;[a[i], a[j]] = [a[j]!, a[i]!]
  }
  return a
}

/** The language a problem is written in for this mock: the chosen one when it has it, else its own (SQL). */
export function problemLanguage(p: Pick<Problem, 'languages'>, language: string): string | null {
  if ((p.languages as string[]).includes(language)) return language
  if (p.languages.length === 1 && p.languages[0] === 'sql') return 'sql'
  return null
}

/** Problems for one stage: the category rule, the language, the difficulty (any when none match), fitting the time first. */
export function pickProblems(
  problems: readonly Problem[],
  opts: { kind: 'coding' | 'fix' | 'build'; count: number; perProblemMs: number; difficulty: Difficulty | 'any'; categories: readonly Category[]; language: string; exclude?: ReadonlySet<string> },
  random: Random,
): { picked: Problem[]; note: string | null } {
  const inStage = problems.filter((p) => {
    if (opts.exclude?.has(p.id)) return false
    if ((p as { kind: string }).kind === 'choice') return false
    if (problemLanguage(p, opts.language) === null) return false
    if (opts.kind === 'fix') return p.category === FIX_CATEGORY
    if (opts.kind === 'build') return p.category === BUILD_CATEGORY
    return !NOT_WRITTEN.includes(p.category) && (opts.categories.length === 0 || opts.categories.includes(p.category))
  })
  let pool = opts.difficulty === 'any' ? inStage : inStage.filter((p) => p.difficulty === opts.difficulty)
  let note: string | null = null
  if (pool.length < opts.count && opts.difficulty !== 'any') {
    note = `Not enough ${opts.difficulty} problems for the ${STAGE_LABELS[opts.kind].toLowerCase()}: others were added.`
    pool = [...pool, ...shuffle(inStage.filter((p) => !pool.includes(p)), random)]
  }
  const fits = (p: Problem) => p.minutes * 60_000 <= opts.perProblemMs * 1.25
  const ordered = [...shuffle(pool.filter(fits), random), ...shuffle(pool.filter((p) => !fits(p)), random)]
  return { picked: ordered.slice(0, opts.count), note }
}

/** The order groups are drawn from after the opener ("tell me about yourself" first, as interviews do). */
const QUESTION_ROTATION: readonly DeckGroupId[] = ['working-style', 'technical', 'motivation', 'experience', 'working-style', 'education']

/**
 * Questions for the spoken stage: the opener first, then one per group in
 * rotation; within a group, questions due for practice first, then ones never
 * answered, then the rest.
 */
export function pickQuestions(deck: readonly DeckQuestion[], count: number, random: Random, priority: (id: string) => number = () => 0): string[] {
  const out: string[] = []
  const byGroup = (g: DeckGroupId) =>
    shuffle(
      deck.filter((q) => q.group === g && !out.includes(q.id)),
      random,
    ).sort((a, b) => priority(b.id) - priority(a.id))
  const opener = deck.find((q) => q.id === 'tell-me-about-yourself') ?? byGroup('about-you')[0]
  if (opener) out.push(opener.id)
  for (let i = 0; out.length < count && i < QUESTION_ROTATION.length * 3; i++) {
    const q = byGroup(QUESTION_ROTATION[i % QUESTION_ROTATION.length]!)[0]
    if (q) out.push(q.id)
  }
  return out.slice(0, count)
}

/**
 * Builds the plan: problems and questions picked, then the preset's time
 * divided over the stages that could be filled. A stage nothing fits is left
 * out, with a note, and its time goes to the others.
 */
export function planMock(
  config: MockConfig,
  bank: { problems: readonly Problem[]; questions: readonly DeckQuestion[] },
  random: Random = Math.random,
  questionPriority?: (id: string) => number,
): MockPlan {
  const notes: string[] = []
  const used = new Set<string>()
  const provisional = stageMinutes(config)
  const filled: { kind: StageKind; problems: { p: Problem; language: string }[]; questionIds: string[] }[] = []
  config.stages.forEach((kind, i) => {
    if (kind === 'coding' || kind === 'fix' || kind === 'build') {
      const count = kind === 'coding' ? config.codingProblems : 1
      const perProblemMs = Math.floor((provisional[i]! * 60_000) / count)
      const { picked, note } = pickProblems(
        bank.problems,
        { kind, count, perProblemMs, difficulty: config.difficulty, categories: config.categories, language: config.language, exclude: used },
        random,
      )
      if (note) notes.push(note)
      if (!picked.length) return void notes.push(`${STAGE_LABELS[kind]} left out: no problem in the bank fits the chosen language and categories.`)
      if (picked.length < count) notes.push(`${STAGE_LABELS[kind]}: only ${picked.length} problem fits, so it has one.`)
      for (const p of picked) used.add(p.id)
      filled.push({ kind, problems: picked.map((p) => ({ p, language: problemLanguage(p, config.language)! })), questionIds: [] })
    } else if (kind === 'questions') {
      const questionIds = pickQuestions(bank.questions, config.questionCount, random, questionPriority)
      if (!questionIds.length) return void notes.push(`${STAGE_LABELS[kind]} left out: the question deck could not be read.`)
      filled.push({ kind, problems: [], questionIds })
    } else filled.push({ kind, problems: [], questionIds: [] })
  })
  const codingCount = filled.find((f) => f.kind === 'coding')?.problems.length
  const finalConfig: MockConfig = {
    ...config,
    stages: filled.map((f) => f.kind),
    codingProblems: codingCount === 1 || codingCount === 2 ? codingCount : config.codingProblems,
  }
  const minutes = stageMinutes(finalConfig)
  const stages = filled.map((f, i): PlannedStage => {
    const plannedMs = Math.round(minutes[i]! * 60_000)
    const each = f.problems.length ? Math.floor(plannedMs / f.problems.length) : 0
    return {
      kind: f.kind,
      plannedMs,
      problems: f.problems.map(({ p, language }) => ({ id: p.id, title: p.title, language, plannedMs: each })),
      questionIds: f.questionIds,
    }
  })
  return { config: finalConfig, stages, notes }
}

/** A seeded random source (mulberry32) for plans that tests can repeat. */
export function seededRandom(seed: number): Random {
  let t = seed >>> 0
  return () => {
    t = (t + 0x6d2b79f5) >>> 0
    let r = Math.imul(t ^ (t >>> 15), 1 | t)
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296
  }
}
