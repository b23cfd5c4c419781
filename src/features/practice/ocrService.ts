// One recogniser for the whole app: its worker starts once (prewarmed when a
// practice page opens) and is reused by every attempt and review.
import { createRecogniser, type Recogniser } from '../../ocr/recogniser'

let instance: Recogniser | null = null

export function recogniser(): Recogniser {
  instance ??= createRecogniser()
  return instance
}
