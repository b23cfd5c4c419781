function chooseStatus(req) {
  const m = req.method
  if (req.rate_limited) return 429
  if (!req.route_found) return 404
  if (!req.allowed.includes(m)) return 405
  if (!req.public && !req.authenticated) return 401
  if (!req.public && !req.permitted) return 403
  if (m !== 'POST' && !req.exists) return 404
  if (['PUT', 'PATCH', 'DELETE'].includes(m) && req.stale) return 412
  if (['POST', 'PUT', 'PATCH'].includes(m) && !req.body_valid) return 422
  if (m === 'POST' && req.duplicate) return 409
  if (m === 'POST') return 201
  if (m === 'DELETE') return 204
  return 200
}
