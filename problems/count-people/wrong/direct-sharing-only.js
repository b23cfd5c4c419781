// mistake: merges accounts only when they share a device directly, missing chains through a third account
function countPeople(accounts, logins) {
  const devices = new Map()
  for (const [account, device] of logins) {
    if (!devices.has(account)) devices.set(account, new Set())
    devices.get(account).add(device)
  }
  const person = new Map()
  for (const a of accounts) {
    person.set(a, a)
    for (const b of accounts) {
      if (b < a && [...(devices.get(a) ?? [])].some((d) => (devices.get(b) ?? new Set()).has(d))) {
        person.set(a, person.get(b))
        break
      }
    }
  }
  return new Set(person.values()).size
}
