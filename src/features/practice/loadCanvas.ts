// tldraw is most of the app's code: the board's chunk is prefetched while the
// candidate reads the problem, so Start opens the board at once.
export const loadCanvas = () => import('../../canvas/InkCanvas')
