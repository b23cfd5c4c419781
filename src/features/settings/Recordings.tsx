// Settings: the voice recordings (attempts' think-aloud, spoken answers and
// questions asked back). How much space they take, the microphone switch, and
// deleting the recordings alone (the attempts and answers, their speaking
// stretches and talk figures stay).
import { useCallback, useEffect, useState } from 'react'
import { deleteAllRecordings, recordingsUsage } from '../../storage/audio'
import { setPreferences, usePreferences } from '../../ui/usePreferences'

const mb = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`)

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
/** "2 attempts and 1 spoken answer" */
const whose = (u: { attempts: number; answers: number }) =>
  [u.attempts ? count(u.attempts, 'attempt', 'attempts') : '', u.answers ? count(u.answers, 'spoken answer', 'spoken answers') : ''].filter(Boolean).join(' and ')

export function Recordings() {
  const { microphone } = usePreferences()
  const [usage, setUsage] = useState<{ bytes: number; attempts: number; answers: number } | null>(null)
  const [note, setNote] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const refresh = useCallback(() => {
    recordingsUsage().then(setUsage, (e: unknown) => setNote(`The recordings could not be measured: ${e instanceof Error ? e.message : String(e)}`))
  }, [])
  useEffect(refresh, [refresh])
  const remove = async () => {
    setConfirming(false)
    try {
      const n = await deleteAllRecordings()
      setNote(`Deleted ${n} ${n === 1 ? 'recording' : 'recordings'}; the attempts and answers are kept.`)
    } catch (e) {
      setNote(e instanceof Error ? e.message : String(e))
    }
    refresh()
  }
  return (
    <section aria-labelledby="recordings-h">
      <h2 id="recordings-h">Voice recordings</h2>
      <label>
        <input type="checkbox" role="switch" checked={microphone} onChange={(e) => setPreferences({ microphone: e.target.checked })} /> Record my voice with
        each attempt
      </label>
      <p data-testid="recordings-usage">
        {usage === null ? '…' : usage.attempts + usage.answers ? `${mb(usage.bytes)} in the recordings of ${whose(usage)}` : 'No recordings stored.'}
      </p>
      {usage && usage.attempts + usage.answers ? (
        confirming ? (
          <div role="group" aria-label="Confirm deleting the recordings">
            <button type="button" className="danger" onClick={() => void remove()}>
              Yes, delete every recording
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Delete the recordings, keep the attempts and answers…
          </button>
        )
      ) : null}
      {note ? <p role="status">{note}</p> : null}
    </section>
  )
}
