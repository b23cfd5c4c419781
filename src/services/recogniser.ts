// One recogniser for the whole app: its worker starts once (prewarmed when a
// practice page opens) and is reused by every attempt and review.
import type { Attempt } from '../core/attempts/schema'
import { createRecogniser, type Recogniser } from '../ocr/recogniser'
import { listAttemptSummaries, loadAttempts } from '../storage/attempts'
import { loadWriterRecord, saveWriterRecord } from '../storage/writerModel'

let instance: Recogniser | null = null

export function recogniser(): Recogniser {
  instance ??= createRecogniser()
  return instance
}

// Why the reading failed at Done, handed to the review screen it opens (the
// attempt is saved without a transcript; the review offers to read it again).
const failures = new Map<string, string>()

export function noteReadingFailure(attemptId: string, message: string): void {
  failures.set(attemptId, message)
}

export function takeReadingFailure(attemptId: string): string | null {
  const message = failures.get(attemptId) ?? null
  failures.delete(attemptId)
  return message
}

// The reader that learns its writer: what was learnt (src/storage/writerModel)
// is given to the recogniser when a practice page opens, and corrected
// attempts not yet learnt from are learnt then, a few at a time, on this
// device only. Settings switches it off or resets it.
const LEARN_PER_VISIT = 3

const corrected = (a: Attempt) => !!a.transcript && a.transcript.edited.trim() !== '' && a.transcript.edited !== a.transcript.recognised

export async function refreshWriter(): Promise<void> {
  const { record } = await loadWriterRecord()
  const r = recogniser()
  r.setWriter(record.enabled ? record.model : null)
  if (!record.enabled) return
  const seen = new Set(record.attempts)
  const ids = (await listAttemptSummaries()).filter((s) => s.status === 'finished' && !seen.has(s.id)).map((s) => s.id)
  if (!ids.length) return
  const { attempts } = await loadAttempts(ids.slice(0, 20))
  let model = record.model
  const learnt: string[] = []
  for (const a of attempts.filter(corrected).slice(0, LEARN_PER_VISIT)) {
    model = await r.learn(a.ink, a.transcript!.edited, model, { language: a.language })
    learnt.push(a.id)
  }
  // Uncorrected ones are marked too: there is nothing to learn from them.
  const skipped = attempts.filter((a) => !corrected(a)).map((a) => a.id)
  const latest = (await loadWriterRecord()).record
  if (!latest.enabled || latest.updatedAt !== record.updatedAt) return // switched off or reset meanwhile
  const next = { ...latest, model, attempts: [...latest.attempts, ...learnt, ...skipped], updatedAt: Date.now() }
  await saveWriterRecord(next)
  r.setWriter(model)
}
