function createUser(existing, body, token) {
  if (token !== 'sk-live-ok') return [403, { error: 'unauthenticated' }]
  if (!(body.email || '').includes('@') || !body.name) return [500, { error: 'invalid' }]
  if (existing.includes(body.email)) return [200, { error: 'exists' }]
  return [200, { id: existing.length + 1, email: body.email.toLowerCase() }]
}
