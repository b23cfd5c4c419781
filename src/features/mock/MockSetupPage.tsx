// Setting up a mock interview: a preset (30, 60 or 90 minutes), the stages to
// run and their order, difficulty, categories and language, and how many
// problems and questions. The plan's times show as the choices change. Start
// picks the problems and questions and opens the interview (#/mock/<id>).
import { useMemo, useState } from 'react'
import { Link, useLocation } from 'wouter'
import { questionSchedule } from '../../core/interview/schedule'
import { planMock, presetConfig, PRESETS, STAGE_KINDS, STAGE_LABELS, stageMinutes, type MockConfig, type PresetMinutes, type StageKind } from '../../core/mock/plan'
import { askBackForStage, createSession } from '../../core/mock/session'
import { ASK_BACK_LIST_ID } from '../../core/interview/records'
import { formatDuration } from '../../core/session/timer'
import { CATEGORIES, CATEGORY_LABELS, DIFFICULTIES, type Category, type Difficulty } from '../../core/problems/schema'
import { loadCatalog } from '../../bank/catalog'
import { answersStore, listsStore, mockStore } from '../../storage/interview'
import { useDeck } from '../../ui/interview/useDeck'
import { useRecords } from '../../ui/interview/useRecords'
import './mock.css'

const WRITTEN: Category[] = CATEGORIES.filter((c) => !['fix-the-code', 'backend', 'read-the-code'].includes(c))

export function MockSetupPage() {
  const [config, setConfig] = useState<MockConfig>(() => presetConfig(60))
  const [error, setError] = useState<string | null>(null)
  const [starting, setStarting] = useState(false)
  const [, navigate] = useLocation()
  const loaded = useDeck()
  const sessions = useRecords(mockStore)
  const lists = useRecords(listsStore)
  const answers = useRecords(answersStore)
  const minutes = useMemo(() => stageMinutes(config), [config])
  const set = (patch: Partial<MockConfig>) => setConfig((c) => ({ ...c, ...patch }))

  const toggleStage = (k: StageKind) =>
    set({ stages: config.stages.includes(k) ? config.stages.filter((s) => s !== k) : [...config.stages, k].sort((a, b) => order(a) - order(b)) })
  const order = (k: StageKind) => {
    const i = config.stages.indexOf(k)
    return i >= 0 ? i : config.stages.length + STAGE_KINDS.indexOf(k)
  }
  const move = (k: StageKind, d: -1 | 1) => {
    const s = [...config.stages]
    const i = s.indexOf(k)
    const j = i + d
    if (i < 0 || j < 0 || j >= s.length) return
    ;[s[i], s[j]] = [s[j]!, s[i]!]
    set({ stages: s })
  }

  const start = async () => {
    if (!loaded) return
    setStarting(true)
    setError(null)
    try {
      const { problems } = await loadCatalog()
      // Questions due for practice come first, then ones never answered.
      const sched = questionSchedule(answers.values ?? [])
      const now = Date.now()
      const priority = (id: string) => {
        const s = sched.get(id)
        return !s ? 1 : s.dueAt <= now ? 2 : 0
      }
      const plan = planMock(config, { problems, questions: loaded.deck.questions }, Math.random, priority)
      if (!plan.stages.length) throw new Error(plan.notes.join(' ') || 'Choose at least one stage.')
      const created = createSession(plan, Date.now())
      // The list to ask back as it stands now: editing it later does not change this interview.
      const own = lists.values?.find((l) => l.id === ASK_BACK_LIST_ID)?.items ?? []
      const askBack = askBackForStage(own, loaded.deck.askBack)
      const session = { ...created, stages: created.stages.map((st) => (st.kind === 'ask-back' ? { ...st, askBack } : st)) }
      await mockStore.put(session)
      navigate(`/mock/${session.id}`)
    } catch (e) {
      setError((e as Error).message)
      setStarting(false)
    }
  }

  const unfinished = (sessions.values ?? []).filter((s) => s.status === 'in-progress').sort((a, b) => b.updatedAt - a.updatedAt)
  const listSize = lists.values?.find((l) => l.id === ASK_BACK_LIST_ID)?.items.length ?? 0
  const past = (sessions.values ?? []).filter((s) => s.status === 'finished').sort((a, b) => b.createdAt - a.createdAt)
  const stagesShown = [...config.stages, ...STAGE_KINDS.filter((k) => !config.stages.includes(k))]
  return (
    <div className="mock-setup">
      <h1>Mock interview</h1>
      <p className="muted">
        The whole day in one sitting, on its own clock: a timed coding test written by hand, a fix-this-code task, perhaps a small build, common questions
        answered aloud, and your questions for them. Nothing stops you when a stage runs over; the report shows it.
      </p>
      {unfinished.length ? (
        <section className="pane" aria-label="Unfinished mock interviews">
          <h2>Unfinished</h2>
          <ul>
            {unfinished.map((s) => (
              <li key={s.id}>
                {new Date(s.createdAt).toLocaleString()}, {s.config.presetMinutes} minutes, at “{STAGE_LABELS[s.stages[s.current]?.kind ?? 'coding']}”{' '}
                <Link href={`/mock/${s.id}`} className="button-link">
                  Resume
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <form
        className="mock-form pane"
        aria-label="Plan the mock interview"
        onSubmit={(e) => {
          e.preventDefault()
          void start()
        }}
      >
        <fieldset>
          <legend>Length</legend>
          {PRESETS.map((p) => (
            <label key={p} className="inline">
              <input type="radio" name="preset" checked={config.presetMinutes === p} onChange={() => setConfig({ ...presetConfig(p as PresetMinutes), language: config.language })} /> {p}{' '}
              minutes
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Stages, in order</legend>
          <ol className="stage-plan" aria-label="Stages">
            {stagesShown.map((k) => {
              const on = config.stages.includes(k)
              const i = config.stages.indexOf(k)
              return (
                <li key={k} className={on ? '' : 'stage-off'}>
                  <label>
                    <input type="checkbox" checked={on} onChange={() => toggleStage(k)} /> {STAGE_LABELS[k]}
                  </label>
                  <span className="muted">{on ? `${minutes[i]} min` : 'left out'}</span>
                  {on ? (
                    <>
                      <button type="button" onClick={() => move(k, -1)} disabled={i === 0} aria-label={`Move ${STAGE_LABELS[k]} earlier`}>
                        ↑
                      </button>
                      <button type="button" onClick={() => move(k, 1)} disabled={i === config.stages.length - 1} aria-label={`Move ${STAGE_LABELS[k]} later`}>
                        ↓
                      </button>
                    </>
                  ) : null}
                </li>
              )
            })}
          </ol>
        </fieldset>
        <div className="mock-options">
          <label>
            Coding problems{' '}
            <select value={config.codingProblems} onChange={(e) => set({ codingProblems: Number(e.target.value) as 1 | 2 })}>
              <option value={1}>1</option>
              <option value={2}>2</option>
            </select>
          </label>
          <label>
            Questions aloud{' '}
            <select value={config.questionCount} onChange={(e) => set({ questionCount: Number(e.target.value) as 3 | 4 | 5 })}>
              {[3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <label>
            Difficulty{' '}
            <select value={config.difficulty} onChange={(e) => set({ difficulty: e.target.value as Difficulty | 'any' })}>
              <option value="any">Any</option>
              {DIFFICULTIES.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
          <label>
            Language{' '}
            <select value={config.language} onChange={(e) => set({ language: e.target.value as MockConfig['language'] })}>
              <option value="python">Python</option>
              <option value="javascript">JavaScript</option>
            </select>
          </label>
          <label>
            Thinking time before each answer (s){' '}
            <input type="number" min={0} max={120} step={5} value={Math.round(config.thinkMs / 1000)} onChange={(e) => set({ thinkMs: Math.max(0, Math.min(120, Number(e.target.value) || 0)) * 1000 })} />
          </label>
        </div>
        <fieldset>
          <legend>Categories of the coding test ({config.categories.length ? config.categories.length : 'any'})</legend>
          <div className="mock-categories">
            {WRITTEN.map((c) => (
              <label key={c} className="inline">
                <input
                  type="checkbox"
                  checked={config.categories.includes(c)}
                  onChange={() => set({ categories: config.categories.includes(c) ? config.categories.filter((x) => x !== c) : [...config.categories, c] })}
                />{' '}
                {CATEGORY_LABELS[c]}
              </label>
            ))}
          </div>
        </fieldset>
        {config.stages.includes('ask-back') ? (
          <p className="muted small">
            {listSize
              ? `You will ask your ${listSize} question${listSize === 1 ? '' : 's'} from `
              : 'Your list of questions to ask is empty: the stage will suggest three. Prepare your own in '}
            <Link href="/ask-back">your questions for the interviewer</Link>.
          </p>
        ) : null}
        {error ? <p role="alert" className="error-banner">{error}</p> : null}
        <button type="submit" className="primary" disabled={starting || !loaded || !config.stages.length}>
          {starting ? 'Picking problems and questions…' : `Start the ${config.presetMinutes}-minute mock interview`}
        </button>
      </form>
      <section className="pane" aria-labelledby="past-h">
        <h2 id="past-h">Past mock interviews</h2>
        {past.length === 0 ? <p className="muted">None yet. Each one ends with a report, kept here.</p> : null}
        <ul aria-label="Past mock interviews">
          {past.map((s) => (
            <li key={s.id}>
              <Link href={`/mock/${s.id}`}>
                {new Date(s.createdAt).toLocaleString()}, {s.config.presetMinutes} minutes
              </Link>{' '}
              <span className="muted small">
                {s.stages.filter((st) => st.status === 'done').length} of {s.stages.length} stages, {formatDuration(s.endedAt !== null ? s.endedAt - s.createdAt : 0)} in all
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
