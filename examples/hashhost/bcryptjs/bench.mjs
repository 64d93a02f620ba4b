// Times bcryptjs in Node, from the same bundle the plugin runs
// (dist/bcryptjs.js), for comparison with BenchmarkHash (../bench_test.go),
// which times it in plugmux:
//
//   node bench.mjs [cost] [count]      (defaults: 10, 10)
import { hash, hashSync } from "./dist/bcryptjs.js";

const cost = Number(process.argv[2] ?? 10);
const count = Number(process.argv[3] ?? 10);
const password = "correct horse battery staple";
void hashSync(password, 4); // warm up the JIT

let start = performance.now();
for (let i = 0; i < count; i++) hashSync(password, cost);
const sync = (performance.now() - start) / count;

start = performance.now();
for (let i = 0; i < count; i++) await hash(password, cost);
const serial = (performance.now() - start) / count;

start = performance.now();
await Promise.all(Array.from({ length: count }, () => hash(password, cost)));
const parallel = count / ((performance.now() - start) / 1000);

console.log(`bcryptjs in Node ${process.version}, cost ${cost}: hashSync ${sync.toFixed(1)} ms/hash; hash ${serial.toFixed(1)} ms/hash one at a time, ${parallel.toFixed(2)} hashes/s ${count} at once (one thread)`);
