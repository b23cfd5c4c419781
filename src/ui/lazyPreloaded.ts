// A screen's code split into its own chunk, that renders at once when the chunk
// was loaded ahead (preload). React.lazy suspends on its first render even when
// the module is already in memory, and React then keeps the fallback up for
// about 300 ms before it reveals what resolved: Start waited that long twice
// (the attempt's route, then the board) for code fetched while the problem was read.
import { createElement, lazy, useState, type ComponentType } from 'react'

export interface PreloadedComponent<P extends object> {
  (props: P): ReturnType<typeof createElement>
  /** Loads the code now (once); later mounts render without suspending. */
  preload: () => Promise<ComponentType<P>>
}

export function lazyPreloaded<P extends object>(load: () => Promise<ComponentType<P>>): PreloadedComponent<P> {
  let loaded: ComponentType<P> | null = null
  let loading: Promise<ComponentType<P>> | null = null
  const preload = () =>
    (loading ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        loading = null // a failed fetch (offline before the first visit cached it) may be tried again
        throw e
      },
    ))
  const Lazy = lazy(() => preload().then((c) => ({ default: c })))
  function Preloaded(props: P) {
    // Chosen once per mount: switching from the lazy path to the loaded one would remount the screen.
    const [ready] = useState(() => loaded)
    return ready ? createElement(ready, props) : createElement(Lazy as unknown as ComponentType<P>, props)
  }
  return Object.assign(Preloaded, { preload })
}
