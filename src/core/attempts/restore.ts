// The restore gate: everything read back (IndexedDB, a backup file) passes
// here. It checks the raw value for hostile shapes, migrates older versions
// through named, ordered steps, validates the result with zod, and keeps
// fields it does not know. It never throws: a bad record comes back as a list
// of issues naming where it came from, which record and which field.
import { InkFormatError, parseInk, readInk, type InkDocument } from '../ink/ink'
import { ATTEMPT_SCHEMA_VERSION, attemptRecordSchema, LIMITS, type Attempt } from './schema'

export { LIMITS } from './schema'

export interface RestoreIssue {
  /** Where the value was read from, e.g. "IndexedDB" or "backup.zip". */
  source: string
  /** Record key, attempt id or file entry. */
  key: string
  /** Dotted path of the offending field ("" for the whole record). */
  field: string
  message: string
}

export type RestoreResult =
  | { ok: true; attempt: Attempt; migratedFrom: number | null }
  | { ok: false; issues: RestoreIssue[] }

export interface RestoreContext {
  source: string
  key: string
}

// ---- hostile input ----

const FORBIDDEN_KEYS = new Set(['__proto__'])

/** Finds the first hostile shape in a plain JSON-like value, or null: `__proto__` keys, non-finite numbers, over-long text, deep nesting, too many values. */
export function scanHostile(value: unknown, skip: ReadonlySet<string> = new Set()): { field: string; message: string } | null {
  let nodes = 0
  const walk = (v: unknown, path: string, depth: number): { field: string; message: string } | null => {
    if (++nodes > LIMITS.maxNodes) return { field: path, message: `too many values (over ${LIMITS.maxNodes})` }
    if (depth > LIMITS.maxDepth) return { field: path, message: `nested deeper than ${LIMITS.maxDepth} levels` }
    if (typeof v === 'string') {
      return v.length > LIMITS.maxStringChars
        ? { field: path, message: `text of ${v.length} characters is longer than the ${LIMITS.maxStringChars} allowed` }
        : null
    }
    if (typeof v === 'number') return Number.isFinite(v) ? null : { field: path, message: `expected a finite number, found ${v}` }
    if (v === null || typeof v !== 'object') {
      if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint')
        return { field: path, message: `unsupported value of type ${typeof v}` }
      return null
    }
    if (typeof Blob !== 'undefined' && v instanceof Blob) return null
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const r = walk(v[i], `${path}[${i}]`, depth + 1)
        if (r) return r
      }
      return null
    }
    for (const k of Object.keys(v)) {
      const p = path ? `${path}.${k}` : k
      if (FORBIDDEN_KEYS.has(k)) return { field: p, message: `the key "${k}" is not allowed` }
      if (depth === 0 && skip.has(k)) continue
      const r = walk((v as Record<string, unknown>)[k], p, depth + 1)
      if (r) return r
    }
    // An own "__proto__" does not show in Object.keys when set via defineProperty on some engines.
    if (Object.prototype.hasOwnProperty.call(v, '__proto__'))
      return { field: path ? `${path}.__proto__` : '__proto__', message: 'the key "__proto__" is not allowed' }
    return null
  }
  return walk(value, '', 0)
}

// ---- migrations ----

type RawRecord = Record<string, unknown>

export interface MigrationStep {
  /** Short name shown in logs and tests. */
  name: string
  from: number
  to: number
  migrate(raw: RawRecord): RawRecord
}

const isRecord = (v: unknown): v is RawRecord => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Copies own fields except `drop`, without ever invoking a __proto__ setter. */
function copyExcept(raw: RawRecord, drop: readonly string[]): RawRecord {
  const out: RawRecord = {}
  for (const k of Object.keys(raw))
    if (!drop.includes(k)) Object.defineProperty(out, k, { value: raw[k], enumerable: true, writable: true, configurable: true })
  return out
}

/**
 * v0: the early prototype's record (no schemaVersion):
 * { id, problem, title?, lang, started, finished, seconds, suggestedMinutes, strokes, text, done }.
 * v1 is the first versioned record: like v2 but hints as `hints` + `hintTimesMs`
 * and the self-assessed result as `verdict` (null when not given).
 */
export const prototypeToV1: MigrationStep = {
  name: 'prototype-to-v1',
  from: 0,
  to: 1,
  migrate(raw) {
    const rest = copyExcept(raw, ['id', 'problem', 'title', 'lang', 'started', 'finished', 'seconds', 'suggestedMinutes', 'strokes', 'text', 'done'])
    const text = typeof raw.text === 'string' ? raw.text : null
    const started = raw.started
    const finished = raw.finished ?? null
    return {
      ...rest,
      schemaVersion: 1,
      id: raw.id,
      problemId: raw.problem,
      problemTitle: typeof raw.title === 'string' ? raw.title : raw.problem,
      language: raw.lang,
      status: raw.done === true ? 'finished' : 'in-progress',
      startedAt: started,
      endedAt: finished,
      timer: {
        suggestedMs: typeof raw.suggestedMinutes === 'number' ? raw.suggestedMinutes * 60_000 : raw.suggestedMinutes,
        elapsedMs: typeof raw.seconds === 'number' ? Math.round(raw.seconds * 1000) : raw.seconds,
        runningSince: null,
      },
      hints: [],
      hintTimesMs: [],
      ink: { format: 'ink/v1', strokes: raw.strokes, ...(typeof raw.lang === 'string' ? { language: raw.lang } : {}) },
      image: null,
      transcript: text === null ? null : { recognised: text, edited: text, lines: [], ocrMs: 0 },
      testRun: null,
      rating: null,
      verdict: null,
      updatedAt: finished ?? started,
    }
  },
}

/** v1 -> v2: hints become [{ index, atMs }]; `verdict` becomes `outcome` ('unrated' when none). */
export const hintTimesAndOutcome: MigrationStep = {
  name: 'hint-times-and-outcome',
  from: 1,
  to: 2,
  migrate(raw) {
    const rest = copyExcept(raw, ['hints', 'hintTimesMs', 'verdict'])
    const hints = Array.isArray(raw.hints) ? raw.hints : raw.hints
    const times = Array.isArray(raw.hintTimesMs) ? raw.hintTimesMs : []
    return {
      ...rest,
      schemaVersion: 2,
      hintsRevealed: Array.isArray(hints) ? hints.map((index, i) => ({ index, atMs: times[i] ?? 0 })) : hints,
      outcome: raw.verdict === null || raw.verdict === undefined ? 'unrated' : raw.verdict,
    }
  },
}

/**
 * v2 -> v3: the record gains optional `phases`, `questions`, `voice`,
 * `interviewMode` and `statementShownAtMs`. A v2 record has none of them and
 * stays as it was: no phases moved through, no question asked, no recording
 * (not "silent": unknown). A v2 record that somehow carries one of those names
 * (a field of its own) keeps it under `v2.<name>`, so the gate never reads an
 * unrelated value as version 3's.
 */
export const phasesQuestionsVoice: MigrationStep = {
  name: 'phases-questions-voice',
  from: 2,
  to: 3,
  migrate(raw) {
    const added = ['phases', 'questions', 'voice', 'interviewMode', 'statementShownAtMs'] as const
    const clashing = added.filter((k) => Object.prototype.hasOwnProperty.call(raw, k))
    const rest = copyExcept(raw, clashing)
    const out: RawRecord = { ...rest, schemaVersion: 3 }
    for (const k of clashing) Object.defineProperty(out, `v2.${k}`, { value: raw[k], enumerable: true, writable: true, configurable: true })
    return out
  },
}

/** Every step, in order. The last step's `to` is ATTEMPT_SCHEMA_VERSION. */
export const MIGRATIONS: readonly MigrationStep[] = [prototypeToV1, hintTimesAndOutcome, phasesQuestionsVoice]

/** The version a raw record claims: its schemaVersion, or 0 for the unversioned prototype shape. */
export function detectVersion(raw: RawRecord): number | { message: string } {
  if (raw.schemaVersion === undefined) {
    if (Array.isArray(raw.strokes) && 'problem' in raw) return 0
    return { message: 'no schemaVersion and not the prototype shape' }
  }
  const v = raw.schemaVersion
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
    return { message: `expected a whole number >= 1, found ${JSON.stringify(v) ?? String(v)}` }
  if (v > ATTEMPT_SCHEMA_VERSION)
    return { message: `version ${v} was written by a newer Inkterview (this one reads up to ${ATTEMPT_SCHEMA_VERSION}); update the app` }
  return v
}

function checkInk(value: unknown): { ink: InkDocument } | { field: string; message: string } {
  try {
    let doc: InkDocument
    if (typeof value === 'string') {
      if (value.length > LIMITS.maxInkChars) return { field: 'ink', message: `ink of ${value.length} characters is over the limit` }
      doc = parseInk(value, 'ink')
    } else doc = readInk(value, 'ink')
    let points = 0
    for (const s of doc.strokes) points += s.points.length
    if (points > LIMITS.maxInkPoints) return { field: 'ink.strokes', message: `${points} points is over the limit of ${LIMITS.maxInkPoints}` }
    const hostile = scanHostile(doc, new Set(['strokes']))
    if (hostile) return { field: hostile.field ? `ink.${hostile.field}` : 'ink', message: hostile.message }
    for (let i = 0; i < doc.strokes.length; i++) {
      const h = scanHostile(doc.strokes[i], new Set(['points']))
      if (h) return { field: `ink.strokes[${i}]${h.field ? '.' + h.field : ''}`, message: h.message }
    }
    return { ink: doc }
  } catch (e) {
    if (e instanceof InkFormatError) return { field: e.where === 'top level' ? 'ink' : `ink.${e.where}`, message: e.problem }
    return { field: 'ink', message: String((e as Error)?.message ?? e) }
  }
}

/** Runs one raw value through the gate. Never throws. */
export function restoreAttempt(raw: unknown, ctx: RestoreContext): RestoreResult {
  const issue = (field: string, message: string): RestoreResult => ({ ok: false, issues: [{ source: ctx.source, key: ctx.key, field, message }] })
  try {
    if (!isRecord(raw)) return issue('', 'expected an attempt record (an object)')
    const hostile = scanHostile(raw, new Set(['ink', 'image', 'strokes']))
    if (hostile) return issue(hostile.field, hostile.message)
    const version = detectVersion(raw)
    if (typeof version !== 'number') return issue('schemaVersion', version.message)
    let rec: RawRecord = raw
    if (version === 0) {
      // The prototype kept strokes at the top level; check them as ink before migrating.
      const inkCheck = checkInk({ format: 'ink/v1', strokes: raw.strokes })
      if ('field' in inkCheck) return issue(inkCheck.field.replace(/^ink\./, ''), inkCheck.message)
    }
    for (const step of MIGRATIONS) if (step.from >= version) rec = step.migrate(rec)
    const inkCheck = checkInk(rec.ink)
    const parsed = attemptRecordSchema.safeParse({ ...rec, ink: undefined })
    const issues: RestoreIssue[] = []
    if ('field' in inkCheck) issues.push({ source: ctx.source, key: ctx.key, field: inkCheck.field, message: inkCheck.message })
    if (!parsed.success)
      for (const i of parsed.error.issues)
        issues.push({
          source: ctx.source,
          key: ctx.key,
          field: formatPath(i.path),
          message: i.message,
        })
    if (issues.length || !parsed.success || 'field' in inkCheck) return { ok: false, issues }
    const attempt = copyExcept(parsed.data as RawRecord, []) as Attempt
    attempt.ink = inkCheck.ink
    return { ok: true, attempt, migratedFrom: version === ATTEMPT_SCHEMA_VERSION ? null : version }
  } catch (e) {
    return issue('', `could not be read: ${String((e as Error)?.message ?? e)}`)
  }
}

/** Runs many values through the gate; good ones and all issues, in order. */
export function restoreMany(items: { raw: unknown; key: string }[], source: string): { attempts: Attempt[]; issues: RestoreIssue[] } {
  const attempts: Attempt[] = []
  const issues: RestoreIssue[] = []
  for (const { raw, key } of items) {
    const r = restoreAttempt(raw, { source, key })
    if (r.ok) attempts.push(r.attempt)
    else issues.push(...r.issues)
  }
  return { attempts, issues }
}

/** ["a", 0, "b"] -> "a[0].b" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[')
}

export function formatIssue(i: RestoreIssue): string {
  return `${i.source}: ${i.key}${i.field ? `: ${i.field}` : ''}: ${i.message}`
}
