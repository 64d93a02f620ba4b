// uuid: random v4 and time-ordered v7 (checked for shape, since they are
// random), name-based v3/v5 (deterministic: compared byte for byte), parse,
// stringify, validate, version.
import { v1, v3, v4, v5, v7, validate, version, parse, stringify, NIL, MAX } from "uuid";

const shape = (id) => ({
  valid: validate(id),
  version: validate(id) ? version(id) : null,
  lowercaseHex: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id),
});

export function setup(router) {
  router.get("/v4", (req, res) => {
    const a = v4(); // crypto.randomUUID when present
    const b = v4({}); // crypto.getRandomValues
    res.json({ randomUUID: shape(a), rng: shape(b), distinct: a !== b });
  });
  router.get("/v4-fixed", (req, res) => {
    // options.random: no randomness involved, a fixed answer
    const random = Uint8Array.from({ length: 16 }, (_, i) => i * 17);
    res.json({ id: v4({ random }) });
  });
  router.get("/v7", (req, res) => {
    const a = v7();
    const b = v7();
    // v7 is time ordered: later ids sort after earlier ones
    res.json({ shape: shape(a), ordered: a < b, fixed: v7({ msecs: 1700000000000, random: new Uint8Array(16), seq: 0 }) });
  });
  router.get("/v1-fixed", (req, res) => {
    res.json({ id: v1({ msecs: 1700000000000, nsecs: 0, clockseq: 0x1234, node: Uint8Array.of(1, 2, 3, 4, 5, 6) }) });
  });
  router.get("/v5", (req, res) => {
    const name = req.query.name ?? "hello";
    res.json({ url: v5(name, v5.URL), dns: v5(name, v5.DNS), v3: v3(name, v3.URL), version: version(v5(name, v5.URL)) });
  });
  router.get("/parse/:id", (req, res) => {
    if (!validate(req.params.id)) return res.status(400).json({ error: "invalid uuid", id: req.params.id });
    const bytes = parse(req.params.id);
    res.json({ bytes: Array.from(bytes), roundtrip: stringify(bytes), nil: NIL, max: MAX });
  });
}
