// The bundled interview deck (questions/README.md): common questions to
// answer aloud, questions to ask the interviewer, and example stories. The zod
// schemas of its files, the types the app uses, and the assembly that
// validates every file. Pure: the caller reads the files (a Vite glob in the
// app, fs in tests). A file or an item with a defect is left out, never shown
// half-parsed, and every defect comes back as one message naming the file and
// the field: `questions/deck/working-style.json: questions[3].steps.result: required`.
import { z } from '../zod.ts'
import { formatIssues } from '../problems/assemble.ts'

// ---- fixed lists ----

/** The deck's groups, in the order screens show them. */
export const DECK_GROUPS = ['about-you', 'experience', 'education', 'working-style', 'motivation', 'technical'] as const
export type DeckGroupId = (typeof DECK_GROUPS)[number]

/** The groups of questions to ask back, by what they reveal. */
export const ASK_BACK_GROUPS = ['growth', 'success', 'team', 'engineering', 'product'] as const
export type AskBackGroupId = (typeof ASK_BACK_GROUPS)[number]

export const QUESTION_TYPES = ['personal', 'behavioural', 'motivation', 'technical'] as const
export type QuestionType = (typeof QUESTION_TYPES)[number]

export interface StructureStep {
  id: string
  label: string
}

/** The structures an answer can follow, each a list of steps. Behavioural questions use STAR. */
export const STRUCTURES = {
  star: {
    label: 'Situation, task, action, result (STAR)',
    steps: [
      { id: 'situation', label: 'Situation' },
      { id: 'task', label: 'Task' },
      { id: 'action', label: 'Action' },
      { id: 'result', label: 'Result' },
    ],
  },
  'present-past-future': {
    label: 'Present, past, future',
    steps: [
      { id: 'present', label: 'Present' },
      { id: 'past', label: 'Past' },
      { id: 'future', label: 'Future' },
    ],
  },
  'point-reason-example': {
    label: 'Point, reason, example',
    steps: [
      { id: 'point', label: 'Point' },
      { id: 'reason', label: 'Reason' },
      { id: 'example', label: 'Example' },
    ],
  },
  explain: {
    label: 'Short answer, how it works, example, trade-offs',
    steps: [
      { id: 'answer', label: 'The short answer' },
      { id: 'how', label: 'How it works' },
      { id: 'example', label: 'An example' },
      { id: 'tradeoffs', label: 'Trade-offs' },
    ],
  },
} as const satisfies Record<string, { label: string; steps: readonly StructureStep[] }>
export type StructureId = keyof typeof STRUCTURES
export const STRUCTURE_IDS = Object.keys(STRUCTURES) as StructureId[]

/** Target length of an answer when a question gives none, by type (seconds). */
export const DEFAULT_TARGET_SECONDS: Record<QuestionType, readonly [number, number]> = {
  personal: [60, 120],
  behavioural: [90, 150],
  motivation: [45, 90],
  technical: [60, 150],
}

/** An example answer is short: a junior's answer spoken in about one to two minutes. */
export const EXAMPLE_WORDS = { min: 30, max: 260 } as const

// ---- file schemas ----

const text = z.string().trim().min(1, 'must not be empty')
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by "-"')
const version = z.literal(1, { message: 'must be 1' })
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length

export const deckQuestionSchema = z
  .object({
    id: slug,
    question: text.max(300),
    type: z.enum(QUESTION_TYPES),
    /** What the interviewer wants to learn from the answer. */
    wants: text,
    structure: z.enum(STRUCTURE_IDS as [StructureId, ...StructureId[]]),
    /** One prompt per step of the structure, for this question. */
    steps: z.record(z.string(), text),
    pitfalls: z.array(text).min(2, 'needs at least 2 pitfalls'),
    /** A short example answer, written for a junior. */
    example: text,
    /** [min, max] seconds; the type's default when absent. */
    targetSeconds: z.tuple([z.int().min(15).max(600), z.int().min(15).max(600)]).optional(),
    followUps: z.array(text).optional(),
    tags: z.array(slug).optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    const ids: readonly string[] = STRUCTURES[q.structure].steps.map((s) => s.id)
    for (const id of ids)
      if (q.steps[id] === undefined) ctx.addIssue({ code: 'custom', path: ['steps', id], message: `required (${q.structure} has ${ids.join(', ')})` })
    for (const key of Object.keys(q.steps))
      if (!ids.includes(key)) ctx.addIssue({ code: 'custom', path: ['steps', key], message: `not a step of ${q.structure} (its steps: ${ids.join(', ')})` })
    if (q.type === 'behavioural' && q.structure !== 'star')
      ctx.addIssue({ code: 'custom', path: ['structure'], message: 'a behavioural question follows STAR: must be "star"' })
    const n = words(q.example)
    if (n < EXAMPLE_WORDS.min || n > EXAMPLE_WORDS.max)
      ctx.addIssue({ code: 'custom', path: ['example'], message: `${n} words; an example answer has ${EXAMPLE_WORDS.min} to ${EXAMPLE_WORDS.max}` })
    if (q.targetSeconds && q.targetSeconds[0] >= q.targetSeconds[1])
      ctx.addIssue({ code: 'custom', path: ['targetSeconds'], message: 'the first (shortest) must be below the second (longest)' })
  })
export type DeckQuestionJson = z.infer<typeof deckQuestionSchema>

export const deckFileSchema = z
  .object({
    schemaVersion: version,
    group: z.enum(DECK_GROUPS),
    title: text,
    about: text,
    questions: z.array(z.unknown()).min(1, 'needs at least one question'),
  })
  .strict()

export const askBackQuestionSchema = z
  .object({
    id: slug,
    question: text.max(300),
    /** Why it lands well with an interviewer. */
    why: text,
    /** When not to ask it. */
    avoidWhen: text,
    tags: z.array(slug).optional(),
  })
  .strict()

export const askBackFileSchema = z
  .object({
    schemaVersion: version,
    group: z.enum(ASK_BACK_GROUPS),
    title: text,
    /** What the answers to this group reveal. */
    reveals: text,
    questions: z.array(z.unknown()).min(1, 'needs at least one question'),
  })
  .strict()

export const exampleStorySchema = z
  .object({
    id: slug,
    title: text.max(200),
    situation: text,
    task: text,
    action: text,
    result: text,
    /** What was learnt: most working-style questions end there. */
    learnt: text,
    /** Ids of the deck questions this story can answer. */
    covers: z.array(slug).min(1, 'a story covers at least one question'),
  })
  .strict()

export const storiesFileSchema = z
  .object({ schemaVersion: version, stories: z.array(z.unknown()) })
  .strict()

// ---- what the app uses ----

export interface DeckGroup {
  id: DeckGroupId
  title: string
  about: string
}

export interface DeckQuestion {
  id: string
  group: DeckGroupId
  question: string
  type: QuestionType
  wants: string
  structure: StructureId
  /** The structure's steps in order, each with this question's prompt. */
  steps: (StructureStep & { prompt: string })[]
  pitfalls: string[]
  example: string
  targetMs: { min: number; max: number }
  followUps: string[]
  tags: string[]
}

export interface AskBackGroup {
  id: AskBackGroupId
  title: string
  reveals: string
}

export interface AskBackQuestion {
  id: string
  group: AskBackGroupId
  question: string
  why: string
  avoidWhen: string
  tags: string[]
}

export type ExampleStory = z.infer<typeof exampleStorySchema>

export interface Deck {
  groups: DeckGroup[]
  questions: DeckQuestion[]
  askBackGroups: AskBackGroup[]
  askBack: AskBackQuestion[]
  stories: ExampleStory[]
}

export const EMPTY_DECK: Deck = { groups: [], questions: [], askBackGroups: [], askBack: [], stories: [] }

/** A question's steps in the structure's order, with their prompts. */
export function stepsOf(structure: StructureId, prompts: Readonly<Record<string, string>>): DeckQuestion['steps'] {
  return STRUCTURES[structure].steps.map((s) => ({ ...s, prompt: prompts[s.id] ?? '' }))
}

export function targetOf(type: QuestionType, seconds?: readonly [number, number]): { min: number; max: number } {
  const [min, max] = seconds ?? DEFAULT_TARGET_SECONDS[type]
  return { min: min * 1000, max: max * 1000 }
}

function toQuestion(group: DeckGroupId, q: DeckQuestionJson): DeckQuestion {
  return {
    id: q.id,
    group,
    question: q.question,
    type: q.type,
    wants: q.wants,
    structure: q.structure,
    steps: stepsOf(q.structure, q.steps),
    pitfalls: q.pitfalls,
    example: q.example,
    targetMs: targetOf(q.type, q.targetSeconds),
    followUps: q.followUps ?? [],
    tags: q.tags ?? [],
  }
}

// ---- assembly ----

type Parsed = { ok: true; value: unknown } | { ok: false; error: string }

function parseJson(file: string, raw: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(raw) }
  } catch (e) {
    return { ok: false, error: `${file}: not valid JSON: ${(e as Error).message}` }
  }
}

/** Prefixes a list-item's issues with its place in the file ("questions[3]."). */
function itemIssues(file: string, list: string, index: number, issues: readonly z.core.$ZodIssue[]): string[] {
  return formatIssues(file, issues.map((i) => ({ ...i, path: [list, index, ...i.path] })))
}

const deckPath = /^deck\/([a-z0-9-]+)\.json$/
const askPath = /^ask-back\/([a-z0-9-]+)\.json$/

/**
 * Validates and assembles the deck from its files.
 * @param files path -> text; paths like "questions/deck/about-you.json" (a leading "/" is ignored).
 * @param root the deck's folder as paths name it ("questions"; a fixture's folder in tests).
 */
export function assembleDeck(files: Readonly<Record<string, string>>, root = 'questions'): { deck: Deck; errors: string[] } {
  const errors: string[] = []
  const deck: Deck = { groups: [], questions: [], askBackGroups: [], askBack: [], stories: [] }
  const prefix = `${root.replace(/^\/+|\/+$/g, '')}/`
  const seenQuestion = new Map<string, string>()
  const seenAsk = new Map<string, string>()
  let storiesFile: { file: string; raw: string } | null = null

  const entries = Object.entries(files)
    .map(([p, raw]) => [p.replace(/^\/+/, ''), raw] as const)
    .sort(([a], [b]) => a.localeCompare(b))
  for (const [file, raw] of entries) {
    if (!file.startsWith(prefix)) {
      errors.push(`${file}: outside ${prefix}`)
      continue
    }
    const rel = file.slice(prefix.length)
    if (rel === 'README.md') continue
    if (rel === 'stories.json') {
      storiesFile = { file, raw }
      continue
    }
    const deckMatch = deckPath.exec(rel)
    const askMatch = askPath.exec(rel)
    if (!deckMatch && !askMatch) {
      errors.push(`${file}: unexpected file (known: deck/<group>.json, ask-back/<group>.json, stories.json, README.md)`)
      continue
    }
    const parsed = parseJson(file, raw)
    if (!parsed.ok) {
      errors.push(parsed.error)
      continue
    }
    if (deckMatch) {
      const env = deckFileSchema.safeParse(parsed.value)
      if (!env.success) {
        errors.push(...formatIssues(file, env.error.issues))
        continue
      }
      if (env.data.group !== deckMatch[1]) {
        errors.push(`${file}: group: "${env.data.group}" must equal the file name "${deckMatch[1]}"`)
        continue
      }
      const group = env.data.group
      if (deck.groups.some((g) => g.id === group)) continue
      deck.groups.push({ id: group, title: env.data.title, about: env.data.about })
      env.data.questions.forEach((item, i) => {
        const q = deckQuestionSchema.safeParse(item)
        if (!q.success) return void errors.push(...itemIssues(file, 'questions', i, q.error.issues))
        const other = seenQuestion.get(q.data.id)
        if (other) return void errors.push(`${file}: questions[${i}].id: "${q.data.id}" is already used (${other})`)
        seenQuestion.set(q.data.id, `${file}: questions[${i}]`)
        deck.questions.push(toQuestion(group, q.data))
      })
    } else if (askMatch) {
      const env = askBackFileSchema.safeParse(parsed.value)
      if (!env.success) {
        errors.push(...formatIssues(file, env.error.issues))
        continue
      }
      if (env.data.group !== askMatch[1]) {
        errors.push(`${file}: group: "${env.data.group}" must equal the file name "${askMatch[1]}"`)
        continue
      }
      const group = env.data.group
      deck.askBackGroups.push({ id: group, title: env.data.title, reveals: env.data.reveals })
      env.data.questions.forEach((item, i) => {
        const q = askBackQuestionSchema.safeParse(item)
        if (!q.success) return void errors.push(...itemIssues(file, 'questions', i, q.error.issues))
        const other = seenAsk.get(q.data.id)
        if (other) return void errors.push(`${file}: questions[${i}].id: "${q.data.id}" is already used (${other})`)
        seenAsk.set(q.data.id, `${file}: questions[${i}]`)
        deck.askBack.push({ id: q.data.id, group, question: q.data.question, why: q.data.why, avoidWhen: q.data.avoidWhen, tags: q.data.tags ?? [] })
      })
    }
  }

  // Stories last: they name deck questions, so every question must be known.
  if (storiesFile) {
    const { file, raw } = storiesFile
    const parsed = parseJson(file, raw)
    if (!parsed.ok) errors.push(parsed.error)
    else {
      const env = storiesFileSchema.safeParse(parsed.value)
      if (!env.success) errors.push(...formatIssues(file, env.error.issues))
      else {
        const seen = new Set<string>()
        env.data.stories.forEach((item, i) => {
          const s = exampleStorySchema.safeParse(item)
          if (!s.success) return void errors.push(...itemIssues(file, 'stories', i, s.error.issues))
          if (seen.has(s.data.id)) return void errors.push(`${file}: stories[${i}].id: "${s.data.id}" is used twice`)
          const unknown = s.data.covers.findIndex((id) => !seenQuestion.has(id))
          if (unknown >= 0) return void errors.push(`${file}: stories[${i}].covers[${unknown}]: no question "${s.data.covers[unknown]}" in the deck`)
          seen.add(s.data.id)
          deck.stories.push(s.data)
        })
      }
    }
  }

  const order = <T extends { id: string }>(ids: readonly string[]) => (a: T, b: T) => ids.indexOf(a.id) - ids.indexOf(b.id)
  deck.groups.sort(order(DECK_GROUPS))
  deck.askBackGroups.sort(order(ASK_BACK_GROUPS))
  // Questions keep their file order within a group; groups in DECK_GROUPS order.
  deck.questions.sort((a, b) => DECK_GROUPS.indexOf(a.group) - DECK_GROUPS.indexOf(b.group))
  deck.askBack.sort((a, b) => ASK_BACK_GROUPS.indexOf(a.group) - ASK_BACK_GROUPS.indexOf(b.group))
  return { deck, errors }
}

/**
 * What the bundled deck promises (issue 15): every group present, at least
 * `minQuestions` questions, and every ask-back group. Messages, empty when met.
 */
export function checkDeckCoverage(deck: Deck, minQuestions = 60): string[] {
  const out: string[] = []
  for (const g of DECK_GROUPS) if (!deck.groups.some((x) => x.id === g)) out.push(`questions/deck/${g}.json: missing group`)
  for (const g of ASK_BACK_GROUPS) if (!deck.askBackGroups.some((x) => x.id === g)) out.push(`questions/ask-back/${g}.json: missing group`)
  if (deck.questions.length < minQuestions) out.push(`questions/deck: ${deck.questions.length} questions, at least ${minQuestions} expected`)
  return out
}

/** Questions and stories per group (what the report counts). */
export function deckCounts(deck: Deck): { group: DeckGroupId; questions: number; stories: number }[] {
  return DECK_GROUPS.map((group) => {
    const ids = new Set(deck.questions.filter((q) => q.group === group).map((q) => q.id))
    return { group, questions: ids.size, stories: deck.stories.filter((s) => s.covers.some((c) => ids.has(c))).length }
  })
}
