// How the conformance tools send a request and record the answer, shared by
// record.mjs (the hand-written fixtures) and oracle.mjs (generated ones).
import http from "node:http";

// Headers that depend on the connection or the moment, or that plugmux
// leaves to the host: not recorded.
const skipHeaders = new Set(["date", "connection", "keep-alive", "x-powered-by", "transfer-encoding"]);

// send makes one request exactly as conformance_test.go does: the method,
// the path under /api/<name>, the headers of the case plus a fixed
// User-Agent, and the body (text, or base64 when bodyBase64 is set).
export function send(port, name, c) {
  return new Promise((resolve, reject) => {
    const headers = { "User-Agent": "plugmux-conformance", ...(c.headers || {}) };
    let body = null;
    if (c.body !== undefined) body = Buffer.from(c.body, "utf8");
    if (c.bodyBase64 !== undefined) body = Buffer.from(c.bodyBase64, "base64");
    if (body && !c.chunked) headers["Content-Length"] = String(body.length);
    const req = http.request({ host: "127.0.0.1", port, method: c.method || "GET", path: `/api/${name}${c.path}`, headers, agent: false }, (res) => {
      const chunks = [];
      res.on("data", (d) => chunks.push(d));
      res.on("end", () => {
        const buf = Buffer.concat(chunks);
        const hs = {};
        const mask = (v) => ((c.mask || []).includes("expires") ? v.replace(/Expires=[^;]*/g, "Expires=<masked>") : v);
        // Node's client reads header bytes as Latin-1; the Go side reads
        // the bytes themselves: compare the bytes, as UTF-8 where they are.
        const bytes = (v) => {
          const b = Buffer.from(v, "latin1");
          const u = b.toString("utf8");
          return Buffer.from(u, "utf8").equals(b) ? u : v;
        };
        for (const [k, v] of Object.entries(res.headers)) {
          if (!skipHeaders.has(k)) hs[k] = Array.isArray(v) ? v.map((x) => mask(bytes(x))) : mask(bytes(v));
        }
        const text = buf.toString("utf8");
        const out = { status: res.statusCode, headers: hs };
        if (Buffer.from(text, "utf8").equals(buf)) out.body = text;
        else out.bodyBase64 = buf.toString("base64");
        resolve(out);
      });
    });
    req.on("error", reject);
    if (body) {
      if (c.chunked) {
        // two writes without Content-Length: Transfer-Encoding: chunked
        const half = Math.floor(body.length / 2);
        req.write(body.subarray(0, half));
        req.write(body.subarray(half));
      } else {
        req.write(body);
      }
    }
    req.end();
  });
}
