// The JavaScript face of package jscrypto: Node's KeyObject, Sign/Verify
// and KDF functions, and WebCrypto's SubtleCrypto, over the Go functions in
// `native`. Evaluated once per runtime; returns { node, subtle, CryptoKey }.
(function (native) {
  'use strict';

  // --- bytes ---
  function isView(v) { return ArrayBuffer.isView(v) || v instanceof ArrayBuffer; }
  function bufferCtor() { return typeof Buffer === 'function' ? Buffer : undefined; }
  // toBuf wraps a fresh ArrayBuffer as a Buffer when the runtime has one.
  function toBuf(ab) {
    var B = bufferCtor();
    return B ? B.from(ab) : new Uint8Array(ab);
  }
  function invalidArg(name, what, v) {
    var e = new TypeError('The "' + name + '" argument must be ' + what + '. Received ' + (v === null ? 'null' : typeof v));
    e.code = 'ERR_INVALID_ARG_TYPE';
    return e;
  }
  // bytes turns a string (in enc) or any ArrayBuffer(View) into a Uint8Array.
  function bytes(v, name, enc) {
    if (typeof v === 'string') {
      var B = bufferCtor();
      if (B && enc && enc !== 'utf8' && enc !== 'utf-8') return B.from(v, enc);
      return new Uint8Array(native.utf8(v));
    }
    if (v instanceof ArrayBuffer) return new Uint8Array(v);
    if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    throw invalidArg(name, 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', v);
  }
  function encode(ab, enc) {
    var b = toBuf(ab);
    return enc === undefined || enc === 'buffer' ? b : b.toString(enc);
  }
  function nodeError(e) {
    if (e && e.kind && !e.code) {
      e.code = { key: 'ERR_OSSL_UNSUPPORTED', digest: 'ERR_CRYPTO_INVALID_DIGEST', kdf: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', operation: 'ERR_CRYPTO_OPERATION_FAILED' }[e.kind] || 'ERR_CRYPTO_OPERATION_FAILED';
    }
    return e;
  }
  function checkCallback(cb) {
    if (typeof cb !== 'function') throw invalidArg('callback', 'of type function', cb);
  }
  // callAsync runs a native in its callback form, adapting its result.
  function callAsync(cb, f, map) {
    f(function (err, v) {
      if (err) cb(nodeError(err));
      else cb(null, map ? map(v) : v);
    });
  }
  function syncCall(f) {
    try { return f(); } catch (e) { throw nodeError(e); }
  }
  function num(v, name, min, max) {
    if (typeof v !== 'number' || v !== v || Math.floor(v) !== v) throw invalidArg(name, 'of type number', v);
    if (v < min || v > max) {
      var e = new RangeError('The value of "' + name + '" is out of range. It must be >= ' + min + ' && <= ' + max + '. Received ' + v);
      e.code = 'ERR_OUT_OF_RANGE';
      throw e;
    }
    return v;
  }

  // --- KeyObject ---
  var kHandle = Symbol('kHandle');
  var kInfo = Symbol('kInfo');
  class KeyObject {
    constructor(type, handle) {
      if (type !== 'secret' && type !== 'public' && type !== 'private') throw invalidArg('type', 'one of secret, public, private', type);
      if (!native.isHandle(handle)) throw invalidArg('handle', 'a key handle', handle);
      Object.defineProperty(this, kHandle, { value: handle });
    }
    get type() { return native.keyType(this[kHandle]); }
    equals(other) {
      if (!(other instanceof KeyObject)) throw invalidArg('otherKeyObject', 'an instance of KeyObject', other);
      return native.keyEquals(this[kHandle], other[kHandle]);
    }
    static from(key) {
      if (!(key instanceof CryptoKey)) throw invalidArg('key', 'an instance of CryptoKey', key);
      return wrapKey(key[kHandle]);
    }
    get [Symbol.toStringTag]() { return 'KeyObject'; }
  }
  function info(k) {
    if (!k[kInfo]) Object.defineProperty(k, kInfo, { value: native.keyInfo(k[kHandle]) });
    return k[kInfo];
  }
  class SecretKeyObject extends KeyObject {
    get symmetricKeySize() { return info(this).symmetricKeySize; }
    export(options) {
      if (options !== undefined && (options === null || typeof options !== 'object')) throw invalidArg('options', 'of type object', options);
      if (options && options.format === 'jwk') return JSON.parse(native.exportKey(this[kHandle], 'jwk', ''));
      if (options && options.format !== undefined && options.format !== 'buffer') throw invalidFormat(options.format);
      return toBuf(native.exportKey(this[kHandle], 'raw', ''));
    }
  }
  function invalidFormat(f) {
    var e = new TypeError('The property \'options.format\' must be one of: undefined, \'buffer\', \'jwk\'. Received ' + JSON.stringify(f));
    e.code = 'ERR_INVALID_ARG_VALUE';
    return e;
  }
  class AsymmetricKeyObject extends KeyObject {
    get asymmetricKeyType() { return info(this).asymmetricKeyType; }
    get asymmetricKeyDetails() {
      var i = info(this);
      if (i.asymmetricKeyType === 'rsa') return { modulusLength: i.modulusLength, publicExponent: typeof BigInt === 'function' ? BigInt(i.publicExponent) : i.publicExponent };
      if (i.asymmetricKeyType === 'ec') return { namedCurve: i.namedCurve };
      return {};
    }
    export(options) {
      if (options === null || typeof options !== 'object') throw invalidArg('options', 'of type object', options);
      if (options.format === 'jwk') return JSON.parse(syncCall(function () { return native.exportKey(this[kHandle], 'jwk', ''); }.bind(this)));
      if (options.cipher !== undefined || options.passphrase !== undefined) {
        var c = new Error('Encrypted key export is not supported by plugmux');
        c.code = 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM';
        throw c;
      }
      var format = options.format === undefined ? 'pem' : options.format;
      if (format !== 'pem' && format !== 'der') throw invalidFormat(format);
      var type = options.type;
      if (typeof type !== 'string') {
        var t = new TypeError('The property \'options.type\' is invalid. Received ' + (type === undefined ? 'undefined' : JSON.stringify(type)));
        t.code = 'ERR_INVALID_ARG_VALUE';
        throw t;
      }
      var self = this;
      var out = syncCall(function () { return native.exportKey(self[kHandle], format, type); });
      return format === 'pem' ? out : toBuf(out);
    }
  }
  class PublicKeyObject extends AsymmetricKeyObject {}
  class PrivateKeyObject extends AsymmetricKeyObject {}
  function wrapKey(h) {
    var t = native.keyType(h);
    if (t === 'secret') return new SecretKeyObject(t, h);
    if (t === 'public') return new PublicKeyObject(t, h);
    return new PrivateKeyObject(t, h);
  }

  function createSecretKey(key, encoding) {
    return wrapKey(native.secretKey(bytes(key, 'key', encoding)));
  }
  // parseInput reads what createPrivateKey/createPublicKey and sign/verify
  // accept: a PEM string or buffer, or { key, format, type, encoding }.
  function parseInput(input, kind) {
    if (input instanceof KeyObject) return input[kHandle];
    if (input instanceof CryptoKey) return input[kHandle];
    var data = input, format = 'pem', type = '', enc;
    if (input !== null && typeof input === 'object' && !isView(input)) {
      if (input.key instanceof KeyObject || input.key instanceof CryptoKey) return input.key[kHandle];
      data = input.key;
      if (input.format !== undefined) format = input.format;
      if (input.type !== undefined) type = input.type;
      enc = input.encoding;
      if (input.passphrase !== undefined && format !== 'jwk') {
        // Only unencrypted keys are read; a passphrase for one is ignored, as in Node.
      }
    }
    if (format === 'jwk') {
      if (data === null || typeof data !== 'object') throw invalidArg('key.key', 'of type object', data);
      return syncCall(function () { return native.parseKey(kind, new Uint8Array(0), 'jwk', '', JSON.stringify(data)); });
    }
    if (format !== 'pem' && format !== 'der') throw invalidFormat(format);
    if (typeof data !== 'string' && !isView(data)) throw invalidArg('key', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey', data);
    return syncCall(function () { return native.parseKey(kind, bytes(data, 'key', enc), format, type, ''); });
  }
  function createPrivateKey(key) {
    var h = parseInput(key, 'private');
    if (native.keyType(h) !== 'private') throw invalidKeyType(native.keyType(h), 'private');
    return wrapKey(h);
  }
  function createPublicKey(key) {
    return wrapKey(native.publicOf(parseInput(key, 'public')));
  }
  function invalidKeyType(got, want) {
    var e = new TypeError('Invalid key object type ' + got + ', expected ' + want + '.');
    e.code = 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE';
    return e;
  }

  // --- key generation ---
  function genArgs(type, options) {
    if (typeof type !== 'string') throw invalidArg('type', 'of type string', type);
    var o = options || {};
    if (type === 'rsa') {
      num(o.modulusLength, 'options.modulusLength', 0, 0xffffffff);
      return [type, o.modulusLength, o.publicExponent === undefined ? 65537 : o.publicExponent, ''];
    }
    if (type === 'ec') {
      if (typeof o.namedCurve !== 'string') throw invalidArg('options.namedCurve', 'of type string', o.namedCurve);
      return [type, 0, 0, o.namedCurve];
    }
    if (type === 'ed25519') return [type, 0, 0, ''];
    var e = new TypeError('The argument \'type\' must be a supported key type. Received \'' + type + '\'');
    e.code = 'ERR_INVALID_ARG_VALUE';
    throw e;
  }
  function encodePair(h, options) {
    var o = options || {};
    var pub = wrapKey(native.publicOf(h));
    var priv = wrapKey(h);
    return {
      publicKey: o.publicKeyEncoding ? pub.export(o.publicKeyEncoding) : pub,
      privateKey: o.privateKeyEncoding ? priv.export(o.privateKeyEncoding) : priv,
    };
  }
  function generateKeyPairSync(type, options) {
    var a = genArgs(type, options);
    return encodePair(syncCall(function () { return native.generate(a[0], a[1], a[2], a[3]); }), options);
  }
  function generateKeyPair(type, options, cb) {
    if (typeof options === 'function') { cb = options; options = undefined; }
    checkCallback(cb);
    var a = genArgs(type, options);
    native.generate(a[0], a[1], a[2], a[3], function (err, h) {
      if (err) return cb(nodeError(err));
      var p;
      try { p = encodePair(h, options); } catch (e) { return cb(e); }
      cb(null, p.publicKey, p.privateKey);
    });
  }
  function generateKeySync(type, options) {
    var len = num(options && options.length, 'options.length', type === 'aes' ? 128 : 8, type === 'aes' ? 256 : 2147483647);
    if (type === 'aes' && len !== 128 && len !== 192 && len !== 256) throw new RangeError('The property \'options.length\' must be one of: 128, 192, 256. Received ' + len);
    if (type !== 'aes' && type !== 'hmac') throw invalidArg('type', 'one of hmac, aes', type);
    return wrapKey(native.secretKey(new Uint8Array(native.randomBytes(Math.floor(len / 8)))));
  }
  function generateKey(type, options, cb) {
    checkCallback(cb);
    var k = generateKeySync(type, options);
    queueMicrotask(function () { cb(null, k); });
  }

  // --- sign and verify ---
  // signArgs reads a key argument's signature options beside the key.
  function signOpts(key) {
    var o = { padding: 0, saltLength: undefined, dsaEncoding: 'der' };
    if (key !== null && typeof key === 'object' && !isView(key) && !(key instanceof KeyObject) && !(key instanceof CryptoKey)) {
      if (key.padding !== undefined) o.padding = num(key.padding, 'key.padding', 0, 0xffffffff);
      if (key.saltLength !== undefined) o.saltLength = num(key.saltLength, 'key.saltLength', -2, 0xffffffff);
      if (key.dsaEncoding !== undefined) {
        if (key.dsaEncoding !== 'der' && key.dsaEncoding !== 'ieee-p1363') {
          var e = new TypeError('The property \'options.dsaEncoding\' is invalid. Received ' + JSON.stringify(key.dsaEncoding));
          e.code = 'ERR_INVALID_ARG_VALUE';
          throw e;
        }
        o.dsaEncoding = key.dsaEncoding;
      }
    }
    return o;
  }
  function privateHandle(key) {
    var h = parseInput(key, 'private');
    if (native.keyType(h) !== 'private') throw invalidKeyType(native.keyType(h), 'private');
    return h;
  }
  function publicHandle(key) { return parseInput(key, 'public'); }
  function doSign(alg, data, key, cb) {
    var h = privateHandle(key);
    var o = signOpts(key);
    var args = [h, data, alg === null || alg === undefined ? '' : String(alg), o.padding, o.saltLength === undefined ? -3 : o.saltLength, o.dsaEncoding];
    if (cb) return native.sign.apply(null, args.concat([function (err, sig) { if (err) cb(nodeError(err)); else cb(null, toBuf(sig)); }]));
    return toBuf(syncCall(function () { return native.sign.apply(null, args); }));
  }
  function doVerify(alg, data, key, sig, cb) {
    var h = publicHandle(key);
    var o = signOpts(key);
    var args = [h, data, alg === null || alg === undefined ? '' : String(alg), o.padding, o.saltLength === undefined ? -3 : o.saltLength, o.dsaEncoding, sig];
    if (cb) return native.verify.apply(null, args.concat([function (err, ok) { if (err) cb(nodeError(err)); else cb(null, ok); }]));
    return syncCall(function () { return native.verify.apply(null, args); });
  }
  function oneShotSign(alg, data, key, cb) {
    if (cb !== undefined) checkCallback(cb);
    return doSign(alg, bytes(data, 'data'), key, cb);
  }
  function oneShotVerify(alg, data, key, sig, cb) {
    if (cb !== undefined) checkCallback(cb);
    return doVerify(alg, bytes(data, 'data'), key, bytes(sig, 'signature'), cb);
  }

  function checkDigest(alg) {
    if (typeof alg !== 'string') throw invalidArg('algorithm', 'of type string', alg);
    if (!native.digestSize(alg)) {
      var e = new TypeError('Invalid digest: ' + alg);
      e.code = 'ERR_CRYPTO_INVALID_DIGEST';
      throw e;
    }
  }
  // Sign and Verify collect the data and sign it at the end: what Node's
  // streaming classes do, without the hash state crossing into JavaScript.
  function initSigner(s, alg) {
    checkDigest(alg);
    s._alg = alg;
    s._chunks = [];
    s._done = false;
  }
  function Sign(alg) {
    if (!(this instanceof Sign)) return new Sign(alg);
    initSigner(this, alg);
  }
  Sign.prototype.update = function (data, enc) {
    if (this._done) { var e = new Error('Digest already called'); e.code = 'ERR_CRYPTO_SIGN_KEY_REQUIRED'; throw e; }
    this._chunks.push(bytes(data, 'data', enc).slice());
    return this;
  };
  Sign.prototype.write = function (data, enc, cb) {
    this.update(data, typeof enc === 'string' ? enc : undefined);
    if (typeof enc === 'function') enc(); else if (typeof cb === 'function') cb();
    return true;
  };
  Sign.prototype.end = function (data, enc) { if (data !== undefined && typeof data !== 'function') this.update(data, enc); return this; };
  function concat(chunks) {
    var n = 0, i;
    for (i = 0; i < chunks.length; i++) n += chunks[i].length;
    var out = new Uint8Array(n), off = 0;
    for (i = 0; i < chunks.length; i++) { out.set(chunks[i], off); off += chunks[i].length; }
    return out;
  }
  Sign.prototype.sign = function (key, enc) {
    var data = concat(this._chunks);
    this._chunks = [];
    var sig = doSign(this._alg, data, key);
    return enc === undefined || enc === 'buffer' ? sig : sig.toString(enc);
  };
  function Verify(alg) {
    if (!(this instanceof Verify)) return new Verify(alg);
    initSigner(this, alg);
  }
  Verify.prototype.update = Sign.prototype.update;
  Verify.prototype.write = Sign.prototype.write;
  Verify.prototype.end = Sign.prototype.end;
  Verify.prototype.verify = function (key, sig, enc) {
    var data = concat(this._chunks);
    this._chunks = [];
    return doVerify(this._alg, data, key, bytes(sig, 'signature', enc));
  };

  // --- key derivation ---
  function keyBytes(v, name) {
    if (v instanceof KeyObject) return new Uint8Array(native.exportKey(v[kHandle], 'raw', ''));
    return bytes(v, name);
  }
  function pbkdf2Args(password, salt, iterations, keylen, digest) {
    var pw = keyBytes(password, 'password'), s = keyBytes(salt, 'salt');
    num(iterations, 'iterations', 1, 2147483647);
    num(keylen, 'keylen', 0, 2147483647);
    checkDigest(digest);
    return [pw, s, iterations, keylen, digest];
  }
  function pbkdf2Sync(password, salt, iterations, keylen, digest) {
    var a = pbkdf2Args(password, salt, iterations, keylen, digest);
    return toBuf(syncCall(function () { return native.pbkdf2.apply(null, a); }));
  }
  function pbkdf2(password, salt, iterations, keylen, digest, cb) {
    checkCallback(cb);
    var a = pbkdf2Args(password, salt, iterations, keylen, digest);
    callAsync(cb, function (done) { native.pbkdf2.apply(null, a.concat([done])); }, toBuf);
  }
  function scryptArgs(password, salt, keylen, options) {
    var pw = keyBytes(password, 'password'), s = keyBytes(salt, 'salt');
    num(keylen, 'keylen', 0, 2147483647);
    var o = options || {};
    var N = o.N !== undefined ? o.N : o.cost !== undefined ? o.cost : 16384;
    var r = o.r !== undefined ? o.r : o.blockSize !== undefined ? o.blockSize : 8;
    var p = o.p !== undefined ? o.p : o.parallelization !== undefined ? o.parallelization : 1;
    var maxmem = o.maxmem !== undefined ? o.maxmem : 32 * 1024 * 1024;
    if (typeof N !== 'number' || N < 2 || (N & (N - 1)) !== 0 || !(r >= 1) || !(p >= 1) || 128 * N * r > maxmem) {
      var e = new RangeError('Invalid scrypt params: ' + (128 * N * r > maxmem ? 'memory limit exceeded' : 'N must be a power of two greater than 1'));
      e.code = 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS';
      throw e;
    }
    return [pw, s, keylen, N, r, p, maxmem];
  }
  function scryptSync(password, salt, keylen, options) {
    var a = scryptArgs(password, salt, keylen, options);
    return toBuf(syncCall(function () { return native.scrypt.apply(null, a); }));
  }
  function scrypt(password, salt, keylen, options, cb) {
    if (typeof options === 'function') { cb = options; options = undefined; }
    checkCallback(cb);
    var a = scryptArgs(password, salt, keylen, options);
    callAsync(cb, function (done) { native.scrypt.apply(null, a.concat([done])); }, toBuf);
  }
  function hkdfArgs(digest, ikm, salt, info, keylen) {
    checkDigest(digest);
    var a = [digest, keyBytes(ikm, 'ikm'), bytes(salt, 'salt'), bytes(info, 'info'), num(keylen, 'length', 0, 2147483647)];
    if (keylen > 255 * native.digestSize(digest)) {
      var k = new RangeError('Invalid key length');
      k.code = 'ERR_CRYPTO_INVALID_KEYLEN';
      throw k;
    }
    if (a[3].length > 1024) {
      var e = new RangeError('The value of "info" is out of range. It must be <= 1024 bytes. Received ' + a[3].length);
      e.code = 'ERR_OUT_OF_RANGE';
      throw e;
    }
    return a;
  }
  function hkdfSync(digest, ikm, salt, info, keylen) {
    var a = hkdfArgs(digest, ikm, salt, info, keylen);
    return syncCall(function () { return native.hkdf.apply(null, a); });
  }
  function hkdf(digest, ikm, salt, info, keylen, cb) {
    checkCallback(cb);
    var a = hkdfArgs(digest, ikm, salt, info, keylen);
    callAsync(cb, function (done) { native.hkdf.apply(null, a.concat([done])); });
  }
  function timingSafeEqual(a, b) {
    var x = bytes(a, 'buf1'), y = bytes(b, 'buf2');
    if (x.length !== y.length) {
      var e = new RangeError('Input buffers must have the same byte length');
      e.code = 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH';
      throw e;
    }
    return native.equal(x, y);
  }

  // --- ciphers ---
  // Encoder turns output chunks into strings across update calls, keeping
  // the bytes that cannot be encoded alone (a base64 group, a UTF-8
  // sequence) for the next chunk, as Node's StringDecoder does.
  function Encoder(enc) { this.enc = enc; this.rest = new Uint8Array(0); }
  Encoder.prototype.write = function (ab, last) {
    var b = new Uint8Array(ab);
    if (this.enc === undefined || this.enc === 'buffer') return toBuf(ab);
    var all = new Uint8Array(this.rest.length + b.length);
    all.set(this.rest);
    all.set(b, this.rest.length);
    var keep = 0;
    if (!last) {
      var e = String(this.enc).toLowerCase();
      if (e === 'base64' || e === 'base64url') keep = all.length % 3;
      else if (e === 'utf8' || e === 'utf-8') keep = utf8Tail(all);
    }
    this.rest = all.slice(all.length - keep);
    return toBuf(all.slice(0, all.length - keep).buffer).toString(this.enc);
  };
  function utf8Tail(b) {
    for (var i = 1; i <= Math.min(3, b.length); i++) {
      var c = b[b.length - i];
      if ((c & 0xc0) === 0x80) continue;
      if (c >= 0xc0) {
        var need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
        return need > i ? i : 0;
      }
      return 0;
    }
    return 0;
  }
  function Cipheriv(decrypt, alg, key, iv, options) {
    var k = key instanceof KeyObject ? new Uint8Array(native.exportKey(key[kHandle], 'raw', '')) : bytes(key, 'key');
    var v = iv === null || iv === undefined ? null : bytes(iv, 'iv');
    var tagLen = options && options.authTagLength !== undefined ? options.authTagLength : 16;
    this._h = native.cipherNew(String(alg), k, v, decrypt, tagLen);
    this._enc = null;
  }
  Cipheriv.prototype.update = function (data, inEnc, outEnc) {
    var d = bytes(data, 'data', typeof data === 'string' ? inEnc : undefined);
    var out = native.cipherUpdate(this._h, d);
    if (outEnc === undefined || outEnc === 'buffer') return toBuf(out);
    if (!this._enc) this._enc = new Encoder(outEnc);
    return this._enc.write(out, false);
  };
  Cipheriv.prototype.final = function (outEnc) {
    var out = native.cipherFinal(this._h);
    if (outEnc === undefined || outEnc === 'buffer') return toBuf(out);
    if (!this._enc) this._enc = new Encoder(outEnc);
    return this._enc.write(out, true);
  };
  Cipheriv.prototype.setAutoPadding = function (ap) { native.cipherPadding(this._h, ap === undefined ? true : !!ap); return this; };
  Cipheriv.prototype.setAAD = function (aad) { native.cipherAAD(this._h, bytes(aad, 'buffer')); return this; };
  Cipheriv.prototype.getAuthTag = function () { return toBuf(native.cipherGetTag(this._h)); };
  Cipheriv.prototype.setAuthTag = function (tag) { native.cipherSetTag(this._h, bytes(tag, 'buffer')); return this; };
  function createCipheriv(alg, key, iv, options) { return new Cipheriv(false, alg, key, iv, options); }
  function createDecipheriv(alg, key, iv, options) { return new Cipheriv(true, alg, key, iv, options); }

  // --- ECDH ---
  function ECDH(curve) {
    if (!(this instanceof ECDH)) return new ECDH(curve);
    if (typeof curve !== 'string') throw invalidArg('curve', 'of type string', curve);
    this._h = native.ecdhNew(curve);
  }
  ECDH.prototype.generateKeys = function (enc, format) {
    native.ecdhGenerate(this._h);
    return this.getPublicKey(enc, format);
  };
  ECDH.prototype.getPublicKey = function (enc, format) { return encode(native.ecdhPublic(this._h, format || 'uncompressed'), enc); };
  ECDH.prototype.getPrivateKey = function (enc) { return encode(native.ecdhPrivate(this._h), enc); };
  ECDH.prototype.setPrivateKey = function (key, enc) { native.ecdhSetPrivate(this._h, bytes(key, 'key', enc)); return this; };
  ECDH.prototype.computeSecret = function (key, inEnc, outEnc) {
    return encode(native.ecdhCompute(this._h, bytes(key, 'otherPublicKey', inEnc)), outEnc);
  };
  ECDH.convertKey = function (key, curve, inEnc, outEnc, format) {
    return encode(native.ecdhConvert(bytes(key, 'key', inEnc), String(curve), format || 'uncompressed'), outEnc);
  };
  function diffieHellman(options) {
    if (options === null || typeof options !== 'object') throw invalidArg('options', 'of type object', options);
    if (!(options.privateKey instanceof KeyObject) || options.privateKey.type !== 'private') throw invalidArg('options.privateKey', 'a private KeyObject', options.privateKey);
    if (!(options.publicKey instanceof KeyObject)) throw invalidArg('options.publicKey', 'a KeyObject', options.publicKey);
    return toBuf(syncCall(function () { return native.agree(options.privateKey[kHandle], options.publicKey[kHandle]); }));
  }

  // randomInt draws uniformly from [min, max) by rejection sampling 48-bit
  // numbers, as Node does.
  function safeInt(v, name) {
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
      var shown = typeof v === 'string' ? "type string ('" + v + "')" : 'type ' + typeof v + ' (' + String(v) + ')';
      var e = new TypeError('The "' + name + '" argument must be a safe integer. Received ' + shown);
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    return v;
  }
  function groupDigits(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '_'); }
  function randomInt(min, max, cb) {
    if (max === undefined || typeof max === 'function') { cb = max; max = min; min = 0; }
    safeInt(min, 'min');
    safeInt(max, 'max');
    if (cb !== undefined) checkCallback(cb);
    if (max <= min) {
      var e = new RangeError('The value of "max" is out of range. It must be greater than the value of "min" (' + min + '). Received ' + max);
      e.code = 'ERR_OUT_OF_RANGE';
      throw e;
    }
    var range = max - min;
    if (range > 281474976710655) {
      var r = new RangeError('The value of "max - min" is out of range. It must be <= 281474976710655. Received ' + groupDigits(range));
      r.code = 'ERR_OUT_OF_RANGE';
      throw r;
    }
    var limit = 281474976710656 - (281474976710656 % range), x;
    do {
      var b = new Uint8Array(native.randomBytes(6));
      x = 0;
      for (var i = 0; i < 6; i++) x = x * 256 + b[i];
    } while (x >= limit);
    var n = min + (x % range);
    if (cb) { Promise.resolve().then(function () { cb(undefined, n); }); return undefined; }
    return n;
  }

  // --- RSA encryption ---
  function rsaArgs(key, buffer, isPrivate) {
    var h = isPrivate ? privateHandle(key) : publicHandle(key);
    var padding = 4, hash = 'sha1', label = new Uint8Array(0);
    if (key !== null && typeof key === 'object' && !isView(key) && !(key instanceof KeyObject) && !(key instanceof CryptoKey)) {
      if (key.padding !== undefined) padding = num(key.padding, 'key.padding', 0, 0xffffffff);
      if (key.oaepHash !== undefined) { checkDigest(key.oaepHash); hash = key.oaepHash; }
      if (key.oaepLabel !== undefined) label = bytes(key.oaepLabel, 'key.oaepLabel');
    }
    return [h, bytes(buffer, 'buffer'), padding, hash, label];
  }
  function publicEncrypt(key, buffer) {
    var a = rsaArgs(key, buffer, false);
    return toBuf(native.rsaCrypt(false, a[0], a[1], a[2], a[3], a[4]));
  }
  function privateDecrypt(key, buffer) {
    var a = rsaArgs(key, buffer, true);
    return toBuf(native.rsaCrypt(true, a[0], a[1], a[2], a[3], a[4]));
  }

  var node = {
    publicEncrypt: publicEncrypt,
    privateDecrypt: privateDecrypt,
    randomInt: randomInt,
    createECDH: function (curve) { return new ECDH(curve); },
    ECDH: ECDH,
    diffieHellman: diffieHellman,
    createCipheriv: createCipheriv,
    createDecipheriv: createDecipheriv,
    getCiphers: function () { return native.cipherNames(); },
    KeyObject: KeyObject,
    createSecretKey: createSecretKey,
    createPrivateKey: createPrivateKey,
    createPublicKey: createPublicKey,
    generateKeyPair: generateKeyPair,
    generateKeyPairSync: generateKeyPairSync,
    generateKey: generateKey,
    generateKeySync: generateKeySync,
    createSign: function (alg, options) { return new Sign(alg, options); },
    createVerify: function (alg, options) { return new Verify(alg, options); },
    Sign: Sign,
    Verify: Verify,
    sign: oneShotSign,
    verify: oneShotVerify,
    pbkdf2: pbkdf2,
    pbkdf2Sync: pbkdf2Sync,
    scrypt: scrypt,
    scryptSync: scryptSync,
    hkdf: hkdf,
    hkdfSync: hkdfSync,
    timingSafeEqual: timingSafeEqual,
    getCurves: function () { return ['prime256v1', 'secp384r1', 'secp521r1']; },
    constants: {
      RSA_PKCS1_PADDING: 1, RSA_NO_PADDING: 3, RSA_PKCS1_OAEP_PADDING: 4, RSA_PKCS1_PSS_PADDING: 6,
      RSA_PSS_SALTLEN_DIGEST: -1, RSA_PSS_SALTLEN_MAX_SIGN: -2, RSA_PSS_SALTLEN_AUTO: -2,
    },
  };

  // --- WebCrypto ---
  function domError(name, message) {
    if (typeof DOMException === 'function') return new DOMException(message, name);
    var e = new Error(message);
    e.name = name;
    return e;
  }
  var kAlg = Symbol('kAlgorithm'), kUsages = Symbol('kUsages'), kExtractable = Symbol('kExtractable'), kToken = {};
  class CryptoKey {
    constructor(token) { if (token !== kToken) throw new TypeError('Illegal constructor'); }
    get type() { return native.keyType(this[kHandle]); }
    get extractable() { return this[kExtractable]; }
    get algorithm() { return this[kAlg]; }
    get usages() { return this[kUsages].slice(); }
    get [Symbol.toStringTag]() { return 'CryptoKey'; }
  }
  function makeCryptoKey(h, algorithm, extractable, usages) {
    var k = new CryptoKey(kToken);
    Object.defineProperty(k, kHandle, { value: h });
    Object.defineProperty(k, kAlg, { value: algorithm });
    Object.defineProperty(k, kExtractable, { value: !!extractable });
    Object.defineProperty(k, kUsages, { value: usages });
    return k;
  }
  var names = {};
  ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'HMAC', 'AES-GCM', 'AES-CBC', 'ECDSA', 'ECDH', 'Ed25519', 'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP', 'HKDF', 'PBKDF2'].forEach(function (n) { names[n.toLowerCase()] = n; });
  function normAlg(alg) {
    if (typeof alg === 'string') alg = { name: alg };
    if (alg === null || typeof alg !== 'object') throw new TypeError('The "algorithm" argument must be a string or an object');
    var n = names[String(alg.name).toLowerCase()];
    if (!n) throw domError('NotSupportedError', 'Unrecognized algorithm name');
    var out = {};
    for (var p in alg) out[p] = alg[p];
    out.name = n;
    return out;
  }
  function hashOf(h) {
    if (h === undefined) throw new TypeError('The "hash" member of the algorithm is required');
    var n = normAlg(h).name;
    if (n.slice(0, 4) !== 'SHA-') throw domError('NotSupportedError', 'Unrecognized hash name');
    return n;
  }
  var hashBlockBits = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
  // usages each algorithm allows, for [secret] or [private, public] keys.
  var allowed = {
    HMAC: [['sign', 'verify']],
    'AES-GCM': [['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']],
    'AES-CBC': [['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']],
    HKDF: [['deriveBits', 'deriveKey']],
    PBKDF2: [['deriveBits', 'deriveKey']],
    ECDSA: [['sign'], ['verify']],
    ECDH: [['deriveBits', 'deriveKey'], []],
    Ed25519: [['sign'], ['verify']],
    'RSASSA-PKCS1-v1_5': [['sign'], ['verify']],
    'RSA-PSS': [['sign'], ['verify']],
    'RSA-OAEP': [['decrypt', 'unwrapKey'], ['encrypt', 'wrapKey']],
  };
  function checkUsages(name, type, usages) {
    var a = allowed[name];
    var ok = type === 'public' ? a[1] : a[0];
    for (var i = 0; i < usages.length; i++) {
      if (ok.indexOf(usages[i]) === -1) throw domError('SyntaxError', 'Unsupported key usage for a' + (type === 'secret' ? '' : ' ' + type) + ' ' + name + ' key');
    }
  }
  function usageList(u) {
    if (u === undefined || u === null || typeof u[Symbol.iterator] !== 'function') throw new TypeError('The "keyUsages" argument must be a sequence');
    var out = [];
    Array.prototype.forEach.call(Array.from(u), function (x) { if (out.indexOf(String(x)) === -1) out.push(String(x)); });
    return out;
  }
  // subtleCall runs a native in its callback form and settles a Promise
  // with it, turning Go's errors into DOMExceptions.
  function subtleCall(f, map) {
    return new Promise(function (resolve, reject) {
      f(function (err, v) {
        if (err) reject(asDOM(err));
        else {
          try { resolve(map ? map(v) : v); } catch (e) { reject(asDOM(e)); }
        }
      });
    });
  }
  function asDOM(err) {
    if (err && err.kind) {
      return domError({ key: 'DataError', operation: 'OperationError', digest: 'NotSupportedError', kdf: 'OperationError' }[err.kind] || 'OperationError', err.message);
    }
    return err;
  }
  function run(f) {
    return new Promise(function (resolve) { resolve(f()); }).catch(function (e) { throw asDOM(e); });
  }
  function keyOf(key, usage, name) {
    if (!(key instanceof CryptoKey)) throw new TypeError('The "key" argument must be an instance of CryptoKey');
    if (name !== undefined && key[kAlg].name !== name) throw domError('InvalidAccessError', 'The requested operation is not valid for the provided key');
    if (key[kUsages].indexOf(usage) === -1) throw domError('InvalidAccessError', 'The requested operation is not valid for the provided key');
    return key[kHandle];
  }
  function rsaAlg(name, hash, h) {
    var i = native.keyInfo(h);
    return { name: name, modulusLength: i.modulusLength, publicExponent: new Uint8Array(native.exponentBytes(h)), hash: { name: hash } };
  }
  var curveBits = { 'P-256': 256, 'P-384': 384, 'P-521': 521 };
  var jwkCrv = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };

  function importKeySync(format, keyData, algorithm, extractable, usages) {
    var alg = normAlg(algorithm);
    var name = alg.name;
    usages = usageList(usages);
    if (!allowed[name]) throw domError('NotSupportedError', 'Unrecognized algorithm name');
    var h, outAlg;
    if (format === 'jwk') {
      if (keyData === null || typeof keyData !== 'object') throw new TypeError('The "keyData" argument must be an object');
      if (keyData.ext === false && extractable) throw domError('DataError', 'JWK "ext" Parameter and extractable mismatch');
    } else if (format !== 'raw' && format !== 'spki' && format !== 'pkcs8') {
      throw domError('NotSupportedError', 'Unsupported key format ' + format);
    } else {
      keyData = bytes(keyData, 'keyData').slice();
    }
    var secret = allowed[name].length === 1;
    if (secret) {
      if (format === 'jwk') {
        if (keyData.kty !== 'oct') throw domError('DataError', 'Invalid JWK "kty" Parameter');
        h = native.parseKey('private', new Uint8Array(0), 'jwk', '', JSON.stringify(keyData));
      } else if (format === 'raw') {
        h = native.secretKey(keyData);
      } else throw domError('NotSupportedError', 'Unable to import ' + name + ' key with format ' + format);
      var bits = native.keyInfo(h).symmetricKeySize * 8;
      if (name === 'HMAC') {
        var length = alg.length !== undefined ? alg.length : bits;
        if (bits === 0 || length > bits || length <= bits - 8) throw domError('DataError', 'Invalid key length');
        outAlg = { name: name, length: length, hash: { name: hashOf(alg.hash) } };
      } else if (name === 'AES-GCM' || name === 'AES-CBC') {
        if (bits !== 128 && bits !== 192 && bits !== 256) throw domError('DataError', 'Invalid key length');
        outAlg = { name: name, length: bits };
      } else {
        if (extractable) throw domError('SyntaxError', name + ' keys are not extractable');
        outAlg = { name: name };
      }
    } else {
      if (format === 'raw') {
        if (name !== 'ECDSA' && name !== 'ECDH' && name !== 'Ed25519') throw domError('NotSupportedError', 'Unable to import ' + name + ' key with format raw');
        h = native.importRaw(name === 'Ed25519' ? 'Ed25519' : alg.namedCurve, keyData);
      } else if (format === 'jwk') {
        h = native.parseKey('private', new Uint8Array(0), 'jwk', '', JSON.stringify(keyData));
      } else {
        h = native.parseKey(format === 'pkcs8' ? 'private' : 'public', keyData, 'der', format, '');
        if (native.keyType(h) !== (format === 'pkcs8' ? 'private' : 'public')) throw domError('DataError', 'Invalid keyData');
      }
      var i = native.keyInfo(h);
      var want = { ECDSA: 'ec', ECDH: 'ec', Ed25519: 'ed25519', 'RSASSA-PKCS1-v1_5': 'rsa', 'RSA-PSS': 'rsa', 'RSA-OAEP': 'rsa' }[name];
      if (i.asymmetricKeyType !== want) throw domError('DataError', 'Invalid key type');
      if (name === 'ECDSA' || name === 'ECDH') {
        var crv = jwkCrv[i.namedCurve];
        if (alg.namedCurve !== crv) throw domError('DataError', 'Named curve mismatch');
        outAlg = { name: name, namedCurve: crv };
      } else if (name === 'Ed25519') {
        outAlg = { name: name };
      } else {
        outAlg = rsaAlg(name, hashOf(alg.hash), h);
      }
    }
    checkUsages(name, native.keyType(h), usages);
    return makeCryptoKey(h, outAlg, extractable, usages);
  }
  function jwkAlg(a) {
    switch (a.name) {
      case 'HMAC': return 'HS' + a.hash.name.slice(4);
      case 'AES-GCM': return 'A' + a.length + 'GCM';
      case 'AES-CBC': return 'A' + a.length + 'CBC';
      case 'RSASSA-PKCS1-v1_5': return 'RS' + a.hash.name.slice(4);
      case 'RSA-PSS': return 'PS' + a.hash.name.slice(4);
      case 'RSA-OAEP': return a.hash.name === 'SHA-1' ? 'RSA-OAEP' : 'RSA-OAEP-' + a.hash.name.slice(4);
      case 'Ed25519': return 'Ed25519';
    }
    return undefined;
  }
  function exportKeySync(format, key) {
    if (!(key instanceof CryptoKey)) throw new TypeError('The "key" argument must be an instance of CryptoKey');
    // Node 20 names this one InvalidAccessException.
    if (!key[kExtractable]) throw domError('InvalidAccessException', 'key is not extractable');
    var h = key[kHandle], t = native.keyType(h);
    if (format === 'jwk') {
      var jwk = { key_ops: key[kUsages].slice(), ext: true };
      var body = JSON.parse(native.exportKey(h, 'jwk', ''));
      for (var p in body) jwk[p] = body[p];
      var a = jwkAlg(key[kAlg]);
      if (a) jwk.alg = a;
      return jwk;
    }
    if (format === 'raw') {
      if (t === 'secret') return native.exportKey(h, 'raw', '');
      if (t === 'public') return native.rawPublic(h);
    }
    if ((format === 'spki' && t === 'public') || (format === 'pkcs8' && t === 'private')) return native.exportKey(h, 'der', format);
    throw domError('InvalidAccessError', 'Unable to export a ' + t + ' ' + key[kAlg].name + ' key as ' + format);
  }
  function signArgs(alg, st, h) {
    var name = st.name;
    if (name === 'ECDSA') return [h, hashOf(alg.hash), 0, -3, 'ieee-p1363'];
    if (name === 'Ed25519') return [h, '', 0, -3, 'der'];
    if (name === 'RSASSA-PKCS1-v1_5') return [h, st.hash.name, 1, -3, 'der'];
    if (name === 'RSA-PSS') return [h, st.hash.name, 6, num(alg.saltLength, 'algorithm.saltLength', 0, 0xffffffff), 'der'];
    throw domError('NotSupportedError', 'Unrecognized algorithm name');
  }
  function deriveLength(alg) {
    var a = normAlg(alg);
    if (a.name === 'AES-GCM' || a.name === 'AES-CBC') {
      if (a.length !== 128 && a.length !== 192 && a.length !== 256) throw domError('OperationError', 'Invalid key length');
      return a.length;
    }
    if (a.name === 'HMAC') return a.length !== undefined ? a.length : hashBlockBits[hashOf(a.hash)];
    throw domError('NotSupportedError', 'Unsupported derived key algorithm ' + a.name);
  }
  function deriveBitsCall(algorithm, baseKey, length, usage) {
    var alg = normAlg(algorithm);
    var h = keyOf(baseKey, usage, alg.name);
    if (alg.name === 'ECDH') {
      var pub = alg.public;
      if (!(pub instanceof CryptoKey) || native.keyType(pub[kHandle]) !== 'public') throw new TypeError('algorithm.public must be a public CryptoKey');
      if (pub[kAlg].name !== 'ECDH' || pub[kAlg].namedCurve !== baseKey[kAlg].namedCurve) throw domError('InvalidAccessError', 'The public key is not compatible with the private key');
      var ph = pub[kHandle];
      return function (done) {
        native.agree(h, ph, function (err, secret) {
          if (err) return done(err);
          var full = new Uint8Array(secret);
          if (length === null || length === undefined) return done(null, secret);
          if (length > full.length * 8) return done(domError('OperationError', 'derived bit length is too small'));
          var out = full.slice(0, Math.ceil(length / 8));
          if (length % 8) out[out.length - 1] &= 0xff << (8 - length % 8);
          done(null, out.buffer);
        });
      };
    }
    if (typeof length !== 'number' || length % 8 !== 0) throw domError('OperationError', 'length must be a multiple of 8');
    var hash = hashOf(alg.hash), salt = bytes(alg.salt, 'algorithm.salt').slice(), raw = new Uint8Array(native.exportKey(h, 'raw', ''));
    if (alg.name === 'HKDF') {
      var info = bytes(alg.info, 'algorithm.info').slice();
      return function (done) { native.hkdf(hash, raw, salt, info, length / 8, done); };
    }
    if (alg.name === 'PBKDF2') {
      var iter = alg.iterations;
      if (typeof iter !== 'number' || iter < 1) throw domError('OperationError', 'iterations cannot be zero');
      return function (done) { native.pbkdf2(raw, salt, iter, length / 8, hash, done); };
    }
    throw domError('NotSupportedError', 'Unrecognized algorithm name');
  }
  function cipherCall(encrypt, algorithm, key, data) {
    var alg = normAlg(algorithm);
    var h = keyOf(key, encrypt ? 'encrypt' : 'decrypt', alg.name);
    if (alg.name === 'RSA-OAEP') {
      var msg = bytes(data, 'data').slice();
      var label = alg.label === undefined ? new Uint8Array(0) : bytes(alg.label, 'algorithm.label').slice();
      var hash = key[kAlg].hash.name;
      return function (done) { native.rsaCrypt(!encrypt, h, msg, 4, hash, label, done); };
    }
    var raw = new Uint8Array(native.exportKey(h, 'raw', ''));
    var d = bytes(data, 'data').slice(), iv = bytes(alg.iv, 'algorithm.iv').slice();
    if (alg.name === 'AES-GCM') {
      var tag = alg.tagLength === undefined ? 128 : alg.tagLength;
      if ([32, 64, 96, 104, 112, 120, 128].indexOf(tag) === -1) throw domError('OperationError', tag + ' is not a valid AES-GCM tag length');
      var aad = alg.additionalData === undefined ? new Uint8Array(0) : bytes(alg.additionalData, 'algorithm.additionalData').slice();
      return function (done) { native.aesGcm(encrypt, raw, iv, d, aad, tag / 8, done); };
    }
    if (alg.name === 'AES-CBC') return function (done) { native.aesCbc(encrypt, raw, iv, d, done); };
    throw domError('NotSupportedError', 'Unrecognized algorithm name');
  }

  var subtle = {
    digest: function (algorithm, data) {
      return run(function () {
        var name = hashOf(algorithm);
        var d = bytes(data, 'data').slice();
        return subtleCall(function (done) { native.digest(name, d, done); });
      });
    },
    importKey: function (format, keyData, algorithm, extractable, usages) {
      return run(function () { return importKeySync(format, keyData, algorithm, extractable, usages); });
    },
    exportKey: function (format, key) {
      return run(function () { return exportKeySync(format, key); });
    },
    generateKey: function (algorithm, extractable, usages) {
      return run(function () {
        var alg = normAlg(algorithm);
        var name = alg.name;
        usages = usageList(usages);
        if (name === 'HMAC' || name === 'AES-GCM' || name === 'AES-CBC') {
          checkUsages(name, 'secret', usages);
          if (usages.length === 0) throw domError('SyntaxError', 'Usages cannot be empty when creating a key.');
          var len = name === 'HMAC' ? (alg.length !== undefined ? alg.length : hashBlockBits[hashOf(alg.hash)]) : alg.length;
          if (name !== 'HMAC' && len !== 128 && len !== 192 && len !== 256) throw domError('OperationError', 'Invalid key length');
          var raw = new Uint8Array(native.randomBytes(Math.ceil(len / 8)));
          var a = name === 'HMAC' ? { name: name, length: len, hash: { name: hashOf(alg.hash) } } : { name: name, length: len };
          return makeCryptoKey(native.secretKey(raw), a, extractable, usages);
        }
        var type, bits = 0, exp = 0, curve = '', outAlg;
        if (name === 'ECDSA' || name === 'ECDH') {
          if (!curveBits[alg.namedCurve]) throw domError('NotSupportedError', 'Unrecognized namedCurve');
          type = 'ec'; curve = alg.namedCurve; outAlg = { name: name, namedCurve: curve };
        } else if (name === 'Ed25519') {
          type = 'ed25519'; outAlg = { name: name };
        } else if (name === 'RSASSA-PKCS1-v1_5' || name === 'RSA-PSS' || name === 'RSA-OAEP') {
          type = 'rsa'; bits = alg.modulusLength;
          var e = bytes(alg.publicExponent, 'algorithm.publicExponent');
          for (var i = 0; i < e.length; i++) exp = exp * 256 + e[i];
          hashOf(alg.hash);
        } else throw domError('NotSupportedError', 'Unable to generate a ' + name + ' key');
        var agreement = name === 'ECDH';
        var privUses = allowed[name][0], pubUses = allowed[name][1];
        for (var ui = 0; ui < usages.length; ui++) {
          if (privUses.indexOf(usages[ui]) === -1 && pubUses.indexOf(usages[ui]) === -1) throw domError('SyntaxError', 'Unsupported key usage for a ' + name + ' key');
        }
        if (usages.length === 0) throw domError('SyntaxError', 'Usages cannot be empty when creating a key.');
        return subtleCall(function (done) { native.generate(type, bits, exp, curve, done); }, function (h) {
          var pub = native.publicOf(h);
          var a = outAlg || rsaAlg(name, hashOf(alg.hash), h);
          var pa = outAlg || rsaAlg(name, hashOf(alg.hash), h);
          return {
            publicKey: makeCryptoKey(pub, pa, true, agreement ? [] : usages.filter(function (u) { return pubUses.indexOf(u) !== -1; })),
            privateKey: makeCryptoKey(h, a, extractable, usages.filter(function (u) { return privUses.indexOf(u) !== -1; })),
          };
        });
      });
    },
    sign: function (algorithm, key, data) {
      return run(function () {
        var alg = normAlg(algorithm);
        var h = keyOf(key, 'sign', alg.name);
        var d = bytes(data, 'data').slice();
        var st = key[kAlg];
        if (st.name === 'HMAC') return subtleCall(function (done) { native.hmac(st.hash.name, new Uint8Array(native.exportKey(h, 'raw', '')), d, done); });
        var a = signArgs(alg, st, h);
        return subtleCall(function (done) { native.sign(a[0], d, a[1], a[2], a[3], a[4], done); });
      });
    },
    verify: function (algorithm, key, signature, data) {
      return run(function () {
        var alg = normAlg(algorithm);
        var h = keyOf(key, 'verify', alg.name);
        var d = bytes(data, 'data').slice(), sig = bytes(signature, 'signature').slice();
        var st = key[kAlg];
        if (st.name === 'HMAC') {
          return subtleCall(function (done) { native.hmac(st.hash.name, new Uint8Array(native.exportKey(h, 'raw', '')), d, done); }, function (mac) {
            var m = new Uint8Array(mac);
            return m.length === sig.length && native.equal(m, sig);
          });
        }
        var a = signArgs(alg, st, h);
        return subtleCall(function (done) { native.verify(a[0], d, a[1], a[2], a[3], a[4], sig, done); });
      });
    },
    encrypt: function (algorithm, key, data) {
      return run(function () { return subtleCall(cipherCall(true, algorithm, key, data)); });
    },
    decrypt: function (algorithm, key, data) {
      return run(function () { return subtleCall(cipherCall(false, algorithm, key, data)); });
    },
    deriveBits: function (algorithm, baseKey, length) {
      return run(function () { return subtleCall(deriveBitsCall(algorithm, baseKey, length, 'deriveBits')); });
    },
    deriveKey: function (algorithm, baseKey, derivedKeyAlgorithm, extractable, usages) {
      return run(function () {
        var len = deriveLength(derivedKeyAlgorithm);
        return subtleCall(deriveBitsCall(algorithm, baseKey, len, 'deriveKey'), function (bits) {
          return importKeySync('raw', bits, derivedKeyAlgorithm, extractable, usages);
        });
      });
    },
    wrapKey: function (format, key, wrappingKey, wrapAlgorithm) {
      return run(function () {
        var data = exportKeySync(format, key);
        if (format === 'jwk') data = new Uint8Array(native.utf8(JSON.stringify(data)));
        var alg = normAlg(wrapAlgorithm);
        keyOf(wrappingKey, 'wrapKey', alg.name);
        return subtleCall(cipherCall(true, alg, withUsage(wrappingKey, 'encrypt'), data));
      });
    },
    unwrapKey: function (format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, usages) {
      return run(function () {
        var alg = normAlg(unwrapAlgorithm);
        keyOf(unwrappingKey, 'unwrapKey', alg.name);
        return subtleCall(cipherCall(false, alg, withUsage(unwrappingKey, 'decrypt'), wrappedKey), function (plain) {
          var data = format === 'jwk' ? JSON.parse(native.utf8Decode(plain)) : plain;
          return importKeySync(format, data, unwrappedKeyAlgorithm, extractable, usages);
        });
      });
    },
  };
  // withUsage is a view of a wrapping key that may encrypt or decrypt.
  function withUsage(key, usage) {
    return makeCryptoKey(key[kHandle], key[kAlg], false, [usage]);
  }
  Object.defineProperty(subtle, Symbol.toStringTag, { value: 'SubtleCrypto' });

  function handleOf(v) {
    if (v instanceof KeyObject || v instanceof CryptoKey) return v[kHandle];
    return undefined;
  }
  return { node: node, subtle: subtle, CryptoKey: CryptoKey, handleOf: handleOf };
})
