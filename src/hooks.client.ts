import { z } from 'zod';

// The Content-Security-Policy allows no eval. zod would probe for it with `new Function` on
// its first object parse (the probe is caught, but the browser still reports a violation) and
// compile fast paths with it; jitless mode skips both, at a small cost for large objects.
z.config({ jitless: true });
