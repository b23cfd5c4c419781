// mistake: fixes the statuses but still compares emails with their case
function createUser(existing, body, token) {
  if (token !== 'sk-live-ok') return [401, { error: 'unauthenticated' }]
  const { email, name } = body
  if (typeof email !== 'string' || !email.includes('@') || typeof name !== 'string' || name === '') {
    return [422, { error: 'invalid' }]
  }
  if (existing.includes(email)) return [409, { error: 'exists' }]
  return [201, { id: existing.length + 1, email: email.toLowerCase() }]
}
