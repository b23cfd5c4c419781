const DEFAULT_HEADERS = {}

function buildRequest(path, headers = DEFAULT_HEADERS) {
  headers['Accept'] = 'application/json'
  if (path.startsWith('/admin')) headers['X-Audit'] = 'on'
  return { path, headers }
}

function buildRequests(specs) {
  return specs.map((spec) => buildRequest(spec.path, spec.headers))
}
