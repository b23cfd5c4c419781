// npm run bench:voice — Done to review with a 30-minute recording, in headless
// Chromium against the production build (run `npm run build` first).
// Recording 30 real minutes is not needed: the chunks are written straight
// into the store, laid out exactly as the recorder writes them (900 chunks of
// 2 s at 32 kbit/s, ~8 KB each, with 100 energy frames each: speech-like,
// 3 s loud then 2 s quiet), beside an attempt with one stroke on its board.
// Per run (a fresh browser context), Done is pressed and timed to:
//  - the review's first paint (the Handwriting pane), and
//  - the voice ready on it (the recording facts line: 900 chunks read through
//    the audio gate, joined into a playable file, speaking found from the
//    energy, talk figures computed and kept on the attempt);
// and the same attempt without a recording, for the difference (Done to
// review is mostly the handwriting's reading, which varies run to run, so the
// recording's own cost is taken per run from the review's first paint to the
// voice ready). The page's own 'inkterview:voice-analysis' measure (after the
// chunks are read) is reported too. Medians over RUNS.
// Prints a table, then one JSON line.
import { startPreview } from './previewServer.ts'
import { chromium, type Browser } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.ts'
import { dbToByte } from '../src/core/voice/energy.ts'

const RUNS = Number(process.env.RUNS ?? 3)
const MINUTES = Number(process.env.MINUTES ?? 30)
const PORT = Number(process.env.BENCH_PORT ?? 4180)
const base = `http://127.0.0.1:${PORT}`
const CHUNK_MS = 2000
const CHUNK_BYTES = 8000 // 32 kbit/s for 2 s
const FRAME_MS = 20

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

/** Energy of one chunk: speech for 3 s then quiet for 2 s, over and over, at the session's frame `from`. */
function energyOf(from: number, frames: number): number[] {
  const loud = dbToByte(-20)
  const quiet = dbToByte(-60)
  return Array.from({ length: frames }, (_, i) => (((from + i) * FRAME_MS) % 5000 < 3000 ? loud : quiet))
}

async function once(browser: Browser, withRecording: boolean): Promise<{ toReviewMs: number; toVoiceMs: number | null; analysisMs: number | null; readMs: number | null }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  const page = await context.newPage()
  await page.goto(`${base}/#/problem/two-sum`)
  await page.getByRole('button', { name: 'Start' }).click()
  await page.locator('.tl-canvas').waitFor({ timeout: 120_000 })
  const box = (await page.locator('.tl-canvas').boundingBox())!
  await page.mouse.move(box.x + 120, box.y + 120)
  await page.mouse.down()
  await page.mouse.move(box.x + 220, box.y + 150, { steps: 8 })
  await page.mouse.up()
  await page.waitForTimeout(1500) // the stroke is saved
  const id = decodeURIComponent(/#\/attempt\/([^/?#]+)/.exec(page.url())![1]!)
  if (withRecording) {
    const chunks = Math.round((MINUTES * 60_000) / CHUNK_MS)
    const perChunk = CHUNK_MS / FRAME_MS
    const energies = Array.from({ length: chunks }, (_, k) => energyOf(k * perChunk, perChunk))
    await page.evaluate(
      async ({ id, energies, chunkBytes, chunkMs, frameMs }) => {
        const req = <R,>(r: IDBRequest<R>) => new Promise<R>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))))
        const db = await req(indexedDB.open('inkterview'))
        const startedAt = Date.now() - 60_000
        const tx = db.transaction(['audio-chunks', 'audio-meta'], 'readwrite')
        let bytes = 0
        energies.forEach((energy, seq) => {
          const b = new Uint8Array(chunkBytes)
          crypto.getRandomValues(b)
          if (seq === 0) b.set([0x1a, 0x45, 0xdf, 0xa3]) // WebM's first bytes, as a first chunk has
          bytes += b.byteLength
          tx.objectStore('audio-chunks').put(
            {
              v: 1, attemptId: id, seq, session: 0, sessionStartedAt: startedAt, mimeType: 'audio/webm;codecs=opus', endMs: (seq + 1) * chunkMs,
              bytes: b.buffer, energyFrom: seq * energy.length, energy: Uint8Array.from(energy), frameMs,
            },
            [id, seq],
          )
        })
        const n = energies.length
        tx.objectStore('audio-meta').put(
          { v: 1, attemptId: id, bytes, chunks: n, lastSeq: n - 1, sessions: [{ session: 0, startedAt, mimeType: 'audio/webm;codecs=opus', bytes, endMs: n * chunkMs, frames: n * energies[0]!.length }] },
          id,
        )
        await new Promise((res, rej) => ((tx.oncomplete = res), (tx.onerror = () => rej(tx.error))))
        db.close()
      },
      { id, energies, chunkBytes: CHUNK_BYTES, chunkMs: CHUNK_MS, frameMs: FRAME_MS },
    )
  }
  const t0 = Date.now()
  await page.getByRole('button', { name: 'Done' }).click()
  await page.getByRole('region', { name: 'Handwriting' }).waitFor({ timeout: 180_000 })
  const toReviewMs = Date.now() - t0
  let toVoiceMs: number | null = null
  if (withRecording) {
    await page.getByTestId('recording-facts').waitFor({ timeout: 180_000 })
    toVoiceMs = Date.now() - t0
  }
  const [analysis, read] = await page.evaluate(() => ['inkterview:voice-analysis', 'inkterview:voice-read'].map((n) => performance.getEntriesByName(n).map((e) => e.duration)))
  await context.close()
  return { toReviewMs, toVoiceMs, analysisMs: analysis!.length ? analysis!.at(-1)! : null, readMs: read!.length ? read!.at(-1)! : null }
}

async function main() {
  const server = await startPreview(PORT)
  try {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
    const plain: number[] = []
    const review: number[] = []
    const voice: number[] = []
    const analysis: number[] = []
    const reads: number[] = []
    for (let run = 0; run < RUNS; run++) {
      plain.push((await once(browser, false)).toReviewMs)
      const r = await once(browser, true)
      review.push(r.toReviewMs)
      voice.push(r.toVoiceMs!)
      if (r.analysisMs !== null) analysis.push(r.analysisMs)
      if (r.readMs !== null) reads.push(r.readMs)
      console.error(`run ${run + 1}: without recording ${plain.at(-1)} ms; with ${MINUTES} min: review ${r.toReviewMs} ms, voice ready ${r.toVoiceMs} ms, reading the chunks ${r.readMs?.toFixed(0)} ms, analysis ${r.analysisMs?.toFixed(0)} ms`)
    }
    await browser.close()
    const out = {
      minutes: MINUTES,
      runs: RUNS,
      doneToReviewNoRecordingMs: median(plain),
      doneToReviewMs: median(review),
      doneToVoiceReadyMs: median(voice),
      voiceReadMs: reads.length ? Math.round(median(reads)) : null,
      voiceAnalysisMs: analysis.length ? Math.round(median(analysis)) : null,
      // Per run, from the review's first paint to the voice ready: the recording's own cost, free of OCR's noise.
      voiceAfterReviewMs: median(voice.map((v, i) => v - review[i]!)),
    }
    console.log(`| measure (median of ${RUNS}) | ms |\n| --- | --- |`)
    console.log(`| Done to review, no recording | ${out.doneToReviewNoRecordingMs} |`)
    console.log(`| Done to review, ${MINUTES}-minute recording | ${out.doneToReviewMs} |`)
    console.log(`| Done to the voice ready on the review (${MINUTES} min) | ${out.doneToVoiceReadyMs} |`)
    console.log(`| from the review's first paint to the voice ready (${MINUTES} min) | ${out.voiceAfterReviewMs} |`)
    console.log(`| reading the ${MINUTES} minutes' chunks through the audio gate | ${out.voiceReadMs} |`)
    console.log(`| the review's voice analysis alone, after reading the chunks (${MINUTES} min) | ${out.voiceAnalysisMs} |`)
    console.log(JSON.stringify(out))
  } finally {
    server.stop()
  }
}

await main()
