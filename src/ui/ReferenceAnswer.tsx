import type { Lang, Problem } from '../core/problems/schema'
import { CodeEditor } from './CodeEditor'
import { languageLabel } from '../core/languages'

/** The reference answer in one language, with its explanation and complexity. */
export function ReferenceAnswer({ problem, language }: { problem: Problem; language: Lang }) {
  const ref = problem.references[language] ?? Object.values(problem.references)[0]
  const lang = problem.references[language] ? language : (Object.keys(problem.references)[0] as Lang)
  if (!ref) return <p className="muted">This problem has no reference answer.</p>
  return (
    <section className="reference" aria-label="Reference answer">
      <h2>Reference answer ({languageLabel(lang)})</h2>
      <CodeEditor value={ref.code} language={lang} readOnly ariaLabel="Reference answer code" />
      <p>{ref.explanation}</p>
      <p className="muted">
        Time {ref.time} · Space {ref.space}
      </p>
    </section>
  )
}
