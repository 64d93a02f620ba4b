// Web platform globals: DOMException, Event, EventTarget, AbortController,
// AbortSignal, TextEncoder, TextDecoder, atob, btoa, structuredClone,
// performance, crypto (getRandomValues, randomUUID, subtle).
// webIDLMembers makes the members of a web class enumerable, on its
// prototype and on itself, as Node's Web IDL interfaces have them (a for-in
// over an instance lists its methods and accessors there); class syntax
// makes them non-enumerable. constructor, length, name and prototype stay
// as they are, and so do the names in keep, which Node leaves
// non-enumerable too.
function webIDLMembers(C, keep) {
  [C.prototype, C].forEach(function (o) {
    Object.getOwnPropertyNames(o).forEach(function (k) {
      if (k === 'constructor' || k === 'prototype' || k === 'length' || k === 'name' || (keep && keep.indexOf(k) >= 0)) return;
      var d = Object.getOwnPropertyDescriptor(o, k);
      if (d.configurable && !d.enumerable) {
        d.enumerable = true;
        Object.defineProperty(o, k, d);
      }
    });
  });
}

function makeWeb() {
  'use strict';
  var kState = native.hidden[0];

  function toBytes(x, what) {
    if (x instanceof Uint8Array) return x;
    if (x instanceof ArrayBuffer) return new Uint8Array(x);
    if (ArrayBuffer.isView(x)) return new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
    throw new TypeError((what || 'The data') + ' must be an ArrayBuffer, a TypedArray or a DataView');
  }

  var codes = {
    IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
    NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
    SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
    TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
    QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
  };
  // As in Node, DOMException's instances are errors (its prototype's
  // prototype is Error.prototype) but DOMException itself is not a
  // subclass of Error: its prototype is Function.prototype, so a for-in
  // over it does not list Error's statics. A class that extends Error
  // would be; the error is made with Reflect.construct instead of super.
  function DOMException(message, name) {
    if (new.target === undefined) throw new TypeError("Class constructor DOMException cannot be invoked without 'new'");
    var self = Reflect.construct(Error, [message === undefined ? '' : String(message)], new.target);
    var n = name === undefined ? 'Error' : (typeof name === 'object' && name !== null ? String(name.name || 'Error') : String(name));
    if (typeof name === 'object' && name !== null && 'cause' in name) {
      Object.defineProperty(self, 'cause', { value: name.cause, writable: true, configurable: true });
    }
    Object.defineProperty(self, 'name', { value: n, writable: true, configurable: true });
    Object.defineProperty(self, 'code', { value: codes[n] || 0, configurable: true });
    return self;
  }
  Object.defineProperty(DOMException, 'length', { value: 0 });
  DOMException.prototype = Object.create(Error.prototype, {
    constructor: { value: DOMException, writable: true, configurable: true },
  });
  Object.defineProperty(DOMException, 'prototype', { writable: false });
  Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
  // the legacy code constants, on the interface and its prototype
  var constNames = ['INDEX_SIZE_ERR', 1, 'DOMSTRING_SIZE_ERR', 2, 'HIERARCHY_REQUEST_ERR', 3, 'WRONG_DOCUMENT_ERR', 4,
    'INVALID_CHARACTER_ERR', 5, 'NO_DATA_ALLOWED_ERR', 6, 'NO_MODIFICATION_ALLOWED_ERR', 7, 'NOT_FOUND_ERR', 8,
    'NOT_SUPPORTED_ERR', 9, 'INUSE_ATTRIBUTE_ERR', 10, 'INVALID_STATE_ERR', 11, 'SYNTAX_ERR', 12,
    'INVALID_MODIFICATION_ERR', 13, 'NAMESPACE_ERR', 14, 'INVALID_ACCESS_ERR', 15, 'VALIDATION_ERR', 16,
    'TYPE_MISMATCH_ERR', 17, 'SECURITY_ERR', 18, 'NETWORK_ERR', 19, 'ABORT_ERR', 20, 'URL_MISMATCH_ERR', 21,
    'QUOTA_EXCEEDED_ERR', 22, 'TIMEOUT_ERR', 23, 'INVALID_NODE_TYPE_ERR', 24, 'DATA_CLONE_ERR', 25];
  for (var ci = 0; ci < constNames.length; ci += 2) {
    Object.defineProperty(DOMException, constNames[ci], { value: constNames[ci + 1], enumerable: true });
    Object.defineProperty(DOMException.prototype, constNames[ci], { value: constNames[ci + 1], enumerable: true });
  }

  // --- Event and EventTarget ---
  class Event {
    constructor(type, init) {
      if (arguments.length === 0) throw new TypeError('The "type" argument must be specified');
      init = init || {};
      Object.defineProperty(this, kState, {
        value: {
          type: String(type), bubbles: !!init.bubbles, cancelable: !!init.cancelable, composed: !!init.composed,
          defaultPrevented: false, target: null, currentTarget: null, stop: false, timeStamp: native.now(), phase: 0,
        },
      });
      Object.defineProperty(this, 'isTrusted', { get: function () { return false; }, enumerable: true });
    }
    get type() { return this[kState].type; }
    get bubbles() { return this[kState].bubbles; }
    get cancelable() { return this[kState].cancelable; }
    get composed() { return this[kState].composed; }
    get defaultPrevented() { return this[kState].cancelable && this[kState].defaultPrevented; }
    get target() { return this[kState].target; }
    get currentTarget() { return this[kState].currentTarget; }
    get srcElement() { return this[kState].target; }
    get timeStamp() { return this[kState].timeStamp; }
    get eventPhase() { return this[kState].phase; }
    get returnValue() { return !this.defaultPrevented; }
    get cancelBubble() { return this[kState].stop; }
    set cancelBubble(v) { if (v) this[kState].stop = true; }
    composedPath() { return this[kState].currentTarget ? [this[kState].currentTarget] : []; }
    preventDefault() { this[kState].defaultPrevented = true; }
    stopPropagation() { this[kState].stop = true; }
    stopImmediatePropagation() { this[kState].stop = true; this[kState].immediate = true; }
    get [Symbol.toStringTag]() { return 'Event'; }
  }
  Event.NONE = 0; Event.CAPTURING_PHASE = 1; Event.AT_TARGET = 2; Event.BUBBLING_PHASE = 3;

  class CustomEvent extends Event {
    constructor(type, init) {
      super(type, init);
      this[kState].detail = init && init.detail !== undefined ? init.detail : null;
    }
    get detail() { return this[kState].detail; }
  }

  var kListeners = native.hidden[1];
  class EventTarget {
    constructor() {
      Object.defineProperty(this, kListeners, { value: new Map(), configurable: true });
    }
    addEventListener(type, listener, options) {
      if (listener === null || listener === undefined) return;
      var capture = typeof options === 'boolean' ? options : !!(options && options.capture);
      var once = !!(options && typeof options === 'object' && options.once);
      var signal = options && typeof options === 'object' ? options.signal : undefined;
      if (signal && signal.aborted) return;
      var map = listeners(this);
      var list = map.get(type);
      if (!list) { list = []; map.set(type, list); }
      for (var i = 0; i < list.length; i++) {
        if (list[i].listener === listener && list[i].capture === capture) return;
      }
      var rec = { listener: listener, capture: capture, once: once, removed: false };
      list.push(rec);
      if (signal) {
        var self = this;
        signal.addEventListener('abort', function () { self.removeEventListener(type, listener, options); }, { once: true });
      }
    }
    removeEventListener(type, listener, options) {
      var capture = typeof options === 'boolean' ? options : !!(options && options.capture);
      var list = listeners(this).get(type);
      if (!list) return;
      for (var i = 0; i < list.length; i++) {
        if (list[i].listener === listener && list[i].capture === capture) {
          list[i].removed = true;
          list.splice(i, 1);
          return;
        }
      }
    }
    dispatchEvent(event) {
      if (!(event instanceof Event)) throw new TypeError('The "event" argument must be an instance of Event. Received ' + I().inspect(event));
      var st = event[kState];
      st.target = this;
      st.currentTarget = this;
      st.phase = 2;
      var list = listeners(this).get(st.type);
      if (list) {
        list = list.slice();
        for (var i = 0; i < list.length; i++) {
          var rec = list[i];
          if (rec.removed) continue;
          if (rec.once) this.removeEventListener(st.type, rec.listener, rec.capture);
          try {
            if (typeof rec.listener === 'function') rec.listener.call(this, event);
            else if (rec.listener && typeof rec.listener.handleEvent === 'function') rec.listener.handleEvent(event);
          } catch (err) {
            native.reportError(err);
          }
          if (st.immediate) break;
        }
      }
      st.currentTarget = null;
      st.phase = 0;
      return !event.defaultPrevented;
    }
    get [Symbol.toStringTag]() { return 'EventTarget'; }
  }
  function listeners(t) {
    var m = t[kListeners];
    if (!m) {
      m = new Map();
      Object.defineProperty(t, kListeners, { value: m, configurable: true });
    }
    return m;
  }

  // --- AbortController and AbortSignal ---
  var kSignal = native.hidden[2];
  class AbortSignal extends EventTarget {
    constructor(key) {
      if (key !== kSignal) throw new TypeError('Illegal constructor');
      super();
      Object.defineProperty(this, kState, { value: { aborted: false, reason: undefined, onabort: null } });
    }
    get aborted() { return this[kState].aborted; }
    get reason() { return this[kState].reason; }
    get onabort() { return this[kState].onabort; }
    set onabort(f) {
      var st = this[kState];
      if (st.onabortWrapper) this.removeEventListener('abort', st.onabortWrapper);
      st.onabort = typeof f === 'function' ? f : null;
      st.onabortWrapper = null;
      if (st.onabort) {
        var self = this;
        st.onabortWrapper = function (ev) { return st.onabort.call(self, ev); };
        this.addEventListener('abort', st.onabortWrapper);
      }
    }
    throwIfAborted() { if (this[kState].aborted) throw this[kState].reason; }
    static abort(reason) {
      var s = new AbortSignal(kSignal);
      abortSignal(s, reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason);
      return s;
    }
    static timeout(ms) {
      var s = new AbortSignal(kSignal);
      var t = setTimeout(function () {
        abortSignal(s, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
      }, ms);
      // Node unrefs this timer; here it keeps the request's event loop
      // alive, so a request that awaits only the signal is not reported as
      // stalled. A timer still pending when the request ends fires during
      // a later request of the same runtime, or is cleared on retire.
      void t;
      return s;
    }
    static any(signals) {
      var s = new AbortSignal(kSignal);
      for (var i = 0; i < signals.length; i++) {
        if (signals[i].aborted) { abortSignal(s, signals[i].reason); return s; }
      }
      signals.forEach(function (sig) {
        sig.addEventListener('abort', function () { abortSignal(s, sig.reason); }, { once: true });
      });
      return s;
    }
    get [Symbol.toStringTag]() { return 'AbortSignal'; }
  }
  function abortSignal(s, reason) {
    var st = s[kState];
    if (st.aborted) return;
    st.aborted = true;
    st.reason = reason;
    s.dispatchEvent(new Event('abort'));
  }
  class AbortController {
    constructor() {
      Object.defineProperty(this, kState, { value: new AbortSignal(kSignal) });
    }
    get signal() { return this[kState]; }
    abort(reason) {
      abortSignal(this[kState], reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason);
    }
    get [Symbol.toStringTag]() { return 'AbortController'; }
  }

  // --- TextEncoder and TextDecoder ---
  class TextEncoder {
    get encoding() { return 'utf-8'; }
    encode(input) {
      return new Uint8Array(native.utf8Encode(input === undefined ? '' : String(input)));
    }
    encodeInto(src, dest) {
      var bytes = this.encode(src);
      var n = 0;
      var read = 0;
      // copy whole characters only
      for (var i = 0; i < src.length; i++) {
        var c = src.codePointAt(i);
        var len = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (n + len > dest.length) break;
        n += len;
        read += c >= 0x10000 ? 2 : 1;
        if (c >= 0x10000) i++;
      }
      dest.set(bytes.subarray(0, n));
      return { read: read, written: n };
    }
    get [Symbol.toStringTag]() { return 'TextEncoder'; }
  }
  var encodings = {
    'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
    'utf-16le': 'utf-16le', 'utf-16': 'utf-16le',
    latin1: 'latin1', 'iso-8859-1': 'latin1', 'us-ascii': 'latin1', ascii: 'latin1', 'windows-1252': 'latin1',
  };
  class TextDecoder {
    constructor(label, options) {
      var enc = encodings[String(label === undefined ? 'utf-8' : label).trim().toLowerCase()];
      if (!enc) throw new RangeError('The "' + label + '" encoding is not supported');
      options = options || {};
      Object.defineProperty(this, kState, { value: { enc: enc, fatal: !!options.fatal, ignoreBOM: !!options.ignoreBOM, pending: null } });
    }
    get encoding() { return this[kState].enc === 'latin1' ? 'windows-1252' : this[kState].enc; }
    get fatal() { return this[kState].fatal; }
    get ignoreBOM() { return this[kState].ignoreBOM; }
    decode(input, options) {
      var st = this[kState];
      var bytes = input === undefined ? new Uint8Array(0) : toBytes(input, 'The "input" argument');
      if (st.pending) {
        var joined = new Uint8Array(st.pending.length + bytes.length);
        joined.set(st.pending);
        joined.set(bytes, st.pending.length);
        bytes = joined;
        st.pending = null;
      }
      var stream = !!(options && options.stream);
      var r = native.decode(st.enc, bytes, st.fatal, st.ignoreBOM, stream, !!st.started);
      if (r === null) {
        var e = new TypeError('The encoded data was not valid for encoding ' + this.encoding);
        e.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
        throw e;
      }
      if (stream) {
        st.started = st.started || r[0].length > 0 || bytes.length - r[1] > 0;
        if (r[1] > 0) st.pending = bytes.slice(bytes.length - r[1]);
      } else {
        st.started = false;
      }
      return r[0];
    }
    get [Symbol.toStringTag]() { return 'TextDecoder'; }
  }

  function atob(input) {
    if (arguments.length === 0) throw new TypeError('The "data" argument must be specified');
    input = String(input);
    checkAlloc(input.length, 'atob');
    var r = native.atob(input);
    if (r === null) throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
    return r;
  }
  function btoa(input) {
    if (arguments.length === 0) throw new TypeError('The "data" argument must be specified');
    input = String(input);
    checkAlloc(Math.ceil(input.length / 3) * 4, 'btoa');
    var r = native.btoa(input);
    if (r === null) throw new DOMException('Invalid character', 'InvalidCharacterError');
    return r;
  }

  // --- WeakRef, FinalizationRegistry ---
  // goja has neither; libraries create them at load (pino's exit hooks).
  // These keep their target alive and never finalize: code that only uses
  // them to avoid leaks works, at the price of the leak it meant to avoid.
  class WeakRef {
    constructor(target) {
      if (target === null || (typeof target !== 'object' && typeof target !== 'function')) throw new TypeError('WeakRef: target must be an object');
      Object.defineProperty(this, kState, { value: target });
    }
    deref() { return this[kState]; }
    get [Symbol.toStringTag]() { return 'WeakRef'; }
  }
  class FinalizationRegistry {
    constructor(cleanup) {
      if (typeof cleanup !== 'function') throw new TypeError('FinalizationRegistry: cleanup must be callable');
    }
    register(target) {
      if (target === null || (typeof target !== 'object' && typeof target !== 'function')) throw new TypeError('FinalizationRegistry.prototype.register: invalid target');
    }
    unregister(token) {
      if (token === null || (typeof token !== 'object' && typeof token !== 'function')) throw new TypeError('Invalid unregisterToken');
      return false;
    }
    get [Symbol.toStringTag]() { return 'FinalizationRegistry'; }
  }

  // --- structuredClone ---
  function structuredClone(value, options) {
    if (arguments.length === 0) throw new TypeError('The "value" argument must be specified');
    var memory = new Map();
    var size = 0; // a running estimate of what the copy allocates
    function clone(v) {
      if (typeof v === 'string') { size += v.length; checkAlloc(size, 'structuredClone'); return v; }
      if (typeof v === 'function') throw new DOMException(fnDesc(v) + ' could not be cloned.', 'DataCloneError');
      if (typeof v === 'symbol') throw new DOMException(v.toString() + ' could not be cloned.', 'DataCloneError');
      if (typeof v !== 'object' || v === null) return v;
      if (memory.has(v)) return memory.get(v);
      size += v instanceof ArrayBuffer ? v.byteLength : 16 * (typeof v.length === 'number' && !ArrayBuffer.isView(v) ? v.length + 1 : 1);
      checkAlloc(size, 'structuredClone');
      var out;
      if (Array.isArray(v)) {
        out = new Array(v.length);
        memory.set(v, out);
        for (var k in v) out[k] = clone(v[k]);
        return out;
      }
      if (v instanceof Date) out = new Date(v.getTime());
      else if (v instanceof RegExp) out = new RegExp(v.source, v.flags);
      else if (v instanceof Boolean) out = new Boolean(v.valueOf());
      else if (v instanceof Number) out = new Number(v.valueOf());
      else if (v instanceof String) out = new String(v.valueOf());
      else if (v instanceof ArrayBuffer) out = v.slice(0);
      else if (ArrayBuffer.isView(v)) {
        var buf = clone(v.buffer);
        if (v instanceof DataView) out = new DataView(buf, v.byteOffset, v.byteLength);
        else {
          var C = native.isBuffer(v) ? Uint8Array : Object.getPrototypeOf(Object.getPrototypeOf(v)) === Object.getPrototypeOf(Uint8Array.prototype) ? v.constructor : Uint8Array;
          out = new C(buf, v.byteOffset, v.length);
        }
      } else if (v instanceof Map) {
        out = new Map();
        memory.set(v, out);
        v.forEach(function (val, key) { out.set(clone(key), clone(val)); });
        return out;
      } else if (v instanceof Set) {
        out = new Set();
        memory.set(v, out);
        v.forEach(function (val) { out.add(clone(val)); });
        return out;
      } else if (v instanceof Error) {
        var names = { Error: Error, EvalError: EvalError, RangeError: RangeError, ReferenceError: ReferenceError, SyntaxError: SyntaxError, TypeError: TypeError, URIError: URIError };
        var E = names[v.name] || Error;
        out = new E(v.message);
        if (v.stack !== undefined) out.stack = v.stack;
        if ('cause' in v) out.cause = clone(v.cause);
      } else if (v instanceof Promise || v instanceof WeakMap || v instanceof WeakSet) {
        throw new DOMException(Object.prototype.toString.call(v).slice(8, -1) + ' object could not be cloned.', 'DataCloneError');
      } else {
        var tag = Object.prototype.toString.call(v);
        if (tag !== '[object Object]' && tag !== '[object Arguments]' && !(v instanceof Object)) {
          throw new DOMException(tag + ' could not be cloned.', 'DataCloneError');
        }
        out = {};
        memory.set(v, out);
        var keys = Object.keys(v);
        for (var i = 0; i < keys.length; i++) out[keys[i]] = clone(v[keys[i]]);
        return out;
      }
      memory.set(v, out);
      return out;
    }
    return clone(value);
  }
  function fnDesc(f) {
    var s = '';
    try { s = Function.prototype.toString.call(f); } catch (e) { s = 'function'; }
    return s;
  }

  // --- performance ---
  var origin = native.timeOrigin();
  var performance = {
    now: function () { return native.now(); },
    get timeOrigin() { return origin; },
    toJSON: function () { return { timeOrigin: origin }; },
    mark: function (name) { return { name: name, entryType: 'mark', startTime: native.now(), duration: 0 }; },
    measure: function (name) { return { name: name, entryType: 'measure', startTime: 0, duration: native.now() }; },
  };
  Object.defineProperty(performance, Symbol.toStringTag, { value: 'Performance' });

  // --- crypto ---
  // crypto.subtle and CryptoKey are internal/jscrypto's, loaded on first use.
  function getRandomValues(array) {
    if (!ArrayBuffer.isView(array) || array instanceof Float32Array || array instanceof Float64Array || array instanceof DataView) {
      throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
    }
    if (array.byteLength > 65536) {
      throw new DOMException('The ArrayBufferView\'s byte length (' + array.byteLength + ') exceeds the number of bytes of entropy available via this API (65536)', 'QuotaExceededError');
    }
    new Uint8Array(array.buffer, array.byteOffset, array.byteLength).set(new Uint8Array(native.randomBytes(array.byteLength)));
    return array;
  }
  var crypto = {
    getRandomValues: getRandomValues,
    randomUUID: function () { return native.randomUUID(); },
  };
  Object.defineProperty(crypto, 'subtle', { get: function () { return native.subtle(); }, enumerable: true, configurable: false });
  Object.defineProperty(crypto, Symbol.toStringTag, { value: 'Crypto' });

  [Event, CustomEvent, EventTarget, AbortController, TextEncoder, TextDecoder].forEach(function (C) { webIDLMembers(C); });
  webIDLMembers(AbortSignal, ['reason', 'throwIfAborted', 'abort', 'timeout', 'any']);
  return {
    DOMException: DOMException, Event: Event, CustomEvent: CustomEvent, EventTarget: EventTarget,
    AbortController: AbortController, AbortSignal: AbortSignal,
    TextEncoder: TextEncoder, TextDecoder: TextDecoder, atob: atob, btoa: btoa,
    structuredClone: structuredClone, performance: performance, crypto: crypto,
    WeakRef: WeakRef, FinalizationRegistry: FinalizationRegistry,
    toBytes: toBytes, abortSignal: abortSignal,
  };
}
