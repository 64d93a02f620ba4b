// process and the node: built-in modules. Each module is built on first
// require, once per runtime.
function makeNode() {
  'use strict';
  var G = globalThis;

  // goja_nodejs's Buffer lacks some of Node's API: add it, the way Node
  // builds Buffer (a Uint8Array whose species shares Buffer.prototype).
  (function patchBuffer(B) {
    var P = B.prototype;
    function FastBuffer(a, b, c) {
      var args = c !== undefined ? [a, b, c] : b !== undefined ? [a, b] : [a];
      return Reflect.construct(Uint8Array, args, FastBuffer);
    }
    FastBuffer.prototype = P;
    Object.defineProperty(B, Symbol.species, { get: function () { return FastBuffer; }, configurable: true });
    function isBuf(b) { return b instanceof B; }
    var alloc = B.alloc;
    B.alloc = function (n, fill, enc) {
      if (typeof n === 'number') checkAlloc(n, 'Buffer.alloc');
      return fill !== undefined ? alloc.call(B, n, fill, enc) : alloc.call(B, n);
    };
    var concat = B.concat;
    B.concat = function (list, total) {
      if (total === undefined && Array.isArray(list)) { total = 0; for (var i = 0; i < list.length; i++) total += (list[i] && list[i].length) || 0; }
      if (typeof total === 'number') checkAlloc(total, 'Buffer.concat');
      return arguments.length > 1 ? concat.call(B, list, arguments[1]) : concat.call(B, list);
    };
    B.allocUnsafe = function (n) { if (typeof n === 'number') checkAlloc(n, 'Buffer.allocUnsafe'); return B.alloc(n); };
    B.allocUnsafeSlow = function (n) { if (typeof n === 'number') checkAlloc(n, 'Buffer.allocUnsafeSlow'); return B.alloc(n); };
    B.isBuffer = isBuf;
    // Node's per-encoding methods, which parsers call directly (busboy's
    // latin1Slice): slices decode a range, writes encode into one.
    [['utf8', 'utf8'], ['latin1', 'latin1'], ['ascii', 'ascii'], ['hex', 'hex'], ['base64', 'base64'], ['base64url', 'base64url'], ['ucs2', 'utf16le']].forEach(function (p) {
      var enc = p[1];
      P[p[0] + 'Slice'] = function (start, end) { return this.toString(enc, start, end); };
      P[p[0] + 'Write'] = function (str, offset, length) {
        offset = offset === undefined ? 0 : offset;
        var room = Math.min(length === undefined ? Infinity : length, this.length - offset);
        var bytes = B.from(String(str), enc);
        var n = Math.max(0, Math.min(bytes.length, room));
        if (enc === 'utf8') while (n > 0 && n < bytes.length && (bytes[n] & 0xc0) === 0x80) n--; // no half characters
        if (enc === 'utf16le') n -= n % 2;
        for (var i = 0; i < n; i++) this[offset + i] = bytes[i];
        return n;
      };
    });
    B.isEncoding = function (e) {
      return typeof e === 'string' && ['utf8', 'utf-8', 'hex', 'base64', 'base64url', 'ascii', 'latin1', 'binary', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le'].indexOf(e.toLowerCase()) !== -1;
    };
    B.byteLength = function (v, enc) {
      if (typeof v === 'string') return B.from(v, enc).length;
      return v.byteLength;
    };
    function cmp(a, b) {
      var n = Math.min(a.length, b.length);
      for (var i = 0; i < n; i++) {
        if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
      }
      return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
    }
    B.compare = function (a, b) { return cmp(a, b); };
    B.of = function () { return B.from(Array.prototype.slice.call(arguments)); };
    P.compare = function (target) { return cmp(this, target); };
    P.slice = function (s, e) { return this.subarray(s, e); };
    P.toJSON = function () { return { type: 'Buffer', data: Array.prototype.slice.call(this) }; };
    P.copy = function (target, targetStart, sourceStart, sourceEnd) {
      targetStart = targetStart || 0;
      sourceStart = sourceStart || 0;
      sourceEnd = sourceEnd === undefined ? this.length : sourceEnd;
      var n = Math.max(0, Math.min(sourceEnd - sourceStart, target.length - targetStart));
      target.set(this.subarray(sourceStart, sourceStart + n), targetStart);
      return n;
    };
    var u8fill = Uint8Array.prototype.fill;
    P.fill = function (value, offset, end, enc) {
      if (typeof offset === 'string') { enc = offset; offset = 0; end = this.length; }
      if (typeof end === 'string') { enc = end; end = this.length; }
      offset = offset === undefined ? 0 : offset;
      end = end === undefined ? this.length : end;
      if (typeof value === 'number' || typeof value === 'boolean') return u8fill.call(this, value & 255, offset, end);
      var src = typeof value === 'string' ? B.from(value, enc) : value;
      if (src.length === 0) return u8fill.call(this, 0, offset, end);
      for (var i = offset, j = 0; i < end; i++, j = (j + 1) % src.length) this[i] = src[j];
      return this;
    };
    var u8indexOf = Uint8Array.prototype.indexOf;
    P.indexOf = function (value, byteOffset, enc) {
      if (typeof value === 'number') return u8indexOf.call(this, value & 255, byteOffset);
      var needle = typeof value === 'string' ? B.from(value, enc) : value;
      var from = byteOffset === undefined ? 0 : byteOffset < 0 ? Math.max(0, this.length + byteOffset) : byteOffset;
      outer: for (var i = from; i <= this.length - needle.length; i++) {
        for (var j = 0; j < needle.length; j++) if (this[i + j] !== needle[j]) continue outer;
        return i;
      }
      return -1;
    };
    P.includes = function (value, byteOffset, enc) { return this.indexOf(value, byteOffset, enc) !== -1; };
    P.toLocaleString = P.toString;
    var u8toString = P.toString;
    function encName(enc) { return typeof enc === 'string' ? enc.toLowerCase() : enc; }
    P.toString = function (enc, start, end) {
      var self = this;
      if (start !== undefined || end !== undefined) self = this.subarray(start || 0, end === undefined ? this.length : end);
      enc = encName(enc);
      if (enc === 'base64url') return u8toString.call(self, 'base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      if (enc === 'latin1' || enc === 'binary' || enc === 'ascii') {
        var out = '';
        var mask = enc === 'ascii' ? 0x7f : 0xff;
        for (var i = 0; i < self.length; i += 4096) out += String.fromCharCode.apply(null, Array.prototype.map.call(self.subarray(i, i + 4096), function (c) { return c & mask; }));
        return out;
      }
      if (enc === 'ucs2' || enc === 'ucs-2' || enc === 'utf16le' || enc === 'utf-16le') {
        var s16 = '';
        for (var k = 0; k + 1 < self.length; k += 2) s16 += String.fromCharCode(self[k] | self[k + 1] << 8);
        return s16;
      }
      return u8toString.call(self, enc);
    };
    var from = B.from;
    B.from = function (v, enc, len) {
      if (typeof v === 'string') checkAlloc(v.length * 2, 'Buffer.from');
      else if (v && typeof v.length === 'number' && !(v instanceof ArrayBuffer)) checkAlloc(v.length, 'Buffer.from');
      if (typeof v === 'string') {
        enc = encName(enc);
        if (enc === 'base64url') { v = v.replace(/-/g, '+').replace(/_/g, '/'); enc = 'base64'; }
        if (enc === 'latin1' || enc === 'binary' || enc === 'ascii') {
          var b = B.alloc(v.length);
          for (var i = 0; i < v.length; i++) b[i] = v.charCodeAt(i) & 255;
          return b;
        }
        if (enc === 'ucs2' || enc === 'ucs-2' || enc === 'utf16le' || enc === 'utf-16le') {
          var b16 = B.alloc(v.length * 2);
          for (var j = 0; j < v.length; j++) { var c = v.charCodeAt(j); b16[2 * j] = c & 255; b16[2 * j + 1] = c >> 8; }
          return b16;
        }
        return from.call(B, v, enc);
      }
      return len !== undefined ? from.call(B, v, enc, len) : enc !== undefined ? from.call(B, v, enc) : from.call(B, v);
    };
  })(native.Buffer);

  // goja_nodejs's URL leaves the port out of origin, and its property is
  // not configurable; and it resolves a relative reference against the
  // base's root ("./a" against "http://h/x/y" gives "http://h/a"): a
  // subclass fixes both, resolving references as the URL standard does.
  var URL = (function (N) {
    class URL extends N {
      constructor(u, base) {
        if (base === undefined) super(u);
        else super(native.resolveURL(String(u), String(base)));
      }
      get origin() {
        var p = this.protocol;
        if (p === 'http:' || p === 'https:' || p === 'ws:' || p === 'wss:' || p === 'ftp:') return p + '//' + this.host;
        if (p === 'blob:') {
          try { return new URL(this.pathname).origin; } catch (e) { return 'null'; }
        }
        return 'null';
      }
      static canParse(u, base) {
        try { new N(u, base); return true; } catch (e) { return false; }
      }
      static parse(u, base) {
        try { return new URL(u, base); } catch (e) { return null; }
      }
    }
    webIDLMembers(URL);
    return URL;
  })(native.URL);


  // --- process ---
  var env = {};
  var envPairs = native.env();
  for (var ek in envPairs) env[ek] = envPairs[ek];
  var startNs = native.hrtime();
  function hrtime(prev) {
    var ns = native.hrtime();
    var s = Math.floor(ns / 1e9);
    var n = ns - s * 1e9;
    if (prev) {
      s -= prev[0];
      n -= prev[1];
      if (n < 0) { s--; n += 1e9; }
    }
    return [s, n];
  }
  hrtime.bigint = function () { return BigInt(native.hrtime()); };
  function notAvailable(name) {
    return function () {
      var e = new Error('process.' + name + ' is not available to plugins');
      e.code = 'ERR_NOT_AVAILABLE';
      throw e;
    };
  }
  var processEvents = null;
  var process = {
    env: env,
    argv: ['/usr/local/bin/node', '/plugin.js'],
    argv0: 'node',
    execArgv: [],
    execPath: '/usr/local/bin/node',
    version: 'v22.12.0',
    versions: { node: '22.12.0', v8: '12.4.254.21-node.21', uv: '1.49.1', modules: '127', plugmux: '1' },
    release: { name: 'node', lts: 'Jod' },
    platform: native.platform,
    arch: native.arch,
    pid: 1,
    ppid: 0,
    title: 'node',
    exitCode: undefined,
    features: {},
    config: { variables: {} },
    cwd: function () { return '/'; },
    chdir: notAvailable('chdir'),
    exit: notAvailable('exit'),
    abort: notAvailable('abort'),
    kill: notAvailable('kill'),
    umask: function () { return 0o22; },
    uptime: function () { return (native.hrtime() - startNs) / 1e9; },
    hrtime: hrtime,
    memoryUsage: function () { return { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 }; },
    cpuUsage: function () { return { user: 0, system: 0 }; },
    // getBuiltinModule (Node 20.16): a built-in by name, or undefined for
    // anything else (the host's modules are not built-ins)
    getBuiltinModule: function (id) {
      if (typeof id !== 'string') {
        var e = new TypeError('The "id" argument must be of type string. Received type ' + typeof id + ' (' + String(id) + ')');
        e.code = 'ERR_INVALID_ARG_TYPE';
        throw e;
      }
      return native.isBuiltin(id) ? native.builtin(id) : undefined;
    },
    nextTick: function (fn) {
      if (typeof fn !== 'function') throw new TypeError('The "callback" argument must be of type function');
      var args = Array.prototype.slice.call(arguments, 1);
      queueMicrotask(function () { fn.apply(undefined, args); });
    },
    emitWarning: function (warning) {
      var msg = warning instanceof Error ? warning.name + ': ' + warning.message : '(node) Warning: ' + String(warning);
      native.log('warn', msg);
    },
  };
  ['on', 'once', 'off', 'addListener', 'removeListener', 'removeAllListeners', 'emit', 'listeners', 'listenerCount', 'prependListener'].forEach(function (m) {
    process[m] = function () {
      if (processEvents === null) processEvents = new (modules.events().EventEmitter)();
      var r = processEvents[m].apply(processEvents, arguments);
      return r === processEvents ? process : r;
    };
  });
  Object.defineProperty(process, Symbol.toStringTag, { value: 'process' });

  // named makes an object that inspect shows as "Name { ...props }".
  var kCustom = Symbol.for('nodejs.util.inspect.custom');
  function named(name, props) {
    var C = { [name]: function () {} }[name];
    return Object.assign(Object.create(C.prototype), props);
  }
  URL.prototype[kCustom] = function () {
    return named('URL', {
      href: this.href, origin: this.origin, protocol: this.protocol, username: this.username, password: this.password,
      host: this.host, hostname: this.hostname, port: this.port, pathname: this.pathname, search: this.search,
      searchParams: this.searchParams, hash: this.hash,
    });
  };
  // goja_nodejs's forEach passes (name, value); the standard is (value, name).
  (function (P) {
    var forEach = P.forEach;
    Object.defineProperty(P, 'forEach', {
      value: function (cb, thisArg) {
        if (typeof cb !== 'function') throw new TypeError('The "callback" argument must be of type function');
        var self = this;
        forEach.call(this, function (name, value) { cb.call(thisArg, value, name, self); });
      },
      writable: true, configurable: true,
    });
  })(native.URLSearchParams.prototype);
  native.URLSearchParams.prototype[kCustom] = function () {
    var parts = [];
    this.forEach(function (v, k) { parts.push(I().inspect(k) + ' => ' + I().inspect(v)); });
    return parts.length ? 'URLSearchParams { ' + parts.join(', ') + ' }' : 'URLSearchParams {}';
  };

  // --- fetch classes ---
  var kState = native.hidden[0];
  function normName(name) {
    name = String(name);
    if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name)) throw new TypeError('Invalid header name: "' + name + '"');
    return name.toLowerCase();
  }
  function normValue(v) { return String(v).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, ''); }
  class Headers {
    constructor(init) {
      Object.defineProperty(this, kState, { value: [] }); // [name, value] pairs, lower-case names
      if (init === undefined || init === null) return;
      if (init instanceof Headers) {
        var self = this;
        init.forEach(function (v, k) { self.append(k, v); });
      } else if (typeof init[Symbol.iterator] === 'function') {
        for (var pair of init) {
          var p = Array.from(pair);
          if (p.length !== 2) throw new TypeError('Header pairs must contain exactly two items');
          this.append(p[0], p[1]);
        }
      } else if (typeof init === 'object') {
        for (var k of Object.keys(init)) this.append(k, init[k]);
      } else {
        throw new TypeError('Headers init must be an object or an iterable');
      }
    }
    append(name, value) {
      var n = normName(name);
      var v = normValue(value);
      var list = this[kState];
      if (n === 'set-cookie') { list.push([n, v]); return; }
      for (var i = 0; i < list.length; i++) {
        if (list[i][0] === n) { list[i][1] += ', ' + v; return; }
      }
      list.push([n, v]);
    }
    set(name, value) {
      var n = normName(name);
      this.delete(n);
      this[kState].push([n, normValue(value)]);
    }
    get(name) {
      var n = normName(name);
      var list = this[kState];
      var vals = [];
      for (var i = 0; i < list.length; i++) if (list[i][0] === n) vals.push(list[i][1]);
      return vals.length ? vals.join(', ') : null;
    }
    getSetCookie() {
      return this[kState].filter(function (p) { return p[0] === 'set-cookie'; }).map(function (p) { return p[1]; });
    }
    has(name) { return this.get(name) !== null; }
    delete(name) {
      var n = normName(name);
      var list = this[kState];
      for (var i = list.length - 1; i >= 0; i--) if (list[i][0] === n) list.splice(i, 1);
    }
    forEach(fn, thisArg) {
      for (var p of this.entries()) fn.call(thisArg, p[1], p[0], this);
    }
    *entries() {
      var sorted = this[kState].slice().sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
      var seen = {};
      for (var i = 0; i < sorted.length; i++) {
        var n = sorted[i][0];
        if (n === 'set-cookie') { yield [n, sorted[i][1]]; continue; }
        if (seen[n]) continue;
        seen[n] = true;
        yield [n, this.get(n)];
      }
    }
    *keys() { for (var p of this.entries()) yield p[0]; }
    *values() { for (var p of this.entries()) yield p[1]; }
    [Symbol.iterator]() { return this.entries(); }
    [kCustom]() {
      var o = named('Headers', {});
      for (var p of this.entries()) o[p[0]] = p[1];
      return o;
    }
    get [Symbol.toStringTag]() { return 'Headers'; }
  }
  webIDLMembers(Headers);

  // bodyBytes turns a fetch body into bytes, or { stream } for a
  // ReadableStream, which is read when the body is consumed.
  function bodyBytes(body, headers) {
    if (body === undefined || body === null) return null;
    var setType = function (t) { if (headers && t && !headers.has('content-type')) headers.set('content-type', t); };
    if (typeof body === 'string') {
      setType('text/plain;charset=UTF-8');
      return new G.TextEncoder().encode(body);
    }
    if (body instanceof G.URLSearchParams) {
      setType('application/x-www-form-urlencoded;charset=UTF-8');
      return new G.TextEncoder().encode(body.toString());
    }
    if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return W().toBytes(body).slice();
    if (typeof body === 'object' && typeof body.getReader === 'function') {
      if (body._fromBytes && !body.locked && !body._s.disturbed) { // another body's, unread: take its bytes
        body._s.disturbed = true;
        return body._fromBytes;
      }
      return { stream: body };
    }
    if (body instanceof G.Blob) {
      setType(body.type);
      return body._bytes.slice();
    }
    if (body instanceof G.FormData) {
      var boundary = '----formdata-plugmux-' + String(Math.random()).slice(2, 13);
      setType('multipart/form-data; boundary=' + boundary);
      var enc = new G.TextEncoder(), parts = [];
      var esc = function (v) { return v.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22'); };
      body.forEach(function (v, k) {
        var head = '--' + boundary + '\r\nContent-Disposition: form-data; name="' + esc(k) + '"';
        if (v instanceof G.File) {
          parts.push(enc.encode(head + '; filename="' + esc(v.name) + '"\r\nContent-Type: ' + (v.type || 'application/octet-stream') + '\r\n\r\n'), v._bytes, enc.encode('\r\n'));
        } else {
          parts.push(enc.encode(head + '\r\n\r\n' + v.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n') + '\r\n'));
        }
      });
      parts.push(enc.encode('--' + boundary + '--\r\n'));
      return concatBytes(parts);
    }
    setType('text/plain;charset=UTF-8');
    return new G.TextEncoder().encode(String(body));
  }
  function concatBytes(parts) {
    var n = 0;
    parts.forEach(function (p) { n += p.length; });
    checkAlloc(n, 'body');
    var out = new Uint8Array(n), off = 0;
    parts.forEach(function (p) { out.set(p, off); off += p.length; });
    return out;
  }
  function setBody(st, b) {
    if (b && b.stream) { st.stream = b.stream; st.body = null; } else { st.body = b; st.stream = null; }
  }
  var bodyMixin = {
    arrayBuffer: function () { return consume(this).then(function (b) { return b.slice().buffer; }); },
    bytes: function () { return consume(this).then(function (b) { return b.slice(); }); },
    text: function () { return consume(this).then(function (b) { return new G.TextDecoder().decode(b); }); },
    json: function () { return this.text().then(function (t) { return JSON.parse(t); }); },
    blob: function () {
      var type = this.headers.get('content-type') || '';
      return consume(this).then(function (b) { return new G.Blob([b], { type: type }); });
    },
    formData: function () {
      var type = this.headers.get('content-type') || '';
      return consume(this).then(function (b) { return parseFormData(type, b); });
    },
  };
  // parseFormData reads an urlencoded or multipart body, as Response#formData.
  function parseFormData(type, bytes) {
    var fd = new G.FormData();
    var text = new G.TextDecoder().decode(bytes);
    if (/^application\/x-www-form-urlencoded/i.test(type)) {
      new G.URLSearchParams(text).forEach(function (v, k) { fd.append(k, v); });
      return fd;
    }
    var m = /^multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
    if (!m) throw new TypeError('Response.formData: Could not parse content as FormData.');
    var latin = ''; // byte-exact: split on the boundary in a latin1 view
    for (var i = 0; i < bytes.length; i++) latin += String.fromCharCode(bytes[i]);
    var sections = latin.split('--' + (m[1] || m[2]));
    for (var j = 1; j < sections.length; j++) {
      var sec = sections[j];
      if (sec.slice(0, 2) === '--') break;
      var split = sec.indexOf('\r\n\r\n');
      if (split === -1) continue;
      var head = sec.slice(2, split), data = sec.slice(split + 4, sec.length - 2);
      var name = /name="([^"]*)"/i.exec(head), file = /filename="([^"]*)"/i.exec(head), ctype = /content-type:\s*([^\r\n]+)/i.exec(head);
      var raw = new Uint8Array(data.length);
      for (var k = 0; k < data.length; k++) raw[k] = data.charCodeAt(k);
      if (!name) continue;
      if (file) fd.append(name[1], new G.File([raw], file[1], { type: ctype ? ctype[1] : '' }));
      else fd.append(name[1], new G.TextDecoder().decode(raw));
    }
    return fd;
  }
  function consume(r) {
    var st = r[kState];
    if (st.used || (st.bodyStream && st.bodyStream._s.disturbed)) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    st.used = true;
    var stream = st.stream || (st.bodyStream && st.bodyStream._s.disturbed ? st.bodyStream : null);
    if (!stream) return Promise.resolve(st.body || new Uint8Array(0));
    if (stream.locked) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    var reader = stream.getReader(), chunks = [], total = 0;
    return (function next() {
      return reader.read().then(function (x) {
        if (x.done) return concatBytes(chunks);
        var c = typeof x.value === 'string' ? new G.TextEncoder().encode(x.value) : W().toBytes(x.value, 'The body chunk');
        total += c.length;
        checkAlloc(total, 'body');
        chunks.push(c);
        return next();
      });
    })();
  }
  // bodyStreamOf is the body as a ReadableStream: the given stream, or one
  // made once over the bytes (marked, so that another Request or Response
  // built from it takes the bytes without reading).
  function bodyStreamOf(st) {
    if (st.stream) return st.stream;
    if (st.body === null) return null;
    if (!st.bodyStream) {
      var bytes = st.body;
      st.bodyStream = new G.ReadableStream({ pull: function (c) { c.enqueue(bytes.slice()); c.close(); } }, { highWaterMark: 0 });
      Object.defineProperty(st.bodyStream, '_fromBytes', { value: bytes });
    }
    return st.bodyStream;
  }
  function defineBody(C) {
    for (var k in bodyMixin) Object.defineProperty(C.prototype, k, { value: bodyMixin[k], writable: true, configurable: true });
    Object.defineProperty(C.prototype, 'bodyUsed', {
      get: function () {
        var st = this[kState];
        return st.used || !!(st.stream && st.stream._s.disturbed) || !!(st.bodyStream && st.bodyStream._s.disturbed);
      },
      configurable: true,
    });
    Object.defineProperty(C.prototype, 'body', { get: function () { return bodyStreamOf(this[kState]); }, configurable: true });
  }

  class Request {
    constructor(input, init) {
      init = init || {};
      var st = { method: 'GET', url: '', headers: null, body: null, used: false, signal: null, redirect: 'follow' };
      if (input instanceof Request) {
        var is = input[kState];
        st.method = is.method; st.url = is.url; st.body = is.body; st.stream = is.stream; st.signal = is.signal; st.redirect = is.redirect;
        st.headers = new Headers(is.headers);
      } else {
        st.url = new URL(String(input)).href;
        st.headers = new Headers();
      }
      if (init.method !== undefined) st.method = String(init.method).toUpperCase();
      if (init.headers !== undefined) st.headers = new Headers(init.headers);
      if (init.body !== undefined && init.body !== null) {
        if (st.method === 'GET' || st.method === 'HEAD') throw new TypeError('Request with GET/HEAD method cannot have body.');
        setBody(st, bodyBytes(init.body, st.headers));
      }
      if (init.signal !== undefined) st.signal = init.signal;
      if (init.redirect !== undefined) st.redirect = init.redirect;
      if (!st.signal) st.signal = new G.AbortController().signal;
      Object.defineProperty(this, kState, { value: st });
    }
    get method() { return this[kState].method; }
    get url() { return this[kState].url; }
    get headers() { return this[kState].headers; }
    get signal() { return this[kState].signal; }
    get redirect() { return this[kState].redirect; }
    clone() { return new Request(this); }
    [kCustom]() {
      return named('Request', { method: this.method, url: this.url, headers: this.headers, redirect: this.redirect, signal: this.signal, bodyUsed: this.bodyUsed });
    }
    get [Symbol.toStringTag]() { return 'Request'; }
  }
  defineBody(Request);
  webIDLMembers(Request);

  class Response {
    constructor(body, init) {
      init = init || {};
      var status = init.status === undefined ? 200 : Number(init.status);
      if (status < 200 || status > 599) throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
      var headers = new Headers(init.headers);
      Object.defineProperty(this, kState, {
        value: {
          status: status, statusText: init.statusText === undefined ? '' : String(init.statusText),
          headers: headers, body: null, stream: null, used: false, url: '', redirected: false, type: 'default',
        },
      });
      setBody(this[kState], bodyBytes(body, headers));
    }
    get status() { return this[kState].status; }
    get statusText() { return this[kState].statusText; }
    get ok() { return this[kState].status >= 200 && this[kState].status < 300; }
    get headers() { return this[kState].headers; }
    get url() { return this[kState].url; }
    get redirected() { return this[kState].redirected; }
    get type() { return this[kState].type; }
    clone() {
      if (this[kState].used) throw new TypeError('Response.clone: Body has already been consumed.');
      var r = new Response(null, { status: this.status, statusText: this.statusText, headers: this.headers });
      var st = r[kState];
      var own = this[kState];
      if (own.stream) { var two = own.stream.tee(); own.stream = two[0]; st.stream = two[1]; } else st.body = own.body;
      st.url = own.url; st.redirected = own.redirected; st.type = own.type;
      return r;
    }
    [kCustom]() {
      return named('Response', {
        status: this.status, statusText: this.statusText, headers: this.headers, bodyUsed: this.bodyUsed,
        ok: this.ok, redirected: this.redirected, type: this.type, url: this.url,
      });
    }
    static json(data, init) {
      init = Object.assign({}, init || {});
      var headers = new Headers(init.headers);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
      init.headers = headers;
      return new Response(JSON.stringify(data), init);
    }
    static error() {
      var r = new Response(null, { status: 200 });
      r[kState].status = 0;
      r[kState].type = 'error';
      return r;
    }
    static redirect(url, status) {
      status = status === undefined ? 302 : status;
      if ([301, 302, 303, 307, 308].indexOf(status) === -1) throw new RangeError('Invalid status code ' + status);
      return new Response(null, { status: status, headers: { location: new URL(url).href } });
    }
    get [Symbol.toStringTag]() { return 'Response'; }
  }
  defineBody(Response);
  webIDLMembers(Response);

  function fetch(input, init) {
    return new Promise(function (resolve, reject) {
      var req = new Request(input, init);
      var st = req[kState];
      var signal = st.signal;
      if (signal.aborted) { reject(signal.reason); return; }
      var pairs = [];
      st.headers[kState].forEach(function (p) { pairs.push(p[0], p[1]); });
      var done = false;
      var onAbort = function () {
        if (done) return;
        done = true;
        cancel();
        reject(signal.reason);
      };
      if (st.stream) { // a streamed request body is read whole first
        var body = st.stream;
        st.stream = null;
        consume({ [kState]: { stream: body, used: false } }).then(function (bytes) {
          resolve(fetch(req.url, { method: st.method, headers: st.headers, body: bytes, redirect: st.redirect, signal: st.signal }));
        }, reject);
        return;
      }
      var cancel = native.fetch(st.method, st.url, pairs, st.body, st.redirect, function (err, res) {
        if (done) return;
        done = true;
        signal.removeEventListener('abort', onAbort);
        if (err) {
          // a refusal by the host's policy is logged, once per origin in this
          // runtime, with the option that would allow it: libraries (axios)
          // turn it into a bare "Network Error"
          if (err && /fetch refused/.test(err.message)) native.logRefused(st.url, String(err.message));
          var te = new TypeError('fetch failed: ' + (err && err.message));
          Object.defineProperty(te, 'cause', { value: err, writable: true, configurable: true });
          reject(te);
          return;
        }
        var r = new Response(null, { status: 200 });
        var rs = r[kState];
        rs.status = res.status;
        rs.statusText = res.statusText;
        for (var i = 0; i < res.headers.length; i += 2) rs.headers.append(res.headers[i], res.headers[i + 1]);
        rs.body = new Uint8Array(res.body);
        rs.url = res.url;
        rs.redirected = res.redirected;
        rs.type = 'basic';
        resolve(r);
      });
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  // --- node: modules ---
  var cache = {};
  function once(name, build) {
    return function () {
      if (!(name in cache)) cache[name] = build();
      return cache[name];
    };
  }

  var modules = {};
  modules.buffer = once('buffer', function () {
    var B = G.Buffer;
    return {
      Buffer: B, constants: { MAX_LENGTH: 0x7fffffff, MAX_STRING_LENGTH: 0x1fffffe8 }, kMaxLength: 0x7fffffff,
      atob: G.atob, btoa: G.btoa, isUtf8: function (b) { return native.isUtf8(W().toBytes(b)); },
      isAscii: function (b) { var u = W().toBytes(b); for (var i = 0; i < u.length; i++) if (u[i] > 127) return false; return true; },
    };
  });
  modules.url = once('url', function () {
    var m = native.urlModule();
    return {
      URL: URL, URLSearchParams: G.URLSearchParams,
      domainToASCII: m.domainToASCII, domainToUnicode: m.domainToUnicode,
      fileURLToPath: function (u) {
        var url = typeof u === 'string' ? new URL(u) : u;
        if (url.protocol !== 'file:') { var e = new TypeError('The URL must be of scheme file'); e.code = 'ERR_INVALID_URL_SCHEME'; throw e; }
        return decodeURIComponent(url.pathname);
      },
      pathToFileURL: function (p) {
        var abs = modules.path().resolve(p);
        return new URL('file://' + abs.split('/').map(encodeURIComponent).join('/'));
      },
      format: function (u) {
        if (u instanceof URL) return u.href;
        if (typeof u === 'string') u = this.parse(u);
        if (u === null || typeof u !== 'object') { var te = new TypeError('The "urlObject" argument must be one of type object or string.'); te.code = 'ERR_INVALID_ARG_TYPE'; throw te; }
        return formatLegacy(u);
      },
      parse: function (s) {
        var u = new URL(s);
        return { protocol: u.protocol, host: u.host, hostname: u.hostname, port: u.port || null, pathname: u.pathname, search: u.search || null, query: u.search ? u.search.slice(1) : null, hash: u.hash || null, href: u.href, path: u.pathname + u.search };
      },
      resolve: function (from, to) { return new URL(to, new URL(from, 'resolve://')).href.replace(/^resolve:\/\//, ''); },
    };
  });
  // formatLegacy is url.format of a legacy URL object ({ protocol, host
  // or hostname and port, pathname, search or query, hash, auth }).
  function formatLegacy(o) {
    var slashed = { 'http:': 1, 'https:': 1, 'ftp:': 1, 'gopher:': 1, 'file:': 1, 'ws:': 1, 'wss:': 1 };
    var auth = o.auth ? encodeURIComponent(o.auth).replace(/%3A/i, ':') + '@' : '';
    var protocol = o.protocol || '';
    if (protocol && protocol.slice(-1) !== ':') protocol += ':';
    var host = false;
    if (o.host) host = auth + o.host;
    else if (o.hostname) host = auth + (String(o.hostname).indexOf(':') !== -1 && o.hostname[0] !== '[' ? '[' + o.hostname + ']' : o.hostname) + (o.port ? ':' + o.port : '');
    var pathname = o.pathname || '', hash = o.hash || '';
    var search = o.search || (o.query && typeof o.query === 'object' && Object.keys(o.query).length ? modules.querystring().stringify(o.query) : o.query && typeof o.query === 'string' ? o.query : '');
    if (search && search[0] !== '?') search = '?' + search;
    if (o.slashes || slashed[protocol]) {
      if (o.slashes || host || protocol === 'file:') {
        if (pathname && pathname[0] !== '/') pathname = '/' + pathname;
        host = '//' + (host || '');
      }
    }
    if (!host) host = '';
    if (hash && hash[0] !== '#') hash = '#' + hash;
    pathname = pathname.replace(/[?#]/g, encodeURIComponent);
    search = search.replace('#', '%23');
    return protocol + host + pathname + search + hash;
  }

  modules.util = once('util', function () {
    function promisify(fn) {
      if (typeof fn !== 'function') throw new TypeError('The "original" argument must be of type function');
      if (fn[promisify.custom]) return fn[promisify.custom];
      return function () {
        var self = this;
        var args = Array.prototype.slice.call(arguments);
        return new Promise(function (resolve, reject) {
          args.push(function (err, value) { if (err) reject(err); else resolve(value); });
          fn.apply(self, args);
        });
      };
    }
    promisify.custom = Symbol.for('nodejs.util.promisify.custom');
    function callbackify(fn) {
      return function () {
        var args = Array.prototype.slice.call(arguments);
        var cb = args.pop();
        fn.apply(this, args).then(function (v) { queueMicrotask(function () { cb(null, v); }); }, function (e) { queueMicrotask(function () { cb(e); }); });
      };
    }
    var tag = function (v) { return Object.prototype.toString.call(v).slice(8, -1); };
    var types = {
      isDate: function (v) { return v instanceof Date; },
      isRegExp: function (v) { return v instanceof RegExp; },
      isMap: function (v) { return v instanceof Map; },
      isSet: function (v) { return v instanceof Set; },
      isWeakMap: function (v) { return v instanceof WeakMap; },
      isWeakSet: function (v) { return v instanceof WeakSet; },
      isPromise: function (v) { return v instanceof Promise; },
      isNativeError: function (v) { return v instanceof Error; },
      isTypedArray: function (v) { return ArrayBuffer.isView(v) && !(v instanceof DataView); },
      isUint8Array: function (v) { return v instanceof Uint8Array; },
      isArrayBuffer: function (v) { return v instanceof ArrayBuffer; },
      isAnyArrayBuffer: function (v) { return v instanceof ArrayBuffer; },
      isArrayBufferView: function (v) { return ArrayBuffer.isView(v); },
      isDataView: function (v) { return v instanceof DataView; },
      isAsyncFunction: function (v) { return typeof v === 'function' && tag(v) === 'AsyncFunction'; },
      isGeneratorFunction: function (v) { return typeof v === 'function' && /GeneratorFunction$/.test(tag(v)); },
      isGeneratorObject: function (v) { return tag(v) === 'Generator'; },
      isBoxedPrimitive: function (v) { return v instanceof Number || v instanceof String || v instanceof Boolean; },
      isSymbolObject: function (v) { return typeof v === 'object' && tag(v) === 'Symbol'; },
      isProxy: function () { return false; },
      isKeyObject: function (v) { var c = native.cryptoClasses(); return c !== null && v instanceof c.KeyObject; },
      isCryptoKey: function (v) { var c = native.cryptoClasses(); return c !== null && v instanceof c.CryptoKey; },
    };
    function isDeepStrictEqual(a, b) { return deepEqual(a, b, true); }
    function inherits(ctor, superCtor) {
      Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
      Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
    }
    function deprecate(fn, msg) {
      var warned = false;
      return function () {
        if (!warned) { warned = true; process.emitWarning(msg, 'DeprecationWarning'); }
        return fn.apply(this, arguments);
      };
    }
    return {
      format: I().format, formatWithOptions: I().formatWithOptions, inspect: I().inspect,
      promisify: promisify, callbackify: callbackify, types: types, inherits: inherits, deprecate: deprecate,
      isDeepStrictEqual: isDeepStrictEqual, TextEncoder: G.TextEncoder, TextDecoder: G.TextDecoder,
      isArray: Array.isArray, isError: function (e) { return e instanceof Error; },
      debuglog: function () { var f = function () {}; f.enabled = false; return f; },
      stripVTControlCharacters: function (s) { return String(s).replace(/\u001b\[[0-9;]*[A-Za-z]/g, ''); },
      toUSVString: function (s) { return String(s).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?:[^\ud800-\udbff]|^)[\udc00-\udfff]/g, function (m) { return m.length === 2 ? m[0] + '\ufffd' : '\ufffd'; }); },
    };
  });
  modules.events = once('events', function () {
    function EventEmitter(opts) { EventEmitter.init.call(this, opts); }
    EventEmitter.init = function () {
      if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
        this._events = Object.create(null);
        this._eventsCount = 0;
      }
      this._maxListeners = this._maxListeners || undefined;
    };
    EventEmitter.defaultMaxListeners = 10;
    EventEmitter.errorMonitor = Symbol('events.errorMonitor');
    EventEmitter.captureRejectionSymbol = Symbol.for('nodejs.rejection');
    var P = EventEmitter.prototype;
    P._events = undefined;
    P._eventsCount = 0;
    P._maxListeners = undefined;
    P.setMaxListeners = function (n) { this._maxListeners = n; return this; };
    P.getMaxListeners = function () { return this._maxListeners === undefined ? EventEmitter.defaultMaxListeners : this._maxListeners; };
    P.emit = function (type) {
      var args = Array.prototype.slice.call(arguments, 1);
      var events = this._events;
      if (type === 'error' && events !== undefined && events[EventEmitter.errorMonitor] !== undefined) {
        this.emit.apply(this, [EventEmitter.errorMonitor].concat(args));
      }
      var handler = events === undefined ? undefined : events[type];
      if (handler === undefined) {
        if (type === 'error') {
          var er = args[0];
          if (er instanceof Error) throw er;
          var err = new Error('Unhandled error. (' + I().inspect(er) + ')');
          err.code = 'ERR_UNHANDLED_ERROR';
          err.context = er;
          throw err;
        }
        return false;
      }
      if (typeof handler === 'function') {
        handler.apply(this, args);
      } else {
        var list = handler.slice();
        for (var i = 0; i < list.length; i++) list[i].apply(this, args);
      }
      return true;
    };
    function addListener(target, type, listener, prepend) {
      if (typeof listener !== 'function') throw new TypeError('The "listener" argument must be of type function. Received ' + I().inspect(listener));
      var events = target._events;
      if (events === undefined) {
        events = target._events = Object.create(null);
        target._eventsCount = 0;
      } else if (events.newListener !== undefined) {
        target.emit('newListener', type, listener.listener ? listener.listener : listener);
        events = target._events;
      }
      var existing = events[type];
      if (existing === undefined) {
        events[type] = listener;
        target._eventsCount++;
      } else if (typeof existing === 'function') {
        events[type] = prepend ? [listener, existing] : [existing, listener];
      } else if (prepend) {
        existing.unshift(listener);
      } else {
        existing.push(listener);
      }
      return target;
    }
    P.addListener = function (t, l) { return addListener(this, t, l, false); };
    P.on = P.addListener;
    P.prependListener = function (t, l) { return addListener(this, t, l, true); };
    function onceWrapper(target, type, listener) {
      var state = { fired: false, target: target, type: type, listener: listener };
      var wrapped = function () {
        if (!state.fired) {
          state.target.removeListener(state.type, wrapped);
          state.fired = true;
          return state.listener.apply(state.target, arguments);
        }
      };
      wrapped.listener = listener;
      return wrapped;
    }
    P.once = function (t, l) {
      if (typeof l !== 'function') throw new TypeError('The "listener" argument must be of type function');
      this.on(t, onceWrapper(this, t, l));
      return this;
    };
    P.prependOnceListener = function (t, l) { this.prependListener(t, onceWrapper(this, t, l)); return this; };
    P.removeListener = function (type, listener) {
      var events = this._events;
      if (events === undefined) return this;
      var list = events[type];
      if (list === undefined) return this;
      if (list === listener || list.listener === listener) {
        if (--this._eventsCount === 0) this._events = Object.create(null);
        else delete events[type];
        if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
      } else if (typeof list !== 'function') {
        for (var i = list.length - 1; i >= 0; i--) {
          if (list[i] === listener || list[i].listener === listener) {
            list.splice(i, 1);
            if (list.length === 1) events[type] = list[0];
            if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
            break;
          }
        }
      }
      return this;
    };
    P.off = P.removeListener;
    P.removeAllListeners = function (type) {
      if (this._events === undefined) return this;
      if (arguments.length === 0) {
        this._events = Object.create(null);
        this._eventsCount = 0;
      } else if (this._events[type] !== undefined) {
        if (--this._eventsCount === 0) this._events = Object.create(null);
        else delete this._events[type];
      }
      return this;
    };
    P.listeners = function (type) {
      var l = this._events === undefined ? undefined : this._events[type];
      if (l === undefined) return [];
      if (typeof l === 'function') return [l.listener || l];
      return l.map(function (f) { return f.listener || f; });
    };
    P.rawListeners = function (type) {
      var l = this._events === undefined ? undefined : this._events[type];
      if (l === undefined) return [];
      return typeof l === 'function' ? [l] : l.slice();
    };
    P.listenerCount = function (type) {
      var l = this._events === undefined ? undefined : this._events[type];
      if (l === undefined) return 0;
      return typeof l === 'function' ? 1 : l.length;
    };
    P.eventNames = function () { return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : []; };
    EventEmitter.EventEmitter = EventEmitter;
    EventEmitter.once = function (emitter, name) {
      return new Promise(function (resolve, reject) {
        var errorListener = function (err) { emitter.removeListener(name, resolver); reject(err); };
        var resolver = function () {
          if (name !== 'error') emitter.removeListener('error', errorListener);
          resolve(Array.prototype.slice.call(arguments));
        };
        emitter.once(name, resolver);
        if (name !== 'error') emitter.once('error', errorListener);
      });
    };
    EventEmitter.listenerCount = function (emitter, type) { return emitter.listenerCount(type); };
    EventEmitter.EventTarget = G.EventTarget;
    EventEmitter.Event = G.Event;
    EventEmitter.default = EventEmitter;
    return EventEmitter;
  });
  modules.path = once('path', function () {
    function normalizeArray(parts, allowAboveRoot) {
      var res = [];
      for (var i = 0; i < parts.length; i++) {
        var p = parts[i];
        if (!p || p === '.') continue;
        if (p === '..') {
          if (res.length && res[res.length - 1] !== '..') res.pop();
          else if (allowAboveRoot) res.push('..');
        } else res.push(p);
      }
      return res;
    }
    function check(p) { if (typeof p !== 'string') throw new TypeError('The "path" argument must be of type string. Received ' + I().inspect(p)); }
    var path = {
      sep: '/', delimiter: ':',
      normalize: function (p) {
        check(p);
        if (p === '') return '.';
        var abs = p[0] === '/';
        var trailing = p[p.length - 1] === '/';
        var r = normalizeArray(p.split('/'), !abs).join('/');
        if (r === '' && !abs) r = '.';
        if (r !== '' && trailing) r += '/';
        return (abs ? '/' : '') + r;
      },
      join: function () {
        var parts = [];
        for (var i = 0; i < arguments.length; i++) { check(arguments[i]); if (arguments[i] !== '') parts.push(arguments[i]); }
        return parts.length ? path.normalize(parts.join('/')) : '.';
      },
      resolve: function () {
        var resolved = '';
        var abs = false;
        for (var i = arguments.length - 1; i >= -1 && !abs; i--) {
          var p = i >= 0 ? arguments[i] : '/';
          check(p);
          if (p === '') continue;
          resolved = p + '/' + resolved;
          abs = p[0] === '/';
        }
        var r = normalizeArray(resolved.split('/'), !abs).join('/');
        return ((abs ? '/' : '') + r) || '.';
      },
      isAbsolute: function (p) { check(p); return p.length > 0 && p[0] === '/'; },
      relative: function (from, to) {
        from = path.resolve(from).split('/').filter(Boolean);
        to = path.resolve(to).split('/').filter(Boolean);
        var i = 0;
        while (i < from.length && i < to.length && from[i] === to[i]) i++;
        return from.slice(i).map(function () { return '..'; }).concat(to.slice(i)).join('/');
      },
      dirname: function (p) {
        check(p);
        if (p === '') return '.';
        var end = p.length;
        while (end > 1 && p[end - 1] === '/') end--;
        var i = p.lastIndexOf('/', end - 1);
        if (i === -1) return '.';
        if (i === 0) return '/';
        var d = p.slice(0, i);
        while (d.length > 1 && d[d.length - 1] === '/') d = d.slice(0, -1);
        return d;
      },
      basename: function (p, ext) {
        check(p);
        var end = p.length;
        while (end > 0 && p[end - 1] === '/') end--;
        var b = p.slice(p.lastIndexOf('/', end - 1) + 1, end);
        if (ext !== undefined && b !== ext && b.slice(-ext.length) === ext) b = b.slice(0, -ext.length);
        return b;
      },
      extname: function (p) {
        var b = path.basename(p);
        var i = b.lastIndexOf('.');
        if (i <= 0) return '';
        return b.slice(i);
      },
      parse: function (p) {
        check(p);
        var root = p[0] === '/' ? '/' : '';
        var base = path.basename(p);
        var ext = path.extname(p);
        var dir = p.indexOf('/') === -1 ? '' : path.dirname(p);
        return { root: root, dir: dir, base: base, ext: ext, name: ext ? base.slice(0, -ext.length) : base };
      },
      format: function (o) {
        var dir = o.dir || o.root || '';
        var base = o.base || ((o.name || '') + (o.ext ? (o.ext[0] === '.' ? '' : '.') + o.ext : ''));
        if (!dir) return base;
        return dir === o.root ? dir + base : dir + '/' + base;
      },
      toNamespacedPath: function (p) { return p; },
    };
    path.posix = path;
    path.win32 = undefined;
    return path;
  });
  modules.querystring = once('querystring', function () {
    function esc(s) { return encodeURIComponent(s); }
    function unesc(s) {
      try { return decodeURIComponent(s); } catch (e) { return unescape(s); }
    }
    function str(v) {
      if (typeof v === 'string') return v;
      if (typeof v === 'number' && isFinite(v)) return '' + v;
      if (typeof v === 'bigint' || typeof v === 'boolean') return '' + v;
      return '';
    }
    var qs = {
      escape: esc, unescape: unesc,
      stringify: function (obj, sep, eq, options) {
        sep = sep || '&'; eq = eq || '=';
        var encode = options && options.encodeURIComponent || esc;
        if (obj === null || typeof obj !== 'object') return '';
        var out = [];
        Object.keys(obj).forEach(function (k) {
          var v = obj[k];
          var ks = encode(str(k)) + eq;
          if (Array.isArray(v)) v.forEach(function (x) { out.push(ks + encode(str(x))); });
          else out.push(ks + encode(str(v)));
        });
        return out.join(sep);
      },
      parse: function (s, sep, eq, options) {
        sep = sep || '&'; eq = eq || '=';
        var obj = Object.create(null);
        if (typeof s !== 'string' || s.length === 0) return obj;
        var max = options && typeof options.maxKeys === 'number' ? options.maxKeys : 1000;
        var decode = options && options.decodeURIComponent || unesc;
        var parts = s.split(sep);
        if (max > 0 && parts.length > max) parts = parts.slice(0, max);
        parts.forEach(function (p) {
          if (p === '') return;
          var i = p.indexOf(eq);
          var k = i >= 0 ? p.slice(0, i) : p;
          var v = i >= 0 ? p.slice(i + eq.length) : '';
          k = decode(k.replace(/\+/g, ' '));
          v = decode(v.replace(/\+/g, ' '));
          if (!(k in obj)) obj[k] = v;
          else if (Array.isArray(obj[k])) obj[k].push(v);
          else obj[k] = [obj[k], v];
        });
        return obj;
      },
    };
    qs.encode = qs.stringify;
    qs.decode = qs.parse;
    return qs;
  });
  modules.string_decoder = once('string_decoder', function () {
    var map = { utf8: 'utf-8', 'utf-8': 'utf-8', utf16le: 'utf-16le', 'utf-16le': 'utf-16le', ucs2: 'utf-16le', 'ucs-2': 'utf-16le', latin1: 'latin1', binary: 'latin1', ascii: 'latin1' };
    function StringDecoder(encoding) {
      var enc = String(encoding || 'utf8').toLowerCase();
      this.encoding = enc === 'utf-8' ? 'utf8' : enc;
      if (enc === 'hex' || enc === 'base64' || enc === 'base64url') {
        this._raw = enc;
        this._pending = [];
        return;
      }
      if (!map[enc]) throw new TypeError('Unknown encoding: ' + encoding);
      this._dec = new G.TextDecoder(map[enc], { ignoreBOM: true });
    }
    StringDecoder.prototype.write = function (buf) {
      if (typeof buf === 'string') return buf;
      var b = W().toBytes(buf);
      if (this._raw) {
        if (this._raw === 'hex') return G.Buffer.from(b).toString('hex');
        var all = G.Buffer.concat(this._pending.concat([G.Buffer.from(b)]));
        var n = all.length - all.length % 3;
        this._pending = [all.subarray(n)];
        return all.subarray(0, n).toString(this._raw);
      }
      return this._dec.decode(b, { stream: true });
    };
    StringDecoder.prototype.end = function (buf) {
      var s = buf === undefined ? '' : this.write(buf);
      if (this._raw) {
        var rest = G.Buffer.concat(this._pending);
        this._pending = [];
        return s + (this._raw === 'hex' ? '' : rest.toString(this._raw));
      }
      return s + this._dec.decode();
    };
    return { StringDecoder: StringDecoder };
  });

  function deepEqual(a, b, strict, memo) {
    if (strict ? Object.is(a, b) : (a == b || (a !== a && b !== b))) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    var ta = Object.prototype.toString.call(a);
    if (ta !== Object.prototype.toString.call(b)) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (a instanceof Date) { if (a.getTime() !== b.getTime()) return false; }
    else if (a instanceof RegExp) { if (String(a) !== String(b) || a.lastIndex !== b.lastIndex) return false; }
    else if (a instanceof Error) { if (a.message !== b.message || a.name !== b.name) return false; }
    else if (a instanceof Number || a instanceof String || a instanceof Boolean) { if (!Object.is(a.valueOf(), b.valueOf())) return false; }
    if (ArrayBuffer.isView(a)) {
      if (a.byteLength !== b.byteLength) return false;
      for (var bi = 0; bi < a.length; bi++) if (!Object.is(a[bi], b[bi]) && !(!strict && a[bi] == b[bi])) return false;
    }
    memo = memo || { a: [], b: [] };
    var mi = memo.a.indexOf(a);
    if (mi !== -1 && memo.b[mi] === b) return true;
    memo.a.push(a);
    memo.b.push(b);
    try {
      if (a instanceof Map) {
        if (a.size !== b.size) return false;
        for (var e of a) { if (!b.has(e[0]) || !deepEqual(e[1], b.get(e[0]), strict, memo)) return false; }
      } else if (a instanceof Set) {
        if (a.size !== b.size) return false;
        for (var v of a) {
          if (b.has(v)) continue;
          if (typeof v !== 'object') return false;
          var found = false;
          for (var w of b) { if (deepEqual(v, w, strict, memo)) { found = true; break; } }
          if (!found) return false;
        }
      }
      var ka = Object.keys(a);
      var kb = Object.keys(b);
      if (ArrayBuffer.isView(a)) { ka = ka.filter(isNaN); kb = kb.filter(isNaN); }
      if (ka.length !== kb.length) return false;
      for (var i = 0; i < ka.length; i++) {
        if (!Object.prototype.hasOwnProperty.call(b, ka[i])) return false;
        if (!deepEqual(a[ka[i]], b[ka[i]], strict, memo)) return false;
      }
      if (strict) {
        var sa = Object.getOwnPropertySymbols(a).filter(function (s) { return Object.prototype.propertyIsEnumerable.call(a, s); });
        var sb = Object.getOwnPropertySymbols(b).filter(function (s) { return Object.prototype.propertyIsEnumerable.call(b, s); });
        if (sa.length !== sb.length) return false;
        for (var j = 0; j < sa.length; j++) if (!deepEqual(a[sa[j]], b[sa[j]], strict, memo)) return false;
      }
      return true;
    } finally {
      memo.a.pop();
      memo.b.pop();
    }
  }

  function makeAssert(strict) {
    class AssertionError extends Error {
      constructor(options) {
        super(options.message);
        this.name = 'AssertionError';
        this.code = 'ERR_ASSERTION';
        this.actual = options.actual;
        this.expected = options.expected;
        this.operator = options.operator;
        this.generatedMessage = !options.userMessage;
      }
    }
    function fail(actual, expected, message, operator, def) {
      if (message instanceof Error) throw message;
      throw new AssertionError({ message: message !== undefined ? message : def, userMessage: message !== undefined, actual: actual, expected: expected, operator: operator });
    }
    var insp = function (v) { return I().inspect(v); };
    function ok(value, message) {
      if (arguments.length === 0) fail(undefined, true, 'No value argument passed to `assert.ok()`', '==');
      if (!value) fail(value, true, message, '==', 'The expression evaluated to a falsy value:\n\n  assert' + (strict ? '' : '') + '(' + insp(value) + ')\n');
    }
    var assert = function (value, message) { return ok.apply(this, arguments); };
    assert.ok = ok;
    assert.AssertionError = AssertionError;
    assert.fail = function (message) {
      if (message instanceof Error) throw message;
      throw new AssertionError({ message: message === undefined ? 'Failed' : message, userMessage: message !== undefined, operator: 'fail' });
    };
    assert.equal = function (a, b, m) { if (!(strict ? Object.is(a, b) : (a == b || (a !== a && b !== b)))) fail(a, b, m, strict ? 'strictEqual' : '==', strict ? 'Expected values to be strictly equal:\n\n' + insp(a) + ' !== ' + insp(b) + '\n' : insp(a) + ' == ' + insp(b)); };
    assert.notEqual = function (a, b, m) { if (strict ? Object.is(a, b) : (a == b || (a !== a && b !== b))) fail(a, b, m, strict ? 'notStrictEqual' : '!=', 'Expected "actual" to be strictly unequal to: ' + insp(b)); };
    assert.strictEqual = function (a, b, m) { if (!Object.is(a, b)) fail(a, b, m, 'strictEqual', 'Expected values to be strictly equal:\n\n' + insp(a) + ' !== ' + insp(b) + '\n'); };
    assert.notStrictEqual = function (a, b, m) { if (Object.is(a, b)) fail(a, b, m, 'notStrictEqual', 'Expected "actual" to be strictly unequal to: ' + insp(b)); };
    assert.deepEqual = function (a, b, m) { if (!deepEqual(a, b, strict)) fail(a, b, m, strict ? 'deepStrictEqual' : 'deepEqual', 'Expected values to be ' + (strict ? 'strictly' : 'loosely') + ' deep-equal:\n\n' + insp(a) + '\n\nshould ' + (strict ? '' : 'loosely ') + 'deep-equal\n\n' + insp(b)); };
    assert.notDeepEqual = function (a, b, m) { if (deepEqual(a, b, strict)) fail(a, b, m, strict ? 'notDeepStrictEqual' : 'notDeepEqual', 'Expected "actual" not to be ' + (strict ? 'strictly' : 'loosely') + ' deep-equal to: ' + insp(b)); };
    assert.deepStrictEqual = function (a, b, m) { if (!deepEqual(a, b, true)) fail(a, b, m, 'deepStrictEqual', 'Expected values to be strictly deep-equal:\n\n' + insp(a) + '\n\nshould equal\n\n' + insp(b)); };
    assert.notDeepStrictEqual = function (a, b, m) { if (deepEqual(a, b, true)) fail(a, b, m, 'notDeepStrictEqual', 'Expected "actual" not to be strictly deep-equal to: ' + insp(b)); };
    function matches(err, expected, message, fnName) {
      if (expected === undefined) return;
      if (typeof expected === 'function') {
        if (expected.prototype !== undefined && err instanceof expected) return;
        if (Error.isPrototypeOf(expected) || expected === Error) {
          fail(err, expected, message, fnName, 'The error is expected to be an instance of "' + expected.name + '". Received "' + (err && err.constructor && err.constructor.name) + '"');
        }
        if (expected.call({}, err) === true) return;
        fail(err, expected, message, fnName, 'The validation function is expected to return "true". Received false');
      }
      if (expected instanceof RegExp) {
        if (expected.test(String(err))) return;
        fail(err, expected, message, fnName, 'The input did not match the regular expression ' + String(expected) + '. Input:\n\n' + insp(String(err)) + '\n');
      }
      if (typeof expected === 'object' && expected !== null) {
        var keys = Object.keys(expected);
        if (expected instanceof Error) keys.push('name', 'message');
        for (var i = 0; i < keys.length; i++) {
          var k = keys[i];
          var ev = expected[k];
          var av = err === null || err === undefined ? undefined : err[k];
          if (ev instanceof RegExp && typeof av === 'string') { if (!ev.test(av)) fail(err, expected, message, fnName, 'The input did not match the regular expression ' + String(ev) + '. Input:\n\n' + insp(av) + '\n'); }
          else if (!deepEqual(av, ev, true)) fail(err, expected, message, fnName, 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   ' + k + ': ' + insp(av) + '\n-   ' + k + ': ' + insp(ev) + '\n  }');
        }
      }
    }
    var NO = {};
    assert.throws = function (fn, expected, message) {
      if (typeof fn !== 'function') throw new TypeError('The "fn" argument must be of type function.');
      if (typeof expected === 'string') { message = expected; expected = undefined; }
      var err = NO;
      try { fn(); } catch (e) { err = e; }
      if (err === NO) fail(undefined, expected, message, 'throws', 'Missing expected exception' + (expected && expected.name ? ' (' + expected.name + ').' : '.'));
      matches(err, expected, message, 'throws');
    };
    assert.doesNotThrow = function (fn, expected, message) {
      try { fn(); } catch (e) { fail(e, expected, typeof expected === 'string' ? expected : message, 'doesNotThrow', 'Got unwanted exception.\nActual message: "' + (e && e.message) + '"'); }
    };
    assert.rejects = function (p, expected, message) {
      if (typeof expected === 'string') { message = expected; expected = undefined; }
      return Promise.resolve().then(function () { return typeof p === 'function' ? p() : p; }).then(function () {
        fail(undefined, expected, message, 'rejects', 'Missing expected rejection' + (expected && expected.name ? ' (' + expected.name + ').' : '.'));
      }, function (err) {
        matches(err, expected, message, 'rejects');
      });
    };
    assert.doesNotReject = function (p, expected, message) {
      return Promise.resolve().then(function () { return typeof p === 'function' ? p() : p; }).then(function () {}, function (e) {
        fail(e, expected, message, 'doesNotReject', 'Got unwanted rejection.\nActual message: "' + (e && e.message) + '"');
      });
    };
    assert.match = function (s, re, m) { if (!re.test(s)) fail(s, re, m, 'match', 'The input did not match the regular expression ' + String(re) + '. Input:\n\n' + insp(s) + '\n'); };
    assert.doesNotMatch = function (s, re, m) { if (re.test(s)) fail(s, re, m, 'doesNotMatch', 'The input was expected to not match the regular expression ' + String(re) + '. Input:\n\n' + insp(s) + '\n'); };
    assert.ifError = function (v) { if (v !== null && v !== undefined) { throw v instanceof Error ? v : new AssertionError({ message: 'ifError got unwanted exception: ' + insp(v), actual: v, expected: null, operator: 'ifError' }); } };
    return assert;
  }
  modules.assert = once('assert', function () {
    var a = makeAssert(false);
    a.strict = modules['assert/strict']();
    a.strict.strict = a.strict;
    return a;
  });
  modules['assert/strict'] = once('assert/strict', function () {
    var a = makeAssert(true);
    a.strict = a;
    return a;
  });

  modules.crypto = once('crypto', function () {
    var algs = { sha1: 'SHA-1', 'sha-1': 'SHA-1', sha256: 'SHA-256', 'sha-256': 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512', 'sha-512': 'SHA-512', md5: 'MD5' };
    function algOf(a) {
      var n = algs[String(a).toLowerCase()];
      if (!n) { var e = new Error('Digest method not supported'); e.code = 'ERR_CRYPTO_INVALID_DIGEST'; throw e; }
      return n;
    }
    function chunk(data, enc) {
      if (typeof data === 'string') return G.Buffer.from(data, enc || 'utf8');
      return W().toBytes(data, 'The "data" argument');
    }
    function out(bytes, enc) {
      var b = G.Buffer.from(bytes);
      return enc === undefined || enc === 'buffer' ? b : b.toString(enc);
    }
    function Hash(alg, key) {
      this._alg = alg;
      this._key = key;
      this._chunks = [];
      this._done = false;
    }
    Hash.prototype.update = function (data, enc) {
      if (this._done) { var e = new Error('Digest already called'); e.code = 'ERR_CRYPTO_HASH_FINALIZED'; throw e; }
      this._chunks.push(chunk(data, enc));
      return this;
    };
    Hash.prototype.digest = function (enc) {
      if (this._done) { var e = new Error('Digest already called'); e.code = 'ERR_CRYPTO_HASH_FINALIZED'; throw e; }
      this._done = true;
      var all = G.Buffer.concat(this._chunks);
      var r = this._key ? native.hmac(this._alg, this._key, all) : native.digest(this._alg, all);
      return out(new Uint8Array(r), enc);
    };
    Hash.prototype.copy = function () {
      var h = new Hash(this._alg, this._key);
      h._chunks = this._chunks.slice();
      return h;
    };
    // hmacKey is createHmac's key as bytes: a secret KeyObject's or
    // CryptoKey's material (jsonwebtoken passes KeyObjects), or data.
    function hmacKey(key) {
      if (key !== null && typeof key === 'object' && !ArrayBuffer.isView(key) && !(key instanceof ArrayBuffer)) {
        var m = native.keyMaterial(key);
        if (m !== null) {
          if (m[0] !== 'secret') { var e = new TypeError('Invalid key object type ' + m[0] + ', expected secret.'); e.code = 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE'; throw e; }
          return G.Buffer.from(m[1]);
        }
        throw invalidKey(key);
      }
      if (typeof key !== 'string' && !ArrayBuffer.isView(key) && !(key instanceof ArrayBuffer)) throw invalidKey(key);
      return G.Buffer.from(chunk(key));
    }
    function invalidKey(key) {
      var e = new TypeError('The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey. Received ' +
        (key === null || key === undefined ? String(key) : typeof key === 'object' ? 'an instance of ' + ((key.constructor && key.constructor.name) || 'Object') : 'type ' + typeof key + ' (' + String(key) + ')'));
      e.code = 'ERR_INVALID_ARG_TYPE';
      return e;
    }
    var mod = {
      createHash: function (alg) { return new Hash(algOf(alg)); },
      createHmac: function (alg, key) { return new Hash(algOf(alg), hmacKey(key)); },
      hash: function (alg, data, enc) { return new Hash(algOf(alg)).update(data).digest(enc === undefined ? 'hex' : enc); },
      getHashes: function () { return ['md5', 'sha1', 'sha256', 'sha384', 'sha512']; },
      randomBytes: function (n, cb) {
        if (typeof n !== 'number' || n < 0 || n > 0x7fffffff) throw new RangeError('The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received ' + n);
        var b = G.Buffer.from(new Uint8Array(native.randomBytes(n)));
        if (typeof cb === 'function') { queueMicrotask(function () { cb(null, b); }); return undefined; }
        return b;
      },
      randomFillSync: function (buf) { return W().crypto.getRandomValues(buf); },
      randomUUID: function () { return native.randomUUID(); },
      getRandomValues: function (a) { return W().crypto.getRandomValues(a); },
      webcrypto: W().crypto,
    };
    // internal/jscrypto's KeyObject, sign/verify, key derivation,
    // ciphers, ECDH, randomInt and timingSafeEqual join these.
    var ext = native.cryptoNode();
    Object.keys(ext).forEach(function (k) { mod[k] = ext[k]; });
    mod.subtle = native.subtle();
    return mod;
  });

  addSystemModules(modules, once, process, native);
  return { URL: URL, process: process, Headers: Headers, Request: Request, Response: Response, fetch: fetch, modules: modules };
}
