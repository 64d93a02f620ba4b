// The core of the JavaScript half of req and res: their prototype chain
// (node:http's classes, loaded on first need), bounded listeners, and req as
// a Readable of the request body. A runtime runs this when a request first
// needs it (members.go), with the prototypes of its req and res and the Go
// helpers in host; it returns the functions Go calls back. The rest of
// Express's API in JavaScript is express_extras.js.
(function (reqProto, resProto, host) {
  "use strict";

  // ---- Buffer-like chunks ----

  // Bodies are Node Buffers where the runtime has Buffer (plugmux's
  // environment does), so Buffer.isBuffer holds; PlugBuffer otherwise, a
  // Uint8Array with Buffer's toString. It is made on first use: naming
  // Uint8Array builds the typed array constructors, which most runtimes
  // never need.
  var PlugBuffer = null;
  function toBuffer(ab) {
    if (typeof Buffer === "function" && typeof Buffer.from === "function") return Buffer.from(ab);
    if (!PlugBuffer) {
      PlugBuffer = class PlugBuffer extends Uint8Array {
        toString(encoding, start, end) {
          return host.decode(this, encoding === undefined ? "utf8" : String(encoding), start === undefined ? 0 : start, end === undefined ? this.length : end);
        }
        toJSON() {
          return { type: "Buffer", data: Array.prototype.slice.call(this) };
        }
      };
    }
    return new PlugBuffer(ab);
  }

  // ---- the prototype chain: node:http's classes, on first need ----

  // req and res inherit from http.IncomingMessage.prototype and
  // http.ServerResponse.prototype, as in Node (instanceof holds, and
  // stream.Readable's and EventEmitter's methods are found through the
  // chain). Building node:http costs a runtime several hundred KB, so it is
  // built when a request first needs it: until then the parent of each
  // prototype is a stand-in (lazyChain in stream.go) that calls load when
  // a name the chain defines or a symbol is looked up, or instanceof walks
  // past it; load puts the classes in its place.
  var loaded = false;
  var Readable = null; // stream.Readable, once loaded (null without node:http)

  // basicEmitter makes the parent of req and res in a runtime without
  // node's built-ins (a bare runtime): events only.
  function basicEmitter() {
    var EV = Symbol("events");
    function list(obj, ev) {
      var all = obj[EV];
      return all && all[ev] ? all[ev] : [];
    }
    function add(ev, fn, front) {
      if (typeof fn !== "function") throw new TypeError('The "listener" argument must be of type function');
      if (!Object.prototype.hasOwnProperty.call(this, EV)) Object.defineProperty(this, EV, { value: Object.create(null) });
      var l = this[EV][ev] || (this[EV][ev] = []);
      if (front) l.unshift(fn); else l.push(fn);
      return this;
    }
    function once(ev, fn, front) {
      var self = this;
      function wrapper() {
        self.removeListener(ev, wrapper);
        return fn.apply(this, arguments);
      }
      wrapper.listener = fn;
      return front ? this.prependListener(ev, wrapper) : this.on(ev, wrapper);
    }
    var e = {
      on: function (ev, fn) { return add.call(this, ev, fn, false); },
      prependListener: function (ev, fn) { return add.call(this, ev, fn, true); },
      once: function (ev, fn) { return once.call(this, ev, fn, false); },
      prependOnceListener: function (ev, fn) { return once.call(this, ev, fn, true); },
      removeListener: function (ev, fn) {
        var l = this[EV] && this[EV][ev];
        for (var i = l ? l.length - 1 : -1; i >= 0; i--) {
          if (l[i] === fn || l[i].listener === fn) {
            l.splice(i, 1);
            break;
          }
        }
        return this;
      },
      removeAllListeners: function (ev) {
        if (this[EV]) {
          if (ev === undefined) Object.keys(this[EV]).forEach(function (k) { delete this[EV][k]; }, this);
          else delete this[EV][ev];
        }
        return this;
      },
      emit: function (ev) {
        var l = list(this, ev).slice();
        var args = Array.prototype.slice.call(arguments, 1);
        for (var i = 0; i < l.length; i++) l[i].apply(this, args);
        return l.length > 0;
      },
      listeners: function (ev) { return list(this, ev).slice(); },
      listenerCount: function (ev) { return list(this, ev).length; },
    };
    e.addListener = e.on;
    e.off = e.removeListener;
    return e;
  }

  function load() {
    if (loaded) return;
    loaded = true;
    var c = host.httpClasses(); // [IncomingMessage, ServerResponse] or null
    var members = host.streamMembers(); // [req's, res's]
    if (c) {
      Readable = Object.getPrototypeOf(c[0]);
      Object.setPrototypeOf(members[0], c[0].prototype);
      Object.setPrototypeOf(members[1], c[1].prototype);
    } else {
      var basic = basicEmitter();
      Object.setPrototypeOf(members[0], basic);
      Object.setPrototypeOf(members[1], basic);
    }
    Object.setPrototypeOf(reqProto, members[0]);
    Object.setPrototypeOf(resProto, members[1]);
  }

  // ---- listeners: bounded per emitter and event ----

  var maxListeners = host.maxListeners;
  ["on", "addListener", "prependListener"].forEach(function (m) {
    reqProto[m] = resProto[m] = function (ev, fn) {
      load();
      var proto = Object.getPrototypeOf(this);
      if (proto !== reqProto && proto !== resProto) proto = reqProto;
      if (typeof fn === "function" && this.listenerCount(ev) >= maxListeners) {
        throw new RangeError((proto === reqProto ? "req" : "res") + " has " + maxListeners + " listeners for the event '" + String(ev) +
          "' already, the most a plugin may add (Options.MaxListeners); remove listeners it no longer needs");
      }
      host.listen(this, ev);
      return Object.getPrototypeOf(proto)[m].call(this, ev, fn);
    };
  });

  // ---- req: a Readable fed by the request body ----

  // The stream state is made on first use: a request whose handler never
  // treats req as a stream does not pay for it. Node's IncomingMessage
  // neither destroys itself at its end nor emits 'close' then: 'close'
  // comes when the response is over (afterEnd).
  var READ_OPTIONS = { autoDestroy: false, emitClose: false };
  Object.defineProperty(reqProto, "_readableState", {
    get: function () {
      if (this === reqProto) return undefined;
      load();
      if (!Readable) return undefined;
      Readable.call(this, READ_OPTIONS);
      var s = this._readableState;
      if (host.streamStarted(this)) {
        // a body parser has read the body already: nothing is left to read
        s.ended = s.endEmitted = true;
      }
      return s;
    },
    set: function (v) {
      Object.defineProperty(this, "_readableState", { value: v, writable: true, configurable: true });
    },
    configurable: true,
  });
  reqProto._read = function () {
    host.readChunk(this);
  };
  // pushChunk is how the Go side delivers what _read asked for: a chunk,
  // null at the end, or an error (past the body limit, the client gone).
  function pushChunk(req, err, chunk) {
    if (err) {
      if (req.listenerCount("error") > 0) {
        req.destroy(err);
      } else {
        req.destroy();
        host.fail(req, err); // as before streams: the error goes to next(err)
      }
      return;
    }
    req.push(chunk);
  }
  // reportError reports an error of res's stream as Node does: to the
  // callback, then as 'error' on res while res is open and the plugin
  // listens (an unhandled 'error' would end a Node process; here it must
  // not reach the host).
  function reportError(res, err, cb, open) {
    if (cb) cb(err);
    if (open && res.listenerCount("error") > 0) res.emit("error", err);
  }
  // aborted ends a stream whose client went away before the end of its
  // body, with an error for its 'error' listeners (with none, it just
  // stops: there is no one left to answer).
  function aborted(req, err) {
    var s = req._readableState;
    if (!s || s.endEmitted || s.destroyed) return;
    if (req.listenerCount("error") > 0) req.destroy(err);
    else req.destroy();
  }
  // consumed marks a stream whose body a parser of the express module read.
  function consumed(req) {
    var s = req._readableState;
    if (s) s.ended = s.endEmitted = true;
  }
  // afterEnd runs when the response is over: as Node, a request body no one
  // read to its end is dropped (its 'data' listeners removed, 'end'
  // emitted), and req emits 'close'.
  function afterEnd(req) {
    if (Object.prototype.hasOwnProperty.call(req, "_readableState")) {
      var s = req._readableState;
      if (!s.endEmitted && !s.destroyed) {
        req.removeAllListeners("data");
        s.ended = s.endEmitted = true;
        s.flowing = false;
        req.emit("end");
      }
    }
    req.emit("close");
  }

  return {
    toBuffer: toBuffer,
    emit: function (obj, ev, arg) {
      obj.emit(ev, arg);
    },
    pushChunk: pushChunk,
    consumed: consumed,
    afterEnd: afterEnd,
    reportError: reportError,
    aborted: aborted,
    load: load,
    // for express_extras.js
    readable: function () {
      return Readable;
    },
  };
});
