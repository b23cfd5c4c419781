import Markdown from 'react-markdown'
import { languageLabel } from '../core/languages'
import { CATEGORY_LABELS, type Problem } from '../core/problems/schema'
import './problem.css'

/** Title, facts, statement, examples and constraints. Hints and answers are not shown here. */
export function ProblemStatement({ problem, headingLevel = 1 }: { problem: Problem; headingLevel?: 1 | 2 }) {
  const H = headingLevel === 1 ? 'h1' : 'h2'
  const Sub = headingLevel === 1 ? 'h2' : 'h3'
  return (
    <article className="problem-statement" aria-labelledby={`problem-title-${problem.id}`}>
      <H id={`problem-title-${problem.id}`} className="problem-title">
        {problem.title}
      </H>
      <ul className="problem-facts" aria-label="About this problem">
        <li className={`difficulty difficulty-${problem.difficulty}`}>{problem.difficulty}</li>
        <li>{CATEGORY_LABELS[problem.category]}</li>
        <li>{problem.minutes} min</li>
        {problem.kind !== 'sql' && <li>{problem.languages.map(languageLabel).join(' / ')}</li>}
        {'performance' in problem && problem.performance ? (
          <li title={`Your answer is timed on ${problem.performance.input} against the reference answer`}>
            Performance test: {problem.performance.bound}
          </li>
        ) : null}
      </ul>
      <div className="problem-markdown">
        <Markdown skipHtml>{problem.statement}</Markdown>
      </div>
      <section aria-label="Examples">
        <Sub>Examples</Sub>
        {problem.examples.map((ex, i) => (
          <div className="problem-example" key={i}>
            <p className="example-label">Example {i + 1}</p>
            <dl>
              <dt>Input</dt>
              <dd>
                <pre>{ex.input}</pre>
              </dd>
              <dt>Output</dt>
              <dd>
                <pre>{ex.output}</pre>
              </dd>
              {ex.explanation && (
                <>
                  <dt>Why</dt>
                  <dd>{ex.explanation}</dd>
                </>
              )}
            </dl>
          </div>
        ))}
      </section>
      <section aria-label="Constraints">
        <Sub>Constraints</Sub>
        <ul className="problem-constraints">
          {problem.constraints.map((c, i) => (
            <li key={i}>{c}</li>
          ))}
        </ul>
      </section>
    </article>
  )
}

