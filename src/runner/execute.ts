// What the runner worker does with one request, with its two capabilities
// injected (evaluating a script, loading sql.js) so Node tests can drive it too.
import { failedRun, judge, type TestRunResult } from '../core/problems/judge'
import { jsProgram, runJsCases, type JsRealm } from '../core/problems/jsHarness'
import { runSqlCases, type SqlJsLike } from '../core/problems/sqlHarness'
import type { Lang, Problem } from '../core/problems/schema'
import { NOT_RUN_CHOICE } from '../core/problems/choice'

export interface RunRequest {
  problem: Problem
  language: Lang
  code: string
}

export interface ExecuteDeps {
  /** Runs a classic script in global scope and returns its completion value. */
  evaluate: (program: string) => unknown
  loadSql: () => Promise<SqlJsLike>
}

function message(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`
  return String(e)
}

export async function executeRun({ problem, language, code }: RunRequest, deps: ExecuteDeps): Promise<TestRunResult> {
  if (!problem.languages.includes(language)) return failedRun(problem, `this problem is not answered in ${language}`)
  // runTests sends Python to its own Pyodide worker (python.worker.ts); this one is JavaScript and SQL only.
  if (language === 'python') return failedRun(problem, 'Python answers cannot be run in the browser by the JavaScript runner; runTests runs them with Pyodide.')
  if (problem.kind === 'choice') return failedRun(problem, NOT_RUN_CHOICE)
  if (problem.kind === 'sql') {
    let SQL: SqlJsLike
    try {
      SQL = await deps.loadSql()
    } catch (e) {
      return failedRun(problem, `the SQL engine could not be loaded: ${message(e)}`)
    }
    return judge(problem, runSqlCases(SQL, problem, code))
  }
  let realm: JsRealm
  try {
    realm = deps.evaluate(jsProgram(code, problem.entry.javascript ?? '')) as JsRealm
  } catch (e) {
    const blocked = e instanceof EvalError || /unsafe-eval|Content Security Policy/i.test(message(e))
    return failedRun(problem, blocked ? `running code is blocked by the security policy: ${message(e)}` : message(e))
  }
  return judge(problem, runJsCases(problem, realm))
}
