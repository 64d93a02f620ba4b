// node:zlib over Go's compress/* and brotli (zlib.go): the sync,
// callback and stream forms of each of Node's nine codecs. Built on first
// require by addSystemModules.
function makeZlib(S, Buffer, nextTick) {
  'use strict';
  var constants = {
    Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5, Z_OK: 0, Z_STREAM_END: 1,
    Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
    Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2,
    Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4880, DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5,
    INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9, Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
    Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
    Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1, BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1,
    BROTLI_OPERATION_FINISH: 2, BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1,
    BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_PARAM_QUALITY: 1, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11,
    BROTLI_DEFAULT_QUALITY: 11, BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24,
    BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22, BROTLI_PARAM_LGBLOCK: 3, BROTLI_MIN_INPUT_BLOCK_BITS: 16,
    BROTLI_MAX_INPUT_BLOCK_BITS: 24, BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5,
    BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8, BROTLI_DECODER_RESULT_ERROR: 0,
    BROTLI_DECODER_RESULT_SUCCESS: 1, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
  };
  var codes = { Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6 };
  Object.keys(codes).forEach(function (k) { codes[codes[k]] = k; });

  function input(buf, what) {
    if (typeof buf === 'string') return Buffer.from(buf);
    if (buf instanceof ArrayBuffer) return new Uint8Array(buf);
    if (ArrayBuffer.isView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    var e = new TypeError('The "' + (what || 'buffer') + '" argument must be of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer. Received ' + (buf === null ? 'null' : typeof buf));
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  function levelOf(kind, opts) {
    if (!opts) return undefined;
    if (/^brotli/.test(kind)) return opts.params && opts.params[constants.BROTLI_PARAM_QUALITY];
    return opts.level;
  }
  function out(ab, opts) {
    var b = Buffer.from(ab);
    return opts && opts.info ? { buffer: b, engine: null } : b;
  }

  var classes = {
    Deflate: 'deflate', Inflate: 'inflate', Gzip: 'gzip', Gunzip: 'gunzip', DeflateRaw: 'deflateRaw',
    InflateRaw: 'inflateRaw', Unzip: 'unzip', BrotliCompress: 'brotliCompress', BrotliDecompress: 'brotliDecompress',
  };
  var zlib = { constants: constants, codes: codes };
  Object.keys(constants).forEach(function (k) { if (/^Z_/.test(k) && !(k in zlib)) Object.defineProperty(zlib, k, { value: constants[k], enumerable: false }); });

  Object.keys(classes).forEach(function (Name) {
    var kind = classes[Name];
    function Z(opts) {
      if (!(this instanceof Z)) return new Z(opts);
      S.Transform.call(this, opts);
      this._opts = opts || {};
      this._handle = native.zlibStream(kind, levelOf(kind, opts));
      this.bytesWritten = 0;
      this._kind = kind;
    }
    Object.defineProperty(Z, 'name', { value: Name });
    Object.setPrototypeOf(Z.prototype, S.Transform.prototype);
    Object.setPrototypeOf(Z, S.Transform);
    Z.prototype._transform = function (chunk, enc, cb) {
      var data;
      try { data = this._handle.write(input(chunk, 'chunk'), !!this._flushNext); } catch (e) { cb(e); return; }
      this._flushNext = false;
      this.bytesWritten += chunk.length;
      if (data.byteLength) this.push(Buffer.from(data));
      cb();
    };
    Z.prototype._flush = function (cb) {
      var self = this;
      this._handle.end(function (e, data) {
        if (e) { cb(e); return; }
        if (data.byteLength) self.push(Buffer.from(data));
        cb();
      });
    };
    Z.prototype.flush = function (kind, cb) {
      if (typeof kind === 'function') { cb = kind; }
      this._flushNext = true;
      this.write(Buffer.alloc(0), cb);
    };
    Z.prototype.params = function (level, strategy, cb) { if (cb) nextTick(cb); };
    Z.prototype.reset = function () {};
    Z.prototype.close = function (cb) { if (cb) this.once('close', cb); this.destroy(); };
    zlib[Name] = Z;
    zlib['create' + Name] = function (opts) { return new Z(opts); };
    zlib[kind + 'Sync'] = function (buf, opts) {
      return out(native.zlibSync(kind, input(buf), levelOf(kind, opts)), opts);
    };
    zlib[kind] = function (buf, opts, cb) {
      if (typeof opts === 'function') { cb = opts; opts = {}; }
      if (typeof cb !== 'function') {
        var e = new TypeError('The "callback" argument must be of type function. Received ' + (cb === undefined ? 'undefined' : typeof cb));
        e.code = 'ERR_INVALID_ARG_TYPE';
        throw e;
      }
      native.zlibAsync(kind, input(buf), levelOf(kind, opts), function (err, ab) {
        if (err) cb(err); else cb(null, out(ab, opts));
      });
    };
  });
  zlib.crc32 = function (data, value) { return native.crc32(typeof data === 'string' ? data : input(data, 'data'), value || 0); };
  return zlib;
}
