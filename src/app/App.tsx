import { lazy, Suspense } from 'react'
import { Link, Route, Router, Switch } from 'wouter'
import { useHashLocation } from 'wouter/use-hash-location'
import { LibraryPage } from '../features/library/LibraryPage'
import { MockBanner } from '../features/mock/MockBanner'
import { UnfinishedBanner } from '../features/practice/UnfinishedBanner'
import { SharedBoard } from '../features/practice/sharedBoard'
import { PersistenceNotice } from '../features/settings/PersistenceNotice'
import { UpdatePrompt } from './UpdatePrompt'
import { lazyPreloaded } from '../ui/lazyPreloaded'

// Each screen past the library is its own chunk: the app opens without
// loading tldraw (practice) or CodeMirror (review).
// The attempt's route comes with the problem page: Start goes there next.
const AttemptRoute = lazyPreloaded(() =>
  import('./AttemptRoute').then((m) => {
    void m.preloadBoard().catch(() => undefined)
    return m.AttemptRoute
  }),
)
const ProblemPage = lazy(() => {
  void AttemptRoute.preload().catch(() => undefined)
  return import('../features/practice/ProblemPage').then((m) => ({ default: m.ProblemPage }))
})
// Answers written on paper, brought in as a photo (issue 14).
const PhotoImportPage = lazy(() => import('../features/photo/PhotoImportPage').then((m) => ({ default: m.PhotoImportPage })))
const HistoryPage = lazy(() => import('../features/history/HistoryPage').then((m) => ({ default: m.HistoryPage })))
const ComparePage = lazy(() => import('../features/review/ComparePage').then((m) => ({ default: m.ComparePage })))
const ProgressPage = lazy(() => import('../features/progress/ProgressPage').then((m) => ({ default: m.ProgressPage })))
// The interview day (issue 15): one chunk for the question deck and its screens.
const DeckPage = lazy(() => import('../features/interview/DeckPage').then((m) => ({ default: m.DeckPage })))
const QuestionPage = lazy(() => import('../features/interview/QuestionPage').then((m) => ({ default: m.QuestionPage })))
const AnswerPage = lazy(() => import('../features/interview/AnswerPage').then((m) => ({ default: m.AnswerPage })))
const StoriesPage = lazy(() => import('../features/interview/StoriesPage').then((m) => ({ default: m.StoriesPage })))
const AskBackPage = lazy(() => import('../features/interview/AskBackPage').then((m) => ({ default: m.AskBackPage })))
const MockSetupPage = lazy(() => import('../features/mock/MockSetupPage').then((m) => ({ default: m.MockSetupPage })))
const MockPage = lazy(() => import('../features/mock/MockPage').then((m) => ({ default: m.MockPage })))
const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })))

// Hash routes: the app is static files that work from any path and offline.
export function App() {
  return (
    <Router hook={useHashLocation}>
      <header className="app-header">
        <Link href="/" className="brand">
          Inkterview
        </Link>
        {/* Wraps rather than overflowing a phone-width header. */}
        <nav aria-label="Main">
          <Link href="/">Problems</Link>
          <Link href="/questions">Interview</Link>
          <Link href="/history">History</Link>
          <Link href="/progress">Progress</Link>
          <Link href="/settings">Settings</Link>
        </nav>
      </header>
      <UnfinishedBanner />
      <MockBanner />
      <PersistenceNotice />
      {/* The board, kept mounted across the move from the problem to the attempt; shown where a screen places it.
          Before the screens: it is ready for the place a screen gives it in the same render. */}
      <SharedBoard />
      <main className="app-main">
        <Suspense fallback={<p role="status">Loading…</p>}>
          <Switch>
            <Route path="/">
              <LibraryPage />
            </Route>
            <Route path="/problem/:id/photo">{(p) => <PhotoImportPage id={p.id} />}</Route>
            <Route path="/problem/:id">{(p) => <ProblemPage id={p.id} />}</Route>
            <Route path="/attempt/:id">{(p) => <AttemptRoute key={p.id} id={p.id} />}</Route>
            <Route path="/compare/:a/:b">{(p) => <ComparePage key={`${p.a}/${p.b}`} a={p.a} b={p.b} />}</Route>
            <Route path="/questions" component={DeckPage} />
            <Route path="/questions/:id">{(p) => <QuestionPage key={p.id} id={p.id} />}</Route>
            <Route path="/answer/:id">{(p) => <AnswerPage key={p.id} id={p.id} />}</Route>
            <Route path="/stories" component={StoriesPage} />
            <Route path="/ask-back" component={AskBackPage} />
            <Route path="/mock" component={MockSetupPage} />
            <Route path="/mock/:id">{(p) => <MockPage key={p.id} id={p.id} />}</Route>
            <Route path="/history" component={HistoryPage} />
            <Route path="/progress" component={ProgressPage} />
            <Route path="/settings" component={SettingsPage} />
            <Route>
              <p>Page not found.</p>
            </Route>
          </Switch>
        </Suspense>
      </main>
      <UpdatePrompt />
    </Router>
  )
}
