import { Link, Route, Router, Switch } from 'wouter'
import { useHashLocation } from 'wouter/use-hash-location'

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
      <main className="app-main">
        <Switch>
          <Route path="/">
            <p>Problems coming.</p>
          </Route>
          <Route>
            <p>Page not found.</p>
          </Route>
        </Switch>
      </main>
    </Router>
  )
}
