// How an attempt is laid out in IndexedDB: the body (the whole record, ink as
// ink/v1 JSON text, the image as bytes) and its summary (meta). Reading back
// goes through the restore gate, which never trusts what it finds.
import { summarizeAttempt } from '../core/attempts/attempt'
import { restoreAttempt, type RestoreIssue } from '../core/attempts/restore'
import { attemptSummarySchema, type Attempt, type AttemptSummary } from '../core/attempts/schema'
import { serializeInk } from '../core/ink/ink'

export const SOURCE = 'IndexedDB'
/** Bump when AttemptSummary changes: older meta is rebuilt from the body (and written back). */
export const SUMMARY_VERSION = 3

interface StoredImage {
  type: string
  bytes: ArrayBuffer
}
export type StoredBody = Record<string, unknown> & { ink: string; image: StoredImage | null }
export type StoredMeta = AttemptSummary & { v: number }

export async function toStoredBody(a: Attempt): Promise<StoredBody> {
  const image = a.image ? { type: a.image.type || 'image/png', bytes: await a.image.arrayBuffer() } : null
  return { ...a, ink: serializeInk(a.ink), image }
}

export function toStoredMeta(a: Attempt): StoredMeta {
  return { v: SUMMARY_VERSION, ...summarizeAttempt(a) }
}

/** The stored body as the gate expects it: image bytes back into a Blob. */
function fromStoredBody(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw
  const r = raw as Record<string, unknown>
  const img = r.image as Partial<StoredImage> | null | undefined
  if (img && typeof img === 'object' && !(img instanceof Blob) && img.bytes instanceof ArrayBuffer)
    return { ...r, image: new Blob([img.bytes], { type: typeof img.type === 'string' ? img.type : 'image/png' }) }
  return raw
}

export interface LoadResult {
  attempt: Attempt | null
  issues: RestoreIssue[]
}

/** A stored body through the restore gate; absent is not an issue, unreadable is. */
export function restoreStored(raw: unknown, ctx: { source: string; key: string }): LoadResult {
  if (raw === undefined) return { attempt: null, issues: [] }
  const r = restoreAttempt(fromStoredBody(raw), ctx)
  return r.ok ? { attempt: r.attempt, issues: [] } : { attempt: null, issues: r.issues }
}

/** A stored summary of the current version, or null (older or damaged: rebuild it from the body). */
export function readStoredMeta(raw: unknown): AttemptSummary | null {
  if (typeof raw !== 'object' || raw === null || (raw as { v?: unknown }).v !== SUMMARY_VERSION) return null
  const p = attemptSummarySchema.safeParse(raw)
  return p.success ? p.data : null
}
