import { add } from "/relative-imports/lib/math.js"; // root-relative: resolves against the origin
export const double = (n) => add(n, n);
