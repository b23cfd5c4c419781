// An answer written on real paper, brought in as a photo: pick a file or take
// one, see the page and the lines found, move the crop if it is wrong, then
// confirm. Only then is it read and stored, as a finished attempt whose
// handwriting is the photo (no strokes): the usual review, History, Progress
// and backups follow. The work happens in the OCR page worker
// (src/ocr/photo/); this screen shows it.
import { useEffect, useRef, useState } from 'react'
import { Link, useLocation } from 'wouter'
import { createAttempt } from '../../core/attempts/attempt'
import type { Language } from '../../core/languages'
import { identifiersOf, type Problem } from '../../core/problems/schema'
import { finishAttempt, transcriptFromReading } from '../../core/session/attemptSession'
import { newTimer } from '../../core/session/timer'
import type { PhotoSummary, Quad } from '../../ocr/recogniser'
import { recogniser } from '../../services/recogniser'
import { saveAttempt } from '../../storage/attempts'
import { LanguageSelect } from '../../ui/LanguageSelect'
import { useProblem } from '../../ui/useProblem'
import { decodePhoto, type DecodedPhoto } from './decodePhoto'
import { cropToRect, rectToCrop, type CropRect } from './crop'
import './photo.css'

export function PhotoImportPage({ id }: { id: string }) {
  const state = useProblem(id)
  if (state.status === 'loading') return <p role="status">Loading the problem…</p>
  if (state.status === 'missing') return <p role="alert">There is no problem “{id}” in this version of Inkterview.</p>
  return <PhotoImport key={id} problem={state.problem} />
}

type Busy = null | 'opening' | 'finding' | 'reading'

function PhotoImport({ problem }: { problem: Problem }) {
  const [, navigate] = useLocation()
  const [language, setLanguage] = useState<Language>(problem.languages[0] ?? 'python')
  const [photo, setPhoto] = useState<DecodedPhoto | null>(null)
  const [analysis, setAnalysis] = useState<PhotoSummary | null>(null)
  const [crop, setCrop] = useState<Quad | null>(null)
  const [busy, setBusy] = useState<Busy>(null)
  const [error, setError] = useState<string | null>(null)
  const [progress, setProgress] = useState(0)
  // Each analysis answers the latest request only.
  const asked = useRef(0)

  useEffect(() => {
    void recogniser()
      .prewarm(language)
      .catch(() => undefined)
  }, [language])
  useEffect(() => () => void (photo && URL.revokeObjectURL(photo.url)), [photo])

  const analyse = async (next: DecodedPhoto | null, withCrop?: Quad) => {
    const n = ++asked.current
    setBusy('finding')
    setError(null)
    try {
      const a0 = performance.now()
      const a = await recogniser().analysePhoto(next ? next.gray : null, withCrop)
      // Visible in DevTools, and read by the browser test: what finding the page and lines costs.
      performance.measure('inkterview:photo-analyse', { start: a0, detail: { workerMs: a.ms, lines: a.lineBoxes.length } })
      if (n !== asked.current) return
      setAnalysis(a)
      setCrop(a.crop)
    } catch (e) {
      if (n === asked.current) setError(`The photo could not be analysed: ${(e as Error).message}`)
    } finally {
      if (n === asked.current) setBusy(null)
    }
  }

  const pick = async (file: File | undefined) => {
    if (!file) return
    setBusy('opening')
    setError(null)
    setAnalysis(null)
    try {
      const decoded = await decodePhoto(file)
      setPhoto(decoded)
      await analyse(decoded)
    } catch (e) {
      setBusy(null)
      setError((e as Error).message)
    }
  }

  // A moved crop is analysed again after a short pause (dragging a corner sends many).
  const recrop = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(recrop.current), [])
  const changeCrop = (q: Quad) => {
    setCrop(q)
    clearTimeout(recrop.current)
    recrop.current = setTimeout(() => void analyse(null, q), 350)
  }

  const blank = analysis?.issues.some((i) => i.kind === 'blank') ?? true
  const confirm = async () => {
    if (!photo || !crop) return
    setBusy('reading')
    setError(null)
    try {
      const r0 = performance.now()
      const t = await recogniser().recognisePhoto(crop, {
        language,
        identifiers: identifiersOf(problem),
        onProgress: (f) => setProgress(f),
      })
      performance.measure('inkterview:photo-read', { start: r0, detail: { ...t.timings, engine: t.engine, lines: t.lines.length } })
      // Line positions are on the flattened photo, not on any ink: the review links nothing to them.
      const lines = t.lines.map((l) => ({ ...l, strokeIds: [], bbox: null }))
      const now = Date.now()
      const a = createAttempt({ problemId: problem.id, problemTitle: problem.title, language, suggestedMs: newTimer(problem.minutes).suggestedMs, now })
      const finished = finishAttempt(a, { ink: { format: 'ink/v1', strokes: [], language }, image: photo.blob, transcript: transcriptFromReading({ ...t, lines }) }, now)
      await saveAttempt(finished)
      navigate(`/attempt/${finished.id}`)
    } catch (e) {
      setError(`Nothing was saved: ${(e as Error).message}`)
      setBusy(null)
    }
  }

  return (
    <div className="photo-import">
      <h1>Import a photo of paper: {problem.title}</h1>
      <p className="muted">
        Wrote your answer on paper? Photograph the page from above, in good light, with the whole page in the picture. It is read on this device;
        nothing is saved until you confirm.
      </p>
      <div className="photo-controls">
        <label className="button-like">
          {photo ? 'Choose another photo' : 'Choose a photo or take one'}
          <input
            type="file"
            accept="image/*"
            capture="environment"
            onChange={(e) => {
              void pick(e.target.files?.[0])
              e.target.value = ''
            }}
            disabled={busy === 'reading'}
          />
        </label>
        <LanguageSelect languages={problem.languages} value={language} onChange={setLanguage} />
        <Link href={`/problem/${problem.id}`}>Back to the problem</Link>
      </div>
      {busy === 'opening' || busy === 'finding' ? <p role="status">{busy === 'opening' ? 'Opening the photo…' : 'Finding the page and the lines…'}</p> : null}
      {error ? (
        <p role="alert" className="error-banner">
          {error}
        </p>
      ) : null}
      {analysis && analysis.issues.length ? (
        <div className="photo-issues" role="alert" aria-label="Problems with the photo">
          {analysis.issues.map((i) => (
            <p key={i.kind} data-issue={i.kind}>
              {i.message}
            </p>
          ))}
        </div>
      ) : null}
      {photo && crop ? (
        <>
          <PhotoPreview photo={photo} crop={crop} lines={analysis?.lineBoxes ?? []} onCrop={changeCrop} disabled={busy === 'reading'} />
          <CropInputs width={photo.width} height={photo.height} crop={crop} onCrop={changeCrop} disabled={busy === 'reading'} />
          <p className="photo-found muted" role="status">
            {analysis ? `${analysis.lineBoxes.length} line${analysis.lineBoxes.length === 1 ? '' : 's'} of writing found.` : ''}
          </p>
          <div className="photo-actions">
            <button type="button" className="primary" onClick={() => void confirm()} disabled={busy !== null || blank}>
              {busy === 'reading' ? `Reading… ${Math.round(progress * 100)}%` : 'Confirm and read'}
            </button>
            {analysis?.found ? (
              <button type="button" onClick={() => changeCrop(analysis.found!)} disabled={busy === 'reading'}>
                Use the page found
              </button>
            ) : null}
            <button type="button" onClick={() => changeCrop([[0, 0], [photo.width, 0], [photo.width, photo.height], [0, photo.height]])} disabled={busy === 'reading'}>
              Whole photo
            </button>
          </div>
        </>
      ) : null}
    </div>
  )
}

/** The photo, the crop (corners draggable) and the lines found. */
function PhotoPreview({ photo, crop, lines, onCrop, disabled }: { photo: DecodedPhoto; crop: Quad; lines: readonly Quad[]; onCrop: (q: Quad) => void; disabled: boolean }) {
  const svg = useRef<SVGSVGElement>(null)
  const dragging = useRef<number | null>(null)
  const toPhoto = (e: React.PointerEvent) => {
    const r = svg.current!.getBoundingClientRect()
    return [
      Math.max(0, Math.min(photo.width, ((e.clientX - r.left) / r.width) * photo.width)),
      Math.max(0, Math.min(photo.height, ((e.clientY - r.top) / r.height) * photo.height)),
    ] as const
  }
  const pts = (q: Quad) => q.map((p) => p.join(',')).join(' ')
  const handle = Math.max(photo.width, photo.height) / 60
  return (
    <div className="photo-preview">
      <img src={photo.url} alt="Your photo of the page" width={photo.width} height={photo.height} />
      <svg
        ref={svg}
        viewBox={`0 0 ${photo.width} ${photo.height}`}
        aria-hidden="true"
        onPointerMove={(e) => {
          const k = dragging.current
          if (k === null) return
          const next = crop.map((p, i) => (i === k ? toPhoto(e) : p)) as unknown as Quad
          onCrop(next)
        }}
        onPointerUp={() => (dragging.current = null)}
        onPointerCancel={() => (dragging.current = null)}
      >
        <polygon className="photo-crop" points={pts(crop)} />
        {lines.map((l, i) => (
          <polygon key={i} className="photo-line" points={pts(l)} data-testid="photo-line" />
        ))}
        {crop.map(([x, y], i) => (
          <circle
            key={i}
            className="photo-corner"
            cx={x}
            cy={y}
            r={handle}
            onPointerDown={(e) => {
              if (disabled) return
              dragging.current = i
              ;(e.target as Element).setPointerCapture?.(e.pointerId)
            }}
          />
        ))}
      </svg>
    </div>
  )
}

/** The crop as four numbers (per cent of the photo), for the keyboard and for exact crops. */
function CropInputs({ width, height, crop, onCrop, disabled }: { width: number; height: number; crop: Quad; onCrop: (q: Quad) => void; disabled: boolean }) {
  const rect = cropToRect(crop, width, height)
  const set = (k: keyof CropRect, v: number) => {
    if (!Number.isFinite(v)) return
    onCrop(rectToCrop({ ...rect, [k]: v }, width, height))
  }
  const field = (k: keyof CropRect, label: string) => (
    <label>
      {label}{' '}
      <input type="number" min={0} max={100} step={1} value={Math.round(rect[k])} onChange={(e) => set(k, e.target.valueAsNumber)} disabled={disabled} />%
    </label>
  )
  return (
    <fieldset className="photo-crop-inputs">
      <legend>Crop (per cent of the photo; or drag the corners)</legend>
      {field('left', 'Left')}
      {field('top', 'Top')}
      {field('right', 'Right')}
      {field('bottom', 'Bottom')}
    </fieldset>
  )
}
