// req and res as Node streams: the handlers of TestStreamsAgainstNode. It is
// one function expression, (router, express, require) => void, evaluated
// as it is by conformance/record-streams.mjs in Node (real Express 5, real
// node:stream) and by the Go test on plugmux's Express layer (with the
// runtime's node: built-ins), so both run the same code. What happens after
// a response ends ('finish', 'close', write callbacks) is kept per case id
// and read back with GET /log/:id.
(function (router, express, require) {
  "use strict";
  const stream = require("stream");
  const http = require("http");
  const zlib = require("zlib");
  const { EventEmitter } = require("events");
  const logs = {};
  function L(id) {
    const list = logs[id] || (logs[id] = []);
    return function (s) { list.push(s); };
  }
  // two turns of setImmediate: what the case left queued has run (in Node
  // and on plugmux's loop, which runs immediates in creation order)
  router.get("/log/:id", (req, res) => setImmediate(() => setImmediate(() => res.json(logs[req.params.id] || null))));

  router.get("/instanceof", (req, res) => {
    res.json({
      reqIncoming: req instanceof http.IncomingMessage,
      reqReadable: req instanceof stream.Readable,
      reqStream: req instanceof stream.Stream,
      reqEmitter: req instanceof EventEmitter,
      reqWritable: req instanceof stream.Writable,
      resServer: res instanceof http.ServerResponse,
      resOutgoing: res instanceof http.OutgoingMessage,
      resStream: res instanceof stream.Stream,
      resEmitter: res instanceof EventEmitter,
      resReadable: res instanceof stream.Readable,
      reqMethods: ["on", "once", "pipe", "unpipe", "pause", "resume", "read", "setEncoding", "destroy", "isPaused"].map((m) => typeof req[m]).join(","),
      resMethods: ["on", "once", "write", "end", "cork", "uncork", "setHeader", "destroy"].map((m) => typeof res[m]).join(","),
      isStreamReadable: typeof stream.isReadable === "function" ? stream.isReadable(req) : null,
    });
  });

  router.get("/flags", (req, res) => {
    const before = [req.readable, req.readableEnded, req.isPaused(), req.readableFlowing, res.writableEnded, res.writableFinished, res.headersSent, res.writable, res.writableNeedDrain, res.finished];
    res.setHeader("X-Before", JSON.stringify(before));
    res.write("a");
    const mid = [res.headersSent, res.writableEnded, res.writableFinished];
    res.end(JSON.stringify({ before, mid, after: [res.writableEnded, res.finished] }));
  });

  router.get("/order/:id", (req, res) => {
    const log = L(req.params.id);
    req.on("end", () => log("req end"));
    req.on("close", () => log("req close"));
    res.on("finish", () => log("res finish " + res.writableFinished));
    res.on("close", () => log("res close"));
    log("write " + res.write("a", () => log("write cb a")));
    res.write("b", () => log("write cb b"));
    res.end("c", () => log("end cb"));
    log("after end " + res.writableEnded + " " + res.writableFinished);
  });

  router.post("/data/:id", (req, res) => {
    const log = L(req.params.id);
    let n = 0, chunks = 0;
    req.on("data", (c) => { n += c.length; chunks++; if (!Buffer.isBuffer(c)) log("not a buffer"); });
    req.on("end", () => {
      log("end " + n + " " + req.readableEnded + " " + req.complete);
      res.json({ n, isBuffer: true, ended: req.readableEnded, readable: req.readable, complete: req.complete });
    });
    req.on("close", () => log("req close"));
  });

  router.post("/encoding", (req, res) => {
    req.setEncoding("utf8");
    let s = "";
    const types = new Set();
    req.on("data", (c) => { types.add(typeof c); s += c; });
    req.on("end", () => res.json({ s, types: [...types], encoding: req.readableEncoding }));
  });

  router.post("/paused", (req, res) => {
    const parts = [];
    req.pause();
    const paused = req.isPaused();
    req.on("readable", () => {
      let c;
      while ((c = req.read()) !== null) parts.push(c.toString());
    });
    req.on("end", () => res.json({ paused, body: parts.join(""), ended: req.readableEnded }));
  });

  router.post("/resume-later", (req, res) => {
    let n = 0;
    req.on("data", (c) => (n += c.length));
    req.pause();
    const flowing = req.readableFlowing;
    setTimeout(() => req.resume(), 5);
    req.on("end", () => res.json({ n, flowing }));
  });

  router.post("/iterate", async (req, res) => {
    let s = "";
    for await (const c of req) s += c;
    res.json({ s, ended: req.readableEnded, readable: req.readable });
  });

  router.post("/echo", (req, res) => {
    res.setHeader("Content-Type", "text/plain");
    req.pipe(new stream.PassThrough()).pipe(res);
  });

  router.post("/pipeline/:id", (req, res) => {
    const log = L(req.params.id);
    res.setHeader("Content-Type", "text/plain");
    stream.pipeline(req, zlib.createGzip(), zlib.createGunzip(), res, (err) => log("pipeline " + (err ? err.code || err.message : "ok")));
  });

  router.get("/from/:id", (req, res) => {
    const log = L(req.params.id);
    res.on("pipe", (src) => log("pipe " + (src instanceof stream.Readable)));
    res.on("unpipe", () => log("unpipe"));
    res.on("finish", () => log("finish"));
    res.on("close", () => log("close"));
    stream.Readable.from(["one ", "two ", "three"]).pipe(res);
  });

  router.get("/pipeline-promise", async (req, res) => {
    const src = stream.Readable.from(["x", "y", "z"]);
    await stream.promises.pipeline(src, res);
    // as Node: the response is over when the promise settles
    if (!res.writableEnded) throw new Error("not ended");
  });

  router.get("/backpressure/:id", (req, res) => {
    const log = L(req.params.id);
    res.setHeader("Content-Type", "text/plain");
    const big = "x".repeat(64 * 1024);
    const ok = res.write(big);
    log("write " + ok + " needDrain " + res.writableNeedDrain);
    if (!ok) {
      res.once("drain", () => {
        log("drain needDrain " + res.writableNeedDrain);
        res.end("done");
      });
    } else {
      res.end("done");
    }
    res.on("finish", () => log("finish"));
  });

  router.post("/after-json", express.json(), (req, res) => {
    const st = req._readableState;
    res.json({ body: req.body, readable: req.readable, readableEnded: req.readableEnded, ended: !!(st && st.ended), complete: req.complete });
  });

  router.post("/raw-then-json", (req, res, next) => {
    // a middleware that reads the stream itself: express.json() then has
    // nothing left and leaves req.body as the middleware set it
    const parts = [];
    req.on("data", (c) => parts.push(c));
    req.on("end", () => { req.body = { raw: Buffer.concat(parts).toString() }; next(); });
  }, express.json(), (req, res) => res.json(req.body));

  router.get("/empty", (req, res) => {
    let data = 0;
    req.on("data", () => data++);
    req.on("end", () => res.json({ data, ended: req.readableEnded, read: req.read() }));
  });

  router.post("/unpipe", (req, res) => {
    const sink = new stream.PassThrough();
    let got = 0;
    sink.on("data", (c) => (got += c.length));
    req.pipe(sink);
    req.unpipe(sink);
    const flowing = req.readableFlowing;
    let direct = 0;
    req.on("data", (c) => (direct += c.length));
    req.resume();
    req.on("end", () => res.json({ flowing, got, direct }));
  });

  router.get("/more-flags/:id", (req, res) => {
    const log = L(req.params.id);
    res.on("close", () => log("after close " + [res.destroyed, res.writable, res.writableEnded, res.writableFinished].join(",")));
    res.json({
      complete: req.complete, hwm: res.writableHighWaterMark, length: res.writableLength, objectMode: res.writableObjectMode,
      corked: res.writableCorked, destroyed: res.destroyed, remoteAddress: typeof req.socket.remoteAddress, family: req.socket.remoteFamily,
      socketReadable: req.socket.readable, socketWritable: req.socket.writable, same: req.socket === req.connection && res.socket === req.socket,
    });
  });

  router.get("/cork", (req, res) => {
    res.cork();
    res.write("a");
    res.write("b");
    const corked = res.writableCorked;
    res.uncork();
    res.end(" corked " + corked);
  });

  // Generated cases: a seeded program of operations on res (writes with
  // and without callbacks, cork and uncork, listeners, end with and
  // without a chunk or callback, writes and ends after the end), part run
  // at once and part in a setImmediate callback; what each operation returned
  // and every callback and event go to the log, in order.
  router.get("/gen/:seed", (req, res) => {
    const seed = Number(req.params.seed);
    const log = L("gen" + seed);
    let state = seed * 2654435761 % 4294967296 || 1;
    const rand = (n) => {
      state ^= state << 13; state >>>= 0;
      state ^= state >>> 17;
      state ^= state << 5; state >>>= 0;
      return state % n;
    };
    res.on("error", (e) => log("error " + e.code));
    const ops = [];
    const count = 3 + rand(8);
    let ended = false;
    for (let i = 0; i < count; i++) {
      const k = rand(ended ? 3 : 9);
      const tag = String.fromCharCode(97 + i);
      const withCb = rand(2) === 0;
      const cb = (e) => log("cb " + tag + (e ? " " + e.code : ""));
      if (ended && k !== 2) {
        ops.push(() => log("late write " + tag + " " + res.write(tag, withCb ? cb : undefined)));
        continue;
      }
      switch (k) {
        case 0: case 1: case 2:
          if (ended) { ops.push(() => { res.end(withCb ? cb : undefined); log("late end " + tag); }); break; }
          ops.push(() => log("write " + tag + " " + (withCb ? res.write(tag.repeat(1 + rand(40)), cb) : res.write(tag))));
          break;
        case 3:
          ops.push(() => { res.cork(); log("cork"); }); // (Node's writableCorked counts its own corks of the socket)
          break;
        case 4:
          ops.push(() => { res.uncork(); log("uncork"); });
          break;
        case 5: {
          const ev = ["finish", "close", "pipe", "unpipe"][rand(4)];
          ops.push(() => res.on(ev, () => log("event " + ev + " " + tag + " " + res.writableFinished)));
          break;
        }
        case 6:
          ops.push(() => log("flags " + tag + " " + [res.headersSent, res.writableEnded, res.writableFinished, res.writable].join(",")));
          break;
        default: {
          ended = true;
          const chunk = rand(2) === 0 ? "end-" + tag : undefined;
          ops.push(() => { res.end(chunk, withCb ? cb : undefined); log("end " + tag + " " + res.writableEnded); });
        }
      }
    }
    if (!ended) ops.push(() => { res.end("."); log("final end"); });
    const split = rand(ops.length + 1);
    ops.slice(0, split).forEach((op) => op());
    setImmediate(() => {
      log("immediate");
      ops.slice(split).forEach((op) => op());
    });
  });

  // Generated reads: a seeded way of reading the body (flowing, paused
  // with read(n), for await; an encoding or none; pauses and resumes on
  // the way); the answer is what was read, in order, and the stream's
  // flags at the end, which do not depend on how the body was cut into
  // chunks on the way.
  router.post("/read/:seed", (req, res) => {
    const seed = Number(req.params.seed);
    let state = seed * 40503 % 65536 || 7;
    const rand = (n) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return Math.floor(state / 65536) % n;
    };
    const enc = [null, "utf8", "hex", "base64", "latin1"][rand(5)];
    if (enc) req.setEncoding(enc);
    const parts = [];
    const add = (c) => parts.push(typeof c === "string" ? c : c.toString(enc || "utf8"));
    const finish = (how) => res.json({ how, enc, text: parts.join(""), ended: req.readableEnded, readable: req.readable, complete: req.complete, encoding: req.readableEncoding });
    switch (rand(3)) {
      case 0: {
        const pauses = rand(3);
        let n = 0;
        req.on("data", (c) => {
          add(c);
          if (n++ < pauses) { req.pause(); setImmediate(() => req.resume()); }
        });
        req.on("end", () => finish("flowing"));
        break;
      }
      case 1: {
        // read(n) with an encoding set throws inside Node 20 at times
        // (its buffer list and the decoder's strings): sizes without one
        const size = enc ? undefined : 1 + rand(7);
        req.on("readable", () => {
          let c;
          while ((c = req.read(size)) !== null) add(c);
        });
        req.on("end", () => finish("read(" + (size || "") + ")"));
        break;
      }
      default:
        (async () => {
          for await (const c of req) add(c);
          finish("for await");
        })().catch((e) => res.status(500).send(String(e)));
    }
  });

  router.get("/end-twice/:id", (req, res) => {
    const log = L(req.params.id);
    res.end("once");
    res.end("twice", () => log("second end cb"));
    try {
      res.write("more", (err) => log("write cb " + (err && err.code)));
    } catch (e) {
      log("write threw " + e.code);
    }
    res.on("error", (e) => log("error " + e.code));
  });
})
