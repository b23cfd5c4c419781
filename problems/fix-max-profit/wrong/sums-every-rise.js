// mistake: adds up every day-to-day rise, which is the profit of many trades, not of a single one
function maxProfit(prices) {
  let total = 0
  for (let i = 1; i < prices.length; i++) total += Math.max(0, prices[i] - prices[i - 1])
  return total
}
