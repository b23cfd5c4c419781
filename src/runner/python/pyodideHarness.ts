// harness.py inside a loaded Pyodide: installed as a module in Pyodide's file
// system and awaited per job. Used by the sandbox's Python worker and by the
// Node tests that check Pyodide agrees with python3 (they pass a real runtime).
import { parseJobResult, parseProgress, tracebackSummary, type PythonJob, type PythonJobResult, type PythonProgress } from './job.ts'

/** The parts of a loaded Pyodide the harness uses. */
export interface PythonRuntime {
  FS: { writeFile(path: string, data: string): void; mkdirTree(path: string): void }
  pyimport(name: string): unknown
}

export interface PythonHarness {
  /** Runs one job: the harness's result, or a message when the harness itself failed. */
  run(job: PythonJob, onProgress?: (p: PythonProgress) => void): Promise<PythonJobResult | { error: string }>
}

const HARNESS_DIR = '/inkterview'
const HARNESS_MODULE = 'inkterview_harness'

/** Installs harness.py as a module (not run as __main__, so its stdin loop stays unused) and imports it. */
export function installHarness(py: PythonRuntime, source: string): PythonHarness {
  py.FS.mkdirTree(HARNESS_DIR)
  py.FS.writeFile(`${HARNESS_DIR}/${HARNESS_MODULE}.py`, source)
  const sys = py.pyimport('sys') as { path: { insert(i: number, p: string): void } }
  sys.path.insert(0, HARNESS_DIR)
  const mod = py.pyimport(HARNESS_MODULE) as { run_job_json(json: string, notify: (m: string) => void): PromiseLike<string> }
  return {
    async run(job, onProgress) {
      let out: string
      try {
        out = await mod.run_job_json(JSON.stringify(job), (text: string) => {
          let value: unknown
          try {
            value = JSON.parse(text)
          } catch {
            return
          }
          const p = parseProgress(value)
          if (p) onProgress?.(p)
        })
      } catch (e) {
        // Only what escapes the harness's own handling (e.g. KeyboardInterrupt, MemoryError).
        return { error: tracebackSummary(e instanceof Error ? e.message : String(e)) }
      }
      return parseJobResult(out, job.type)
    },
  }
}
