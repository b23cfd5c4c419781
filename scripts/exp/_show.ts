import { readFileSync, writeFileSync } from 'node:fs'
import { parseInk } from '../../src/core/ink/ink.ts'
import { prepare } from '../../src/ocr/prep.ts'
import { DEFAULT_RENDERS } from '../../src/ocr/pipeline.ts'
const f = process.argv[2]!
const ink = parseInk(readFileSync(f, 'utf8'), f)
const ps = prepare({ strokes: ink.strokes, renders: DEFAULT_RENDERS.slice(0, 1) })
ps.forEach((p, i) => writeFileSync(`/tmp/exp/line${i}.png`, p.pngs[0]!))
console.log(ps.length)
