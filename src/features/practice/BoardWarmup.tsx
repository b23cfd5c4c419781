// The board mounted once, out of sight and out of reach, while the candidate
// reads the problem, then let go. tldraw's first mount on a page costs about a
// second on a slow tablet (its styles matched for the first time, its code
// compiled on first use); a second mount costs a tenth of that. So Start opens
// a board that has, in effect, been opened before. Nothing is stored: the
// canvas gets no ink and no change handler, and tldraw keeps no document.
import { useCallback, useMemo } from 'react'
import { InkCanvas } from '../../canvas/InkCanvas'
import { usePreferences, useResolvedTheme } from '../../ui/usePreferences'

const ignore = () => {}

export function BoardWarmup({ onDone }: { onDone: () => void }) {
  const preferences = usePreferences()
  const theme = useResolvedTheme()
  const settings = useMemo(() => ({ preferences, theme, onPreferencesChange: ignore }), [preferences, theme])
  // Kept until the board has been laid out and painted once: that is the work worth doing ahead.
  const ready = useCallback(() => {
    requestAnimationFrame(() => requestAnimationFrame(() => onDone()))
  }, [onDone])
  return (
    <div className="board-warmup" aria-hidden="true" inert>
      <InkCanvas onReady={ready} settings={settings} ariaLabel="Board being prepared" />
    </div>
  )
}
