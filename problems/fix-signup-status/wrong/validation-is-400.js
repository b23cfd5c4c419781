// mistake: answers 400 for an invalid body although the statement asks for 422
function createUser(existing, body, token) {
  if (token !== 'sk-live-ok') return [401, { error: 'unauthenticated' }]
  const { email, name } = body
  if (typeof email !== 'string' || !email.includes('@') || typeof name !== 'string' || name === '') {
    return [400, { error: 'invalid' }]
  }
  if (existing.some((e) => e.toLowerCase() === email.toLowerCase())) return [409, { error: 'exists' }]
  return [201, { id: existing.length + 1, email: email.toLowerCase() }]
}
