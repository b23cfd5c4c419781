// mistake: starts every task at once with Promise.all and ignores the limit
async function runLimited(tasks, limit) {
  return Promise.all(tasks.map((task) => task()))
}
