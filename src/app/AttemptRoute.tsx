// One URL per attempt for its whole life (#/attempt/<id>): the board while it
// is unfinished, the review once it is done. A reload, a restored tab or
// back/forward lands on whichever it is now.
import { lazyPreloaded } from '../ui/lazyPreloaded'
import { useAttempt } from '../ui/useAttempt'

const PracticeBoard = lazyPreloaded(() =>
  import('../features/practice/PracticeBoard').then((m) => {
    void m.preloadCanvas().catch(() => undefined)
    return m.PracticeBoard
  }),
)
/** The board's code, loaded ahead while the problem is read: Start then opens it without suspending. */
export const preloadBoard = () => PracticeBoard.preload()
// Loaded when Done is pressed, beside the reading of the page, so the review opens without suspending.
const ReviewPage = lazyPreloaded(() => import('../features/review/ReviewPage').then((m) => m.ReviewPage))
const preloadReview = () => void ReviewPage.preload().catch(() => undefined)

export function AttemptRoute({ id }: { id: string }) {
  const [state, setAttempt] = useAttempt(id)
  if (state.status === 'loading') return <p role="status">Opening the attempt…</p>
  if (state.status === 'missing') return <p role="alert">{state.message}</p>
  const a = state.attempt
  return a.status === 'in-progress' ? <PracticeBoard attempt={a} onFinishing={preloadReview} onFinished={setAttempt} /> : <ReviewPage attempt={a} onChange={setAttempt} />
}
