import { THEMES, type Theme } from '../../core/preferences/preferences'
import { PaperPicker } from '../../ui/PaperPicker'
import { setPreferences, usePreferences } from '../../ui/usePreferences'

const THEME_LABELS: Record<Theme, string> = { system: 'As the device', light: 'Light', dark: 'Dark' }

/** The board and the look of the app: paper, theme, pen only, pressure (kept on this device). */
export function AppearanceSection() {
  const prefs = usePreferences()
  return (
    <section aria-labelledby="appearance-h">
      <h2 id="appearance-h">Board and appearance</h2>
      <div className="settings-prefs">
        <PaperPicker label="Paper for the board" />
        <label>
          Theme{' '}
          <select value={prefs.theme} onChange={(e) => setPreferences({ theme: e.target.value as Theme })}>
            {THEMES.map((t) => (
              <option key={t} value={t}>
                {THEME_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={prefs.penOnly} onChange={(e) => setPreferences({ penOnly: e.target.checked })} /> Pen only: a finger pans and
          zooms, only a stylus writes (turns on by itself the first time a stylus touches the board)
        </label>
        <label>
          <input type="checkbox" checked={prefs.pressure} onChange={(e) => setPreferences({ pressure: e.target.checked })} /> Stylus pressure shapes the line
          (where the device reports it)
        </label>
      </div>
    </section>
  )
}
