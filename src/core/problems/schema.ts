// The bundled problem format (problems/README.md): the zod schema of
// problem.json, the Problem type the app uses, and helpers that need no DOM.
import { z } from '../zod.ts'
import { LANGUAGES, type Language } from '../languages.ts'

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
export const VALUE_TYPES = ['plain', 'linked-list', 'tree', 'tasks', 'async-store'] as const
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

/** What tasks (io type "tasks") must have done: the most in flight at once, and the order of starts and ends. */
const taskExpectations = {
  peak: z.number().int().min(0).optional(),
  trace: z.array(z.string().regex(/^(start|end) \d+$/, 'must be "start <i>" or "end <i>"')).optional(),
}
export const functionTestSchema = z
  .object({ name: text, args: z.array(value), expected: value, ...compareFields, ...taskExpectations })
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
    /**
     * For answers that change data (UPDATE, INSERT, DELETE): a query run after
     * the candidate's statements; its rows, not the answer's, are compared.
     */
    check: text.optional(),
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

// ---- "read this code": the answer is a choice (kind "choice") ----

/** Option text: one string, or one per language when the snippets differ (e.g. what each prints). */
const choiceText = z.union([text, z.partialRecord(codeLangs, text)])
export const choiceOptionSchema = z
  .object({
    text: choiceText,
    /** Right answers say so; the others may leave it out. */
    correct: z.boolean().default(false),
    /** Why this option is right or wrong, shown after answering. */
    why: text.optional(),
  })
  .strict()
export const CHOICE_SELECT = ['one', 'all-that-apply'] as const
export const choiceQuestionSchema = z
  .object({
    /** Stable name of the question, kept in the attempt's answers. */
    id: slug,
    prompt: text,
    /** "one": exactly one right option (radio buttons); "all-that-apply": one or more (check boxes). */
    select: z.enum(CHOICE_SELECT).default('one'),
    options: z.array(choiceOptionSchema).min(2, 'needs at least 2 options').max(8, 'has more than 8 options'),
    /** Revealed after answering: why the right option is right. */
    explanation: text,
  })
  .strict()
  .superRefine((q, ctx) => {
    const right = q.options.filter((o) => o.correct).length
    if (q.select === 'one' && right !== 1)
      ctx.addIssue({ code: 'custom', path: ['options'], message: `select "one" needs exactly one option with "correct": true (found ${right})` })
    if (q.select === 'all-that-apply' && right === 0)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'needs at least one option with "correct": true' })
  })
export type ChoiceOption = z.output<typeof choiceOptionSchema>
export type ChoiceQuestion = z.output<typeof choiceQuestionSchema>

// ---- performance tests: a large input described as data (problems/README.md) ----

/** A whole number written as a number or an expression of n (the size) and i (the call or item index): "n", "n/2", "2*i+1". */
export const sizeExpr = z.union([
  z.number().int(),
  z.string().regex(/^[-+*/()\sni0-9]+$/, 'must be a whole number or an expression of n and i such as "n/2" or "2*i+1"'),
])
export type SizeExpr = z.infer<typeof sizeExpr>

/** Generators of large inputs. Each is plain data, so a problem says "100,000 shuffled numbers" instead of shipping them. */
export type Gen =
  | { gen: 'ints'; length: SizeExpr; min: SizeExpr; max: SizeExpr; seed: number; sorted?: boolean }
  | { gen: 'range'; length: SizeExpr; start?: SizeExpr; step?: SizeExpr }
  | { gen: 'shuffle'; of: Gen; seed: number }
  | { gen: 'repeat'; length: SizeExpr; value: Json }
  | { gen: 'concat'; parts: Gen[] }
  | { gen: 'string'; length: SizeExpr; alphabet: string; seed?: number }
  | { gen: 'list'; length: SizeExpr; item: Gen | Gen[] }
  | { gen: 'int'; value: SizeExpr }
  | { gen: 'value'; value: Json }
  | { gen: 'tree'; length: SizeExpr; shape: 'balanced' | 'path' }
export const genSchema: z.ZodType<Gen> = z.lazy(() =>
  z.discriminatedUnion('gen', [
    z.object({ gen: z.literal('ints'), length: sizeExpr, min: sizeExpr, max: sizeExpr, seed: z.number().int(), sorted: z.boolean().optional() }).strict(),
    z.object({ gen: z.literal('range'), length: sizeExpr, start: sizeExpr.optional(), step: sizeExpr.optional() }).strict(),
    z.object({ gen: z.literal('shuffle'), of: genSchema, seed: z.number().int() }).strict(),
    z.object({ gen: z.literal('repeat'), length: sizeExpr, value }).strict(),
    z.object({ gen: z.literal('concat'), parts: z.array(genSchema).min(1) }).strict(),
    z.object({ gen: z.literal('string'), length: sizeExpr, alphabet: z.string().min(1), seed: z.number().int().optional() }).strict(),
    z.object({ gen: z.literal('list'), length: sizeExpr, item: z.union([genSchema, z.array(genSchema)]) }).strict(),
    z.object({ gen: z.literal('int'), value: sizeExpr }).strict(),
    z.object({ gen: z.literal('value'), value }).strict(),
    z.object({ gen: z.literal('tree'), length: sizeExpr, shape: z.enum(['balanced', 'path']) }).strict(),
  ]),
)

const performanceCommon = {
  /** The size the bound is judged at (n in the generators' expressions). */
  n: z.number().int().min(1).max(10_000_000),
  /** What the input is, for the result: "100,000 numbers". */
  input: text,
  /** The bound the statement asks for, e.g. "O(n)". */
  bound: text,
  /** Fail when the answer takes more than this multiple of the reference's time on the same device. Default 20. */
  maxRatio: z.number().min(2).max(1000).default(20),
}
/** function problems: the entry is called `calls` times on one generated set of arguments. */
export const functionPerformanceSchema = z
  .object({
    ...performanceCommon,
    args: z.array(genSchema).min(1),
    /** Calls on the same arguments (for sub-linear bounds, where one call is too quick to time). Default 1. */
    calls: z.number().int().min(1).max(100_000).default(1),
  })
  .strict()
/** class problems: the constructor with `init`, then each step's method `times` times (i counts the calls of a step). */
export const classPerformanceSchema = z
  .object({
    ...performanceCommon,
    init: z.array(genSchema),
    steps: z
      .array(z.object({ method: text, times: sizeExpr, args: z.array(genSchema) }).strict())
      .min(1, 'needs at least one step'),
  })
  .strict()
export type FunctionPerformance = z.output<typeof functionPerformanceSchema>
export type ClassPerformance = z.output<typeof classPerformanceSchema>
export type PerformanceSpec = FunctionPerformance | ClassPerformance

// ---- problem.json ----

/** Fields every kind has. */
const shared = {
  schemaVersion: z.literal(1, { message: 'must be 1' }),
  id: slug,
  title: text,
  difficulty: z.enum(DIFFICULTIES),
  category: z.enum(CATEGORIES),
  tags: z.array(slug).min(1, 'needs at least one tag'),
  minutes: z.number().int().min(1).max(120),
  hints: z.array(text).min(2, 'needs at least 2 hints, gentle to specific'),
  clarifications: z.array(clarificationSchema).default([]),
}
const examples = z.array(z.object({ input: text, output: text, explanation: text.optional() }).strict())

/** Fields of the kinds answered with code (function, class, sql). */
const answeredInCode = {
  ...shared,
  examples: examples.min(1, 'needs at least one example'),
  constraints: z.array(text).min(1, 'needs at least one constraint'),
  /** Code and explanation are separate: the code lives in solution.<ext>. */
  references: z.partialRecord(z.enum(LANGS), referenceMeta),
}

const codeProblem = {
  ...answeredInCode,
  languages: z.array(codeLangs).min(1).refine((l) => new Set(l).size === l.length, 'has duplicates'),
  entry: z.partialRecord(codeLangs, z.string().regex(/^[A-Za-z_$][\w$]*$/, 'must be an identifier')),
  starter: z.partialRecord(codeLangs, text),
  ...compareFields,
  compare: z.enum(COMPARE_MODES).default('exact'),
}

export const problemJsonSchema = z.discriminatedUnion('kind', [
  z
    .object({
      ...codeProblem,
      kind: z.literal('function'),
      io: z
        .object({ args: z.array(z.enum(VALUE_TYPES)).default([]), returns: z.enum(VALUE_TYPES).default('plain') })
        .strict()
        .default({ args: [], returns: 'plain' }),
      tests: z.array(functionTestSchema).min(5, 'needs at least 5 tests'),
      /** A performance test (a large generated input, judged against the reference's time), for problems that ask for a bound. */
      performance: functionPerformanceSchema.optional(),
    })
    .strict(),
  z
    .object({
      ...codeProblem,
      kind: z.literal('class'),
      tests: z.array(classTestSchema).min(5, 'needs at least 5 tests'),
      performance: classPerformanceSchema.optional(),
    })
    .strict(),
  z
    .object({
      ...answeredInCode,
      kind: z.literal('sql'),
      languages: z.tuple([z.literal('sql')]),
      starter: z.object({ sql: text.optional() }).strict().default({}),
      tests: z.array(sqlTestSchema).min(5, 'needs at least 5 tests'),
    })
    .strict(),
  z
    .object({
      ...shared,
      kind: z.literal('choice'),
      /** The languages the code to read is shown in: snippet.<ext> for each. */
      languages: z.array(codeLangs).min(1).refine((l) => new Set(l).size === l.length, 'has duplicates'),
      examples: examples.default([]),
      constraints: z.array(text).default([]),
      questions: z.array(choiceQuestionSchema).min(1, 'needs at least one question'),
    })
    .strict(),
])
/** problem.json as validated, defaults filled in. */
export type ProblemJson = z.output<typeof problemJsonSchema>

export type FunctionTest = z.infer<typeof functionTestSchema>
export type ClassTest = z.infer<typeof classTestSchema>
export type SqlTest = z.infer<typeof sqlTestSchema>
export type ProblemTest = FunctionTest | ClassTest | SqlTest
export type ProblemKind = ProblemJson['kind']

export interface Reference {
  code: string
  explanation: string
  time: string
  space: string
}

export type Example = z.infer<typeof examples>[number]

/**
 * What assembling adds from the problem's other files (assemble.ts). Every
 * problem.json field passes through as validated: a new field is declared
 * once, in the zod schema above.
 */
interface FromFiles {
  /** Markdown, from statement.md. */
  statement: string
  languages: Lang[]
  /** What the candidate starts from, e.g. the signature line. */
  starter: Partial<Record<Lang, string>>
  /** Reference answers: meta from problem.json, code from solution.<ext>. */
  references: Partial<Record<Lang, Reference>>
  /** For "fix this code": the snippet to correct (buggy.<ext>). */
  buggy?: Partial<Record<Lang, string>>
}
type Assembled<K extends ProblemKind> = Omit<Extract<ProblemJson, { kind: K }>, keyof FromFiles> & FromFiles

export type FunctionProblem = Assembled<'function'>
export type ClassProblem = Assembled<'class'>
export type SqlProblem = Assembled<'sql'> & {
  /** SQL has no function entry. */
  entry: Partial<Record<Lang, string>>
  /** CREATE TABLE statements (schema.sql), run before each test's seed. */
  schemaSql: string
}
/** "Read this code": questions about a snippet, answered by choosing. No tests, no reference answers. */
export type ChoiceProblem = Assembled<'choice'> & {
  /** The code to read, per language (snippet.<ext>). */
  snippet: Partial<Record<Lang, string>>
  entry: Partial<Record<Lang, string>>
  tests: never[]
}
/** A problem answered by code that runs against tests. */
export type CodeProblem = FunctionProblem | ClassProblem | SqlProblem
export type Problem = CodeProblem | ChoiceProblem

export const isCodeProblem = (p: Problem): p is CodeProblem => p.kind !== 'choice'

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
