// nanoid: random ids (checked for length and alphabet), custom alphabets,
// and customRandom with a fixed source of bytes (compared exactly).
import { nanoid, customAlphabet, customRandom, urlAlphabet, random } from "nanoid";

export function setup(router) {
  router.get("/id", (req, res) => {
    const id = nanoid();
    res.json({ length: id.length, urlSafe: /^[A-Za-z0-9_-]+$/.test(id), distinct: id !== nanoid() });
  });
  router.get("/size/:n", (req, res) => {
    const id = nanoid(Number(req.params.n));
    res.json({ length: id.length, urlSafe: /^[A-Za-z0-9_-]*$/.test(id) });
  });
  router.get("/custom", (req, res) => {
    const hex = customAlphabet("0123456789abcdef", 12);
    const digits = customAlphabet("0123456789", 6);
    const a = hex();
    const b = digits(20);
    res.json({ hex: { length: a.length, ok: /^[0-9a-f]{12}$/.test(a) }, digits: { length: b.length, ok: /^[0-9]{20}$/.test(b) } });
  });
  router.get("/fixed", (req, res) => {
    // a deterministic "random" source: the output is fully determined
    let n = 0;
    const next = (size) => Uint8Array.from({ length: size }, () => (n = (n * 37 + 11) % 256));
    const id = customRandom(urlAlphabet, 16, next);
    res.json({ ids: [id(), id(), id(8)], alphabet: urlAlphabet.length });
  });
  router.get("/random", (req, res) => {
    const bytes = random(32);
    res.json({ length: bytes.length, isUint8Array: bytes instanceof Uint8Array });
  });
}
