// The problem page of a "read this code" problem (kind "choice"): the snippet,
// its questions as radio buttons or check boxes (native inputs, so the
// keyboard works as everywhere: Tab between questions, arrows within one,
// Space to tick), then the explanations once answered. The answer is saved
// as a finished attempt whose outcome comes from correctness (core/problems/choice.ts).
import { useEffect, useId, useRef, useState } from 'react'
import { Link } from 'wouter'
import { createAttempt } from '../../core/attempts/attempt'
import type { Attempt, AttemptLanguage } from '../../core/attempts/schema'
import { languageLabel } from '../../core/languages'
import { choiceOutcome, gradeChoices, optionText, rightOptions, type ChoiceAnswers } from '../../core/problems/choice'
import type { ChoiceProblem, ChoiceQuestion, Lang } from '../../core/problems/schema'
import { finishAttempt, revealNextHint } from '../../core/session/attemptSession'
import { newTimer } from '../../core/session/timer'
import { saveAttempt } from '../../storage/attempts'
import { ProblemStatement } from '../../ui/ProblemStatement'
import { HintPanel } from './HintPanel'
import './practice.css'

const OUTCOME_TEXT = { solved: 'All right', partial: 'Partly right', failed: 'Not right yet' } as const

function newChoiceAttempt(problem: ChoiceProblem, language: AttemptLanguage): Attempt {
  return createAttempt({ problemId: problem.id, problemTitle: problem.title, language, suggestedMs: newTimer(problem.minutes).suggestedMs })
}

export function ChoiceQuiz({ problem }: { problem: ChoiceProblem }) {
  const [language, setLanguage] = useState<Lang>(problem.languages[0] ?? 'python')
  // The clock starts when the page opens: reading the code is the exercise.
  const [attempt, setAttempt] = useState<Attempt>(() => newChoiceAttempt(problem, language))
  const [chosen, setChosen] = useState<Record<string, number[]>>({})
  const [graded, setGraded] = useState<ChoiceAnswers | null>(null)
  const [missing, setMissing] = useState<string[]>([])
  const [saved, setSaved] = useState<'no' | 'saving' | 'yes' | { error: string }>('no')
  const resultRef = useRef<HTMLDivElement>(null)
  const ids = useId()

  useEffect(() => {
    if (graded) resultRef.current?.focus()
  }, [graded])

  const pick = (q: ChoiceQuestion, index: number, on: boolean) => {
    setMissing((m) => m.filter((id) => id !== q.id))
    setChosen((c) => {
      const now = c[q.id] ?? []
      const next = q.select === 'one' ? [index] : on ? [...now, index] : now.filter((i) => i !== index)
      return { ...c, [q.id]: next }
    })
  }

  const store = async (a: Attempt) => {
    setSaved('saving')
    try {
      await saveAttempt(a)
      setSaved('yes')
    } catch (e) {
      setSaved({ error: (e as Error).message })
    }
  }

  const check = () => {
    const unanswered = problem.questions.filter((q) => !(chosen[q.id]?.length)).map((q) => q.id)
    setMissing(unanswered)
    if (unanswered.length) return
    const now = Date.now()
    const answers = gradeChoices(problem, chosen, now)
    const finished: Attempt = {
      ...finishAttempt({ ...attempt, language }, { ink: attempt.ink, image: null, transcript: null }, now),
      choiceAnswers: answers,
      outcome: choiceOutcome(answers),
    }
    setAttempt(finished)
    setGraded(answers)
    void store(finished)
  }

  const again = () => {
    setAttempt(newChoiceAttempt(problem, language))
    setChosen({})
    setGraded(null)
    setSaved('no')
  }

  const right = graded ? graded.answers.filter((a) => a.correct).length : 0
  return (
    <div className="practice practice-reading choice-quiz">
      <ProblemStatement problem={problem} />
      {problem.languages.length > 1 ? (
        <label className="choice-language">
          Show the code in{' '}
          <select value={language} onChange={(e) => setLanguage(e.target.value as Lang)} disabled={graded !== null}>
            {problem.languages.map((l) => (
              <option key={l} value={l}>
                {languageLabel(l)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <section aria-label="Code to read">
        <h2>The code</h2>
        <pre className="starter-code choice-snippet" tabIndex={0}>
          <code>{problem.snippet[language]}</code>
        </pre>
      </section>
      <HintPanel
        problem={problem}
        shown={attempt.hintsRevealed.length}
        onReveal={graded ? undefined : () => setAttempt((a) => revealNextHint(a, problem.hints.length, Date.now()))}
      />
      <form
        className="choice-questions"
        aria-label="Questions"
        onSubmit={(e) => {
          e.preventDefault()
          check()
        }}
      >
        {problem.questions.map((q, qi) => {
          const answer = graded?.answers.find((a) => a.id === q.id)
          const rightSet = new Set(rightOptions(q))
          const name = `${ids}-${q.id}`
          return (
            <fieldset
              key={q.id}
              className={`choice-question${answer ? (answer.correct ? ' choice-right' : ' choice-wrong') : ''}`}
              aria-describedby={missing.includes(q.id) ? `${name}-missing` : undefined}
              data-question={q.id}
            >
              <legend>
                {qi + 1}. {q.prompt}
                {q.select === 'all-that-apply' ? <span className="muted"> (choose all that apply)</span> : null}
              </legend>
              {q.options.map((o, oi) => {
                const picked = (chosen[q.id] ?? []).includes(oi)
                return (
                  <div key={oi} className={`choice-option${answer && rightSet.has(oi) ? ' choice-option-right' : ''}`}>
                    <label>
                      <input
                        type={q.select === 'one' ? 'radio' : 'checkbox'}
                        name={name}
                        checked={picked}
                        disabled={graded !== null}
                        onChange={(e) => pick(q, oi, e.target.checked)}
                      />{' '}
                      <code>{optionText(o, language)}</code>
                    </label>
                    {answer && (rightSet.has(oi) || picked) ? (
                      <span className="choice-mark">
                        {rightSet.has(oi) ? ' ✓ right answer' : ' ✗ not right'}
                        {o.why ? <span className="muted"> — {o.why}</span> : null}
                      </span>
                    ) : null}
                  </div>
                )
              })}
              {missing.includes(q.id) ? (
                <p id={`${name}-missing`} className="choice-missing" role="alert">
                  Choose an answer to this question.
                </p>
              ) : null}
              {answer ? (
                <div className="choice-explanation">
                  <strong>{answer.correct ? 'Right.' : 'Not quite.'}</strong> {q.explanation}
                </div>
              ) : null}
            </fieldset>
          )
        })}
        {graded ? null : (
          <div className="start-panel">
            <p>Answer every question, then check. The explanations appear once you have answered.</p>
            <button type="submit" className="primary">
              Check my answers
            </button>
          </div>
        )}
      </form>
      {graded ? (
        <div className="choice-result" ref={resultRef} tabIndex={-1} role="status" aria-live="polite">
          <p data-testid="choice-summary">
            <strong>{OUTCOME_TEXT[choiceOutcome(graded)]}</strong>: {right} of {graded.answers.length} questions right.
          </p>
          <p className="muted">
            {saved === 'saving'
              ? 'Saving the attempt…'
              : saved === 'yes'
                ? 'Saved with your attempts.'
                : typeof saved === 'object'
                  ? `The attempt could not be saved: ${saved.error}`
                  : null}{' '}
            {saved === 'yes' ? <Link href="/history">See History</Link> : null}
          </p>
          {typeof saved === 'object' ? (
            <button type="button" onClick={() => void store(attempt)}>
              Try saving again
            </button>
          ) : null}
          <button type="button" onClick={again}>
            Try again
          </button>
        </div>
      ) : null}
    </div>
  )
}
