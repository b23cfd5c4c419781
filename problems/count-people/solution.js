function countPeople(accounts, logins) {
  const parent = new Map(accounts.map((a) => [a, a]))
  const find = (a) => {
    while (parent.get(a) !== a) {
      parent.set(a, parent.get(parent.get(a))) // path halving keeps the trees shallow
      a = parent.get(a)
    }
    return a
  }
  let groups = accounts.length
  const firstOnDevice = new Map()
  for (const [account, device] of logins) {
    if (!firstOnDevice.has(device)) {
      firstOnDevice.set(device, account)
      continue
    }
    const ra = find(account)
    const rb = find(firstOnDevice.get(device))
    if (ra !== rb) {
      parent.set(ra, rb)
      groups--
    }
  }
  return groups
}
