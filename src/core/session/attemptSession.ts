// What happens to an attempt during a practice session, as pure functions of
// the record and `now`: writing, hints, finishing, resuming after a crash.
import type { Attempt, AttemptTranscript, OcrLineRecord } from '../attempts/schema'
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
 * Leaving the board with the attempt unfinished (another screen, another
 * problem): the clock stops where it stands, so lists show the time really used.
 */
export function pauseAttempt(a: Attempt, now: number): Attempt {
  return a.timer.runningSince === null ? a : { ...a, timer: pauseTimer(a.timer, now), updatedAt: now }
}

/**
 * Picks an unfinished attempt up after a reload, a crash or another screen:
 * the clock resumes from where it stood at the last save, not counting the
 * time the page was away.
 */
export function resumeAttempt(a: Attempt, now: number): Attempt {
  return { ...a, timer: startTimer({ ...a.timer, elapsedMs: usedAtLastSave(a), runningSince: null }, now), updatedAt: now }
}

/**
 * Opening an unfinished attempt: the clock stands where it stood at the last
 * save (time the page was away is not counted) and waits for the board.
 */
export function clockAtLastSave(a: Attempt): Attempt {
  return { ...a, timer: { ...a.timer, elapsedMs: usedAtLastSave(a), runningSince: null } }
}

/** Time on the clock at the attempt's last save (what an unfinished attempt offers to resume from). */
export function usedAtLastSave(a: Attempt): number {
  return elapsedMs(a.timer, Math.max(a.updatedAt, a.timer.runningSince ?? 0))
}

export function editTranscript(a: Attempt, edited: string, now: number): Attempt {
  if (!a.transcript) return { ...a, transcript: { recognised: '', edited, lines: [], ocrMs: 0 }, updatedAt: now }
  return { ...a, transcript: { ...a.transcript, edited }, updatedAt: now }
}

/** The stored transcript for a fresh OCR reading: recognised and edited start equal. */
export function transcriptFromReading(reading: { text: string; lines: OcrLineRecord[]; ms: number; engine?: string; notice?: string }): AttemptTranscript {
  return {
    recognised: reading.text,
    edited: reading.text,
    lines: reading.lines,
    ocrMs: Math.round(reading.ms),
    ...(reading.engine ? { engine: reading.engine } : {}),
    ...(reading.notice ? { notice: reading.notice } : {}),
  }
}
