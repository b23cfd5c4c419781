// mistake: union sets parent[account] = other instead of joining the two roots, which cuts the account off its old group
function countPeople(accounts, logins) {
  const parent = new Map(accounts.map((a) => [a, a]))
  const find = (a) => {
    while (parent.get(a) !== a) a = parent.get(a)
    return a
  }
  const firstOnDevice = new Map()
  for (const [account, device] of logins) {
    if (!firstOnDevice.has(device)) firstOnDevice.set(device, account)
    else if (find(account) !== find(firstOnDevice.get(device))) parent.set(account, firstOnDevice.get(device))
  }
  return new Set(accounts.map(find)).size
}
