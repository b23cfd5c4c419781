// mistake: uses the three-reversals trick with the second range one element too long (0..k instead of 0..k-1)
function rotate(nums, k) {
  const out = [...nums]
  const n = out.length
  if (n === 0) return out
  k %= n
  const reverse = (i, j) => {
    for (; i < j; i++, j--) [out[i], out[j]] = [out[j], out[i]]
  }
  reverse(0, n - 1)
  reverse(0, k)
  reverse(k + 1, n - 1)
  return out
}
