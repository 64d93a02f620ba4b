// compression (zlib, compressible, negotiator, on-headers): a body over the
// threshold, gzip and deflate by Accept-Encoding, identity, a small body
// under the threshold, and a type that is not compressible.
import compression from "compression";

const big = "compress me please ".repeat(200);
export function setup(router) {
  router.use(compression({ threshold: 512 }));
  router.get("/big", (req, res) => res.type("text/plain").send(big));
  router.get("/small", (req, res) => res.type("text/plain").send("tiny"));
  router.get("/image", (req, res) => res.type("image/png").send(Buffer.alloc(2000, 7)));
}
