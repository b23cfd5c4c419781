// zod for the whole app, set up for our Content-Security-Policy. zod compiles
// fast object parsers with `new Function` when it can, and probes for that by
// calling `new Function('')` as the first schema is built. Our CSP forbids
// eval, so the probe fails (zod catches it) but the browser still reports a
// CSP violation, which would drown out the ones that mean something. Jitless
// skips the probe and the compiled parsers; validation is the same.
//
// Every module takes `z` from here, never from 'zod' directly (lint
// checks): ES modules evaluate their imports first, so the setting is in place
// before any schema exists, in whichever chunk or worker the schema lands.
import { z } from 'zod'

z.config({ jitless: true })

export { z }
