// A "fix this code" task: the problem gives buggy code; the candidate corrects
// it, either typed into the given code in the editor beside the board, or
// written by hand on the board (read at Done like any answer). The code typed
// in the editor is the attempt's transcript from the first keystroke (marked
// as typed), so autosave keeps it and a reload brings it back; at Done it
// stands as the answer, unread, unless the candidate left it untouched and
// wrote the fix by hand.
import type { Attempt, AttemptTranscript } from '../attempts/schema'

/** The transcript's `engine` for code typed in the editor rather than read from ink. */
export const TYPED = 'typed'

/** The code to fix in this language, or null when the problem gives none. */
export function givenCode(p: { buggy?: Partial<Record<string, string>> | undefined }, language: string): string | null {
  return p.buggy?.[language] ?? null
}

/** The code as it stands in the editor: typed so far, or the given code untouched. */
export function codeInEditor(a: Pick<Attempt, 'transcript'>, given: string): string {
  return a.transcript?.engine === TYPED ? a.transcript.edited : given
}

/** The candidate typed into the given code. */
export function withTypedCode(a: Attempt, code: string, now: number): Attempt {
  return { ...a, transcript: { recognised: code, edited: code, lines: [], ocrMs: 0, engine: TYPED }, updatedAt: now }
}

/**
 * At Done: the typed code is the answer (no reading) when it was changed, or
 * when nothing was written by hand; null means read the ink as usual.
 */
export function typedAnswerAtDone(a: Pick<Attempt, 'transcript'>, given: string, strokes: number): AttemptTranscript | null {
  const t = a.transcript?.engine === TYPED ? a.transcript : null
  if (t && (t.edited !== given || strokes === 0)) return t
  if (!t && strokes === 0) return { recognised: given, edited: given, lines: [], ocrMs: 0, engine: TYPED }
  return null
}
