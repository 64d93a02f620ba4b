import { createRequire as __plugmuxCreateRequire } from "node:module"; const require = __plugmuxCreateRequire(import.meta.url);

// node_modules/nanoid/index.js
import { webcrypto as crypto } from "node:crypto";

// node_modules/nanoid/url-alphabet/index.js
var urlAlphabet = "useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict";

// node_modules/nanoid/index.js
var POOL_SIZE_MULTIPLIER = 128;
var pool;
var poolOffset;
function fillPool(bytes) {
  if (bytes < 0) throw new RangeError("Wrong ID size");
  try {
    if (!pool || pool.length < bytes) {
      pool = Buffer.allocUnsafe(bytes * POOL_SIZE_MULTIPLIER);
      crypto.getRandomValues(pool);
      poolOffset = 0;
    } else if (poolOffset + bytes > pool.length) {
      crypto.getRandomValues(pool);
      poolOffset = 0;
    }
  } catch (e) {
    pool = void 0;
    throw e;
  }
  poolOffset += bytes;
}
function random(bytes) {
  fillPool(bytes |= 0);
  return pool.subarray(poolOffset - bytes, poolOffset);
}
function customRandom(alphabet, defaultSize, getRandom) {
  let safeByteCutoff = 256 - 256 % alphabet.length;
  if (safeByteCutoff === 256) {
    let mask = alphabet.length - 1;
    return (size = defaultSize) => {
      if (!size) return "";
      let id = "";
      while (true) {
        let bytes = getRandom(size);
        let i = size;
        while (i--) {
          id += alphabet[bytes[i] & mask];
          if (id.length >= size) return id;
        }
      }
    };
  }
  let step = Math.ceil(1.6 * 256 * defaultSize / safeByteCutoff);
  return (size = defaultSize) => {
    if (!size) return "";
    let id = "";
    while (true) {
      let bytes = getRandom(step);
      let i = step;
      while (i--) {
        if (bytes[i] < safeByteCutoff) {
          id += alphabet[bytes[i] % alphabet.length];
          if (id.length >= size) return id;
        }
      }
    }
  };
}
function customAlphabet(alphabet, size = 21) {
  return customRandom(alphabet, size, random);
}
function nanoid(size = 21) {
  fillPool(size |= 0);
  let id = "";
  for (let i = poolOffset - size; i < poolOffset; i++) {
    id += urlAlphabet[pool[i] & 63];
  }
  return id;
}

// src/nanoid.js
function setup(router) {
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
    let n = 0;
    const next = (size) => Uint8Array.from({ length: size }, () => n = (n * 37 + 11) % 256);
    const id = customRandom(urlAlphabet, 16, next);
    res.json({ ids: [id(), id(), id(8)], alphabet: urlAlphabet.length });
  });
  router.get("/random", (req, res) => {
    const bytes = random(32);
    res.json({ length: bytes.length, isUint8Array: bytes instanceof Uint8Array });
  });
}
export {
  setup
};
