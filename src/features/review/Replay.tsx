// The writing replayed: strokes redrawn in time order (SVG, one
// requestAnimationFrame loop while playing), play / pause, speed 1x-16x,
// scrubbing, and the timeline of writing against pauses underneath. With a
// recording, the voice plays along (the ink's clock leads; the audio follows
// it within a few hundred ms, pitch kept at every speed) and the timeline
// shows the speaking stretches, the long silences while writing and the phases.
// Jumping to a line of ink elsewhere on the review (`jump`) moves both there.
import { useEffect, useMemo, useRef, useState } from 'react'
import type { Attempt } from '../../core/attempts/schema'
import { buildTimeline, skipPause, visiblePointsAt, type Segment, type Timeline } from '../../core/review/timeline'
import { PHASE_LABELS, phaseSpans, type PhaseSpan } from '../../core/session/phases'
import { InkView } from './InkView'
import type { VoiceTrack } from './useVoice'

export const SPEEDS = [1, 2, 4, 8, 16] as const

/** "3:05" for a time on the axis (ms), hours only when needed. */
export function clock(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/** How far the audio may drift from the ink's clock before it is moved back in step (ms of attempt time). */
const DRIFT_MS = 250

/** A jump asked for from outside (a line of ink tapped): the replay goes to `inkMs`; `seq` tells two jumps to one place apart. */
export interface ReplayJump {
  inkMs: number
  seq: number
}

export function Replay({ attempt, voice, jump }: { attempt: Attempt; voice?: VoiceTrack | null; jump?: ReplayJump | null }) {
  // Rebuilt only when what the timeline reads changes, not on every edit of the transcript or rating.
  const { ink, startedAt, endedAt, timer, hintsRevealed, answerShownAtMs } = attempt
  const timeline = useMemo(
    () => buildTimeline({ ink, startedAt, endedAt, timer, hintsRevealed, answerShownAtMs }),
    [ink, startedAt, endedAt, timer, hintsRevealed, answerShownAtMs],
  )
  const phases = useMemo(() => phaseSpans(attempt.phases, attempt.startedAt, timeline.durationMs), [attempt.phases, attempt.startedAt, timeline.durationMs])
  // With a recording the replay also covers what was said before the first stroke and after the last.
  const tMin = voice?.sessions.length ? Math.min(0, ...voice.sessions.map((s) => s.offsetMs - timeline.inkOffsetMs)) : 0
  const duration = Math.max(timeline.ink.durationMs, ...(voice?.sessions ?? []).map((s) => s.offsetMs + s.durationMs - timeline.inkOffsetMs))
  const [t, setTState] = useState(duration)
  const tRef = useRef(t)
  const setT = (v: number) => {
    tRef.current = v
    setTState(v)
  }
  const [playing, setPlaying] = useState(false)
  const [speed, setSpeed] = useState<number>(4)
  const speedRef = useRef(speed)
  speedRef.current = speed
  const [skip, setSkip] = useState(false)
  const skipRef = useRef(skip)
  skipRef.current = skip

  useEffect(() => {
    if (!playing) return
    let frame = 0
    let last = performance.now()
    const tick = (now: number) => {
      const dt = (now - last) * speedRef.current
      last = now
      const from = skipRef.current ? Math.max(tRef.current, skipPause(timeline.ink, tRef.current)) : tRef.current
      const next = Math.min(duration, from + dt)
      setT(next)
      if (next >= duration) setPlaying(false)
      else frame = requestAnimationFrame(tick)
    }
    frame = requestAnimationFrame(tick)
    return () => cancelAnimationFrame(frame)
  }, [playing, duration, timeline])

  // The voice follows the ink's clock: the recording that covers this moment, at this moment, at this speed.
  const audioRef = useRef<HTMLAudioElement>(null)
  useEffect(() => {
    const el = audioRef.current
    if (!el || !voice) return
    const axis = timeline.inkOffsetMs + t
    const s = voice.sessions.find((x) => axis >= x.offsetMs && axis < x.offsetMs + x.durationMs)
    if (!s) {
      if (!el.paused) el.pause()
      return
    }
    if (el.dataset.url !== s.url) {
      el.src = s.url
      el.dataset.url = s.url
    }
    el.preservesPitch = true
    el.playbackRate = speed
    const want = (axis - s.offsetMs) / 1000
    if (Math.abs(el.currentTime - want) * 1000 > (playing ? DRIFT_MS * speed : 20)) el.currentTime = want
    if (playing && el.paused) void el.play().catch(() => undefined)
    if (!playing && !el.paused) el.pause()
  }, [t, playing, speed, voice, timeline])

  const visible = useMemo(() => visiblePointsAt(timeline.ink, t), [timeline, t])
  const drawn = [...visible.values()].filter((n) => n > 0).length

  const toggle = () => {
    if (playing) return setPlaying(false)
    if (t >= duration) setT(tMin)
    setPlaying(true)
  }
  const seek = (inkMs: number) => {
    setPlaying(false)
    setT(Math.max(tMin, Math.min(duration, inkMs)))
  }

  // A line of ink jumped to: the ink and the voice go to when it was begun.
  const seekRef = useRef(seek)
  seekRef.current = seek
  useEffect(() => {
    if (jump) seekRef.current(jump.inkMs)
  }, [jump])

  if (!attempt.ink.strokes.length && !voice?.sessions.length) return <p className="muted">Nothing was written, so there is nothing to replay.</p>
  return (
    <div className="replay">
      <InkView ink={attempt.ink} visible={visible} label={`Replay of the writing: ${drawn} of ${attempt.ink.strokes.length} strokes drawn`} className="replay-ink" testId="replay-ink" />
      <div className="replay-controls">
        <button type="button" onClick={toggle} aria-pressed={playing}>
          {playing ? 'Pause' : t >= duration ? 'Replay' : 'Play'}
        </button>
        <label>
          Speed{' '}
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}x
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={skip} onChange={(e) => setSkip(e.target.checked)} /> Skip pauses
        </label>
        <label className="replay-scrub">
          <span className="visually-hidden">Replay position</span>
          <input
            type="range"
            min={Math.floor(tMin / 100) * 100}
            max={Math.max(100, Math.ceil(duration / 100) * 100)}
            step={100}
            value={Math.round(t)}
            onChange={(e) => seek(Number(e.target.value))}
            aria-valuetext={`${clock(timeline.inkOffsetMs + t)} into the attempt`}
          />
        </label>
        <span className="replay-time" data-testid="replay-time">
          {clock(timeline.inkOffsetMs + t)} / {clock(timeline.durationMs)}
        </span>
      </div>
      {voice?.sessions.length ? <audio ref={audioRef} preload="auto" data-testid="replay-audio" aria-label="Your voice, played with the replay" /> : null}
      <TimelineBar
        timeline={timeline}
        playheadMs={timeline.inkOffsetMs + t}
        onSeek={(axisMs) => seek(axisMs - timeline.inkOffsetMs)}
        speaking={voice?.speaking}
        silentWriting={voice?.silentWriting}
        phases={phases}
      />
      {timeline.ink.timed ? null : <p className="muted">This ink has no timing, so the replay runs at an even pace and pauses are not known.</p>}
    </div>
  )
}

const SEGMENT_LABEL: Record<Segment['kind'], string> = {
  before: 'before the first stroke',
  writing: 'writing',
  pause: 'pause',
  after: 'after the last stroke',
}

export function TimelineBar({
  timeline,
  playheadMs,
  onSeek,
  speaking,
  silentWriting,
  phases,
}: {
  timeline: Timeline
  playheadMs?: number
  onSeek?: (axisMs: number) => void
  speaking?: readonly (readonly [number, number])[]
  silentWriting?: readonly (readonly [number, number])[]
  phases?: readonly PhaseSpan[]
}) {
  const total = Math.max(1, timeline.durationMs)
  const pct = (ms: number) => `${(Math.min(total, Math.max(0, ms)) / total) * 100}%`
  const markers = [
    ...(timeline.warningAtMs !== null ? [{ key: 'warn', at: timeline.warningAtMs, label: `5-minute warning at ${clock(timeline.warningAtMs)}`, cls: 'mark-warning' }] : []),
    ...(timeline.overtimeAtMs !== null ? [{ key: 'over', at: timeline.overtimeAtMs, label: `overtime from ${clock(timeline.overtimeAtMs)}`, cls: 'mark-overtime' }] : []),
    ...timeline.hints.map((h) => ({ key: `hint${h.index}`, at: h.atMs, label: `hint ${h.index + 1} at ${clock(h.atMs)}`, cls: 'mark-hint' })),
    ...(timeline.answerShownAtMs !== null
      ? [{ key: 'answer', at: timeline.answerShownAtMs, label: `reference answer opened at ${clock(timeline.answerShownAtMs)}`, cls: 'mark-answer' }]
      : []),
  ]
  return (
    <figure className="timeline" aria-label="Timeline of the attempt">
      <div className="timeline-bar" data-testid="timeline-bar" aria-hidden="true">
        {timeline.segments.map((s, i) => (
          <span
            key={i}
            className={`seg seg-${s.kind}${s.long ? ' seg-long' : ''}`}
            style={{ left: pct(s.start), width: pct(s.end - s.start) }}
            title={`${SEGMENT_LABEL[s.kind]} ${clock(s.start)}–${clock(s.end)}`}
            onClick={onSeek && s.kind !== 'before' ? () => onSeek(s.start) : undefined}
          />
        ))}
        {markers.map((m) => (
          <span key={m.key} className={`timeline-mark ${m.cls}`} style={{ left: pct(m.at) }} title={m.label} />
        ))}
        {playheadMs !== undefined ? <span className="timeline-playhead" style={{ left: pct(playheadMs) }} /> : null}
      </div>
      {speaking ? (
        <div className="timeline-bar timeline-voice" data-testid="timeline-speaking" aria-hidden="true">
          {speaking.map(([a, b], i) => (
            <span key={i} className="seg seg-speaking" style={{ left: pct(a), width: pct(b - a) }} title={`speaking ${clock(a)}–${clock(b)}`} onClick={onSeek ? () => onSeek(a) : undefined} />
          ))}
          {(silentWriting ?? []).map(([a, b], i) => (
            <span key={`s${i}`} className="seg seg-silent-writing" style={{ left: pct(a), width: pct(b - a) }} title={`silent while writing ${clock(a)}–${clock(b)}`} />
          ))}
        </div>
      ) : null}
      {phases?.length ? (
        <div className="timeline-bar timeline-phases" data-testid="timeline-phases" aria-hidden="true">
          {phases.map((p, i) => (
            <span key={i} className={`seg seg-phase seg-phase-${p.phase}`} style={{ left: pct(p.start), width: pct(p.end - p.start) }} title={`${PHASE_LABELS[p.phase]} ${clock(p.start)}–${clock(p.end)}`}>
              {PHASE_LABELS[p.phase]}
            </span>
          ))}
        </div>
      ) : null}
      <figcaption>
        <ul className="timeline-facts" data-testid="timeline-facts">
          <li>
            First stroke after{' '}
            <strong>{timeline.timeToFirstStrokeMs === null ? 'an unknown time' : clock(timeline.timeToFirstStrokeMs)}</strong>
          </li>
          <li>
            Writing <strong>{clock(timeline.writingMs)}</strong>, pauses <strong>{clock(timeline.pausedMs)}</strong>
          </li>
          <li>
            {timeline.longPauses.filter((p) => p.kind === 'pause').length === 0
              ? 'No long pause (30 s or more) while writing'
              : `Long pauses (30 s or more): `}
            {timeline.longPauses
              .filter((p) => p.kind === 'pause')
              .map((p, i) =>
                onSeek ? (
                  <button key={i} type="button" className="link-button" onClick={() => onSeek(p.start)}>
                    {clock(p.end - p.start)} at {clock(p.start)}
                  </button>
                ) : (
                  <span key={i}>
                    {clock(p.end - p.start)} at {clock(p.start)}{' '}
                  </span>
                ),
              )}
          </li>
          {markers.map((m) => (
            <li key={m.key} className={m.cls}>
              {m.label[0]!.toUpperCase() + m.label.slice(1)}
            </li>
          ))}
          {timeline.warningAtMs === null ? <li>The 5-minute warning was not reached</li> : null}
          {speaking ? (
            <li data-testid="silent-writing">
              {silentWriting?.length
                ? `Long silences while writing (20 s or more): ${silentWriting.map(([a, b]) => `${clock(b - a)} at ${clock(a)}`).join(', ')}`
                : 'No long silence while writing'}
            </li>
          ) : null}
        </ul>
        <p className="timeline-legend muted">
          <span className="key seg-writing" /> writing <span className="key seg-pause" /> pause <span className="key seg-long" /> long pause{' '}
          <span className="key seg-before" /> before the first stroke
          {speaking ? (
            <>
              {' '}
              <span className="key seg-speaking" /> speaking <span className="key seg-silent-writing" /> silent while writing
            </>
          ) : null}
        </p>
      </figcaption>
    </figure>
  )
}
