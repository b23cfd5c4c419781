// Research aid: a per-writer transform of PaddleOCR's ASCII columns fitted by CTC on the
// writer's other page (a bias per class, FULL=1 also a 95x95 matrix on the column's
// probabilities), then each page decoded with it as the app decodes (ctcBeam, PADDLE_BEAM).
// Measured and not built (src/ocr/README.md, "The reader that learns its writer").
// Usage: node --experimental-transform-types scripts/exp/fit-paddle-bias.ts PADDLE_DUMP.json COLUMNS OUT.json
//   (dump-readings.ts ENGINE=paddle, dump-paddle-columns.ts), then eval-paddle.ts OUT.json "pp=0-25;q=3".
//   ITERS (40), LR (0.05), LAM_B / LAM_M (0.01, L2 weights), TRAIN_R=0,3,... renderings to fit on (all),
//   BLANK= the blank's starting bias (and the centre of its L2; it replaces PADDLE_BEAM's blankPenalty: -5 is as shipped), FIX_BLANK=1 keeps it there,
//   LOWO=1 fits on every other writer's pages instead (a bias for anyone), CB= / LMW= the beam's weights.
import { readFileSync, writeFileSync } from 'node:fs'
import { ASCII_COLUMNS as C, ctcBeam, toLineReading } from '../../src/ocr/engines/paddle/ctc.ts'
import { PADDLE_BEAM } from '../../src/ocr/engines/paddle/paddleEngine.ts'
import { loadCharLm } from '../../src/ocr/language/charLm.ts'
import { pairLines } from '../../src/ocr/adapt/writerModel.ts'

const [dumpFile, colsBase, out] = process.argv.slice(2) as [string, string, string]
const dump = JSON.parse(readFileSync(dumpFile, 'utf8'))
const index = JSON.parse(readFileSync(colsBase + '.json', 'utf8')).index
const bytes = readFileSync(colsBase + '.bin')
const all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)
const lm = loadCharLm(JSON.parse(readFileSync('src/ocr/language/models/python.charlm.json', 'utf8'))) // the real pages are Python
const LAM_B = Number(process.env.LAM_B ?? 0.01), LAM_M = Number(process.env.LAM_M ?? 0.01)
const ITERS = Number(process.env.ITERS ?? 40), LR = Number(process.env.LR ?? 0.05)
const RENDERS = (process.env.TRAIN_R ?? '').split(',').filter(Boolean).map(Number)
const FULL = process.env.FULL === '1' // the matrix as well as the bias
const BLANK = Number(process.env.BLANK ?? 0)
// Training classes: 0 = blank (with the space merged into it), 1..94 = '!'..'~' (ASCII columns 2..95).
const K = C - 1
interface Seq { q: Float32Array; lp: Float32Array; T: number; labels: number[] }

function features(cols: Float32Array, T: number): { q: Float32Array; lp: Float32Array } {
  const q = new Float32Array(T * K), lp = new Float32Array(T * K)
  for (let t = 0; t < T; t++) {
    const r = t * C
    let s = 0
    for (let c = 0; c < C; c++) s += cols[r + c]!
    s = Math.max(s, 1e-12)
    q[t * K] = (cols[r]! + cols[r + 1]!) / s
    for (let k = 1; k < K; k++) q[t * K + k] = cols[r + k + 1]! / s
    for (let k = 0; k < K; k++) lp[t * K + k] = Math.log(Math.max(q[t * K + k]!, 1e-8))
  }
  return { q, lp }
}

/** z = lp + b + M q ; p' = softmax(z) */
function transform(s: { q: Float32Array; lp: Float32Array }, T: number, b: Float64Array, M: Float64Array | null): Float64Array {
  const p = new Float64Array(T * K)
  for (let t = 0; t < T; t++) {
    let mx = -Infinity
    for (let c = 0; c < K; c++) {
      let z = s.lp[t * K + c]! + b[c]!
      if (M) {
        const row = c * K
        for (let k = 0; k < K; k++) z += M[row + k]! * s.q[t * K + k]!
      }
      p[t * K + c] = z
      if (z > mx) mx = z
    }
    let sum = 0
    for (let c = 0; c < K; c++) sum += p[t * K + c] = Math.exp(p[t * K + c]! - mx)
    for (let c = 0; c < K; c++) p[t * K + c]! /= sum
  }
  return p
}

/** CTC NLL and the posterior occupancy gamma[t,c] (scaled forward-backward). */
function ctc(p: Float64Array, T: number, labels: number[]): { nll: number; gamma: Float64Array } | null {
  const L = labels.length, S = 2 * L + 1
  if (T < L) return null
  const ext = Array.from({ length: S }, (_, s) => (s % 2 ? labels[(s - 1) / 2]! : 0))
  const alpha = new Float64Array(T * S), beta = new Float64Array(T * S), scale = new Float64Array(T)
  alpha[0] = p[ext[0]!]!
  if (S > 1) alpha[1] = p[ext[1]!]!
  for (let t = 0; t < T; t++) {
    if (t > 0)
      for (let s = 0; s < S; s++) {
        let a = alpha[(t - 1) * S + s]!
        if (s > 0) a += alpha[(t - 1) * S + s - 1]!
        if (s > 1 && ext[s] !== 0 && ext[s] !== ext[s - 2]) a += alpha[(t - 1) * S + s - 2]!
        alpha[t * S + s] = a * p[t * K + ext[s]!]!
      }
    let z = 0
    for (let s = 0; s < S; s++) z += alpha[t * S + s]!
    if (!(z > 0)) return null
    scale[t] = z
    for (let s = 0; s < S; s++) alpha[t * S + s]! /= z
  }
  const end = alpha[(T - 1) * S + S - 1]! + (S > 1 ? alpha[(T - 1) * S + S - 2]! : 0)
  if (!(end > 0)) return null
  let nll = -Math.log(end)
  for (let t = 0; t < T; t++) nll -= Math.log(scale[t]!)
  beta[(T - 1) * S + S - 1] = 1
  if (S > 1) beta[(T - 1) * S + S - 2] = 1
  for (let t = T - 2; t >= 0; t--) {
    let z = 0
    for (let s = 0; s < S; s++) {
      let v = beta[(t + 1) * S + s]! * p[(t + 1) * K + ext[s]!]!
      if (s + 1 < S) v += beta[(t + 1) * S + s + 1]! * p[(t + 1) * K + ext[s + 1]!]!
      if (s + 2 < S && ext[s + 2] !== 0 && ext[s + 2] !== ext[s]) v += beta[(t + 1) * S + s + 2]! * p[(t + 1) * K + ext[s + 2]!]!
      beta[t * S + s] = v
      z += v
    }
    for (let s = 0; s < S; s++) beta[t * S + s]! /= z || 1
  }
  const gamma = new Float64Array(T * K)
  for (let t = 0; t < T; t++) {
    let z = 0
    for (let s = 0; s < S; s++) z += alpha[t * S + s]! * beta[t * S + s]!
    if (!(z > 0)) return null
    for (let s = 0; s < S; s++) gamma[t * K + ext[s]!]! += (alpha[t * S + s]! * beta[t * S + s]!) / z
  }
  return { nll, gamma }
}

function fit(seqs: Seq[]): { b: Float64Array; M: Float64Array | null } {
  const b = new Float64Array(K), M = FULL ? new Float64Array(K * K) : null
  b[0] = BLANK
  const mb = new Float64Array(K), vb = new Float64Array(K)
  const mM = M ? new Float64Array(K * K) : null, vM = M ? new Float64Array(K * K) : null
  const nChars = seqs.reduce((n, s) => n + s.labels.length, 0)
  for (let it = 0; it < ITERS; it++) {
    const gb = new Float64Array(K), gM = M ? new Float64Array(K * K) : null
    let loss = 0
    for (const s of seqs) {
      const p = transform(s, s.T, b, M)
      const r = ctc(p, s.T, s.labels)
      if (!r) continue
      loss += r.nll
      for (let t = 0; t < s.T; t++)
        for (let c = 0; c < K; c++) {
          const d = p[t * K + c]! - r.gamma[t * K + c]!
          if (d === 0) continue
          gb[c]! += d
          if (gM) {
            const row = c * K
            for (let k = 0; k < K; k++) gM[row + k]! += d * s.q[t * K + k]!
          }
        }
    }
    if (process.env.VERB && (it % 10 === 0 || it === ITERS - 1)) console.error(`  it ${it} nll/char ${(loss / nChars).toFixed(3)}`)
    const step = (w: Float64Array, g: Float64Array, m: Float64Array, v: Float64Array, lam: number) => {
      for (let i = 0; i < w.length; i++) {
        const gi = g[i]! / nChars + 2 * lam * w[i]!
        m[i] = 0.9 * m[i]! + 0.1 * gi
        v[i] = 0.999 * v[i]! + 0.001 * gi * gi
        const mh = m[i]! / (1 - 0.9 ** (it + 1)), vh = v[i]! / (1 - 0.999 ** (it + 1))
        w[i]! -= (LR * mh) / (Math.sqrt(vh) + 1e-8)
      }
    }
    b[0]! -= BLANK
    if (process.env.FIX_BLANK) gb[0] = 0
    step(b, gb, mb, vb, LAM_B)
    b[0]! += BLANK
    if (M) step(M, gM!, mM!, vM!, LAM_M)
  }
  return { b, M }
}

/** Decode-ready ASCII columns: transformed, scaled back to the row's mass, the blank+space split as before. */
function apply(cols: Float32Array, T: number, b: Float64Array, M: Float64Array | null): Float32Array {
  const f = features(cols, T)
  const p = transform(f, T, b, M)
  const out = new Float32Array(T * C)
  for (let t = 0; t < T; t++) {
    const r = t * C
    let s = 0
    for (let c = 0; c < C; c++) s += cols[r + c]!
    const bs = cols[r]! + cols[r + 1]!
    const pb = p[t * K]! * s
    out[r] = bs > 0 ? (pb * cols[r]!) / bs : pb
    out[r + 1] = bs > 0 ? (pb * cols[r + 1]!) / bs : 0
    for (let k = 1; k < K; k++) out[r + k + 1] = p[t * K + k]! * s
  }
  return out
}

const colsOf = (pi: number, li: number, ri: number) => {
  const r = index[pi].lines[li][ri] as { T: number; width: number; offset: number }
  return { ...r, cols: all.subarray(r.offset, r.offset + r.T * C) }
}
const squash = (s: string) => s.replace(/\s+/g, ' ').trim()
function trainSeqs(pi: number): Seq[] {
  const page = dump.pages[pi]
  const truth = (page.ref as string).split('\n').filter((l) => l.trim())
  const read = page.readings.map((rs: { text: string }[]) => rs[0]?.text ?? '')
  const seqs: Seq[] = []
  for (const [i, j] of pairLines(read, truth)) {
    const labels = [...squash(truth[j]!).replace(/ /g, '')].map((ch) => ch.charCodeAt(0) - 0x20)
    if (labels.some((l) => l < 1 || l >= K)) continue
    const nR = index[pi].lines[i].length
    for (let ri = 0; ri < nR; ri++) {
      if (RENDERS.length && !RENDERS.includes(ri)) continue
      const { cols, T } = colsOf(pi, i, ri)
      seqs.push({ ...features(cols, T), T, labels })
    }
  }
  return seqs
}
const t0 = performance.now()
const outPages = []
for (let pi = 0; pi < dump.pages.length; pi++) {
  const page = dump.pages[pi]
  const other = dump.pages.findIndex((o: { writer: string; file: string }) => o.writer === page.writer && o.file !== page.file)
  const seqs = process.env.LOWO ? dump.pages.flatMap((o: { writer: string }, oi: number) => (o.writer !== page.writer ? trainSeqs(oi) : [])) : trainSeqs(other)
  const { b, M } = fit(seqs)
  const readings = index[pi].lines.map((rs: unknown[], li: number) =>
    rs.map((_, ri) => {
      const { cols, T, width } = colsOf(pi, li, ri)
      const r = toLineReading(ctcBeam(apply(cols, T, b, M), T, lm, { ...PADDLE_BEAM, blankPenalty: 0, ...(process.env.CB ? { charBonus: Number(process.env.CB) } : {}), ...(process.env.LMW ? { lmWeight: Number(process.env.LMW) } : {}) }), T, width)
      return r.words.length ? r : { text: '', confidence: 0, words: [] }
    }),
  )
  outPages.push({ ...page, readings })
  console.error(page.file, seqs.length, 'seqs', ((performance.now() - t0) / 1000).toFixed(0), 's')
}
writeFileSync(out, JSON.stringify({ ...dump, pages: outPages }))
