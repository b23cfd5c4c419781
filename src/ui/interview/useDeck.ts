import { useEffect, useState } from 'react'
import { loadDeck, type LoadedDeck } from '../../services/deck'

/** The bundled interview deck (null while loading). */
export function useDeck(): LoadedDeck | null {
  const [deck, setDeck] = useState<LoadedDeck | null>(null)
  useEffect(() => {
    let live = true
    void loadDeck().then((d) => live && setDeck(d))
    return () => {
      live = false
    }
  }, [])
  return deck
}
