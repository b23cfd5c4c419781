// A spoken answer's talk figures at Done, from the loudness the recorder
// measured while recording (no decoding: Done stays quick). Null when a
// recording was not measured; the review then decodes it.
import { answerTalkOf } from '../../core/interview/figures'
import type { AnswerTalk } from '../../core/interview/records'
import { meteredWhileRecording } from '../../services/audioEnergy'
import { loadAudio } from '../../storage/audio'

export async function measuredTalk(recordingId: string, lengthMs: number): Promise<AnswerTalk | null> {
  try {
    const { sessions } = await loadAudio(recordingId)
    if (!sessions.length || !sessions.every(meteredWhileRecording)) return null
    return answerTalkOf(sessions, lengthMs)
  } catch {
    return null
  }
}
