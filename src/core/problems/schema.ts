// The bundled problem format (problems/README.md): the zod schema of
// problem.json, the Problem type the app uses, and helpers that need no DOM.
import { z } from 'zod'
import { LANGUAGES, type Language } from '../languages'
import { interviewSchema } from './interview'

export const LANGS = LANGUAGES
export type Lang = Language

export const CATEGORIES = [
  'arrays-strings',
  'hash-maps',
  'two-pointers',
  'stacks-queues',
  'linked-lists',
  'trees-graphs',
  'recursion-dp',
  'sorting-searching',
  'sql',
  'fix-the-code',
  'backend',
  'complexity',
  'http-apis',
  'data-handling',
  'concurrency',
  'read-the-code',
] as const
export type Category = (typeof CATEGORIES)[number]

export const CATEGORY_LABELS: Record<Category, string> = {
  'arrays-strings': 'Arrays and strings',
  'hash-maps': 'Hash maps and sets',
  'two-pointers': 'Two pointers and sliding window',
  'stacks-queues': 'Stacks and queues',
  'linked-lists': 'Linked lists',
  'trees-graphs': 'Trees and graphs',
  'recursion-dp': 'Recursion and dynamic programming',
  'sorting-searching': 'Sorting and searching',
  sql: 'SQL',
  'fix-the-code': 'Fix this code',
  backend: 'Backend builds',
  complexity: 'Complexity',
  'http-apis': 'HTTP and APIs',
  'data-handling': 'Data handling',
  concurrency: 'Concurrency and async',
  'read-the-code': 'Read this code',
}

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const
export type Difficulty = (typeof DIFFICULTIES)[number]

/** How a test's actual value is compared with the expected one (see judge.ts). */
export const COMPARE_MODES = ['exact', 'unordered', 'unordered-nested', 'float'] as const
export type CompareMode = (typeof COMPARE_MODES)[number]

/** How an argument or return value is represented: plain JSON, or converted by the harness. */
export const VALUE_TYPES = ['plain', 'linked-list', 'tree'] as const
export type ValueType = (typeof VALUE_TYPES)[number]

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

// A value that must be present; null is a valid value (None / null / void).
const value = z.custom<Json>((v) => v !== undefined, { message: 'required' })
const text = z.string().trim().min(1, 'must not be empty')
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by "-"')
const codeLangs = z.enum(['python', 'javascript'])

const compareFields = {
  compare: z.enum(COMPARE_MODES).optional(),
  /** Absolute tolerance for compare "float" (default 1e-6). */
  tolerance: z.number().positive().optional(),
}

export const functionTestSchema = z
  .object({ name: text, args: z.array(value), expected: value, ...compareFields })
  .strict()
/** A class test: constructor arguments, then [method, args, expected] calls in order. */
export const classTestSchema = z
  .object({
    name: text,
    init: z.array(value),
    ops: z.array(z.tuple([text, z.array(value), value])).min(1, 'needs at least one call'),
    ...compareFields,
  })
  .strict()
export const sqlTestSchema = z
  .object({
    name: text,
    /** SQL run after schema.sql to fill the tables for this test. */
    seed: z.string(),
    expected: z.object({ columns: z.array(text).min(1), rows: z.array(z.array(value)) }).strict(),
    ordered: z.boolean(),
  })
  .strict()

const referenceMeta = z.object({ explanation: text, time: text, space: text }).strict()

/**
 * A question a good candidate asks before writing (input size, empty input,
 * duplicates...), with the interviewer's answer. `important`: the review
 * points it out when it was not asked.
 */
export const clarificationSchema = z
  .object({ question: text, answer: text, important: z.boolean().optional() })
  .strict()
export type Clarification = z.infer<typeof clarificationSchema>

const base = {
  schemaVersion: z.literal(1, { message: 'must be 1' }),
  id: slug,
  title: text,
  difficulty: z.enum(DIFFICULTIES),
  category: z.enum(CATEGORIES),
  tags: z.array(slug).min(1, 'needs at least one tag'),
  minutes: z.number().int().min(1).max(120),
  examples: z
    .array(z.object({ input: text, output: text, explanation: text.optional() }).strict())
    .min(1, 'needs at least one example'),
  constraints: z.array(text).min(1, 'needs at least one constraint'),
  hints: z.array(text).min(2, 'needs at least 2 hints, gentle to specific'),
  /** Code and explanation are separate: the code lives in solution.<ext>. */
  references: z.partialRecord(z.enum(LANGS), referenceMeta),
  clarifications: z.array(clarificationSchema).optional(),
  interview: interviewSchema.optional(),
}

const codeProblem = {
  ...base,
  languages: z.array(codeLangs).min(1).refine((l) => new Set(l).size === l.length, 'has duplicates'),
  entry: z.partialRecord(codeLangs, z.string().regex(/^[A-Za-z_$][\w$]*$/, 'must be an identifier')),
  starter: z.partialRecord(codeLangs, text),
  io: z
    .object({ args: z.array(z.enum(VALUE_TYPES)).optional(), returns: z.enum(VALUE_TYPES).optional() })
    .strict()
    .optional(),
  ...compareFields,
}

export const problemJsonSchema = z.discriminatedUnion('kind', [
  z
    .object({ ...codeProblem, kind: z.literal('function'), tests: z.array(functionTestSchema).min(5, 'needs at least 5 tests') })
    .strict(),
  z.object({ ...codeProblem, kind: z.literal('class'), tests: z.array(classTestSchema).min(5, 'needs at least 5 tests') }).strict(),
  z
    .object({
      ...base,
      kind: z.literal('sql'),
      languages: z.tuple([z.literal('sql')]),
      starter: z.object({ sql: text.optional() }).strict().optional(),
      tests: z.array(sqlTestSchema).min(5, 'needs at least 5 tests'),
    })
    .strict(),
])
export type ProblemJson = z.infer<typeof problemJsonSchema>

export type FunctionTest = z.infer<typeof functionTestSchema>
export type ClassTest = z.infer<typeof classTestSchema>
export type SqlTest = z.infer<typeof sqlTestSchema>
export type ProblemTest = FunctionTest | ClassTest | SqlTest
export type ProblemKind = 'function' | 'class' | 'sql'

export interface Reference {
  code: string
  explanation: string
  time: string
  space: string
}

export interface Example {
  input: string
  output: string
  explanation?: string
}

interface ProblemCommon {
  id: string
  title: string
  difficulty: Difficulty
  category: Category
  tags: string[]
  minutes: number
  /** Markdown, from statement.md. */
  statement: string
  examples: Example[]
  constraints: string[]
  /** At least two, gentle to specific. */
  hints: string[]
  languages: Lang[]
  /** What the candidate starts from, e.g. the signature line. */
  starter: Partial<Record<Lang, string>>
  /** For "fix this code": the snippet to correct (buggy.<ext>). */
  buggy?: Partial<Record<Lang, string>>
  references: Partial<Record<Lang, Reference>>
  /** Questions a good candidate asks, with the interviewer's answers. */
  clarifications: Clarification[]
}

export interface FunctionProblem extends ProblemCommon {
  kind: 'function'
  /** Function name per language. */
  entry: Partial<Record<Lang, string>>
  io: { args: ValueType[]; returns: ValueType }
  compare: CompareMode
  tolerance?: number
  tests: FunctionTest[]
}
export interface ClassProblem extends ProblemCommon {
  kind: 'class'
  /** Class name per language. */
  entry: Partial<Record<Lang, string>>
  compare: CompareMode
  tolerance?: number
  tests: ClassTest[]
}
export interface SqlProblem extends ProblemCommon {
  kind: 'sql'
  entry: Partial<Record<Lang, string>>
  /** CREATE TABLE statements (schema.sql), run before each test's seed. */
  schemaSql: string
  tests: SqlTest[]
}
export type Problem = FunctionProblem | ClassProblem | SqlProblem

export const FILE_EXT: Record<Lang, string> = { python: 'py', javascript: 'js', sql: 'sql' }

const KEYWORDS = new Set(
  'def class function return const let var if else for while in of new this self async await and or not None null true false True False'.split(
    ' ',
  ),
)
const SQL_KEYWORDS = new Set(
  'create table primary key not null integer text real references foreign unique default check'.split(' '),
)

/**
 * Names a candidate is likely to write for this problem: entry (function or
 * class) names, parameter and method names from the starters, methods called by
 * class tests, tables and columns of an SQL schema. The OCR uses them to
 * correct what it read. Includes `self` when a Python starter uses it.
 */
export function identifiersOf(problem: Problem): string[] {
  const out = new Set<string>()
  const add = (name: string) => {
    if (name && !KEYWORDS.has(name)) out.add(name)
  }
  for (const name of Object.values(problem.entry)) if (name) add(name)
  for (const [lang, starter] of Object.entries(problem.starter)) {
    if (!starter || lang === 'sql') continue
    for (const m of starter.matchAll(/\b(?:def|function|class)\s+([A-Za-z_$][\w$]*)/g)) add(m[1]!)
    // Parameter lists, and bare method heads in JS classes: name(a, b) {
    for (const m of starter.matchAll(/([A-Za-z_$][\w$]*)\s*\(([^)]*)\)/g)) {
      add(m[1]!)
      for (const p of m[2]!.split(',')) {
        const name = p.trim().replace(/^\.\.\./, '').split(/[\s=:]/)[0]!
        if (/^[A-Za-z_$][\w$]*$/.test(name)) {
          if (name === 'self') out.add(name)
          else add(name)
        }
      }
    }
  }
  if (problem.kind === 'class') {
    for (const t of problem.tests) for (const [method] of t.ops) add(method)
  }
  if (problem.kind === 'sql') {
    for (const m of problem.schemaSql.matchAll(/create\s+table\s+(?:if\s+not\s+exists\s+)?(\w+)\s*\(([\s\S]*?)\);/gi)) {
      add(m[1]!)
      for (const line of m[2]!.split(',')) {
        const col = line.trim().split(/\s+/)[0]
        if (col && /^\w+$/.test(col) && !SQL_KEYWORDS.has(col.toLowerCase())) add(col)
      }
    }
  }
  out.delete('constructor')
  return [...out]
}
