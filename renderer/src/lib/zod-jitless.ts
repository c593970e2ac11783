import { z } from 'zod';

// The CSP forbids eval. zod 4 probes `Function('')` when it builds an object schema, to
// decide on its JIT; even caught, that probe is reported as a CSP violation. The shared
// contract's schemas are built on import, so this module must be imported before it.
z.config({ jitless: true });
