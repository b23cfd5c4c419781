// The code to fix, on the board page of a "fix this code" task: the given
// buggy code in the editor, for the candidate to correct by typing, beside the
// board where they may write the fix by hand instead (core/session/fixTask.ts
// says which one Done keeps). Loaded with CodeMirror only for such a task.
import type { Attempt } from '../../core/attempts/schema'
import { codeInEditor } from '../../core/session/fixTask'
import { CodeEditor } from '../../ui/CodeEditor'

export function FixCode({ attempt, given, onChange, readOnly }: { attempt: Attempt; given: string; onChange(code: string): void; readOnly: boolean }) {
  const code = codeInEditor(attempt, given)
  return (
    <section className="fix-code" aria-labelledby="fix-code-h">
      <h2 id="fix-code-h">The code to fix</h2>
      <p className="muted small">
        Find the bug and correct the code here, or write your fix by hand on the board (then leave this as it is). Run the tests on the review after
        Done.
      </p>
      <CodeEditor value={code} language={attempt.language} onChange={onChange} readOnly={readOnly} ariaLabel="The code to fix: correct it here" />
      {code !== given ? (
        <button type="button" className="link-button" onClick={() => onChange(given)} disabled={readOnly}>
          Back to the code as given
        </button>
      ) : null}
    </section>
  )
}
