// mistake: counts only the groups of accounts that appear in logins, forgetting accounts that never logged in
function countPeople(accounts, logins) {
  const parent = new Map()
  const find = (a) => {
    if (!parent.has(a)) parent.set(a, a)
    while (parent.get(a) !== a) a = parent.get(a)
    return a
  }
  const firstOnDevice = new Map()
  for (const [account, device] of logins) {
    find(account)
    if (!firstOnDevice.has(device)) firstOnDevice.set(device, account)
    else {
      const ra = find(account)
      const rb = find(firstOnDevice.get(device))
      if (ra !== rb) parent.set(ra, rb)
    }
  }
  return new Set([...parent.keys()].map(find)).size
}
