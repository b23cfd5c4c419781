// What happens to an attempt during a practice session, as pure functions of
// the record and `now`: writing, hints, finishing, resuming after a crash.
import type { Attempt, AttemptTranscript } from '../attempts/attempt'
import type { InkDocument } from '../ink/ink'
import { elapsedMs, pauseTimer, startTimer } from './timer'

export function withInk(a: Attempt, ink: InkDocument, now: number): Attempt {
  return { ...a, ink: { ...ink, language: a.language }, updatedAt: now }
}

/** Reveals the next hint, recording when (time on the clock) it was asked for. */
export function revealNextHint(a: Attempt, hintCount: number, now: number): Attempt {
  const next = a.hintsRevealed.length
  if (next >= hintCount) return a
  return { ...a, hintsRevealed: [...a.hintsRevealed, { index: next, atMs: elapsedMs(a.timer, now) }], updatedAt: now }
}

/** Records that the reference answer was opened during the attempt. */
export function markAnswerShown(a: Attempt, now: number): Attempt {
  return a.answerShownAtMs !== undefined ? a : { ...a, answerShownAtMs: elapsedMs(a.timer, now), updatedAt: now }
}

/** Done: the clock stops, and what was written is kept with its transcript. */
export function finishAttempt(
  a: Attempt,
  result: { ink: InkDocument; image: Blob | null; transcript: AttemptTranscript | null },
  now: number,
): Attempt {
  return {
    ...withInk(a, result.ink, now),
    status: 'finished',
    endedAt: now,
    timer: pauseTimer(a.timer, now),
    image: result.image,
    transcript: result.transcript,
  }
}

/**
 * Picks an unfinished attempt up after a reload or crash: the clock resumes
 * from where it stood at the last save, not counting the time the app was closed.
 */
export function resumeAttempt(draft: Attempt, now: number): Attempt {
  const used = elapsedMs(draft.timer, Math.max(draft.updatedAt, draft.timer.runningSince ?? 0))
  return { ...draft, timer: startTimer({ ...draft.timer, elapsedMs: used, runningSince: null }, now), updatedAt: now }
}

export function editTranscript(a: Attempt, edited: string, now: number): Attempt {
  if (!a.transcript) return { ...a, transcript: { recognised: '', edited, lines: [], ocrMs: 0 }, updatedAt: now }
  return { ...a, transcript: { ...a.transcript, edited }, updatedAt: now }
}

/** The stored transcript for a fresh OCR reading: recognised and edited start equal. */
export function transcriptFromReading(reading: { text: string; lines: unknown[]; ms: number }): AttemptTranscript {
  return { recognised: reading.text, edited: reading.text, lines: reading.lines, ocrMs: Math.round(reading.ms) }
}
