// The architecture is enforced by lint (eslint.config.js, run first by
// `npm test`). These tests prove the rules really fire on the violations they
// name, so a lint run that passes means something; and keep DEVELOPERS.md's
// map in step with the folders.
import { ESLint } from 'eslint'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: root })

/** The rule ids lint reports for `code` as if it were the file at `file`. */
async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return result!.messages.map((m) => m.ruleId ?? m.message)
}

describe('lint keeps the layers', () => {
  it('finds nothing wrong in a file that keeps the rules', async () => {
    expect(await violations('src/core/session/extra.ts', "import { elapsedMs } from './timer'\nexport const used = elapsedMs\n")).toEqual([])
  })

  it('core imports no React, no outside library, no DOM', async () => {
    expect(await violations('src/core/x.ts', "import { useState } from 'react'\nexport const s = useState\n")).toContain('no-restricted-imports')
    expect(await violations('src/core/x.ts', "import { get } from 'idb-keyval'\nexport const g = get\n")).toContain('no-restricted-imports')
    expect(await violations('src/core/x.ts', 'export const w = window.innerWidth\n')).toContain('no-restricted-globals')
  })

  it('core imports nothing above it', async () => {
    expect(await violations('src/core/x.ts', "import { saveAttempt } from '../storage/attempts'\nexport const s = saveAttempt\n")).toContain(
      'import-x/no-restricted-paths',
    )
  })

  it('features do not import each other', async () => {
    const code = "import { ProblemBrief } from '../practice/ProblemBrief'\nexport const b = ProblemBrief\n"
    expect(await violations('src/features/review/X.tsx', code)).toContain('import-x/no-restricted-paths')
    expect(await violations('src/features/practice/X.tsx', "import { ProblemBrief } from './ProblemBrief'\nexport const b = ProblemBrief\n")).toEqual([])
  })

  it('each outside library has one importing folder', async () => {
    expect(await violations('src/features/history/X.tsx', "import { get } from 'idb-keyval'\nexport const g = get\n")).toContain('no-restricted-imports')
    expect(await violations('src/features/review/X.tsx', "import { Tldraw } from 'tldraw'\nexport const t = Tldraw\n")).toContain('no-restricted-imports')
    expect(await violations('src/storage/x.ts', "import { get } from 'idb-keyval'\nexport const g = get\n")).toEqual([])
    // Within the recogniser, each engine's library stays in that engine's folder.
    expect(await violations('src/ocr/recogniser2.ts', "import * as ort from 'onnxruntime-web'\nexport const o = ort\n")).toContain('no-restricted-imports')
    expect(await violations('src/ocr/engines/paddle/x.ts', "import * as ort from 'onnxruntime-web'\nexport const o = ort\n")).toEqual([])
  })

  it('browser code never loads the Node runners or Node built-ins', async () => {
    const runner = "import { runInNode } from '../node/runAnswer.ts'\nexport const r = runInNode\n"
    expect(await violations('src/runner/sandbox/x.ts', runner)).toContain('import-x/no-restricted-paths')
    expect(await violations('src/features/review/X.tsx', "import { runInNode } from '../../runner/node/runAnswer.ts'\nexport const r = runInNode\n")).toContain(
      'import-x/no-restricted-paths',
    )
    const fs = "import { readFileSync } from 'node:fs'\nexport const r = readFileSync\n"
    expect(await violations('src/runner/sandbox/x.ts', fs)).toContain('no-restricted-imports')
    expect(await violations('src/runner/node/x.ts', fs)).toEqual([])
  })

  it('finds import cycles', async () => {
    // attempt.ts imports the timer; a timer importing attempt.ts would close a loop.
    const code = "import { summarizeAttempt } from '../attempts/attempt'\nexport const s = summarizeAttempt\n"
    expect(await violations('src/core/session/timer.ts', code)).toContain('import-x/no-cycle')
  })

  it('zod is imported at run time only through src/core/zod.ts (its CSP-safe setting comes first)', async () => {
    const code = "import { z } from 'zod'\nexport const s = z.string()\n"
    expect(await violations('src/core/x.ts', code)).toContain('@typescript-eslint/no-restricted-imports')
    expect(await violations('src/features/review/X.tsx', code)).toContain('@typescript-eslint/no-restricted-imports')
    expect(await violations('src/core/x.ts', "import type { z } from 'zod'\nexport type S = z.ZodString\n")).toEqual([])
    expect(await violations('src/core/x.ts', "import { z } from './zod'\nexport const s = z.string()\n")).toEqual([])
  })

  it('keeps the hooks rules', async () => {
    const code = "import { useState } from 'react'\nexport function C({ on }: { on: boolean }) {\n  if (on) useState(0)\n  return null\n}\n"
    expect(await violations('src/ui/X.tsx', code)).toContain('react-hooks/rules-of-hooks')
  })
})

describe('DEVELOPERS.md', () => {
  it('names every folder under src/', () => {
    const map = readFileSync(path.join(root, 'DEVELOPERS.md'), 'utf8')
    const folders = readdirSync(path.join(root, 'src')).filter((n) => statSync(path.join(root, 'src', n)).isDirectory())
    expect(folders.filter((f) => !map.includes(`src/${f}/`))).toEqual([])
  })
})
