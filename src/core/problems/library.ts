// The Library's logic, pure: status from attempts, text search, filters,
// sorting and "Surprise me".
import { CATEGORIES, CATEGORY_LABELS, DIFFICULTIES, type Category, type Difficulty, type Problem } from './schema.ts'

export const STATUSES = ['new', 'attempted', 'solved'] as const
export type Status = (typeof STATUSES)[number]
/** How a problem is answered: the Library's "Answer" filter. */
export const ANSWER_KINDS = ['code', 'sql', 'choice'] as const
export type AnswerKind = (typeof ANSWER_KINDS)[number]
export const ANSWER_KIND_LABELS: Record<AnswerKind, string> = { code: 'Write code', sql: 'Write SQL', choice: 'Read code and choose' }
export function answerKindOf(p: Problem): AnswerKind {
  return p.kind === 'sql' ? 'sql' : p.kind === 'choice' ? 'choice' : 'code'
}

export const SORT_KEYS = ['title', 'difficulty', 'minutes', 'category'] as const
export type SortKey = (typeof SORT_KEYS)[number]

export interface LibraryQuery {
  /** Words to find (all of them) in title, id, category, tags or statement; case-insensitive. */
  text: string
  category: Category | ''
  difficulty: Difficulty | ''
  tag: string
  status: Status | ''
  kind: AnswerKind | ''
  sort: SortKey
}

export const EMPTY_QUERY: LibraryQuery = { text: '', category: '', difficulty: '', tag: '', status: '', kind: '', sort: 'title' }

/**
 * Status per problem id from attempt summaries: "solved" if any attempt was
 * rated solved, "attempted" if there is any attempt, otherwise (absent) new.
 */
export function statusFromAttempts(attempts: readonly { problemId: string; outcome: string }[]): Record<string, Status> {
  const out: Record<string, Status> = {}
  for (const a of attempts) {
    if (a.outcome === 'solved') out[a.problemId] = 'solved'
    else if (out[a.problemId] !== 'solved') out[a.problemId] = 'attempted'
  }
  return out
}

export function statusOf(statusById: Readonly<Record<string, Status>>, id: string): Status {
  return Object.hasOwn(statusById, id) ? statusById[id]! : 'new'
}

function haystack(p: Problem): string {
  return [p.title, p.id, CATEGORY_LABELS[p.category], p.category, p.tags.join(' '), p.statement].join('\n').toLowerCase()
}

export function filterProblems(
  problems: readonly Problem[],
  q: LibraryQuery,
  statusById: Readonly<Record<string, Status>> = {},
): Problem[] {
  const words = q.text.toLowerCase().split(/\s+/).filter(Boolean)
  return problems.filter(
    (p) =>
      (!q.category || p.category === q.category) &&
      (!q.difficulty || p.difficulty === q.difficulty) &&
      (!q.tag || p.tags.includes(q.tag)) &&
      (!q.status || statusOf(statusById, p.id) === q.status) &&
      (!q.kind || answerKindOf(p) === q.kind) &&
      (words.length === 0 || words.every((w) => haystack(p).includes(w))),
  )
}

const byTitle = (a: Problem, b: Problem) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id)

/** A sorted copy; ties are broken by title so the order is stable and predictable. */
export function sortProblems(problems: readonly Problem[], sort: SortKey): Problem[] {
  const key: Record<SortKey, (p: Problem) => number> = {
    title: () => 0,
    difficulty: (p) => DIFFICULTIES.indexOf(p.difficulty),
    minutes: (p) => p.minutes,
    category: (p) => CATEGORIES.indexOf(p.category),
  }
  return [...problems].sort((a, b) => key[sort](a) - key[sort](b) || byTitle(a, b))
}

export function libraryView(
  problems: readonly Problem[],
  q: LibraryQuery,
  statusById: Readonly<Record<string, Status>> = {},
): Problem[] {
  return sortProblems(filterProblems(problems, q, statusById), q.sort)
}

/**
 * "Surprise me": a random problem among `visible` that is not solved, as an
 * interviewer would pick; undefined when every visible problem is solved.
 * `random` returns [0, 1) like Math.random.
 */
export function pickSurprise(
  visible: readonly Problem[],
  statusById: Readonly<Record<string, Status>> = {},
  random: () => number = Math.random,
): Problem | undefined {
  const unsolved = visible.filter((p) => statusOf(statusById, p.id) !== 'solved')
  if (!unsolved.length) return undefined
  return unsolved[Math.min(unsolved.length - 1, Math.floor(random() * unsolved.length))]
}

/** Every tag in use, sorted. */
export function allTags(problems: readonly Problem[]): string[] {
  return [...new Set(problems.flatMap((p) => p.tags))].sort()
}

/** Reads a query back from untrusted storage (e.g. sessionStorage); unknown values fall back to defaults. */
export function parseQuery(raw: unknown): LibraryQuery {
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {}
  const pick = <T extends string>(v: unknown, allowed: readonly T[], fallback: T | ''): T | '' =>
    typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fallback
  return {
    text: typeof o.text === 'string' ? o.text : '',
    category: pick(o.category, CATEGORIES, ''),
    difficulty: pick(o.difficulty, DIFFICULTIES, ''),
    tag: typeof o.tag === 'string' ? o.tag : '',
    status: pick(o.status, STATUSES, ''),
    kind: pick(o.kind, ANSWER_KINDS, ''),
    sort: (pick(o.sort, SORT_KEYS, 'title') || 'title') as SortKey,
  }
}
