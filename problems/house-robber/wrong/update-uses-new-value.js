// mistake: updates skip first and then builds take from the new skip, so two consecutive nights can both be taken
function maxLoot(values) {
  let skip = 0
  let take = 0
  for (const v of values) {
    skip = Math.max(skip, take)
    take = skip + v
  }
  return Math.max(skip, take)
}
