// Node-side runners for the reference answers (and any code): Python through
// python3 and python_harness.py, JavaScript in a node:vm context, SQL with
// sql.js from node_modules. Test and script use only; the app never imports this.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import vm from 'node:vm'
import initSqlJs from 'sql.js'
import { failedRun, judge, type RawOutcome, type TestRunResult } from '../../core/problems/judge'
import { parseOutcomes, pythonJob, pythonResult, type PythonRunResult } from '../python'
import { jsProgram, runJsCases, type JsRealm } from '../../core/problems/jsHarness'
import { runSqlCases, type SqlJsLike } from '../../core/problems/sqlHarness'
import type { Lang, Problem } from '../../core/problems/schema'

const HARNESS = fileURLToPath(new URL('./python_harness.py', import.meta.url))

/** Runs a Python answer with python3; the same harness and judging as the browser's Pyodide worker. */
export function runPython(problem: Problem, code: string, timeoutMs = 20_000): PythonRunResult {
  const job = pythonJob(problem, code)
  if ('error' in job) return failedRun(problem, job.error)
  const r = spawnSync('python3', [HARNESS], { input: JSON.stringify(job), encoding: 'utf8', timeout: timeoutMs })
  if (r.error) return failedRun(problem, `python3 failed: ${r.error.message}`)
  if (r.status !== 0) return failedRun(problem, `python3 exited with ${r.status}: ${r.stderr.slice(-500)}`)
  const raw = parseOutcomes(r.stdout)
  if ('error' in raw) return failedRun(problem, raw.error)
  return pythonResult(problem, raw)
}

export function runJavaScript(problem: Problem, code: string, timeoutMs = 5_000): TestRunResult {
  if (problem.kind === 'sql') return failedRun(problem, 'an SQL problem has no JavaScript tests')
  if (problem.kind === 'choice') return failedRun(problem, 'a "read this code" problem has no tests')
  const context = vm.createContext({})
  try {
    const realm = vm.runInContext(jsProgram(code, problem.entry.javascript ?? ''), context, {
      timeout: timeoutMs,
      filename: 'answer.js',
    }) as JsRealm
    context.__realm = realm
    context.__run = () => runJsCases(problem, realm)
    // Run inside the context so the timeout covers the calls, not just the definitions.
    const raw = JSON.parse(JSON.stringify(vm.runInContext('__run()', context, { timeout: timeoutMs }))) as RawOutcome[]
    return judge(problem, raw)
  } catch (e) {
    return failedRun(problem, (e as Error).message)
  }
}

let sqlModule: Promise<SqlJsLike> | undefined
export async function runSql(problem: Problem, query: string): Promise<TestRunResult> {
  if (problem.kind !== 'sql') return failedRun(problem, 'not an SQL problem')
  sqlModule ??= initSqlJs() as unknown as Promise<SqlJsLike>
  return judge(problem, runSqlCases(await sqlModule, problem, query))
}

export async function runInNode(problem: Problem, lang: Lang, code: string): Promise<TestRunResult> {
  if (lang === 'python') return runPython(problem, code)
  if (lang === 'javascript') return runJavaScript(problem, code)
  return runSql(problem, code)
}
