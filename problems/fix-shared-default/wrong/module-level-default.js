// mistake: replaces the default argument with a module-level empty object, which every call still shares
const NO_HEADERS = {}
const isAdmin = (path) => path === '/admin' || path.startsWith('/admin/')

function buildRequest(path, headers) {
  const own = headers ?? NO_HEADERS
  if (!('Accept' in own)) own['Accept'] = 'application/json'
  if (isAdmin(path)) own['X-Audit'] = 'on'
  return { path, headers: own }
}

function buildRequests(specs) {
  return specs.map((spec) => buildRequest(spec.path, spec.headers))
}
