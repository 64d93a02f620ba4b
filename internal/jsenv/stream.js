// node:stream, written for plugmux: Readable, Writable, Duplex, Transform,
// PassThrough, pipeline, finished and stream/promises, with Node's
// buffering rules (highWaterMark, object mode, backpressure through
// write()'s result and 'drain', flowing and paused modes). Built on first
// require by makeNode.
function makeStream(EE, nextTick, Buffer, StringDecoder) {
  'use strict';
  var kCallback = Symbol('transform callback');

  function err(Ctor, code, msg) {
    var e = new Ctor(msg);
    e.code = code;
    return e;
  }
  function argType(name, what, v) {
    return err(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "' + name + '" argument must be ' + what + '. Received ' + (v === null ? 'null' : typeof v === 'object' ? 'an instance of ' + ((v.constructor && v.constructor.name) || 'Object') : 'type ' + typeof v + ' (' + String(v) + ')'));
  }
  function inherit(C, P) {
    Object.setPrototypeOf(C.prototype, P.prototype);
    Object.setPrototypeOf(C, P);
  }
  var G = globalThis;
  function getDefaultHighWaterMark(objectMode) { return objectMode ? 16 : 16384; }
  function hwmOf(o, key, objectMode) {
    var h = o[key] !== undefined ? o[key] : o.highWaterMark;
    if (h === undefined || h === null) return getDefaultHighWaterMark(objectMode);
    if (typeof h !== 'number' || !(h >= 0) || h !== Math.floor(h)) {
      throw err(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options." + key + "' is invalid. Received " + String(h));
    }
    return h;
  }

  // Stream is the legacy base: an EventEmitter with pipe.
  function Stream(opts) { EE.call(this, opts); }
  inherit(Stream, EE);
  Stream.prototype.pipe = function (dest, options) { return Readable.prototype.pipe.call(this, dest, options); };

  // --- Readable ---
  function Readable(options) {
    if (!(this instanceof Readable)) return new Readable(options);
    var o = options || {};
    Stream.call(this, o);
    var objectMode = !!(o.objectMode || o.readableObjectMode);
    this._readableState = {
      objectMode: objectMode, highWaterMark: hwmOf(o, 'readableHighWaterMark', objectMode),
      buffer: [], length: 0, flowing: null, ended: false, endEmitted: false, reading: false,
      sync: true, needReadable: false, emittedReadable: false, readableListening: false,
      resumeScheduled: false, destroyed: false, errored: null, closed: false, closeEmitted: false,
      errorEmitted: false, autoDestroy: o.autoDestroy !== false, emitClose: o.emitClose !== false,
      decoder: null, encoding: null, pipes: [], dataEmitted: false, readingMore: false,
    };
    if (o.encoding) this.setEncoding(o.encoding);
    if (typeof o.read === 'function') this._read = o.read;
    if (typeof o.destroy === 'function') this._destroy = o.destroy;
    if (typeof o.construct === 'function') this._construct = o.construct;
    if (o.signal) addAbortSignal(o.signal, this);
    if (typeof this._construct === 'function') construct(this);
  }
  inherit(Readable, Stream);

  // construct runs _construct before any _read or _write.
  function construct(stream) {
    var r = stream._readableState, w = stream._writableState;
    if (r) r.constructed = false;
    if (w) w.constructed = false;
    nextTick(function () {
      stream._construct(function (e) {
        if (r) r.constructed = true;
        if (w) w.constructed = true;
        if (e) { destroy.call(stream, e); return; }
        if (r && (r.needReadable || r.flowing)) stream.read(0);
        if (w) { clearBuffer(stream, w); finishMaybe(stream, w); }
      });
    });
  }

  Readable.prototype._read = function () {
    throw err(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The _read() method is not implemented');
  };
  Readable.prototype.push = function (chunk, encoding) { return addChunk(this, chunk, encoding, false); };
  Readable.prototype.unshift = function (chunk, encoding) { return addChunk(this, chunk, encoding, true); };

  function addChunk(stream, chunk, encoding, front) {
    var s = stream._readableState;
    if (chunk === null) {
      s.reading = false;
      if (!s.ended) {
        s.ended = true;
        if (s.decoder) {
          var rest = s.decoder.end();
          if (rest && rest.length) { s.buffer.push(rest); s.length += s.objectMode ? 1 : rest.length; }
        }
        if (s.sync) emitReadable(stream);
        else { s.needReadable = false; s.emittedReadable = true; emitReadable_(stream); }
      }
      return false;
    }
    if (!s.objectMode) {
      if (typeof chunk === 'string') {
        encoding = encoding || 'utf8';
        if (s.encoding !== encoding) chunk = s.encoding && s.decoder ? chunk : Buffer.from(chunk, encoding);
      } else if (chunk instanceof Uint8Array) {
        if (!Buffer.isBuffer(chunk)) chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      } else if (chunk !== undefined) {
        errorOrDestroy(stream, argType('chunk', 'of type string or an instance of Buffer or Uint8Array', chunk));
        return false;
      }
    }
    if (s.destroyed) return false;
    if (!front) s.reading = false;
    if (s.ended && !front) {
      errorOrDestroy(stream, err(Error, 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF'));
      return false;
    }
    if (chunk === undefined || (!s.objectMode && chunk.length === 0)) {
      if (!front) maybeReadMore(stream, s);
      return s.length < s.highWaterMark;
    }
    if (s.decoder && typeof chunk !== 'string') {
      chunk = s.decoder.write(chunk);
      if (chunk.length === 0 && !s.objectMode) { maybeReadMore(stream, s); return s.length < s.highWaterMark; }
    }
    if (s.flowing && s.length === 0 && !s.sync && stream.listenerCount('data') > 0 && !front) {
      s.dataEmitted = true;
      stream.emit('data', chunk);
    } else {
      s.length += s.objectMode ? 1 : chunk.length;
      if (front) s.buffer.unshift(chunk); else s.buffer.push(chunk);
      if (s.needReadable) emitReadable(stream);
    }
    maybeReadMore(stream, s);
    return s.length < s.highWaterMark;
  }

  function emitReadable(stream) {
    var s = stream._readableState;
    s.needReadable = false;
    if (!s.emittedReadable) {
      s.emittedReadable = true;
      nextTick(emitReadable_, stream);
    }
  }
  function emitReadable_(stream) {
    var s = stream._readableState;
    if (!s.destroyed && !s.errored && (s.length || s.ended)) {
      stream.emit('readable');
      s.emittedReadable = false;
    }
    s.needReadable = !s.flowing && !s.ended && s.length <= s.highWaterMark;
    flow(stream);
  }
  function maybeReadMore(stream, s) {
    if (!s.readingMore && s.constructed !== false) {
      s.readingMore = true;
      nextTick(function () {
        while (!s.reading && !s.ended && !s.destroyed && (s.length < s.highWaterMark || (s.flowing && s.length === 0))) {
          var len = s.length;
          stream.read(0);
          if (len === s.length) break;
        }
        s.readingMore = false;
      });
    }
  }

  // take removes n bytes (or the first chunk in object mode, or all when n
  // is undefined) from the buffer.
  function take(s, n) {
    if (s.length === 0) return null;
    if (s.objectMode) { s.length--; return s.buffer.shift(); }
    var ret;
    if (n === undefined || n >= s.length) {
      ret = s.decoder ? s.buffer.join('') : s.buffer.length === 1 ? s.buffer[0] : Buffer.concat(s.buffer, s.length);
      s.buffer = [];
      s.length = 0;
      return ret;
    }
    var first = s.buffer[0];
    if (n < first.length) {
      ret = first.slice(0, n);
      s.buffer[0] = first.slice(n);
    } else if (n === first.length) {
      ret = s.buffer.shift();
    } else {
      var parts = [], got = 0;
      while (got < n) {
        var c = s.buffer[0], need = n - got;
        if (c.length <= need) { parts.push(s.buffer.shift()); got += c.length; } else { parts.push(c.slice(0, need)); s.buffer[0] = c.slice(need); got += need; }
      }
      ret = s.decoder ? parts.join('') : Buffer.concat(parts, n);
    }
    s.length -= n;
    return ret;
  }

  function howMuchToRead(n, s) {
    if (n <= 0 || (s.length === 0 && s.ended)) return 0;
    if (s.objectMode) return 1;
    if (n !== n || n === undefined) return s.flowing && s.length ? (s.decoder ? s.length : s.buffer[0].length) : s.length;
    if (n <= s.length) return n;
    return s.ended ? s.length : 0;
  }

  Readable.prototype.read = function (n) {
    var s = this._readableState;
    if (n === undefined) n = NaN;
    else if (typeof n !== 'number') n = parseInt(n, 10);
    var nOrig = n;
    if (n > s.highWaterMark) s.highWaterMark = Math.min(1 << 30, Math.pow(2, Math.ceil(Math.log2(n))));
    if (n !== 0) s.emittedReadable = false;
    if (n === 0 && s.needReadable && ((s.highWaterMark !== 0 ? s.length >= s.highWaterMark : s.length > 0) || s.ended)) {
      if (s.length === 0 && s.ended) endReadable(this);
      else emitReadable(this);
      return null;
    }
    n = howMuchToRead(n, s);
    if (n === 0 && s.ended) {
      if (s.length === 0) endReadable(this);
      return null;
    }
    var doRead = s.needReadable;
    if (s.length === 0 || s.length - n < s.highWaterMark) doRead = true;
    if (s.ended || s.reading || s.destroyed || s.errored || s.constructed === false) doRead = false;
    else if (doRead) {
      s.reading = true;
      s.sync = true;
      if (s.length === 0) s.needReadable = true;
      try { this._read(s.highWaterMark); } catch (e) { errorOrDestroy(this, e); }
      s.sync = false;
      if (!s.reading) n = howMuchToRead(nOrig, s);
    }
    var ret = n > 0 ? take(s, s.objectMode ? 1 : n === s.length && nOrig !== nOrig ? undefined : n) : null;
    if (ret === null) {
      s.needReadable = s.length <= s.highWaterMark;
      n = 0;
    }
    if (s.length === 0) {
      if (!s.ended) s.needReadable = true;
      if (nOrig !== n && s.ended) endReadable(this);
    }
    if (ret !== null && !s.errorEmitted && !s.closeEmitted) {
      s.dataEmitted = true;
      this.emit('data', ret);
    }
    return ret;
  };

  function endReadable(stream) {
    var s = stream._readableState;
    if (!s.endEmitted) {
      s.ended = true;
      nextTick(function () {
        if (!s.errored && !s.closeEmitted && !s.endEmitted && s.length === 0) {
          s.endEmitted = true;
          stream.emit('end');
          var w = stream._writableState;
          if (w && !w.finished && stream.allowHalfOpen === false && !w.ending) stream.end();
          if (s.autoDestroy && (!w || (w.autoDestroy && (w.finished || w.writable === false)))) stream.destroy();
        }
      });
    }
  }

  function flow(stream) {
    var s = stream._readableState;
    while (s.flowing && stream.read() !== null);
  }

  Readable.prototype.on = function (ev, fn) {
    var res = Stream.prototype.on.call(this, ev, fn);
    var s = this._readableState;
    if (ev === 'data') {
      s.readableListening = this.listenerCount('readable') > 0;
      if (s.flowing !== false) this.resume();
    } else if (ev === 'readable') {
      if (!s.endEmitted && !s.readableListening) {
        s.readableListening = s.needReadable = true;
        s.flowing = false;
        s.emittedReadable = false;
        if (s.length) emitReadable(this);
        else if (!s.reading) { var self = this; nextTick(function () { self.read(0); }); }
      }
    }
    return res;
  };
  Readable.prototype.addListener = Readable.prototype.on;
  Readable.prototype.removeListener = function (ev, fn) {
    var res = Stream.prototype.removeListener.call(this, ev, fn);
    if (ev === 'readable') {
      var self = this;
      nextTick(function () {
        var s = self._readableState;
        s.readableListening = self.listenerCount('readable') > 0;
        if (!s.readableListening && self.listenerCount('data') > 0 && !s.paused) self.resume();
      });
    }
    return res;
  };
  Readable.prototype.off = Readable.prototype.removeListener;

  Readable.prototype.resume = function () {
    var s = this._readableState;
    if (!s.flowing) {
      s.flowing = !s.readableListening;
      if (!s.resumeScheduled) {
        s.resumeScheduled = true;
        var self = this;
        nextTick(function () {
          if (!s.reading) self.read(0);
          s.resumeScheduled = false;
          self.emit('resume');
          flow(self);
          if (s.flowing && !s.reading) self.read(0);
        });
      }
    }
    s.paused = false;
    return this;
  };
  Readable.prototype.pause = function () {
    var s = this._readableState;
    if (s.flowing !== false) {
      s.flowing = false;
      this.emit('pause');
    }
    s.paused = true;
    return this;
  };
  Readable.prototype.isPaused = function () {
    var s = this._readableState;
    return s.paused === true || s.flowing === false;
  };
  Readable.prototype.setEncoding = function (enc) {
    var s = this._readableState;
    s.decoder = new StringDecoder(enc);
    s.encoding = s.decoder.encoding;
    var content = '';
    for (var i = 0; i < s.buffer.length; i++) content += typeof s.buffer[i] === 'string' ? s.buffer[i] : s.decoder.write(s.buffer[i]);
    s.buffer = content ? [content] : [];
    s.length = content.length;
    return this;
  };

  Readable.prototype.pipe = function (dest, options) {
    var src = this, s = this._readableState;
    if (!s) { // a legacy Stream
      src.on('data', function (c) { if (dest.write(c) === false && src.pause) src.pause(); });
      dest.on('drain', function () { if (src.resume) src.resume(); });
      if (!options || options.end !== false) src.on('end', function () { dest.end(); });
      dest.emit('pipe', src);
      return dest;
    }
    s.pipes.push(dest);
    var doEnd = (!options || options.end !== false) && !dest._isStdio;
    var waiting = false;
    function ondata(chunk) {
      if (dest.write(chunk) === false && !waiting) {
        waiting = true;
        src.pause();
        dest.once('drain', ondrain);
      }
    }
    function ondrain() { waiting = false; src.resume(); }
    function onend() { if (doEnd) dest.end(); }
    function onerror(er) {
      cleanup();
      if (dest.listenerCount('error') === 0) {
        var ws = dest._writableState || dest._readableState;
        if (ws && !ws.errorEmitted) errorOrDestroy(dest, er); else dest.emit('error', er);
      }
    }
    function onclose() { dest.removeListener('finish', onfinish); unpipe(); }
    function onfinish() { dest.removeListener('close', onclose); unpipe(); }
    function unpipe() { src.unpipe(dest); }
    function cleanup() {
      dest.removeListener('close', onclose);
      dest.removeListener('finish', onfinish);
      dest.removeListener('drain', ondrain);
      dest.removeListener('error', onerror);
      dest.removeListener('unpipe', onunpipe);
      src.removeListener('end', onend);
      src.removeListener('data', ondata);
    }
    function onunpipe(r) { if (r === src) cleanup(); }
    src.on('data', ondata);
    if (s.endEmitted) nextTick(onend); else src.once('end', onend);
    dest.prependListener('error', onerror);
    dest.once('close', onclose);
    dest.once('finish', onfinish);
    dest.on('unpipe', onunpipe);
    dest.emit('pipe', src);
    if (dest.writableNeedDrain === true) { if (s.flowing) src.pause(); }
    else if (!s.flowing) src.resume();
    return dest;
  };
  Readable.prototype.unpipe = function (dest) {
    var s = this._readableState;
    var list = dest ? s.pipes.filter(function (d) { return d === dest; }) : s.pipes.slice();
    if (list.length === 0) return this;
    s.pipes = dest ? s.pipes.filter(function (d) { return d !== dest; }) : [];
    if (s.pipes.length === 0) this.pause();
    for (var i = 0; i < list.length; i++) list[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  };
  Readable.prototype.wrap = function (old) {
    var self = this, paused = false;
    old.on('data', function (c) { if (!self.push(c) && old.pause) { paused = true; old.pause(); } });
    old.on('end', function () { self.push(null); });
    old.on('error', function (e) { errorOrDestroy(self, e); });
    this._read = function () { if (paused && old.resume) { paused = false; old.resume(); } };
    return this;
  };

  Readable.prototype[Symbol.asyncIterator] = function () { return readableIterator(this, true); };
  Readable.prototype.iterator = function (opts) { return readableIterator(this, !opts || opts.destroyOnReturn !== false); };

  // readableIterator reads the stream in paused mode, one chunk per next().
  function readableIterator(stream, destroyOnReturn) {
    var s = stream._readableState;
    var waiting = null, done = false, error = null;
    function wake() { if (waiting) { var w = waiting; waiting = null; w(); } }
    stream.on('readable', wake);
    var cleanup = finished(stream, { writable: false }, function (e) {
      error = e && e.code !== 'ERR_STREAM_PREMATURE_CLOSE' ? e : error;
      if (e && e.code === 'ERR_STREAM_PREMATURE_CLOSE' && !s.endEmitted) error = e;
      done = true;
      wake();
    });
    function step() {
      var chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) return Promise.resolve({ value: chunk, done: false });
      if (error) { var e = error; error = null; finish(); return Promise.reject(e); }
      if (done || s.endEmitted) { finish(); return Promise.resolve({ value: undefined, done: true }); }
      return new Promise(function (resolve) { waiting = resolve; }).then(step);
    }
    function finish() { cleanup(); stream.removeListener('readable', wake); }
    var it = {
      next: step,
      return: function (v) {
        finish();
        if (destroyOnReturn && !s.endEmitted) stream.destroy();
        return Promise.resolve({ value: v, done: true });
      },
    };
    it[Symbol.asyncIterator] = function () { return it; };
    return it;
  }

  Readable.from = function (iterable, opts) {
    if (typeof iterable === 'string' || iterable instanceof Uint8Array) {
      return new Readable(Object.assign({ objectMode: true }, opts, { read: function () { this.push(iterable); this.push(null); } }));
    }
    var it;
    if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') it = iterable[Symbol.asyncIterator]();
    else if (iterable && typeof iterable[Symbol.iterator] === 'function') it = iterable[Symbol.iterator]();
    else throw argType('iterable', 'an Iterable', iterable);
    var reading = false;
    var r = new Readable(Object.assign({ objectMode: true, highWaterMark: 1 }, opts, {
      read: function () {
        if (reading) return;
        reading = true;
        var self = this;
        (function next() {
          var res;
          try { res = it.next(); } catch (e) { reading = false; self.destroy(e); return; }
          Promise.resolve(res).then(function (step) {
            if (step.done) { reading = false; self.push(null); return; }
            return Promise.resolve(step.value).then(function (v) {
              if (v === null) { reading = false; self.destroy(err(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream')); return; }
              if (self.push(v)) next(); else reading = false;
            });
          }).catch(function (e) { reading = false; self.destroy(e); });
        })();
      },
      // as Node's: the iterator is closed (when it did not finish) in a
      // promise job, and the callback runs a tick after
      destroy: function (e, cb) {
        var ended = this._readableState.endEmitted;
        Promise.resolve().then(function () { if (!ended && typeof it.return === 'function') return it.return(); })
          .then(function () { nextTick(cb, e); }, function (e2) { nextTick(cb, e || e2); });
      },
    }));
    return r;
  };

  defineGetters(Readable.prototype, {
    readable: function () { var s = this._readableState; return !!s && s.readable !== false && !s.destroyed && !s.errorEmitted && !s.endEmitted; },
    readableFlowing: function () { return this._readableState.flowing; },
    readableLength: function () { return this._readableState.length; },
    readableHighWaterMark: function () { return this._readableState.highWaterMark; },
    readableObjectMode: function () { return this._readableState.objectMode; },
    readableEncoding: function () { return this._readableState.encoding; },
    readableEnded: function () { return this._readableState.endEmitted; },
    readableAborted: function () { var s = this._readableState; return !!(s.destroyed || s.errored) && !s.endEmitted; },
    readableDidRead: function () { return this._readableState.dataEmitted; },
    errored: function () { var s = this._readableState || this._writableState; return s.errored; },
    closed: function () { var s = this._readableState || this._writableState; return s.closed; },
    destroyed: function () { var s = this._readableState || this._writableState; return s.destroyed; },
  }, {
    readable: function (v) { if (this._readableState) this._readableState.readable = !!v; },
    destroyed: function (v) { var s = this._readableState || this._writableState; s.destroyed = v; if (this._writableState) this._writableState.destroyed = v; },
  });

  function defineGetters(proto, getters, setters) {
    Object.keys(getters).forEach(function (k) {
      Object.defineProperty(proto, k, { get: getters[k], set: setters && setters[k], configurable: true, enumerable: false });
    });
  }

  // --- Writable ---
  function Writable(options) {
    if (!(this instanceof Writable) && !(this instanceof Duplex)) return new Writable(options);
    var o = options || {};
    if (!(this instanceof Duplex)) Stream.call(this, o);
    var objectMode = !!(o.objectMode || o.writableObjectMode);
    this._writableState = newWritableState(o, objectMode);
    if (typeof o.write === 'function') this._write = o.write;
    if (typeof o.writev === 'function') this._writev = o.writev;
    if (typeof o.destroy === 'function') this._destroy = o.destroy;
    if (typeof o.final === 'function') this._final = o.final;
    if (typeof o.construct === 'function') this._construct = o.construct;
    if (o.signal) addAbortSignal(o.signal, this);
    if (!(this instanceof Duplex) && typeof this._construct === 'function') construct(this);
  }
  inherit(Writable, Stream);
  function newWritableState(o, objectMode) {
    return {
      objectMode: objectMode, highWaterMark: hwmOf(o, 'writableHighWaterMark', objectMode),
      decodeStrings: o.decodeStrings !== false, defaultEncoding: o.defaultEncoding || 'utf8',
      length: 0, writing: false, corked: 0, buffered: [], ending: false, ended: false, finished: false,
      destroyed: false, errored: null, errorEmitted: false, closed: false, closeEmitted: false,
      needDrain: false, sync: true, pendingcb: 0, finalCalled: false, prefinished: false,
      autoDestroy: o.autoDestroy !== false, emitClose: o.emitClose !== false, writecb: null, writelen: 0,
      afterWriteCount: 0, allNoop: true,
    };
  }
  Object.defineProperty(Writable, Symbol.hasInstance, {
    value: function (obj) {
      if (Function.prototype[Symbol.hasInstance].call(this, obj)) return true;
      if (this !== Writable) return false;
      return !!(obj && obj._writableState);
    },
  });

  Writable.prototype._write = function (chunk, enc, cb) {
    if (this._writev) this._writev([{ chunk: chunk, encoding: enc }], cb);
    else throw err(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The _write() method is not implemented');
  };
  function nop() {}

  Writable.prototype.write = function (chunk, encoding, cb) {
    var s = this._writableState;
    if (typeof encoding === 'function') { cb = encoding; encoding = null; }
    if (!encoding) encoding = s.defaultEncoding;
    else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw err(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + encoding);
    if (typeof cb !== 'function') cb = nop;
    if (chunk === null) throw err(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
    if (!s.objectMode) {
      if (typeof chunk === 'string') {
        if (s.decodeStrings !== false) { chunk = Buffer.from(chunk, encoding); encoding = 'buffer'; }
      } else if (chunk instanceof Uint8Array) {
        if (!Buffer.isBuffer(chunk)) chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        encoding = 'buffer';
      } else {
        throw argType('chunk', 'of type string or an instance of Buffer or Uint8Array', chunk);
      }
    }
    var e;
    if (s.ending) e = err(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
    else if (s.destroyed) e = err(Error, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed');
    if (e) {
      nextTick(cb, e);
      errorOrDestroy(this, e, true);
      return e;
    }
    s.pendingcb++;
    var len = s.objectMode ? 1 : chunk.length;
    s.length += len;
    if (s.writing || s.corked || s.errored || s.constructed === false) {
      s.buffered.push({ chunk: chunk, encoding: encoding, callback: cb });
      if (cb !== nop) s.allNoop = false;
    } else {
      doWrite(this, s, false, len, chunk, encoding, cb);
    }
    // measured after the write, as Node 20 does: a _write that calls back
    // at once has already taken the chunk off the count
    var ret = s.length < s.highWaterMark || (s.length === 0 && !s.writing);
    if (!ret) s.needDrain = true;
    return ret && !s.errored && !s.destroyed;
  };

  function doWrite(stream, s, writev, len, chunk, encoding, cb) {
    s.writelen = len;
    s.writecb = cb;
    s.writing = true;
    s.sync = true;
    var once = false;
    var done = function (er) {
      if (once) { errorOrDestroy(stream, err(Error, 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times')); return; }
      once = true;
      onwrite(stream, er);
    };
    if (s.destroyed) done(err(Error, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed'));
    else if (writev) stream._writev(chunk, done);
    else stream._write(chunk, encoding, done);
    s.sync = false;
  }

  function onwrite(stream, er) {
    var s = stream._writableState;
    var sync = s.sync, cb = s.writecb;
    s.writing = false;
    s.writecb = null;
    s.length -= s.writelen;
    s.writelen = 0;
    if (er) {
      if (!s.errored) s.errored = er;
      if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
      if (sync) nextTick(onwriteError, stream, s, er, cb); else onwriteError(stream, s, er, cb);
      return;
    }
    if (s.buffered.length > 0) clearBuffer(stream, s);
    if (sync) {
      if (s.afterWriteTick && s.afterWriteTick.cb === cb) s.afterWriteTick.count++;
      else {
        s.afterWriteTick = { count: 1, cb: cb };
        var t = s.afterWriteTick;
        nextTick(function () { s.afterWriteTick = null; afterWrite(stream, s, t.count, t.cb); });
      }
    } else {
      afterWrite(stream, s, 1, cb);
    }
  }
  function onwriteError(stream, s, er, cb) {
    --s.pendingcb;
    cb(er);
    errorBuffer(s);
    errorOrDestroy(stream, er);
  }
  function errorBuffer(s) {
    if (s.writing) return;
    var list = s.buffered;
    s.buffered = [];
    for (var i = 0; i < list.length; i++) {
      s.length -= s.objectMode ? 1 : list[i].chunk.length;
      s.pendingcb--;
      list[i].callback(s.errored || err(Error, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed'));
    }
  }
  function afterWrite(stream, s, count, cb) {
    if (!s.ending && !stream.destroyed && s.length === 0 && s.needDrain) {
      s.needDrain = false;
      stream.emit('drain');
    }
    while (count-- > 0) { s.pendingcb--; cb(); }
    if (s.destroyed) errorBuffer(s);
    finishMaybe(stream, s);
  }
  function clearBuffer(stream, s) {
    if (s.corked || s.destroyed || s.writing || s.constructed === false || s.buffered.length === 0) return;
    var list = s.buffered;
    if (list.length > 1 && stream._writev) {
      s.pendingcb -= list.length - 1;
      var callbacks = list.map(function (b) { return b.callback; });
      var total = 0;
      for (var i = 0; i < list.length; i++) total += s.objectMode ? 1 : list[i].chunk.length;
      s.buffered = [];
      s.allNoop = true;
      doWrite(stream, s, true, total, list, '', function (e) { for (var j = 0; j < callbacks.length; j++) callbacks[j](e); });
    } else {
      do {
        var b = s.buffered.shift();
        doWrite(stream, s, false, s.objectMode ? 1 : b.chunk.length, b.chunk, b.encoding, b.callback);
      } while (s.buffered.length > 0 && !s.writing);
      if (s.buffered.length === 0) s.allNoop = true;
    }
  }

  Writable.prototype.cork = function () { this._writableState.corked++; };
  Writable.prototype.uncork = function () {
    var s = this._writableState;
    if (s.corked) {
      s.corked--;
      if (!s.writing) clearBuffer(this, s);
    }
  };
  Writable.prototype.setDefaultEncoding = function (enc) {
    if (typeof enc === 'string') enc = enc.toLowerCase();
    if (!Buffer.isEncoding(enc)) throw err(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + enc);
    this._writableState.defaultEncoding = enc;
    return this;
  };
  Writable.prototype.end = function (chunk, encoding, cb) {
    var s = this._writableState;
    if (typeof chunk === 'function') { cb = chunk; chunk = null; encoding = null; } else if (typeof encoding === 'function') { cb = encoding; encoding = null; }
    var e;
    if (chunk !== null && chunk !== undefined) {
      var ret = this.write(chunk, encoding);
      if (ret instanceof Error) e = ret;
    }
    if (s.corked) { s.corked = 1; this.uncork(); }
    if (e) {
      // the write's error is reported
    } else if (!s.errored && !s.ending) {
      s.ending = true;
      finishMaybe(this, s, true);
      s.ended = true;
    } else if (s.finished) {
      e = err(Error, 'ERR_STREAM_ALREADY_FINISHED', 'Cannot call end after a stream was finished');
    } else if (s.destroyed) {
      e = err(Error, 'ERR_STREAM_DESTROYED', 'Cannot call end after a stream was destroyed');
    }
    if (typeof cb === 'function') {
      if (e || s.finished) nextTick(cb, e);
      else { s.finishCallbacks = s.finishCallbacks || []; s.finishCallbacks.push(cb); }
    }
    return this;
  };
  function needFinish(s) {
    return s.ending && !s.destroyed && s.constructed !== false && s.length === 0 && !s.errored && s.buffered.length === 0 && !s.finished && !s.writing && !s.errorEmitted && !s.closeEmitted;
  }
  function prefinish(stream, s) {
    if (!s.prefinished && !s.finalCalled) {
      if (typeof stream._final === 'function' && !s.destroyed) {
        s.finalCalled = true;
        s.sync = true;
        s.pendingcb++;
        var called = false;
        var onfinal = function (e) {
          if (called) { errorOrDestroy(stream, err(Error, 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times')); return; }
          called = true;
          s.pendingcb--;
          if (e) {
            var cbs = s.finishCallbacks || [];
            s.finishCallbacks = [];
            for (var i = 0; i < cbs.length; i++) cbs[i](e);
            errorOrDestroy(stream, e, s.sync);
          } else if (needFinish(s)) {
            s.prefinished = true;
            stream.emit('prefinish');
            s.pendingcb++;
            nextTick(finish, stream, s);
          }
        };
        try { stream._final(onfinal); } catch (e) { onfinal(e); }
        s.sync = false;
      } else {
        s.prefinished = true;
        stream.emit('prefinish');
      }
    }
  }
  function finishMaybe(stream, s, sync) {
    if (needFinish(s)) {
      prefinish(stream, s);
      if (s.pendingcb === 0) {
        if (sync) {
          s.pendingcb++;
          nextTick(function () { if (needFinish(s)) finish(stream, s); else s.pendingcb--; });
        } else if (needFinish(s)) {
          s.pendingcb++;
          finish(stream, s);
        }
      }
    }
  }
  function finish(stream, s) {
    s.pendingcb--;
    s.finished = true;
    var cbs = s.finishCallbacks || [];
    s.finishCallbacks = [];
    for (var i = 0; i < cbs.length; i++) cbs[i]();
    stream.emit('finish');
    if (s.autoDestroy) {
      var r = stream._readableState;
      if (!r || (r.autoDestroy && (r.endEmitted || r.readable === false))) stream.destroy();
    }
  }

  defineGetters(Writable.prototype, {
    writable: function () { var s = this._writableState; return !!s && s.writable !== false && !s.destroyed && !s.errored && !s.ending && !s.ended; },
    writableEnded: function () { return this._writableState.ending; },
    writableFinished: function () { return this._writableState.finished; },
    writableLength: function () { return this._writableState.length; },
    writableHighWaterMark: function () { return this._writableState.highWaterMark; },
    writableObjectMode: function () { return this._writableState.objectMode; },
    writableCorked: function () { return this._writableState.corked; },
    writableNeedDrain: function () { var s = this._writableState; return !s.destroyed && !s.ending && s.needDrain; },
    writableAborted: function () { var s = this._writableState; return !!(s.destroyed || s.errored) && !s.finished; },
    errored: function () { return this._writableState.errored; },
    closed: function () { return this._writableState.closed; },
    destroyed: function () { return this._writableState.destroyed; },
  }, {
    writable: function (v) { if (this._writableState) this._writableState.writable = !!v; },
    destroyed: function (v) { this._writableState.destroyed = v; },
  });

  // --- destroy, shared by both sides ---
  function destroy(e, cb) {
    var r = this._readableState, w = this._writableState, s = w || r;
    if ((w && w.destroyed) || (r && r.destroyed)) {
      if (typeof cb === 'function') cb();
      return this;
    }
    if (e) {
      if (w && !w.errored) w.errored = e;
      if (r && !r.errored) r.errored = e;
    }
    if (w) w.destroyed = true;
    if (r) r.destroyed = true;
    var self = this;
    var called = false;
    function onDestroy(e2) {
      if (called) return;
      called = true;
      if (e2) {
        if (w && !w.errored) w.errored = e2;
        if (r && !r.errored) r.errored = e2;
      }
      if (w) w.closed = true;
      if (r) r.closed = true;
      if (typeof cb === 'function') cb(e2);
      if (e2) nextTick(emitErrorCloseNT, self, e2);
      else nextTick(emitCloseNT, self);
    }
    var run = function () {
      try { self._destroy(e || null, onDestroy); } catch (x) { onDestroy(x); }
    };
    if (s.constructed === false) self.once(kConstructed, run); else run();
    return this;
  }
  var kConstructed = Symbol('constructed');
  function emitErrorCloseNT(self, e) { emitErrorNT(self, e); emitCloseNT(self); }
  function emitCloseNT(self) {
    var r = self._readableState, w = self._writableState;
    if (w) w.closeEmitted = true;
    if (r) r.closeEmitted = true;
    if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
  }
  function emitErrorNT(self, e) {
    var r = self._readableState, w = self._writableState;
    if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
    if (w) w.errorEmitted = true;
    if (r) r.errorEmitted = true;
    self.emit('error', e);
  }
  function errorOrDestroy(stream, e, sync) {
    var r = stream._readableState, w = stream._writableState;
    if ((w && w.destroyed) || (r && r.destroyed)) return;
    if ((r && r.autoDestroy) || (w && w.autoDestroy)) stream.destroy(e);
    else if (e) {
      if (w && !w.errored) w.errored = e;
      if (r && !r.errored) r.errored = e;
      if (sync) nextTick(emitErrorNT, stream, e); else emitErrorNT(stream, e);
    }
  }
  Readable.prototype.destroy = destroy;
  Writable.prototype.destroy = destroy;
  Readable.prototype._destroy = function (e, cb) { cb(e); };
  Writable.prototype._destroy = function (e, cb) { cb(e); };
  Readable.prototype._undestroy = Writable.prototype._undestroy = function () {};

  // --- Duplex, Transform, PassThrough ---
  function Duplex(options) {
    if (!(this instanceof Duplex)) return new Duplex(options);
    var o = options || {};
    Readable.call(this, Object.assign({}, o, { construct: undefined, signal: undefined }));
    var objectMode = !!(o.objectMode || o.writableObjectMode);
    this._writableState = newWritableState(o, objectMode);
    if (typeof o.write === 'function') this._write = o.write;
    if (typeof o.writev === 'function') this._writev = o.writev;
    if (typeof o.final === 'function') this._final = o.final;
    this.allowHalfOpen = o.allowHalfOpen !== false;
    if (o.readable === false) { this._readableState.readable = false; this._readableState.ended = true; this._readableState.endEmitted = true; }
    if (o.writable === false) { this._writableState.writable = false; this._writableState.ending = this._writableState.ended = this._writableState.finished = true; }
    if (o.signal) addAbortSignal(o.signal, this);
    if (typeof this._construct === 'function') construct(this);
  }
  inherit(Duplex, Readable);
  ['write', 'cork', 'uncork', 'end', 'setDefaultEncoding', '_write'].forEach(function (m) {
    if (!Duplex.prototype.hasOwnProperty(m)) Duplex.prototype[m] = Writable.prototype[m];
  });
  ['writable', 'writableEnded', 'writableFinished', 'writableLength', 'writableHighWaterMark', 'writableObjectMode', 'writableCorked', 'writableNeedDrain', 'writableAborted'].forEach(function (k) {
    Object.defineProperty(Duplex.prototype, k, Object.getOwnPropertyDescriptor(Writable.prototype, k));
  });
  defineGetters(Duplex.prototype, {
    destroyed: function () { return this._readableState.destroyed && this._writableState.destroyed; },
  }, {
    destroyed: function (v) { this._readableState.destroyed = v; this._writableState.destroyed = v; },
  });

  function Transform(options) {
    if (!(this instanceof Transform)) return new Transform(options);
    var o = options || {};
    var rhwm = o.readableHighWaterMark !== undefined ? o.readableHighWaterMark : null;
    if (rhwm === 0) o = Object.assign({}, o, { readableHighWaterMark: getDefaultHighWaterMark(!!(o.objectMode || o.readableObjectMode)) });
    Duplex.call(this, o);
    this._readableState.sync = false;
    this[kCallback] = null;
    if (typeof o.transform === 'function') this._transform = o.transform;
    if (typeof o.flush === 'function') this._flush = o.flush;
  }
  inherit(Transform, Duplex);
  Transform.prototype._final = function (cb) {
    var self = this;
    if (typeof this._flush === 'function' && !this.destroyed) {
      this._flush(function (e, data) {
        if (e) { if (cb) cb(e); else self.destroy(e); return; }
        if (data != null) self.push(data);
        self.push(null);
        if (cb) cb();
      });
    } else {
      this.push(null);
      if (cb) cb();
    }
  };
  Transform.prototype._transform = function () {
    throw err(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The _transform() method is not implemented');
  };
  Transform.prototype._write = function (chunk, encoding, callback) {
    var self = this, rs = this._readableState, ws = this._writableState, length = rs.length;
    this._transform(chunk, encoding, function (e, val) {
      if (e) { callback(e); return; }
      if (val != null) self.push(val);
      if (rs.ended) { nextTick(callback); return; }
      if (ws.ended || length === rs.length || rs.length < rs.highWaterMark) callback();
      else self[kCallback] = callback;
    });
  };
  Transform.prototype._read = function () {
    if (this[kCallback]) {
      var cb = this[kCallback];
      this[kCallback] = null;
      cb();
    }
  };

  function PassThrough(options) {
    if (!(this instanceof PassThrough)) return new PassThrough(options);
    Transform.call(this, options);
  }
  inherit(PassThrough, Transform);
  PassThrough.prototype._transform = function (chunk, enc, cb) { cb(null, chunk); };

  // --- finished, pipeline ---
  function isReadableNodeStream(s) { return !!(s && typeof s.pipe === 'function' && typeof s.on === 'function' && (!s._writableState || (s._readableState && s._readableState.readable !== false))); }
  function isWritableNodeStream(s) { return !!(s && typeof s.write === 'function' && typeof s.on === 'function' && (!s._readableState || (s._writableState && s._writableState.writable !== false))); }

  function finished(stream, opts, callback) {
    if (typeof opts === 'function') { callback = opts; opts = {}; }
    opts = opts || {};
    var called = false;
    function cb(e) {
      if (called) return;
      called = true;
      callback.call(stream, e);
    }
    var r = stream._readableState, w = stream._writableState;
    var readable = opts.readable !== undefined ? opts.readable : isReadableNodeStream(stream);
    var writable = opts.writable !== undefined ? opts.writable : isWritableNodeStream(stream);
    var wFinished = !!(w && w.finished), rFinished = !!(r && r.endEmitted);
    function onfinish() { wFinished = true; if (!readable || rFinished) cb(); }
    function onend() { rFinished = true; if (!writable || wFinished) cb(); }
    function onerror(e) { cb(e); }
    function onclose() {
      if (readable && !rFinished && !(r && r.endEmitted)) return cb((r && r.errored) || err(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'));
      if (writable && !wFinished && !(w && w.finished)) return cb((w && w.errored) || err(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'));
      cb();
    }
    stream.on('end', onend);
    stream.on('finish', onfinish);
    if (opts.error !== false) stream.on('error', onerror);
    stream.on('close', onclose);
    var s = w || r;
    if (s && s.closeEmitted) nextTick(onclose);
    else if (s && s.errorEmitted && s.errored) nextTick(onerror, s.errored);
    else if ((!readable || rFinished) && (!writable || wFinished) && (r || w)) nextTick(cb);
    return function cleanup() {
      stream.removeListener('end', onend);
      stream.removeListener('finish', onfinish);
      stream.removeListener('error', onerror);
      stream.removeListener('close', onclose);
    };
  }

  function pipeline() {
    var streams = Array.prototype.slice.call(arguments);
    var callback = streams.pop();
    if (typeof callback !== 'function') throw argType('streams[' + streams.length + ']', 'of type function', callback);
    if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
    if (streams.length < 2) throw err(TypeError, 'ERR_MISSING_ARGS', 'The "streams" argument must be specified');
    // every stage reports once (finished, or its promise settling); the
    // callback runs when all have, with the first error that is not a
    // premature close caused by tearing the others down
    var error = null, failed = false, pending = 0, value, last = null;
    var destroys = [];
    function report(e, v) {
      if (e && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = e;
      if (v !== undefined) value = v;
      if (e && !failed) { failed = true; destroys.forEach(function (d) { d(error); }); }
      if (--pending === 0) nextTick(function () { if (error) callback(error); else callback(null, value); });
    }
    var prev = null;
    streams.forEach(function (st, i) {
      var isLast = i === streams.length - 1;
      var fed = typeof st === 'function'; // a function stage reads prev itself
      if (fed) {
        st = st(prev === null ? undefined : prev, { signal: undefined });
        if (!isLast) st = Readable.from(st);
        else if (st && typeof st.then === 'function') {
          pending++;
          st.then(function (v) { report(null, v); }, function (e) { report(e); });
          prev = null;
          return;
        }
      } else if (i === 0 && !isReadableNodeStream(st) && st && (typeof st[Symbol.asyncIterator] === 'function' || typeof st[Symbol.iterator] === 'function')) {
        st = Readable.from(st);
      }
      var stream = st;
      destroys.push(function (e) { if (stream && typeof stream.destroy === 'function' && !stream.destroyed) stream.destroy(e); });
      // a stream a function stage consumes ends with that stage's iteration
      if (typeof streams[i + 1] !== 'function') {
        pending++;
        finished(stream, { readable: !isLast, writable: i > 0 && !fed }, function (e) { report(e); });
      }
      if (prev && !fed) prev.pipe(stream);
      prev = stream;
      last = stream;
    });
    return last;
  }

  function addAbortSignal(signal, stream) {
    if (!signal || typeof signal.aborted !== 'boolean') throw argType('signal', 'an instance of AbortSignal', signal);
    function onAbort() {
      var e = new Error('The operation was aborted');
      e.name = 'AbortError';
      e.code = 'ABORT_ERR';
      e.cause = signal.reason;
      stream.destroy(e);
    }
    if (signal.aborted) onAbort(); else signal.addEventListener('abort', onAbort, { once: true });
    return stream;
  }

  function promisePipeline() {
    var args = Array.prototype.slice.call(arguments);
    return new Promise(function (resolve, reject) {
      args.push(function (e, v) { if (e) reject(e); else resolve(v); });
      pipeline.apply(null, args);
    });
  }
  function promiseFinished(stream, opts) {
    return new Promise(function (resolve, reject) {
      finished(stream, opts, function (e) { if (e) reject(e); else resolve(); });
    });
  }
  var promises = { pipeline: promisePipeline, finished: promiseFinished };
  pipeline[Symbol.for('nodejs.util.promisify.custom')] = promisePipeline;
  finished[Symbol.for('nodejs.util.promisify.custom')] = promiseFinished;

  // --- bridges to the web streams ---
  Readable.toWeb = function (r) {
    var done = false;
    return new G.ReadableStream({
      start: function (c) {
        r.on('data', function (chunk) {
          c.enqueue(typeof chunk === 'string' ? new G.TextEncoder().encode(chunk) : r.readableObjectMode ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if (c.desiredSize <= 0) r.pause();
        });
        r.on('end', function () { if (!done) { done = true; c.close(); } });
        r.on('error', function (e) { if (!done) { done = true; c.error(e); } });
        r.pause();
      },
      pull: function () { r.resume(); },
      cancel: function (reason) { done = true; r.destroy(reason); },
    }, { highWaterMark: r.readableHighWaterMark, size: r.readableObjectMode ? undefined : function (c) { return c.byteLength; } });
  };
  Readable.fromWeb = function (rs, opts) {
    var reader = rs.getReader();
    return new Readable(Object.assign({}, opts, {
      read: function () {
        var self = this;
        reader.read().then(function (res) {
          if (res.done) self.push(null);
          else self.push(res.value instanceof Uint8Array && !self.readableObjectMode ? Buffer.from(res.value.buffer, res.value.byteOffset, res.value.byteLength) : res.value);
        }, function (e) { self.destroy(e); });
      },
      destroy: function (e, cb) { reader.cancel(e).then(function () { cb(e); }, function () { cb(e); }); },
    }));
  };
  Writable.toWeb = function (w) {
    return new G.WritableStream({
      write: function (chunk) {
        return new Promise(function (resolve, reject) {
          var ok = w.write(chunk, function (e) { if (e) reject(e); });
          if (ok) resolve(); else w.once('drain', resolve);
        });
      },
      close: function () { return new Promise(function (resolve, reject) { w.end(function (e) { if (e) reject(e); else resolve(); }); }); },
      abort: function (reason) { w.destroy(reason); },
    });
  };
  Writable.fromWeb = function (ws, opts) {
    var writer = ws.getWriter();
    return new Writable(Object.assign({}, opts, {
      write: function (chunk, enc, cb) { writer.ready.then(function () { return writer.write(chunk); }).then(function () { cb(); }, cb); },
      final: function (cb) { writer.close().then(function () { cb(); }, cb); },
      destroy: function (e, cb) { if (e) writer.abort(e).then(function () { cb(e); }, function () { cb(e); }); else cb(); },
    }));
  };

  Stream.Stream = Stream;
  Stream.Readable = Readable;
  Stream.Writable = Writable;
  Stream.Duplex = Duplex;
  Stream.Transform = Transform;
  Stream.PassThrough = PassThrough;
  Stream.pipeline = pipeline;
  Stream.finished = finished;
  Stream.addAbortSignal = addAbortSignal;
  Stream.promises = promises;
  Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
  Stream.setDefaultHighWaterMark = function () {};
  Stream.isReadable = function (s) { return !!(s && s.readable && !(s._readableState && s._readableState.errored)); };
  Stream.isErrored = function (s) { var st = s && (s._readableState || s._writableState); return !!(st && st.errored); };
  Stream.isDisturbed = function (s) { var st = s && s._readableState; return !!(st && (st.dataEmitted || st.endEmitted || st.destroyed)); };
  Stream._isUint8Array = function (v) { return v instanceof Uint8Array; };
  Stream._uint8ArrayToBuffer = function (v) { return Buffer.from(v.buffer, v.byteOffset, v.byteLength); };
  return Stream;
}
