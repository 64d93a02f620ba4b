// The WHATWG streams (ReadableStream, WritableStream, TransformStream, the
// text encoding streams, the queuing strategies), Blob, File and FormData,
// written for plugmux. A lazily loaded part of the environment: the first
// use of one of these globals builds them.
function makeWebStreams() {
  'use strict';
  var kAsyncIterator = Symbol.asyncIterator || Symbol.for('Symbol.asyncIterator');
  var G = globalThis;

  function typeError(msg, code) { var e = new TypeError(msg); if (code) e.code = code; return e; }
  function deferred() {
    var d = {};
    d.promise = new Promise(function (res, rej) { d.resolve = res; d.reject = rej; });
    return d;
  }
  function handled(p) { p.catch(function () {}); return p; }
  function call(obj, name, args, fallback) {
    var f = obj && obj[name];
    if (typeof f !== 'function') return Promise.resolve(fallback);
    try { return Promise.resolve(f.apply(obj, args)); } catch (e) { return Promise.reject(e); }
  }
  function sizeOf(strategy) {
    var size = strategy && strategy.size;
    return typeof size === 'function' ? size : function () { return 1; };
  }
  function hwmOf(strategy, dflt) {
    var h = strategy && strategy.highWaterMark;
    if (h === undefined) return dflt;
    h = Number(h);
    if (h !== h || h < 0) throw new RangeError('Invalid highWaterMark');
    return h;
  }

  // --- ReadableStream ---
  function ReadableStream(source, strategy) {
    if (!(this instanceof ReadableStream)) throw typeError("Class constructor ReadableStream cannot be invoked without 'new'");
    source = source || {};
    var type = source.type === undefined ? undefined : String(source.type);
    if (type !== undefined && type !== 'bytes') throw new RangeError('Invalid type: ' + type);
    var s = this._s = {
      state: 'readable', queue: [], queueSize: 0, hwm: hwmOf(strategy, type === 'bytes' ? 0 : 1), size: sizeOf(strategy),
      reader: null, storedError: undefined, started: false, pulling: false, pullAgain: false, closeRequested: false,
      source: source, disturbed: false,
    };
    var self = this;
    var controller = this._c = {
      get desiredSize() { return s.state === 'errored' ? null : s.state === 'closed' ? 0 : s.hwm - s.queueSize; },
      enqueue: function (chunk) {
        if (s.closeRequested || s.state !== 'readable') throw typeError('Invalid state: Controller is already closed', 'ERR_INVALID_STATE');
        enqueue(self, chunk);
      },
      close: function () {
        if (s.closeRequested || s.state !== 'readable') throw typeError('Invalid state: Controller is already closed', 'ERR_INVALID_STATE');
        s.closeRequested = true;
        if (s.queue.length === 0) closeStream(self);
      },
      error: function (e) { errorStream(self, e); },
    };
    if (type === 'bytes') controller.byobRequest = null;
    call(source, 'start', [controller]).then(function () {
      s.started = true;
      pullIfNeeded(self);
    }, function (e) { errorStream(self, e); });
  }
  function enqueue(rs, chunk) {
    var s = rs._s;
    if (s.reader && s.reader._requests.length > 0) {
      s.reader._requests.shift().resolve({ value: chunk, done: false });
    } else {
      var size;
      try { size = s.size(chunk); } catch (e) { errorStream(rs, e); throw e; }
      s.queue.push({ value: chunk, size: size });
      s.queueSize += size;
    }
    pullIfNeeded(rs);
  }
  function pullIfNeeded(rs) {
    var s = rs._s;
    if (!s.started || s.state !== 'readable' || s.closeRequested) return;
    var wanted = (s.reader && s.reader._requests.length > 0) || s.hwm - s.queueSize > 0;
    if (!wanted) return;
    if (s.pulling) { s.pullAgain = true; return; }
    s.pulling = true;
    call(s.source, 'pull', [rs._c]).then(function () {
      s.pulling = false;
      if (s.pullAgain) { s.pullAgain = false; pullIfNeeded(rs); }
    }, function (e) { errorStream(rs, e); });
  }
  function closeStream(rs) {
    var s = rs._s;
    if (s.state !== 'readable') return;
    s.state = 'closed';
    var r = s.reader;
    if (r) {
      r._requests.splice(0).forEach(function (d) { d.resolve({ value: undefined, done: true }); });
      r._closed.resolve();
    }
  }
  function errorStream(rs, e) {
    var s = rs._s;
    if (s.state !== 'readable') return;
    s.state = 'errored';
    s.storedError = e;
    s.queue = [];
    s.queueSize = 0;
    var r = s.reader;
    if (r) {
      r._requests.splice(0).forEach(function (d) { d.reject(e); });
      handled(r._closed.promise);
      r._closed.reject(e);
    }
  }
  function cancelStream(rs, reason) {
    var s = rs._s;
    s.disturbed = true;
    if (s.state === 'closed') return Promise.resolve();
    if (s.state === 'errored') return Promise.reject(s.storedError);
    s.queue = [];
    s.queueSize = 0;
    closeStream(rs);
    return call(s.source, 'cancel', [reason]).then(function () {});
  }
  function readFrom(rs, reader) {
    var s = rs._s;
    s.disturbed = true;
    if (s.queue.length > 0) {
      var item = s.queue.shift();
      s.queueSize -= item.size;
      if (s.queue.length === 0 && s.closeRequested) closeStream(rs);
      else pullIfNeeded(rs);
      return Promise.resolve({ value: item.value, done: false });
    }
    if (s.state === 'closed') return Promise.resolve({ value: undefined, done: true });
    if (s.state === 'errored') return Promise.reject(s.storedError);
    var d = deferred();
    reader._requests.push(d);
    pullIfNeeded(rs);
    return d.promise;
  }

  function ReadableStreamDefaultReader(stream) {
    if (!(stream instanceof ReadableStream)) throw typeError('The "stream" argument must be an instance of ReadableStream.', 'ERR_INVALID_ARG_TYPE');
    if (stream._s.reader) throw typeError('Invalid state: ReadableStream is locked', 'ERR_INVALID_STATE');
    this._stream = stream;
    this._requests = [];
    this._closed = deferred();
    stream._s.reader = this;
    if (stream._s.state === 'closed') this._closed.resolve();
    else if (stream._s.state === 'errored') { handled(this._closed.promise); this._closed.reject(stream._s.storedError); }
  }
  ReadableStreamDefaultReader.prototype = {
    constructor: ReadableStreamDefaultReader,
    get closed() { return this._closed.promise; },
    read: function () {
      if (!this._stream) return Promise.reject(typeError('Invalid state: The reader is not attached to a stream', 'ERR_INVALID_STATE'));
      return readFrom(this._stream, this);
    },
    releaseLock: function () {
      if (!this._stream) return;
      var e = typeError('Invalid state: Releasing reader', 'ERR_INVALID_STATE');
      this._requests.splice(0).forEach(function (d) { d.reject(e); });
      if (this._stream._s.state === 'readable') { handled(this._closed.promise); this._closed.reject(e); }
      this._stream._s.reader = null;
      this._stream = null;
    },
    cancel: function (reason) {
      if (!this._stream) return Promise.reject(typeError('Invalid state: The reader is not attached to a stream', 'ERR_INVALID_STATE'));
      return cancelStream(this._stream, reason);
    },
  };
  Object.defineProperty(ReadableStreamDefaultReader.prototype, Symbol.toStringTag, { value: 'ReadableStreamDefaultReader' });

  ReadableStream.prototype = {
    constructor: ReadableStream,
    get locked() { return this._s.reader !== null; },
    getReader: function (opts) {
      if (opts && opts.mode === 'byob') throw typeError('BYOB readers are not supported by plugmux', 'ERR_INVALID_ARG_VALUE');
      return new ReadableStreamDefaultReader(this);
    },
    cancel: function (reason) {
      if (this.locked) return Promise.reject(typeError('Invalid state: ReadableStream is locked', 'ERR_INVALID_STATE'));
      return cancelStream(this, reason);
    },
    pipeTo: function (dest, opts) {
      opts = opts || {};
      var src = this;
      if (!(dest instanceof WritableStream)) return Promise.reject(typeError('The "transform.writable" property must be an instance of WritableStream.', 'ERR_INVALID_ARG_TYPE'));
      if (src.locked || dest.locked) return Promise.reject(typeError('Invalid state: stream is locked', 'ERR_INVALID_STATE'));
      var reader = src.getReader(), writer = dest.getWriter();
      var signal = opts.signal;
      return new Promise(function (resolve, reject) {
        var done = false;
        function finish(err, isErr) {
          if (done) return;
          done = true;
          reader.releaseLock();
          writer.releaseLock();
          if (isErr) reject(err); else resolve();
        }
        if (signal) {
          var onAbort = function () {
            var reason = signal.reason;
            var jobs = [];
            if (!opts.preventAbort) jobs.push(dest._w.state === 'writable' ? writer.abort(reason) : Promise.resolve());
            if (!opts.preventCancel) jobs.push(reader.cancel(reason));
            Promise.all(jobs).then(function () { finish(reason, true); }, function (e) { finish(e, true); });
          };
          if (signal.aborted) { onAbort(); return; }
          signal.addEventListener('abort', onAbort, { once: true });
        }
        (function step() {
          if (done) return;
          writer.ready.then(function () { return reader.read(); }).then(function (r) {
            if (done) return;
            if (r.done) {
              if (opts.preventClose) finish();
              else writer.close().then(function () { finish(); }, function (e) { finish(e, true); });
              return;
            }
            handled(writer.write(r.value));
            step();
          }, function (e) {
            if (done) return;
            if (src._s.state === 'errored') {
              if (opts.preventAbort) finish(e, true);
              else writer.abort(e).then(function () { finish(e, true); }, function () { finish(e, true); });
            } else {
              if (opts.preventCancel) finish(e, true);
              else reader.cancel(e).then(function () { finish(e, true); }, function () { finish(e, true); });
            }
          });
        })();
      });
    },
    pipeThrough: function (transform, opts) {
      handled(this.pipeTo(transform.writable, opts));
      return transform.readable;
    },
    tee: function () {
      var reader = this.getReader();
      var branches = [], controllers = [];
      var reading = false, canceled = [false, false];
      function pull() {
        if (reading) return Promise.resolve();
        reading = true;
        return reader.read().then(function (r) {
          reading = false;
          if (r.done) { controllers.forEach(function (c, i) { if (!canceled[i]) c.close(); }); return; }
          controllers.forEach(function (c, i) { if (!canceled[i]) c.enqueue(r.value); });
        }, function (e) { controllers.forEach(function (c) { c.error(e); }); });
      }
      for (var i = 0; i < 2; i++) {
        (function (i) {
          branches.push(new ReadableStream({
            start: function (c) { controllers[i] = c; },
            pull: pull,
            cancel: function (reason) { canceled[i] = true; if (canceled[0] && canceled[1]) return reader.cancel(reason); },
          }));
        })(i);
      }
      return branches;
    },
    values: function (opts) {
      var reader = this.getReader();
      var preventCancel = !!(opts && opts.preventCancel);
      var it = {
        next: function () {
          return reader.read().then(function (r) { if (r.done) reader.releaseLock(); return r; });
        },
        return: function (v) {
          var p = preventCancel ? Promise.resolve() : reader.cancel(v);
          return p.then(function () { reader.releaseLock(); return { value: v, done: true }; });
        },
      };
      it[kAsyncIterator] = function () { return it; };
      return it;
    },
  };
  ReadableStream.prototype[kAsyncIterator] = ReadableStream.prototype.values;
  Object.defineProperty(ReadableStream.prototype, Symbol.toStringTag, { value: 'ReadableStream' });
  ReadableStream.from = function (iterable) {
    var it;
    if (iterable && typeof iterable[kAsyncIterator] === 'function') it = iterable[kAsyncIterator]();
    else if (iterable && typeof iterable[Symbol.iterator] === 'function') it = iterable[Symbol.iterator]();
    else throw typeError('The "iterable" argument must be an instance of Iterable.', 'ERR_ARG_NOT_ITERABLE');
    return new ReadableStream({
      pull: function (c) {
        return Promise.resolve(it.next()).then(function (r) {
          if (r.done) c.close();
          else return Promise.resolve(r.value).then(function (v) { c.enqueue(v); });
        });
      },
      cancel: function (reason) { if (typeof it.return === 'function') return Promise.resolve(it.return(reason)).then(function () {}); },
    }, { highWaterMark: 0 });
  };

  // --- WritableStream ---
  function WritableStream(sink, strategy) {
    if (!(this instanceof WritableStream)) throw typeError("Class constructor WritableStream cannot be invoked without 'new'");
    sink = sink || {};
    var w = this._w = {
      state: 'writable', sink: sink, queue: [], queueSize: 0, hwm: hwmOf(strategy, 1), size: sizeOf(strategy),
      writer: null, storedError: undefined, started: false, inFlight: false, closeRequested: null, abortReason: undefined,
    };
    var self = this;
    var abortController = G.AbortController ? new G.AbortController() : null;
    this._c = {
      get signal() { return abortController && abortController.signal; },
      error: function (e) { if (w.state === 'writable') errorWritable(self, e); },
    };
    this._abort = abortController;
    call(sink, 'start', [this._c]).then(function () { w.started = true; advance(self); }, function (e) { errorWritable(self, e); });
  }
  function desired(w) { return w.state === 'errored' ? null : w.state === 'closed' ? 0 : w.hwm - w.queueSize; }
  function updateReady(ws) {
    var w = ws._w, wr = w.writer;
    if (!wr) return;
    var bp = desired(w) <= 0 && w.state === 'writable' && !w.closeRequested;
    if (bp && !wr._backpressure) { wr._backpressure = true; wr._ready = deferred(); }
    else if (!bp && wr._backpressure) { wr._backpressure = false; wr._ready.resolve(); }
  }
  function advance(ws) {
    var w = ws._w;
    if (!w.started || w.inFlight || w.state !== 'writable') return;
    if (w.queue.length === 0) {
      if (w.closeRequested) {
        w.inFlight = true;
        call(w.sink, 'close', []).then(function () {
          w.inFlight = false;
          w.state = 'closed';
          w.closeRequested.resolve();
          if (w.writer) w.writer._closed.resolve();
        }, function (e) { w.inFlight = false; w.closeRequested.reject(e); errorWritable(ws, e); });
      }
      return;
    }
    var item = w.queue[0];
    w.inFlight = true;
    call(w.sink, 'write', [item.chunk, ws._c]).then(function () {
      w.inFlight = false;
      w.queue.shift();
      w.queueSize -= item.size;
      item.done.resolve();
      updateReady(ws);
      advance(ws);
    }, function (e) {
      w.inFlight = false;
      item.done.reject(e);
      errorWritable(ws, e);
    });
  }
  function errorWritable(ws, e) {
    var w = ws._w;
    if (w.state === 'errored' || w.state === 'closed') return;
    w.state = 'errored';
    w.storedError = e;
    w.queue.splice(0).forEach(function (q) { handled(q.done.promise); q.done.reject(e); });
    if (w.closeRequested) { handled(w.closeRequested.promise); w.closeRequested.reject(e); }
    var wr = w.writer;
    if (wr) {
      handled(wr._closed.promise);
      wr._closed.reject(e);
      if (!wr._backpressure) wr._ready = deferred();
      handled(wr._ready.promise);
      wr._ready.reject(e);
    }
  }
  function abortWritable(ws, reason) {
    var w = ws._w;
    if (w.state === 'closed' || w.state === 'errored') return Promise.resolve();
    if (ws._abort) ws._abort.abort(reason);
    errorWritable(ws, reason);
    return call(w.sink, 'abort', [reason]).then(function () {});
  }
  function WritableStreamDefaultWriter(stream) {
    if (stream._w.writer) throw typeError('Invalid state: WritableStream is locked', 'ERR_INVALID_STATE');
    this._stream = stream;
    this._closed = deferred();
    this._ready = deferred();
    this._backpressure = false;
    stream._w.writer = this;
    var w = stream._w;
    if (w.state === 'writable') { if (desired(w) > 0 || w.closeRequested) this._ready.resolve(); else this._backpressure = true; }
    else if (w.state === 'closed') { this._ready.resolve(); this._closed.resolve(); }
    else { handled(this._ready.promise); handled(this._closed.promise); this._ready.reject(w.storedError); this._closed.reject(w.storedError); }
  }
  WritableStreamDefaultWriter.prototype = {
    constructor: WritableStreamDefaultWriter,
    get closed() { return this._closed.promise; },
    get ready() { return this._ready.promise; },
    get desiredSize() {
      if (!this._stream) throw typeError('Invalid state: The writer is not attached to a stream', 'ERR_INVALID_STATE');
      return desired(this._stream._w);
    },
    write: function (chunk) {
      if (!this._stream) return Promise.reject(typeError('Invalid state: The writer is not attached to a stream', 'ERR_INVALID_STATE'));
      var ws = this._stream, w = ws._w;
      if (w.state === 'errored') return Promise.reject(w.storedError);
      if (w.closeRequested || w.state === 'closed') return Promise.reject(typeError('Invalid state: WritableStream is closed', 'ERR_INVALID_STATE'));
      var size;
      try { size = w.size(chunk); } catch (e) { errorWritable(ws, e); return Promise.reject(e); }
      var d = deferred();
      w.queue.push({ chunk: chunk, size: size, done: d });
      w.queueSize += size;
      updateReady(ws);
      advance(ws);
      return d.promise;
    },
    close: function () {
      if (!this._stream) return Promise.reject(typeError('Invalid state: The writer is not attached to a stream', 'ERR_INVALID_STATE'));
      return this._stream.close();
    },
    abort: function (reason) {
      if (!this._stream) return Promise.reject(typeError('Invalid state: The writer is not attached to a stream', 'ERR_INVALID_STATE'));
      return abortWritable(this._stream, reason);
    },
    releaseLock: function () {
      if (!this._stream) return;
      var e = typeError('Invalid state: Writer has been released', 'ERR_INVALID_STATE');
      if (this._stream._w.state === 'writable') { handled(this._closed.promise); this._closed.reject(e); }
      this._stream._w.writer = null;
      this._stream = null;
    },
  };
  WritableStream.prototype = {
    constructor: WritableStream,
    get locked() { return this._w.writer !== null; },
    getWriter: function () { return new WritableStreamDefaultWriter(this); },
    abort: function (reason) {
      if (this.locked) return Promise.reject(typeError('Invalid state: WritableStream is locked', 'ERR_INVALID_STATE'));
      return abortWritable(this, reason);
    },
    close: function () {
      var w = this._w;
      if (w.state === 'errored') return Promise.reject(w.storedError);
      if (w.closeRequested || w.state === 'closed') return Promise.reject(typeError('Invalid state: WritableStream is closed', 'ERR_INVALID_STATE'));
      w.closeRequested = deferred();
      updateReady(this);
      advance(this);
      return w.closeRequested.promise;
    },
  };
  Object.defineProperty(WritableStream.prototype, Symbol.toStringTag, { value: 'WritableStream' });

  // --- TransformStream ---
  function TransformStream(transformer, writableStrategy, readableStrategy) {
    if (!(this instanceof TransformStream)) throw typeError("Class constructor TransformStream cannot be invoked without 'new'");
    transformer = transformer || {};
    var rc, self = this;
    var started = deferred();
    this.readable = new ReadableStream({ start: function (c) { rc = c; }, cancel: function (reason) { return call(transformer, 'cancel', [reason]); } }, readableStrategy || { highWaterMark: 0 });
    var controller = {
      get desiredSize() { return rc.desiredSize; },
      enqueue: function (chunk) { rc.enqueue(chunk); },
      error: function (e) { rc.error(e); self.writable._c.error(e); },
      terminate: function () { try { rc.close(); } catch (e) { /* already closed */ } self.writable._c.error(typeError('The transform stream has been terminated')); },
    };
    this.writable = new WritableStream({
      start: function () { return started.promise; },
      write: function (chunk) {
        if (typeof transformer.transform === 'function') return call(transformer, 'transform', [chunk, controller]);
        controller.enqueue(chunk);
      },
      close: function () {
        return call(transformer, 'flush', [controller]).then(function () { try { rc.close(); } catch (e) { /* terminated */ } });
      },
      abort: function (reason) { rc.error(reason); },
    }, writableStrategy);
    call(transformer, 'start', [controller]).then(function () { started.resolve(); }, function (e) { started.reject(e); rc.error(e); });
  }
  Object.defineProperty(TransformStream.prototype, Symbol.toStringTag, { value: 'TransformStream' });

  function TextEncoderStream() {
    var enc = new G.TextEncoder();
    var pending = '';
    var t = new TransformStream({
      transform: function (chunk, c) {
        var s = pending + String(chunk);
        pending = '';
        var last = s.charCodeAt(s.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) { pending = s.slice(-1); s = s.slice(0, -1); }
        if (s) c.enqueue(enc.encode(s));
      },
      flush: function (c) { if (pending) c.enqueue(enc.encode('\ufffd')); },
    });
    this.readable = t.readable;
    this.writable = t.writable;
  }
  TextEncoderStream.prototype = { constructor: TextEncoderStream, get encoding() { return 'utf-8'; } };
  function TextDecoderStream(label, options) {
    var dec = new G.TextDecoder(label, options);
    var t = new TransformStream({
      transform: function (chunk, c) { var s = dec.decode(chunk, { stream: true }); if (s) c.enqueue(s); },
      flush: function (c) { var s = dec.decode(); if (s) c.enqueue(s); },
    });
    this.readable = t.readable;
    this.writable = t.writable;
    this._dec = dec;
  }
  TextDecoderStream.prototype = {
    constructor: TextDecoderStream,
    get encoding() { return this._dec.encoding; }, get fatal() { return this._dec.fatal; }, get ignoreBOM() { return this._dec.ignoreBOM; },
  };
  function CountQueuingStrategy(init) { this.highWaterMark = init.highWaterMark; }
  CountQueuingStrategy.prototype.size = function () { return 1; };
  function ByteLengthQueuingStrategy(init) { this.highWaterMark = init.highWaterMark; }
  ByteLengthQueuingStrategy.prototype.size = function (chunk) { return chunk.byteLength; };

  // --- Blob, File ---
  function bytesOf(part) {
    if (part instanceof Blob) return part._bytes;
    if (part instanceof ArrayBuffer) return new Uint8Array(part.slice(0));
    if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
    return new G.TextEncoder().encode(String(part));
  }
  function Blob(parts, options) {
    if (!(this instanceof Blob)) throw typeError("Class constructor Blob cannot be invoked without 'new'");
    parts = parts === undefined ? [] : parts;
    if (typeof parts !== 'object' || parts === null || typeof parts[Symbol.iterator] !== 'function') throw typeError('The "sources" argument must be a sequence.', 'ERR_INVALID_ARG_TYPE');
    var chunks = [], total = 0;
    for (var p of parts) {
      // a Blob part keeps its own parts: stream() yields them one by one, as Node's does
      var bs = p instanceof Blob ? p._parts : [bytesOf(p)];
      for (var i = 0; i < bs.length; i++) { chunks.push(bs[i]); total += bs[i].length; }
    }
    checkAlloc(total, 'Blob');
    var all = new Uint8Array(total), off = 0;
    chunks.forEach(function (c) { all.set(c, off); off += c.length; });
    this._bytes = all;
    this._parts = [];
    off = 0;
    for (var j = 0; j < chunks.length; j++) { if (chunks[j].length) this._parts.push(all.subarray(off, off + chunks[j].length)); off += chunks[j].length; }
    var type = options && options.type !== undefined ? String(options.type) : '';
    this._type = /[^\u0020-\u007e]/.test(type) ? '' : type.toLowerCase();
  }
  Blob.prototype = {
    constructor: Blob,
    get size() { return this._bytes.length; },
    get type() { return this._type; },
    slice: function (start, end, type) {
      var n = this._bytes.length;
      var s = start === undefined ? 0 : start < 0 ? Math.max(n + start, 0) : Math.min(start, n);
      var e = end === undefined ? n : end < 0 ? Math.max(n + end, 0) : Math.min(end, n);
      return new Blob([this._bytes.subarray(s, Math.max(s, e))], { type: type === undefined ? '' : type });
    },
    arrayBuffer: function () { return Promise.resolve(this._bytes.slice().buffer); },
    bytes: function () { return Promise.resolve(this._bytes.slice()); },
    text: function () { return Promise.resolve(new G.TextDecoder().decode(this._bytes)); },
    stream: function () {
      var parts = this._parts, i = 0;
      return new ReadableStream({
        pull: function (c) {
          if (i >= parts.length) { c.close(); return; }
          c.enqueue(parts[i++].slice());
        },
      }, { highWaterMark: 0 });
    },
  };
  Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob' });
  // as in Node 20: constructor and the newer bytes() are not enumerable
  Object.defineProperty(Blob.prototype, 'constructor', { enumerable: false });
  Object.defineProperty(Blob.prototype, 'bytes', { enumerable: false });
  function File(bits, name, options) {
    if (!(this instanceof File)) throw typeError("Class constructor File cannot be invoked without 'new'");
    if (arguments.length < 2) throw typeError('The "fileName" argument must be specified', 'ERR_MISSING_ARGS');
    Blob.call(this, bits, options);
    this._name = String(name);
    this._lastModified = options && options.lastModified !== undefined ? Number(options.lastModified) : Date.now();
  }
  File.prototype = Object.create(Blob.prototype, {
    constructor: { value: File, writable: true, configurable: true },
    name: { get: function () { return this._name; }, configurable: true },
    lastModified: { get: function () { return this._lastModified; }, enumerable: true, configurable: true },
  });
  Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File' });
  Object.setPrototypeOf(File, Blob);

  // --- FormData ---
  function entryValue(value, filename) {
    if (value instanceof Blob) {
      if (!(value instanceof File) || filename !== undefined) {
        return new File([value], filename !== undefined ? String(filename) : value instanceof File ? value.name : 'blob', { type: value.type });
      }
      return value;
    }
    return String(value);
  }
  function FormData(form) {
    if (!(this instanceof FormData)) throw typeError("Class constructor FormData cannot be invoked without 'new'");
    if (form !== undefined) throw typeError('The "form" argument is not supported by plugmux', 'ERR_INVALID_ARG_TYPE');
    this._entries = [];
  }
  FormData.prototype = {
    constructor: FormData,
    append: function (name, value, filename) { this._entries.push([String(name), entryValue(value, filename)]); },
    set: function (name, value, filename) {
      name = String(name);
      var v = entryValue(value, filename), done = false;
      this._entries = this._entries.filter(function (e) {
        if (e[0] !== name) return true;
        if (!done) { e[1] = v; done = true; return true; }
        return false;
      });
      if (!done) this._entries.push([name, v]);
    },
    get: function (name) { name = String(name); for (var i = 0; i < this._entries.length; i++) if (this._entries[i][0] === name) return this._entries[i][1]; return null; },
    getAll: function (name) { name = String(name); return this._entries.filter(function (e) { return e[0] === name; }).map(function (e) { return e[1]; }); },
    has: function (name) { return this.get(name) !== null; },
    delete: function (name) { name = String(name); this._entries = this._entries.filter(function (e) { return e[0] !== name; }); },
    forEach: function (fn, thisArg) { this._entries.slice().forEach(function (e) { fn.call(thisArg, e[1], e[0], this); }, this); },
    entries: function () { return this._entries.map(function (e) { return [e[0], e[1]]; })[Symbol.iterator](); },
    keys: function () { return this._entries.map(function (e) { return e[0]; })[Symbol.iterator](); },
    values: function () { return this._entries.map(function (e) { return e[1]; })[Symbol.iterator](); },
  };
  FormData.prototype[Symbol.iterator] = FormData.prototype.entries;
  Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: 'FormData' });

  return {
    ReadableStream: ReadableStream, ReadableStreamDefaultReader: ReadableStreamDefaultReader, WritableStream: WritableStream,
    WritableStreamDefaultWriter: WritableStreamDefaultWriter, TransformStream: TransformStream,
    TextEncoderStream: TextEncoderStream, TextDecoderStream: TextDecoderStream,
    CountQueuingStrategy: CountQueuingStrategy, ByteLengthQueuingStrategy: ByteLengthQueuingStrategy,
    Blob: Blob, File: File, FormData: FormData,
  };
}
