// mistake: copies the headers only when returning them, after the shared default has already been changed
const DEFAULT_HEADERS = {}
const isAdmin = (path) => path === '/admin' || path.startsWith('/admin/')

function buildRequest(path, headers = DEFAULT_HEADERS) {
  if (!('Accept' in headers)) headers['Accept'] = 'application/json'
  if (isAdmin(path)) headers['X-Audit'] = 'on'
  return { path, headers: { ...headers } }
}

function buildRequests(specs) {
  return specs.map((spec) => buildRequest(spec.path, spec.headers))
}
