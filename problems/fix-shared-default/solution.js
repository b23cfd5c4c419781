const isAdmin = (path) => path === '/admin' || path.startsWith('/admin/')

function buildRequest(path, headers = {}) {
  const own = { ...headers } // never share or change the caller's object
  if (!('Accept' in own)) own['Accept'] = 'application/json'
  if (isAdmin(path)) own['X-Audit'] = 'on'
  return { path, headers: own }
}

function buildRequests(specs) {
  return specs.map((spec) => buildRequest(spec.path, spec.headers))
}
