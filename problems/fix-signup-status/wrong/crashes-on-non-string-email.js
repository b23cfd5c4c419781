// mistake: fixes the statuses but uses the email without checking it is a string, so a numeric email crashes the handler
function createUser(existing, body, token) {
  if (token !== 'sk-live-ok') return [401, { error: 'unauthenticated' }]
  if (!(body.email || '').includes('@') || !body.name) return [422, { error: 'invalid' }]
  if (existing.some((e) => e.toLowerCase() === body.email.toLowerCase())) return [409, { error: 'exists' }]
  return [201, { id: existing.length + 1, email: body.email.toLowerCase() }]
}
