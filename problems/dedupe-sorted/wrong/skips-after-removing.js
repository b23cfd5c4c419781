// mistake: splices out a repeat and then still moves the index forward, so a run of three or more keeps a repeat
function dedupeSorted(nums) {
  for (let i = 0; i < nums.length - 1; i++) {
    if (nums[i] === nums[i + 1]) nums.splice(i + 1, 1)
  }
  return nums
}
