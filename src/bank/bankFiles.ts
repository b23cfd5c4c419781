// Every file of the problem bank as text. Imported only dynamically (see
// catalog.ts), so the bank is one lazily loaded chunk rather than part of the
// initial JS, and rather than hundreds of one-file chunks a lazy glob makes.
export const bankFiles = import.meta.glob<string>('/problems/*/*', { query: '?raw', import: 'default', eager: true })
