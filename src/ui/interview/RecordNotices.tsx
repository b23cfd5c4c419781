// What a screen that writes a record says about who writes it (one tab at a
// time, useSavedRecord) and about failed saves. `what` names the record:
// "answer", "mock interview".
import type { ReactNode } from 'react'
import type { SavedRecord } from '../useSavedRecord'

/** While the record is being claimed, or another tab has it: what to show instead of the screen (null: show the screen). */
export function ownershipGate(rec: Pick<SavedRecord<unknown>, 'ownership' | 'takeOver'>, what: string): ReactNode | null {
  if (rec.ownership === 'claiming') return <p role="status">Opening your {what}…</p>
  if (rec.ownership !== 'elsewhere') return null
  return (
    <div role="alert" className="answer-elsewhere">
      <p>This {what} is open in another tab, so this tab leaves it alone.</p>
      <button type="button" className="primary" onClick={() => void rec.takeOver()}>
        Continue it here instead
      </button>
    </div>
  )
}

/** A lost claim and a failed save, as banners. */
export function SavingNotices({ rec, what, error }: { rec: Pick<SavedRecord<unknown>, 'ownership' | 'saveError'>; what: string; error: string | null }) {
  return (
    <>
      {rec.ownership === 'lost' ? (
        <p role="alert" className="error-banner">
          This {what} is now open in another tab; this tab has stopped saving it.
        </p>
      ) : null}
      {error || rec.saveError ? (
        <p role="alert" className="error-banner">
          {error ?? rec.saveError}
        </p>
      ) : null}
    </>
  )
}
