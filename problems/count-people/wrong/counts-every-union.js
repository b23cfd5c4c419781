// mistake: subtracts one group for every shared login, even when the two accounts are already in one group
function countPeople(accounts, logins) {
  const parent = new Map(accounts.map((a) => [a, a]))
  const find = (a) => {
    while (parent.get(a) !== a) a = parent.get(a)
    return a
  }
  let groups = accounts.length
  const firstOnDevice = new Map()
  for (const [account, device] of logins) {
    if (!firstOnDevice.has(device)) {
      firstOnDevice.set(device, account)
      continue
    }
    if (account !== firstOnDevice.get(device)) {
      parent.set(find(account), find(firstOnDevice.get(device)))
      groups--
    }
  }
  return groups
}
