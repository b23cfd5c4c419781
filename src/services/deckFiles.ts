// Every file of the interview deck (questions/) as text. Imported only
// dynamically (see deck.ts), so the deck is one lazily loaded chunk.
export const deckFiles = import.meta.glob<string>('/questions/**/*.{json,md}', { query: '?raw', import: 'default', eager: true })
