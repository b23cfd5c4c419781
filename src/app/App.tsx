import { Link, Route, Router, Switch } from 'wouter'
import { useHashLocation } from 'wouter/use-hash-location'
import { HistoryPage } from '../features/history/HistoryPage'
import { PracticePage } from '../features/practice/PracticePage'
import { ResumeBanner } from '../features/practice/ResumeBanner'
import { ReviewPage } from '../features/review/ReviewPage'
import { SettingsPage } from '../features/settings/SettingsPage'

// Hash routes: the app is static files that work from any path and offline.
export function App() {
  return (
    <Router hook={useHashLocation}>
      <header className="app-header">
        <Link href="/" className="brand">
          Inkterview
        </Link>
        <nav aria-label="Main">
          <Link href="/">Problems</Link>
          <Link href="/history">History</Link>
          <Link href="/settings">Settings</Link>
        </nav>
      </header>
      <ResumeBanner />
      <main className="app-main">
        <Switch>
          <Route path="/">
            <p>Problems coming.</p>
          </Route>
          <Route path="/problem/:id/resume">{(p) => <PracticePage id={p.id} resume />}</Route>
          <Route path="/problem/:id">{(p) => <PracticePage id={p.id} />}</Route>
          <Route path="/attempt/:id">{(p) => <ReviewPage id={p.id} />}</Route>
          <Route path="/history" component={HistoryPage} />
          <Route path="/settings" component={SettingsPage} />
          <Route>
            <p>Page not found.</p>
          </Route>
        </Switch>
      </main>
    </Router>
  )
}
