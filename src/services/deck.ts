// The bundled interview deck, loaded once (questions/, validated by
// core/interview/deck.ts: invalid items are left out, their errors kept).
import { assembleDeck, type Deck } from '../core/interview/deck'

export interface LoadedDeck {
  deck: Deck
  /** One message per defect, naming file and field. */
  errors: string[]
}

let cached: Promise<LoadedDeck> | undefined

export function loadDeck(): Promise<LoadedDeck> {
  cached ??= import('./deckFiles').then(({ deckFiles }) => assembleDeck(deckFiles))
  return cached
}
