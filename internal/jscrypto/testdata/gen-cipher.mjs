// Records Node 20's createCipheriv/createDecipheriv answers for every
// supported algorithm over random keys, IVs, messages and update splits.
//
//   node internal/jscrypto/testdata/gen-cipher.mjs > internal/jscrypto/testdata/node-cipher.json
import crypto from "node:crypto";

const hex = (b) => Buffer.from(b).toString("hex");
const algs = [
  ["aes-128-cbc", 16, 16], ["aes-192-cbc", 24, 16], ["aes-256-cbc", 32, 16], ["aes128", 16, 16], ["aes256", 32, 16],
  ["aes-128-ecb", 16, 0], ["aes-256-ecb", 32, 0], ["aes-128-ctr", 16, 16], ["aes-256-ctr", 32, 16],
  ["aes-128-gcm", 16, 12], ["aes-192-gcm", 24, 12], ["aes-256-gcm", 32, 12], ["aes-256-gcm", 32, 16], ["aes-128-gcm", 16, 8], ["id-aes256-GCM", 32, 12],
  ["chacha20-poly1305", 32, 12],
];
const cases = [];
for (const [alg, klen, ivlen] of algs) {
  for (const len of [0, 1, 15, 16, 17, 33, 100, 1000]) {
    const key = crypto.randomBytes(klen), iv = ivlen ? crypto.randomBytes(ivlen) : null, msg = crypto.randomBytes(len);
    const aead = /gcm|chacha/i.test(alg);
    const aad = aead && len % 2 ? crypto.randomBytes(len % 7 + 1) : null;
    const tagLength = aead && len === 33 && !/chacha/.test(alg) ? 12 : 16;
    const opts = aead ? { authTagLength: tagLength } : undefined;
    const c = crypto.createCipheriv(alg, key, iv, opts);
    if (aad) c.setAAD(aad, { plaintextLength: len });
    const cut = [Math.floor(len / 3), Math.floor((2 * len) / 3)];
    const outs = [c.update(msg.subarray(0, cut[0])), c.update(msg.subarray(cut[0], cut[1])), c.update(msg.subarray(cut[1])), c.final()];
    const rec = { alg, key: hex(key), iv: iv ? hex(iv) : null, msg: hex(msg), aad: aad ? hex(aad) : null, tagLength: aead ? tagLength : undefined, cut, lens: outs.map((o) => o.length), ct: hex(Buffer.concat(outs)) };
    if (aead) rec.tag = hex(c.getAuthTag());
    const d = crypto.createDecipheriv(alg, key, iv, opts);
    if (aad) d.setAAD(aad, { plaintextLength: len });
    if (aead) d.setAuthTag(Buffer.from(rec.tag, "hex"));
    const ct = Buffer.from(rec.ct, "hex");
    const douts = [d.update(ct.subarray(0, cut[0])), d.update(ct.subarray(cut[0])), d.final()];
    rec.dlens = douts.map((o) => o.length);
    if (!/gcm|chacha|ctr/i.test(alg) && len % 16 === 0 && len > 0) {
      const n = crypto.createCipheriv(alg, key, iv);
      n.setAutoPadding(false);
      rec.nopad = hex(Buffer.concat([n.update(msg), n.final()]));
    }
    rec.strings = (() => {
      const s = crypto.createCipheriv(alg, key, iv, opts);
      const text = "héllo wörld ✓ ".repeat((len % 5) + 1);
      const b64 = s.update(text.slice(0, 5), "utf8", "base64") + s.update(text.slice(5), "utf8", "base64") + s.final("base64");
      return { text, b64 };
    })();
    cases.push(rec);
  }
}
process.stdout.write(JSON.stringify({ node: process.version, cases }, null, 1) + "\n");
