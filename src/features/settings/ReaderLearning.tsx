// Settings: the reader that learns its writer. What it learnt from (lines,
// attempts), a switch, and a reset. It learns on this device only, from the
// transcripts the candidate corrected; nothing is sent anywhere.
import { useEffect, useState } from 'react'
import { loadWriterRecord, resetWriterModel, setWriterLearning, type WriterRecord } from '../../storage/writerModel'

export function ReaderLearning() {
  const [record, setRecord] = useState<WriterRecord | null>(null)
  const [issue, setIssue] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    void loadWriterRecord()
      .then((r) => {
        setRecord(r.record)
        setIssue(r.issue)
      })
      .catch((e: unknown) => setIssue(String(e)))
  }, [])
  const change = async (job: () => Promise<WriterRecord>) => {
    setBusy(true)
    try {
      setRecord(await job())
      setIssue(null)
    } catch (e) {
      setIssue(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }
  const lines = record?.model.lines ?? 0
  return (
    <section aria-labelledby="reader-h">
      <h2 id="reader-h">Reading your handwriting</h2>
      <p className="muted">
        The reader learns your hand from the transcripts you correct, on this device only (nothing is sent anywhere), and reads your next pages with it.
      </p>
      <label>
        <input type="checkbox" checked={record?.enabled ?? true} disabled={!record || busy} onChange={(e) => void change(() => setWriterLearning(e.target.checked))} /> Learn
        my handwriting
      </label>
      <p data-testid="reader-learnt">
        {record === null ? '…' : `Learnt from ${lines} ${lines === 1 ? 'line' : 'lines'} of your corrected attempts.`}
      </p>
      <button type="button" onClick={() => void change(resetWriterModel)} disabled={!record || busy || lines === 0}>
        Forget what it learnt
      </button>
      {issue ? (
        <p role="alert" className="error-banner">
          {issue}
        </p>
      ) : null}
    </section>
  )
}
