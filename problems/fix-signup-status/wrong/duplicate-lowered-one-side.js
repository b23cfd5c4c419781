// mistake: lower-cases only the new email, so a registered email stored with capitals is not found
function createUser(existing, body, token) {
  if (token !== 'sk-live-ok') return [401, { error: 'unauthenticated' }]
  const { email, name } = body
  if (typeof email !== 'string' || !email.includes('@') || typeof name !== 'string' || name === '') {
    return [422, { error: 'invalid' }]
  }
  if (existing.includes(email.toLowerCase())) return [409, { error: 'exists' }]
  return [201, { id: existing.length + 1, email: email.toLowerCase() }]
}
