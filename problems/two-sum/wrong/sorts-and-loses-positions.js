// mistake: sorts the amounts for a two-pointer search and returns positions in the sorted list, not in nums
function twoSum(nums, target) {
  const values = [...nums].sort((a, b) => a - b)
  let i = 0
  let j = values.length - 1
  while (i < j) {
    const total = values[i] + values[j]
    if (total === target) return [i, j]
    if (total < target) i++
    else j--
  }
}
