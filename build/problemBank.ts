// Build-time validation of the problem bank, as a Vite plugin: `vite build`
// fails, naming file and field, if any problem is malformed (the app would
// otherwise leave it out at run time). Registered in vite.config.ts.
// Node-only: imported by the Vite config, never by the app.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { assembleProblem } from '../src/core/problems/assemble.ts'

/** Every error in the bank under `root` (default ./problems), as "problems/<id>/<file>: <field>: <message>". */
export function checkProblemBank(root = 'problems'): { count: number; errors: string[] } {
  const errors: string[] = []
  let count = 0
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name)
    if (!statSync(dir).isDirectory()) continue
    count++
    const files: Record<string, string> = {}
    for (const f of readdirSync(dir)) if (statSync(join(dir, f)).isFile()) files[f] = readFileSync(join(dir, f), 'utf8')
    const r = assembleProblem(dir.split('\\').join('/'), files)
    if (!r.ok) errors.push(...r.errors)
  }
  return { count, errors }
}

export function problemBankCheck(root = 'problems'): Plugin {
  return {
    name: 'inkterview-problem-bank-check',
    apply: 'build',
    buildStart() {
      const { errors } = checkProblemBank(root)
      if (errors.length) this.error(`The problem bank has ${errors.length} error(s):\n${errors.join('\n')}`)
    },
  }
}
