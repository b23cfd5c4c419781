// Build-time validation of the interview deck, as a Vite plugin: `vite build`
// fails, naming file and field, if any question, ask-back question or story is
// malformed (the app would otherwise leave it out at run time).
// Node-only: imported by the Vite config, never by the app.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Plugin } from 'vite'
import { assembleDeck, checkDeckCoverage } from '../src/core/interview/deck.ts'

export function checkQuestionDeck(root = 'questions'): string[] {
  const files: Record<string, string> = {}
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else files[relative(process.cwd(), p).split('\\').join('/')] = readFileSync(p, 'utf8')
    }
  }
  walk(root)
  const { deck, errors } = assembleDeck(files, root)
  return [...errors, ...checkDeckCoverage(deck)]
}

export function questionDeckCheck(root = 'questions'): Plugin {
  return {
    name: 'inkterview-question-deck-check',
    apply: 'build',
    buildStart() {
      const errors = checkQuestionDeck(root)
      if (errors.length) this.error(`The interview deck has ${errors.length} error(s):\n${errors.join('\n')}`)
    },
  }
}
