// The restore gate for record kinds other than the attempt (answers, stories,
// own questions, the ask-back list, mock-interview sessions), on the attempt
// gate's pattern (core/attempts/restore.ts): scan the raw value for hostile
// shapes, read its version, migrate through named ordered steps, validate
// every field with the kind's zod schema, keep fields it does not know. Never
// throws: a bad record comes back as issues naming source, key and field.
import type { z } from 'zod'
import { formatPath, scanHostile, type MigrationStep, type RestoreContext, type RestoreIssue } from '../attempts/restore.ts'

export type { MigrationStep, RestoreContext, RestoreIssue } from '../attempts/restore.ts'

export interface RecordKind<T> {
  /** Shown in messages ("answer", "mock interview"). */
  name: string
  /** The version written today; the last migration's `to`. */
  version: number
  schema: z.ZodType<T>
  /** Named steps, ordered by `from`; empty while the kind has one version. */
  migrations: readonly MigrationStep[]
  /** Top-level fields the hostile scan leaves to `check` (e.g. an ink document with many points). */
  skipScan?: ReadonlySet<string>
  /** Checks after the schema, on the validated value: a field and a message, or null. May replace the value (e.g. a parsed ink document). */
  check?: (value: T) => { field: string; message: string } | { value: T } | null
}

export type RecordResult<T> = { ok: true; value: T; migratedFrom: number | null } | { ok: false; issues: RestoreIssue[] }

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The version a raw record claims, or a message. */
export function recordVersion(raw: Record<string, unknown>, kind: Pick<RecordKind<unknown>, 'version'>): number | { message: string } {
  const v = raw.schemaVersion
  if (v === undefined) return { message: 'required' }
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { message: `expected a whole number >= 1, found ${JSON.stringify(v) ?? String(v)}` }
  if (v > kind.version) return { message: `version ${v} was written by a newer Inkterview (this one reads up to ${kind.version}); update the app` }
  return v
}

/** Runs one raw value through the gate of its kind. Never throws. */
export function restoreRecord<T>(kind: RecordKind<T>, raw: unknown, ctx: RestoreContext): RecordResult<T> {
  const issue = (field: string, message: string): RecordResult<T> => ({ ok: false, issues: [{ source: ctx.source, key: ctx.key, field, message }] })
  try {
    if (!isRecord(raw)) return issue('', `expected ${kind.name === 'answer' ? 'an' : 'a'} ${kind.name} record (an object)`)
    const hostile = scanHostile(raw, kind.skipScan)
    if (hostile) return issue(hostile.field, hostile.message)
    const version = recordVersion(raw, kind)
    if (typeof version !== 'number') return issue('schemaVersion', version.message)
    let rec: Record<string, unknown> = raw
    for (const step of kind.migrations) if (step.from >= version) rec = step.migrate(rec)
    const parsed = kind.schema.safeParse(rec)
    if (!parsed.success)
      return { ok: false, issues: parsed.error.issues.map((i) => ({ source: ctx.source, key: ctx.key, field: formatPath(i.path), message: i.message })) }
    let value = parsed.data
    const checked = kind.check?.(value) ?? null
    if (checked && 'field' in checked) return issue(checked.field, checked.message)
    if (checked) value = checked.value
    return { ok: true, value, migratedFrom: version === kind.version ? null : version }
  } catch (e) {
    return issue('', `could not be read: ${String((e as Error)?.message ?? e)}`)
  }
}

/** Many values through one gate: the good ones and every issue, in order. */
export function restoreRecords<T>(kind: RecordKind<T>, items: readonly { raw: unknown; key: string }[], source: string): { values: T[]; issues: RestoreIssue[] } {
  const values: T[] = []
  const issues: RestoreIssue[] = []
  for (const { raw, key } of items) {
    const r = restoreRecord(kind, raw, { source, key })
    if (r.ok) values.push(r.value)
    else issues.push(...r.issues)
  }
  return { values, issues }
}

/** A random id safe in file names and URLs, with a prefix naming the kind ("ans", "mock"). */
export function newRecordId(prefix: string): string {
  const bytes = new Uint8Array(12)
  crypto.getRandomValues(bytes)
  let s = ''
  for (const b of bytes) s += b.toString(16).padStart(2, '0')
  return `${prefix}-${Date.now().toString(36)}-${s}`
}
