// Build-time validation of the problem bank, as a Vite plugin: `vite build`
// fails, naming file and field, if any problem is malformed (the app would
// otherwise leave it out at run time). Registered in vite.config.ts.
// Node-only: imported by the Vite config, never by the app.
import type { Plugin } from 'vite'
import { assembleBank } from '../src/bank/fromDisk.ts'

/** Every error in the bank under `root` (default ./problems), as "problems/<id>/<file>: <field>: <message>". */
export function checkProblemBank(root = 'problems'): { count: number; errors: string[] } {
  const all = assembleBank(root)
  return { count: all.length, errors: all.flatMap(([, r]) => (r.ok ? [] : r.errors)) }
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
