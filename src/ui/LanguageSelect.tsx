// The language an answer is written in, chosen among the problem's (shown only when it has several).
import { languageLabel, type Language } from '../core/languages'

export function LanguageSelect({ languages, value, onChange, label = 'Language', disabled }: { languages: readonly Language[]; value: Language; onChange: (l: Language) => void; label?: string; disabled?: boolean }) {
  if (languages.length < 2) return null
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as Language)} disabled={disabled}>
        {languages.map((l) => (
          <option key={l} value={l}>
            {languageLabel(l)}
          </option>
        ))}
      </select>
    </label>
  )
}
