// Version 1 kept the unfinished attempt in one slot ("drafts"/"current") that
// every Start overwrote. On the first open of this version, a draft found
// there becomes an unfinished attempt like any other, through the restore
// gate; an unreadable draft is reported and left where it is, untouched.
import { noteIssues } from './issues'
import { restoreStored, SOURCE, toStoredBody, toStoredMeta } from './codec'
import { inTransaction, promisifyRequest, runOnOpen, STORES } from './db'
import { updateIndex } from './summaryIndex'

const DRAFT_KEY = 'current'

export type DraftMove = 'none' | 'moved' | 'kept-unreadable' | 'already-stored'

/** Moves the legacy draft, if any, into the attempts. Safe to run in two tabs at once. */
export async function moveLegacyDraft(db?: IDBDatabase): Promise<DraftMove> {
  const raw = await inTransaction([STORES.drafts], 'readonly', (s) => promisifyRequest(s[STORES.drafts].get(DRAFT_KEY)), db)
  if (raw === undefined) return 'none'
  const { attempt, issues } = restoreStored(raw, { source: `${SOURCE} (unfinished attempt from an older version)`, key: DRAFT_KEY })
  if (!attempt) {
    noteIssues(issues)
    return 'kept-unreadable'
  }
  // Prepared outside the write transaction: awaiting anything but IndexedDB inside it would end it.
  const body = await toStoredBody(attempt)
  const meta = toStoredMeta(attempt)
  return inTransaction(
    [STORES.drafts, STORES.meta, STORES.index, STORES.body],
    'readwrite',
    async (s): Promise<DraftMove> => {
      const [still, existing] = await Promise.all([promisifyRequest(s[STORES.drafts].get(DRAFT_KEY)), promisifyRequest(s[STORES.body].getKey(attempt.id))])
      if (still === undefined) return 'none'
      s[STORES.drafts].delete(DRAFT_KEY)
      // The same id already stored is the same attempt, saved later (a finished save cleared drafts in v1, so rare).
      if (existing !== undefined) return 'already-stored'
      s[STORES.meta].put(meta, attempt.id)
      s[STORES.body].put(body, attempt.id)
      await updateIndex(s, (m) => m.set(attempt.id, meta))
      return 'moved'
    },
    db,
  )
}

runOnOpen(async (db) => {
  await moveLegacyDraft(db)
})
