import { PAPER_LABELS, PAPERS, type Paper } from '../core/preferences/preferences'
import { setPreferences, usePreferences } from './usePreferences'

/** The board's paper, remembered on this device (problem page and Settings). */
export function PaperPicker({ label = 'Paper' }: { label?: string }) {
  const { paper } = usePreferences()
  return (
    <label className="paper-picker">
      {label}{' '}
      <select value={paper} onChange={(e) => setPreferences({ paper: e.target.value as Paper })}>
        {PAPERS.map((p) => (
          <option key={p} value={p}>
            {PAPER_LABELS[p]}
          </option>
        ))}
      </select>
    </label>
  )
}
