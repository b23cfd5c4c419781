// mistake: lets a password of exactly 8 characters be "too short" (<= 8 instead of < 8)
function isEmail(s) {
  const parts = s.split('@')
  return parts.length === 2 && parts[0] !== '' && !s.includes(' ') && parts[1].slice(1, -1).includes('.')
}

function validateSignup(payload) {
  const errors = []
  const has = (key) => Object.hasOwn(payload, key)
  if (!has('email')) errors.push('email: required')
  else if (typeof payload.email !== 'string' || !isEmail(payload.email)) errors.push('email: invalid')
  const password = payload.password
  if (!has('password')) errors.push('password: required')
  // Characters, not UTF-16 units: [...s] splits by code point, so an emoji counts once.
  else if (typeof password !== 'string' || [...password].length <= 8) errors.push('password: too short')
  else if (!/[0-9]/.test(password)) errors.push('password: needs a digit')
  if (has('age') && !(Number.isInteger(payload.age) && payload.age >= 13 && payload.age <= 120)) {
    errors.push('age: must be an integer from 13 to 120')
  }
  for (const key of Object.keys(payload).sort()) {
    if (!['email', 'password', 'age'].includes(key)) errors.push('unknown field: ' + key)
  }
  return errors
}
