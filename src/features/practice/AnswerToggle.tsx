// The reference answer behind a button and a warning, on the problem page and
// beside the board alike. The answer (and CodeMirror with it) loads only if asked for.
import { lazy, Suspense, useState } from 'react'
import type { Language } from '../../core/languages'
import type { Problem } from '../../core/problems/schema'

const ReferenceAnswer = lazy(() => import('../../ui/ReferenceAnswer').then((m) => ({ default: m.ReferenceAnswer })))

export function AnswerToggle({ problem, language, shown = false, onShown }: { problem: Problem; language: Language; shown?: boolean; onShown?: () => void }) {
  const [open, setOpen] = useState(shown)
  const ask = () => {
    if (!window.confirm('Show the reference answer? In a real interview you would not see it.')) return
    setOpen(true)
    onShown?.()
  }
  return open ? (
    <Suspense fallback={<p role="status">Loading the answer…</p>}>
      <ReferenceAnswer problem={problem} language={language} />
    </Suspense>
  ) : (
    <button type="button" className="link-button" onClick={ask}>
      Show the reference answer…
    </button>
  )
}
