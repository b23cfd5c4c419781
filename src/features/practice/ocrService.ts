// One recogniser for the whole app: its worker starts once (prewarmed when a
// practice page opens) and is reused by every attempt and review.
import { createRecogniser, type Recogniser } from '../../ocr/recogniser'

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

// How the reading went when not as usual (e.g. tesseract read alone because the
// second reader could not load), handed to the review screen like a failure.
const notices = new Map<string, string>()

export function noteReadingNotice(attemptId: string, message: string): void {
  notices.set(attemptId, message)
}

export function takeReadingNotice(attemptId: string): string | null {
  const message = notices.get(attemptId) ?? null
  notices.delete(attemptId)
  return message
}
