import type { Language } from '../../core/languages'
import type { Problem } from '../../core/problems/schema'
import { ProblemStatement } from '../../ui/ProblemStatement'

/** The statement with the code to fix or to start from, in the chosen language. */
export function ProblemBrief({ problem, language, headingLevel }: { problem: Problem; language: Language; headingLevel?: 1 | 2 }) {
  return (
    <>
      <ProblemStatement problem={problem} {...(headingLevel ? { headingLevel } : {})} />
      {problem.buggy?.[language] ? (
        <section aria-label="Code to fix">
          <h2>The code to fix</h2>
          <pre className="buggy-code">{problem.buggy[language]}</pre>
        </section>
      ) : null}
      {problem.starter[language] ? (
        <section aria-label="Start from">
          <h2>Start from</h2>
          <pre className="starter-code">{problem.starter[language]}</pre>
        </section>
      ) : null}
    </>
  )
}
