// mistake: compares how many flags are on in each snapshot, so one flag off and another on looks like no change
function flagFlips(snapshots) {
  const ones = snapshots.map((s) => s.toString(2).split('').filter((c) => c === '1').length)
  let n = 0
  for (let i = 1; i < ones.length; i++) n += Math.abs(ones[i] - ones[i - 1])
  return n
}
