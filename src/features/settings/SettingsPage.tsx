import { useCallback, useEffect, useRef, useState } from 'react'
import { ReaderLearning } from './ReaderLearning'
import type { RestoreIssue } from '../../core/attempts/restore'
import { deleteAllAttempts, listAttemptSummariesChecked } from '../../storage/attempts'
import { exportBackup, importBackup } from '../../storage/backup'
import { askPersistentStorageAgain, isStoragePersisted, PERSIST_EXPLANATION, storageUsage, type StorageUsage } from '../../storage/persistence'
import { downloadFile } from '../../ui/download'
import { AppearanceSection } from './AppearanceSection'
import './settings.css'

type Note = { kind: 'ok' | 'error'; text: string; issues?: RestoreIssue[] } | null

export function formatBytes(n: number | null): string {
  if (n === null) return 'unknown'
  if (n < 1024) return `${n} B`
  const units = ['KB', 'MB', 'GB', 'TB']
  let v = n / 1024
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`
}

function IssueList({ issues }: { issues: RestoreIssue[] }) {
  if (!issues.length) return null
  return (
    <ul className="settings-issues">
      {issues.slice(0, 10).map((i, k) => (
        <li key={k}>
          <code>{i.key || i.source}</code>
          {i.field ? (
            <>
              {' '}
              field <code>{i.field}</code>
            </>
          ) : null}
          : {i.message.length > 300 ? `${i.message.slice(0, 300)}…` : i.message}
        </li>
      ))}
      {issues.length > 10 ? <li>…and {issues.length - 10} more.</li> : null}
    </ul>
  )
}

/** Storage usage and persistence, backups (export / import), delete everything. */
export function SettingsPage() {
  const [usage, setUsage] = useState<StorageUsage | null>(null)
  const [persisted, setPersisted] = useState<boolean | null | undefined>(undefined)
  const [count, setCount] = useState<number | null>(null)
  const [unreadable, setUnreadable] = useState<RestoreIssue[]>([])
  const [busy, setBusy] = useState<null | 'export' | 'import' | 'delete'>(null)
  const [note, setNote] = useState<Note>(null)
  const [persistNote, setPersistNote] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)

  const refresh = useCallback(async () => {
    const [u, p, list] = await Promise.all([storageUsage(), isStoragePersisted(), listAttemptSummariesChecked().catch(() => null)])
    setUsage(u)
    setPersisted(p)
    setCount(list ? list.summaries.length : null)
    setUnreadable(list ? list.issues : [])
  }, [])
  useEffect(() => {
    void refresh()
  }, [refresh])

  const onExport = async () => {
    setBusy('export')
    setNote(null)
    try {
      const r = await exportBackup()
      downloadFile(r.bytes, r.fileName)
      setNote({ kind: r.skipped.length ? 'error' : 'ok', text: `${r.message} Saved as ${r.fileName} (${formatBytes(r.bytes.length)}).`, issues: r.skipped })
    } catch (e) {
      setNote({ kind: 'error', text: `Export failed: ${String((e as Error)?.message ?? e)}` })
    } finally {
      setBusy(null)
    }
  }

  const onImport = async (file: File | undefined) => {
    if (!file) return
    setBusy('import')
    setNote(null)
    try {
      const r = await importBackup(file, file.name)
      setNote(r.ok ? { kind: 'ok', text: r.message } : { kind: 'error', text: r.message, issues: r.issues })
      await refresh()
    } finally {
      setBusy(null)
      if (fileInput.current) fileInput.current.value = ''
    }
  }

  const onDeleteAll = async () => {
    setBusy('delete')
    setNote(null)
    try {
      const n = await deleteAllAttempts()
      setNote({ kind: 'ok', text: `Deleted ${n} attempt${n === 1 ? '' : 's'} from this device.` })
    } catch (e) {
      setNote({ kind: 'error', text: String((e as Error)?.message ?? e) })
    } finally {
      setConfirming(false)
      setBusy(null)
      await refresh()
    }
  }

  const onAskPersist = async () => {
    const r = await askPersistentStorageAgain()
    setPersisted(r.persisted)
    setPersistNote(r.message)
  }

  return (
    <div className="settings">
      <h1>Settings</h1>

      <AppearanceSection />

      <section aria-labelledby="storage-h">
        <h2 id="storage-h">Storage on this device</h2>
        <dl className="settings-facts">
          <dt>Attempts stored</dt>
          <dd data-testid="attempt-count">{count === null ? '…' : count}</dd>
          <dt>Space used</dt>
          <dd data-testid="storage-usage">
            {usage === null ? '…' : `${formatBytes(usage.usageBytes)}${usage.quotaBytes !== null ? ` of ${formatBytes(usage.quotaBytes)} available to this site` : ''}`}
          </dd>
          <dt>Persistent storage</dt>
          <dd data-testid="persistence">
            {persisted === undefined ? '…' : persisted === null ? 'not supported by this browser' : persisted ? 'yes' : 'no: the browser may clear your attempts when space runs low'}
          </dd>
        </dl>
        <p className="muted">{PERSIST_EXPLANATION}</p>
        {persisted === false ? (
          <button type="button" onClick={() => void onAskPersist()}>
            Ask for persistent storage
          </button>
        ) : null}
        {persistNote ? <p role="status">{persistNote}</p> : null}
        {unreadable.length ? (
          <div role="alert" className="error-banner">
            {unreadable.length} stored record{unreadable.length === 1 ? '' : 's'} could not be read; {unreadable.length === 1 ? 'it is' : 'they are'} kept as
            {unreadable.length === 1 ? ' it is' : ' they are'}, not deleted.
            <IssueList issues={unreadable} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="backup-h">
        <h2 id="backup-h">Backups</h2>
        <p className="muted">
          One zip file with every attempt: strokes (ink/v1), page images, transcripts and ratings. Importing adds the attempts you do not have yet; a
          damaged file changes nothing.
        </p>
        <div className="settings-actions">
          <button type="button" onClick={() => void onExport()} disabled={busy !== null || count === 0}>
            {busy === 'export' ? 'Exporting…' : 'Export all attempts'}
          </button>
          <label className="settings-file">
            {busy === 'import' ? 'Importing…' : 'Import a backup'}
            <input
              ref={fileInput}
              type="file"
              accept=".zip,application/zip"
              disabled={busy !== null}
              onChange={(e) => void onImport(e.currentTarget.files?.[0])}
            />
          </label>
        </div>
      </section>

      {note ? (
        <div role={note.kind === 'error' ? 'alert' : 'status'} className={note.kind === 'error' ? 'error-banner' : 'ok-banner'} data-testid="settings-result">
          {note.text}
          {note.issues && note.issues.length > 1 ? <IssueList issues={note.issues} /> : null}
        </div>
      ) : null}

      <ReaderLearning />

      <section aria-labelledby="danger-h">
        <h2 id="danger-h">Delete everything</h2>
        {!confirming ? (
          <button type="button" className="danger" onClick={() => setConfirming(true)} disabled={busy !== null || count === 0}>
            Delete all attempts…
          </button>
        ) : (
          <div role="group" aria-label="Confirm deleting all attempts" className="settings-confirm">
            <p>
              This removes {count === 1 ? 'the 1 attempt' : `all ${count} attempts`} (and any unfinished answer) from this device. It cannot be undone: export a backup
              first if you may want them back.
            </p>
            <button type="button" className="danger" onClick={() => void onDeleteAll()} disabled={busy !== null}>
              {count === 1 ? 'Yes, delete the 1 attempt' : `Yes, delete all ${count} attempts`}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        )}
      </section>
    </div>
  )
}
