// checkAlloc throws a RangeError when a plugin asks the environment for
// more than Config.MaxAllocBytes in one allocation (a Buffer, a copy, a
// decompressed output): goja cannot interrupt one huge allocation, and it
// could take the host down.
function checkAlloc(n, what) {
  if (n > native.maxAlloc) {
    var e = new RangeError(what + ': ' + n + ' bytes is more than a plugin may allocate at once (' + native.maxAlloc + ' bytes)');
    e.code = 'ERR_PLUGMUX_ALLOC_LIMIT';
    throw e;
  }
}

// The node: built-ins about the machine a plugin runs on, none of which
// reveals the host: tty (never a terminal), os (fixed values), fs (an empty
// read-only disk), net (address checks only), http/https (constants and
// classes, no servers), worker_threads, perf_hooks, diagnostics_channel,
// async_hooks, module, and process.stdout/stderr. Called by makeNode.
function addSystemModules(modules, once, process, native) {
  'use strict';
  var G = globalThis;
  function stream() { return modules.stream(); }
  function codeErr(Ctor, code, msg) { var e = new Ctor(msg); e.code = code; return e; }
  function unavailable(what, hint) {
    return function () { throw codeErr(Error, 'ERR_NOT_AVAILABLE', what + ' is not available to plugins' + (hint ? ': ' + hint : '')); };
  }

  // process.stdout and process.stderr write whole lines to the plugin's log.
  function logStream(fd, level) {
    var S = stream();
    var pending = '';
    var w = new S.Writable({
      decodeStrings: false,
      write: function (chunk, enc, cb) {
        pending += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
        var i;
        while ((i = pending.indexOf('\n')) !== -1) {
          native.log(level, pending.slice(0, i));
          pending = pending.slice(i + 1);
        }
        cb();
      },
      final: function (cb) { if (pending) native.log(level, pending); pending = ''; cb(); },
    });
    w.fd = fd;
    w._type = 'pipe';
    w._isStdio = true;
    w.destroySoon = w.destroy;
    w._destroy = function (e, cb) { cb(e); };
    w.hasColors = function () { return false; };
    w.getColorDepth = function () { return 1; };
    return w;
  }
  var stdio = {};
  [['stdout', 1, 'info'], ['stderr', 2, 'error']].forEach(function (d) {
    Object.defineProperty(process, d[0], {
      get: function () { return stdio[d[0]] || (stdio[d[0]] = logStream(d[1], d[2])); },
      configurable: true, enumerable: true,
    });
  });
  Object.defineProperty(process, 'stdin', {
    get: function () { return stdio.stdin || (stdio.stdin = Object.assign(new (stream().Readable)({ read: function () { this.push(null); } }), { fd: 0 })); },
    configurable: true, enumerable: true,
  });

  modules.stream = once('stream', function () {
    var EE = modules.events().EventEmitter;
    return makeStream(EE, process.nextTick, G.Buffer, modules.string_decoder().StringDecoder);
  });
  modules['stream/promises'] = once('stream/promises', function () { return stream().promises; });
  modules['stream/web'] = once('stream/web', function () {
    var out = {};
    ['ReadableStream', 'WritableStream', 'TransformStream', 'TextEncoderStream', 'TextDecoderStream', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy'].forEach(function (k) { if (G[k]) out[k] = G[k]; });
    return out;
  });

  modules.zlib = once('zlib', function () { return makeZlib(stream(), G.Buffer, process.nextTick); });

  modules.tty = once('tty', function () {
    var S = stream();
    function ReadStream() { throw codeErr(Error, 'ERR_NOT_AVAILABLE', 'tty.ReadStream is not available to plugins: a plugin has no terminal'); }
    function WriteStream() { throw codeErr(Error, 'ERR_NOT_AVAILABLE', 'tty.WriteStream is not available to plugins: a plugin has no terminal'); }
    Object.setPrototypeOf(ReadStream.prototype, S.Readable.prototype);
    Object.setPrototypeOf(WriteStream.prototype, S.Writable.prototype);
    return { isatty: function () { return false; }, ReadStream: ReadStream, WriteStream: WriteStream };
  });

  modules.os = once('os', function () {
    var cpu = { model: 'plugmux', speed: 0, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } };
    var signals = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15 };
    var machine = { x64: 'x86_64', arm64: 'aarch64' }[process.arch] || process.arch;
    return {
      EOL: '\n', devNull: '/dev/null',
      arch: function () { return process.arch; },
      machine: function () { return machine; },
      platform: function () { return process.platform; },
      type: function () { return process.platform === 'darwin' ? 'Darwin' : process.platform === 'win32' ? 'Windows_NT' : 'Linux'; },
      release: function () { return '0.0.0'; },
      version: function () { return 'plugmux'; },
      hostname: function () { return 'localhost'; },
      homedir: function () { return '/'; },
      tmpdir: function () { return '/tmp'; },
      endianness: function () { return 'LE'; },
      cpus: function () { return [JSON.parse(JSON.stringify(cpu))]; },
      availableParallelism: function () { return 1; },
      totalmem: function () { return 0; },
      freemem: function () { return 0; },
      uptime: function () { return Math.floor(process.uptime()); },
      loadavg: function () { return [0, 0, 0]; },
      networkInterfaces: function () { return {}; },
      userInfo: function () { return { uid: -1, gid: -1, username: 'plugin', homedir: '/', shell: null }; },
      getPriority: function () { return 0; },
      setPriority: unavailable('os.setPriority'),
      constants: { signals: signals, errno: { ENOENT: 2, EACCES: 13, EEXIST: 17, ENOTDIR: 20, EISDIR: 21, EROFS: 30 }, priority: { PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20 } },
    };
  });

  modules.fs = once('fs', function () { return makeFS(false); });
  modules['fs/promises'] = once('fs/promises', function () { return modules.fs().promises; });

  // makeFS is a file system with nothing on it but the root directory, which
  // cannot be written: reads fail with ENOENT, writes with EACCES (or
  // ENOENT when the parent is missing too), as Node reports them.
  function makeFS() {
    var S = stream();
    function pathOf(p) {
      if (p instanceof URL) return decodeURIComponent(p.pathname);
      if (p instanceof Uint8Array) return G.Buffer.from(p).toString();
      if (typeof p === 'number') return p;
      if (typeof p !== 'string') throw codeErr(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "path" argument must be of type string or an instance of Buffer or URL. Received ' + (p === null ? 'null' : p === undefined ? 'undefined' : 'type ' + typeof p));
      return p;
    }
    function norm(p) { return modules.path().resolve(String(p)); }
    function isRoot(p) { return typeof p === 'string' && norm(p) === '/'; }
    function fsErr(code, syscall, p, dest) {
      var info = { ENOENT: [-2, 'no such file or directory'], EACCES: [-13, 'permission denied'], EISDIR: [-21, 'illegal operation on a directory'], EBADF: [-9, 'bad file descriptor'], ENOTDIR: [-20, 'not a directory'], EEXIST: [-17, 'file already exists'] }[code];
      var e = new Error(code + ': ' + info[1] + ', ' + syscall + (typeof p === 'number' ? '' : " '" + p + "'") + (dest !== undefined ? " -> '" + dest + "'" : ''));
      e.errno = info[0];
      e.code = code;
      e.syscall = syscall;
      if (typeof p !== 'number') e.path = p;
      if (dest !== undefined) e.dest = dest;
      return e;
    }
    function writeErr(syscall, p) {
      if (typeof p === 'number') return fsErr('EBADF', syscall, p);
      var abs = norm(p);
      if (abs === '/') return fsErr(syscall === 'open' ? 'EISDIR' : 'EEXIST', syscall, p);
      return fsErr(modules.path().dirname(abs) === '/' ? 'EACCES' : 'ENOENT', syscall, p);
    }
    function Stats(dir) {
      this.dev = 1; this.mode = dir ? 0o40555 : 0o100444; this.nlink = 1; this.uid = 0; this.gid = 0; this.rdev = 0;
      this.blksize = 4096; this.ino = 1; this.size = 0; this.blocks = 0;
      this.atimeMs = this.mtimeMs = this.ctimeMs = this.birthtimeMs = 0;
      this.atime = new Date(0); this.mtime = new Date(0); this.ctime = new Date(0); this.birthtime = new Date(0);
      this._dir = dir;
    }
    Object.defineProperty(Stats.prototype, '_dir', { writable: true, enumerable: false, value: false });
    Stats.prototype.isDirectory = function () { return this._dir; };
    Stats.prototype.isFile = function () { return !this._dir; };
    ['isBlockDevice', 'isCharacterDevice', 'isSymbolicLink', 'isFIFO', 'isSocket'].forEach(function (m) { Stats.prototype[m] = function () { return false; }; });
    function Dirent(name, dir) { this.name = name; this.path = '/'; this._dir = dir; }
    // sync forms: (args...) → value, or throws
    var readOps = {
      readFileSync: 'open', openSync: 'open', readdirSync: 'scandir', statSync: 'stat', lstatSync: 'lstat',
      accessSync: 'access', realpathSync: 'lstat', readlinkSync: 'readlink', opendirSync: 'opendir', copyFileSync: 'copyfile',
      chmodSync: 'chmod', chownSync: 'chown', utimesSync: 'utime', lchownSync: 'lchown', lutimesSync: 'lutime',
      truncateSync: 'open', cpSync: 'lstat', statfsSync: 'statfs',
    };
    var writeOps = {
      writeFileSync: 'open', appendFileSync: 'open', mkdirSync: 'mkdir', rmdirSync: 'rmdir', rmSync: 'lstat',
      unlinkSync: 'unlink', renameSync: 'rename', symlinkSync: 'symlink', linkSync: 'link', mkdtempSync: 'mkdtemp',
    };
    var fs = {};
    function sync(name, syscall, write) {
      return function (p, a2) {
        p = pathOf(p);
        if (isRoot(p)) {
          switch (name) {
            case 'statSync': case 'lstatSync': return new Stats(true);
            case 'accessSync': if (typeof a2 === 'number' && (a2 & 2)) throw fsErr('EACCES', 'access', p); return undefined;
            case 'realpathSync': return '/';
            case 'readdirSync': return [];
            case 'readFileSync': throw fsErr('EISDIR', 'read', p);
            case 'opendirSync': return { path: p, readSync: function () { return null; }, closeSync: function () {}, read: function (cb) { if (cb) nextTick(cb, null, null); else return Promise.resolve(null); }, close: function (cb) { if (cb) nextTick(cb, null); else return Promise.resolve(); } };
            case 'mkdirSync': if (a2 && a2.recursive) return undefined;
          }
        }
        if (name === 'statSync' || name === 'lstatSync') {
          if (a2 && a2.throwIfNoEntry === false) return undefined;
        }
        if (name === 'rmSync' && a2 && a2.force) return undefined;
        if (name === 'openSync' && typeof a2 === 'string' && /[wa+]/.test(a2)) throw writeErr('open', p);
        if (name === 'mkdirSync' && a2 && a2.recursive && norm(p) !== '/') throw fsErr('EACCES', 'mkdir', '/' + norm(p).split('/')[1]);
        if (name === 'renameSync' || name === 'linkSync' || name === 'symlinkSync' || name === 'copyFileSync') throw fsErr('ENOENT', syscall, p, pathOf(a2));
        if (name === 'realpathSync' && typeof p === 'string') throw fsErr('ENOENT', 'lstat', '/' + norm(p).split('/')[1]);
        if (name === 'mkdtempSync') throw fsErr('EACCES', syscall, p + 'XXXXXX');
        throw write ? writeErr(syscall, p) : typeof p === 'number' ? fsErr('EBADF', syscall === 'open' ? 'read' : 'fstat', p) : fsErr('ENOENT', syscall, p);
      };
    }
    var nextTick = process.nextTick;
    Object.keys(readOps).forEach(function (n) { fs[n] = sync(n, readOps[n], false); });
    Object.keys(writeOps).forEach(function (n) { fs[n] = sync(n, writeOps[n], true); });
    fs.realpathSync.native = fs.realpathSync;
    fs.existsSync = function (p) { try { return isRoot(pathOf(p)); } catch (e) { return false; } };
    ['closeSync', 'fstatSync', 'readSync', 'writeSync', 'fsyncSync', 'ftruncateSync', 'fchmodSync'].forEach(function (n) {
      fs[n] = function (fd) { throw fsErr('EBADF', n.replace(/Sync$/, '').replace(/^close$/, 'close'), typeof fd === 'number' ? fd : -1); };
    });
    // file descriptors 1 and 2 are process.stdout and process.stderr, the
    // plugin's log: loggers that write to them (pino's sonic-boom) work
    function stdio(fd) { return fd === 1 ? process.stdout : fd === 2 ? process.stderr : null; }
    var writeBad = fs.writeSync, fsyncBad = fs.fsyncSync, fstatBad = fs.fstatSync;
    fs.writeSync = function (fd, data, a, b, c) {
      var out = stdio(fd);
      if (!out) return writeBad(fd);
      var buf;
      if (typeof data === 'string') buf = G.Buffer.from(data, typeof b === 'string' ? b : 'utf8');
      else {
        var view = G.Buffer.from(data.buffer, data.byteOffset, data.byteLength);
        var off = typeof a === 'number' ? a : 0;
        buf = view.subarray(off, typeof b === 'number' ? off + b : view.length);
      }
      out.write(buf);
      return buf.length;
    };
    fs.fsyncSync = function (fd) { if (!stdio(fd)) fsyncBad(fd); };
    fs.fdatasyncSync = fs.fsyncSync;
    fs.fstatSync = function (fd) {
      if (!stdio(fd)) return fstatBad(fd);
      var st = new Stats(false);
      st.mode = 0o10600; // a pipe
      st.isFile = function () { return false; };
      st.isFIFO = function () { return true; };
      return st;
    };
    // callback and promise forms of each sync one
    var promises = {};
    Object.keys(fs).forEach(function (n) {
      if (!/Sync$/.test(n) || n === 'existsSync') return;
      var base = n.slice(0, -4);
      var f = fs[n];
      fs[base] = function () {
        var args = Array.prototype.slice.call(arguments);
        var cb = args.pop();
        if (typeof cb !== 'function') throw codeErr(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "cb" argument must be of type function. Received ' + (cb === undefined ? 'undefined' : 'type ' + typeof cb));
        var res, e = null;
        try { res = f.apply(fs, args); } catch (x) { e = x; }
        nextTick(function () { if (e) cb(e); else cb(null, res); });
      };
      if (['close', 'fstat', 'read', 'write', 'fsync', 'ftruncate', 'fchmod'].indexOf(base) === -1) {
        promises[base] = function () {
          var args = arguments;
          return new Promise(function (resolve) { resolve(f.apply(fs, args)); });
        };
      }
    });
    fs.exists = function (p, cb) { var r = fs.existsSync(p); nextTick(function () { cb(r); }); };
    promises.open = function (p, flags) { return new Promise(function (resolve) { fs.openSync(p, flags); resolve(); }); };
    promises.watch = unavailable('fs.promises.watch', 'the file system is empty');
    var constants = { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 64, O_EXCL: 128, O_TRUNC: 512, O_APPEND: 1024, S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFLNK: 40960, COPYFILE_EXCL: 1, UV_FS_O_FILEMAP: 0 };
    promises.constants = constants;
    fs.constants = constants;
    ['F_OK', 'R_OK', 'W_OK', 'X_OK'].forEach(function (k) { fs[k] = constants[k]; });
    fs.promises = promises;
    fs.Stats = Stats;
    fs.Dirent = Dirent;
    fs.watch = unavailable('fs.watch', 'the file system is empty');
    fs.watchFile = unavailable('fs.watchFile', 'the file system is empty');
    fs.unwatchFile = function () {};
    fs.createReadStream = function (p) {
      p = pathOf(p);
      var r = new S.Readable({ read: function () {} });
      r.path = p;
      r.bytesRead = 0;
      r.destroy(isRoot(p) ? fsErr('EISDIR', 'read', p) : fsErr('ENOENT', 'open', p));
      return r;
    };
    fs.createWriteStream = function (p) {
      p = pathOf(p);
      var w = new S.Writable({ write: function (c, e, cb) { cb(); } });
      w.path = p;
      w.bytesWritten = 0;
      w.destroy(writeErr('open', p));
      return w;
    };
    fs.ReadStream = S.Readable;
    fs.WriteStream = S.Writable;
    return fs;
  }

  modules.net = once('net', function () {
    var v4 = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
    var v4addr = '(?:' + v4 + '\\.){3}' + v4;
    var h = '[0-9a-fA-F]{1,4}';
    var v6 = '(?:' +
      '(?:' + h + ':){7}(?:' + h + '|:)|' +
      '(?:' + h + ':){6}(?:' + v4addr + '|:' + h + '|:)|' +
      '(?:' + h + ':){5}(?::' + v4addr + '|(?::' + h + '){1,2}|:)|' +
      '(?:' + h + ':){4}(?:(?::' + h + '){0,1}:' + v4addr + '|(?::' + h + '){1,3}|:)|' +
      '(?:' + h + ':){3}(?:(?::' + h + '){0,2}:' + v4addr + '|(?::' + h + '){1,4}|:)|' +
      '(?:' + h + ':){2}(?:(?::' + h + '){0,3}:' + v4addr + '|(?::' + h + '){1,5}|:)|' +
      '(?:' + h + ':){1}(?:(?::' + h + '){0,4}:' + v4addr + '|(?::' + h + '){1,6}|:)|' +
      '(?::(?:(?::' + h + '){0,5}:' + v4addr + '|(?::' + h + '){1,7}|:))' +
      ')(?:%[0-9a-zA-Z-.:]{1,})?';
    var re4 = new RegExp('^' + v4addr + '$');
    var re6 = new RegExp('^' + v6 + '$');
    function isIPv4(s) { return typeof s === 'string' && re4.test(s); }
    function isIPv6(s) { return typeof s === 'string' && re6.test(s); }
    function isIP(s) { return isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0; }
    var S = stream();
    function Socket() { throw codeErr(Error, 'ERR_NOT_AVAILABLE', 'net.Socket is not available to plugins: use fetch for outbound HTTP'); }
    Object.setPrototypeOf(Socket.prototype, S.Duplex.prototype);
    function Server() { throw codeErr(Error, 'ERR_NOT_AVAILABLE', 'net.Server is not available to plugins: the host serves the plugin\'s router'); }
    Object.setPrototypeOf(Server.prototype, modules.events().EventEmitter.prototype);
    return {
      isIP: isIP, isIPv4: isIPv4, isIPv6: isIPv6, Socket: Socket, Stream: Socket, Server: Server,
      createServer: unavailable('net.createServer', 'the host serves the plugin\'s router'),
      connect: unavailable('net.connect', 'use fetch for outbound HTTP'),
      createConnection: unavailable('net.createConnection', 'use fetch for outbound HTTP'),
      getDefaultAutoSelectFamily: function () { return true; }, setDefaultAutoSelectFamily: function () {},
      getDefaultAutoSelectFamilyAttemptTimeout: function () { return 250; }, setDefaultAutoSelectFamilyAttemptTimeout: function () {},
    };
  });

  modules.http = once('http', function () { return makeHTTP(false); });
  modules.https = once('https', function () { return makeHTTP(true); });
  var httpClasses = null;
  // httpBase builds the classes http and https share: IncomingMessage and
  // ServerResponse (the prototypes of a route's req and res), Agent.
  function httpBase() {
    if (httpClasses) return httpClasses;
    var S = stream();
    var EE = modules.events().EventEmitter;
    var STATUS_CODES = {
      100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
      200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
      300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
      400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large', 414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed', 418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
      500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required',
    };
    var METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];
    var token = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
    function validateHeaderName(name) {
      if (typeof name !== 'string' || !name || !token.test(name)) {
        var e = new TypeError('Header name must be a valid HTTP token ["' + name + '"]');
        e.code = 'ERR_INVALID_HTTP_TOKEN';
        throw e;
      }
    }
    function validateHeaderValue(name, value) {
      var e;
      if (value === undefined) { e = new TypeError('Invalid value "' + value + '" for header "' + name + '"'); e.code = 'ERR_HTTP_INVALID_HEADER_VALUE'; throw e; }
      if (/[^\t\x20-\x7e\x80-\xff]/.test(String(value))) { e = new TypeError('Invalid character in header content ["' + name + '"]'); e.code = 'ERR_INVALID_CHAR'; throw e; }
    }
    function IncomingMessage(socket) {
      S.Readable.call(this, { read: function () {} });
      this.socket = socket || null;
      this.httpVersionMajor = 1; this.httpVersionMinor = 1; this.httpVersion = '1.1';
      this.complete = false; this.rawHeaders = []; this.rawTrailers = []; this.headers = {}; this.trailers = {};
      this.aborted = false; this.upgrade = false; this.url = ''; this.method = null; this.statusCode = null; this.statusMessage = null;
    }
    Object.setPrototypeOf(IncomingMessage.prototype, S.Readable.prototype);
    Object.setPrototypeOf(IncomingMessage, S.Readable);
    // defaults on the prototype too: the Express layer's req inherits from
    // it without running the constructor (morgan reads httpVersionMajor)
    Object.assign(IncomingMessage.prototype, { httpVersionMajor: 1, httpVersionMinor: 1, httpVersion: '1.1', aborted: false, upgrade: false });
    IncomingMessage.prototype.setTimeout = function (ms, cb) { if (cb) this.on('timeout', cb); return this; };
    Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', { get: function () { var o = {}, h = this.headers; Object.keys(h).forEach(function (k) { o[k] = [].concat(h[k]); }); return o; }, configurable: true });
    function OutgoingMessage() {
      S.Stream.call(this);
      this.outputData = []; this.outputSize = 0; this.writable = true; this.destroyed = false;
      this.chunkedEncoding = false; this.sendDate = false; this.finished = false; this.headersSent = false;
      this.socket = null; this._headers = {}; this._headerNames = {};
    }
    Object.setPrototypeOf(OutgoingMessage.prototype, S.Stream.prototype);
    Object.setPrototypeOf(OutgoingMessage, S.Stream);
    OutgoingMessage.prototype.setHeader = function (name, value) {
      validateHeaderName(name);
      validateHeaderValue(name, value);
      if (this.headersSent) { var e = new Error('Cannot set headers after they are sent to the client'); e.code = 'ERR_HTTP_HEADERS_SENT'; throw e; }
      this._headers[name.toLowerCase()] = value;
      this._headerNames[name.toLowerCase()] = name;
      return this;
    };
    OutgoingMessage.prototype.appendHeader = function (name, value) {
      var cur = this.getHeader(name);
      return this.setHeader(name, cur === undefined ? value : [].concat(cur, value));
    };
    OutgoingMessage.prototype.getHeader = function (name) { return this._headers[String(name).toLowerCase()]; };
    OutgoingMessage.prototype.getHeaders = function () { return Object.assign(Object.create(null), this._headers); };
    OutgoingMessage.prototype.getHeaderNames = function () { return Object.keys(this._headers); };
    OutgoingMessage.prototype.getRawHeaderNames = function () { var n = this._headerNames; return Object.keys(n).map(function (k) { return n[k]; }); };
    OutgoingMessage.prototype.hasHeader = function (name) { return String(name).toLowerCase() in this._headers; };
    OutgoingMessage.prototype.removeHeader = function (name) { delete this._headers[String(name).toLowerCase()]; delete this._headerNames[String(name).toLowerCase()]; };
    OutgoingMessage.prototype.flushHeaders = function () {};
    OutgoingMessage.prototype.setTimeout = function (ms, cb) { if (cb) this.on('timeout', cb); return this; };
    function ServerResponse(req) {
      OutgoingMessage.call(this);
      this.req = req || null;
      this.statusCode = 200;
      this.statusMessage = undefined;
      this.sendDate = true;
    }
    Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
    Object.setPrototypeOf(ServerResponse, OutgoingMessage);
    ServerResponse.prototype.writeHead = function (status, reason, headers) {
      if (typeof reason !== 'string') { headers = reason; reason = undefined; }
      this.statusCode = status;
      if (reason !== undefined) this.statusMessage = reason;
      if (headers) for (var k in headers) this.setHeader(k, headers[k]);
      return this;
    };
    ServerResponse.prototype.writeContinue = function () {};
    ServerResponse.prototype.writeProcessing = function () {};
    ServerResponse.prototype.assignSocket = function (s) { this.socket = s; };
    ServerResponse.prototype.detachSocket = function () { this.socket = null; };
    function Agent(options) {
      if (!(this instanceof Agent)) return new Agent(options);
      EE.call(this);
      this.options = Object.assign({ path: null }, options);
      this.keepAlive = !!(options && options.keepAlive);
      this.maxSockets = (options && options.maxSockets) || Infinity;
      this.maxFreeSockets = (options && options.maxFreeSockets) || 256;
      this.maxTotalSockets = Infinity;
      this.requests = Object.create(null); this.sockets = Object.create(null); this.freeSockets = Object.create(null);
      this.defaultPort = 80; this.protocol = 'http:';
    }
    Object.setPrototypeOf(Agent.prototype, EE.prototype);
    Agent.prototype.destroy = function () {};
    Agent.prototype.getName = function (o) { o = o || {}; return (o.host || 'localhost') + ':' + (o.port || '') + ':' + (o.localAddress || '') + (o.family ? ':' + o.family : ''); };
    // ClientRequest is Node's outbound request on top of fetch, so that
    // the host's fetch policy (Options.FetchOrigins, AllowFetch) decides,
    // and nothing else reaches the network: the body is collected, sent when
    // end() is called, and the answer is an IncomingMessage stream.
    function ClientRequest(secure, options, cb) {
      OutgoingMessage.call(this);
      var o = options;
      this.method = String(o.method || 'GET').toUpperCase();
      this.path = o.path || '/';
      this.host = o.hostname || (o.host || 'localhost').replace(/:\d+$/, '');
      this.protocol = o.protocol || (secure ? 'https:' : 'http:');
      var port = o.port || (o.host && /:(\d+)$/.test(o.host) ? RegExp.$1 : '');
      var host = this.host.indexOf(':') !== -1 && this.host[0] !== '[' ? '[' + this.host + ']' : this.host;
      this._url = this.protocol + '//' + host + (port ? ':' + port : '') + this.path;
      this._chunks = [];
      this._abort = new G.AbortController();
      this.aborted = false;
      this.reusedSocket = false;
      this.maxHeadersCount = null;
      var h = o.headers || {};
      var self = this;
      if (Array.isArray(h)) { for (var i = 0; i + 1 < h.length; i += 2) self.setHeader(h[i], h[i + 1]); } else Object.keys(h).forEach(function (k) { self.setHeader(k, h[k]); });
      if (o.auth && !this.hasHeader('authorization')) this.setHeader('Authorization', 'Basic ' + G.Buffer.from(o.auth).toString('base64'));
      if (o.signal) { if (o.signal.aborted) nextTick(function () { self.destroy(o.signal.reason); }); else o.signal.addEventListener('abort', function () { self.destroy(o.signal.reason); }, { once: true }); }
      if (o.timeout) this.setTimeout(o.timeout);
      if (typeof cb === 'function') this.once('response', cb);
    }
    Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
    var nextTick = process.nextTick;
    ClientRequest.prototype.write = function (chunk, enc, cb) {
      if (typeof enc === 'function') { cb = enc; enc = undefined; }
      if (this.finished) { var e = codeErr(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end'); nextTick(function (self) { self.emit('error', e); }, this); return false; }
      this._chunks.push(typeof chunk === 'string' ? G.Buffer.from(chunk, enc) : G.Buffer.from(chunk));
      if (cb) nextTick(cb);
      return true;
    };
    ClientRequest.prototype.end = function (chunk, enc, cb) {
      if (typeof chunk === 'function') { cb = chunk; chunk = null; } else if (typeof enc === 'function') { cb = enc; enc = undefined; }
      if (chunk != null) this.write(chunk, enc);
      if (this.finished) return this;
      this.finished = true;
      if (cb) this.once('finish', cb);
      var self = this;
      var headers = [];
      Object.keys(this._headers).forEach(function (k) { [].concat(self._headers[k]).forEach(function (v) { headers.push([self._headerNames[k] || k, String(v)]); }); });
      var body = this._chunks.length && this.method !== 'GET' && this.method !== 'HEAD' ? G.Buffer.concat(this._chunks) : undefined;
      this.headersSent = true;
      nextTick(function () { self.emit('finish'); });
      G.fetch(this._url, { method: this.method, headers: headers, body: body, redirect: 'manual', signal: this._abort.signal }).then(function (r) {
        return r.arrayBuffer().then(function (buf) {
          var res = new IncomingMessage(null);
          res.statusCode = r.status;
          res.statusMessage = r.statusText || STATUS_CODES[r.status] || '';
          r.headers.forEach(function (v, k) {
            res.rawHeaders.push(k, v);
            if (k === 'set-cookie') (res.headers[k] = res.headers[k] || []).push(v);
            else res.headers[k] = k in res.headers ? res.headers[k] + ', ' + v : v;
          });
          res.req = self;
          res.url = '';
          self.res = res;
          if (buf.byteLength) res.push(G.Buffer.from(buf));
          res.push(null);
          res.complete = true;
          if (!self.emit('response', res)) res.resume();
        });
      }).catch(function (e) {
        if (self.aborted || self.destroyed) return;
        var err = e && e.cause ? e.cause : e;
        if (err && !err.code) err.code = /refused/.test(err.message) ? 'ERR_NOT_AVAILABLE' : 'ECONNREFUSED';
        self.destroyed = true;
        self.emit('error', err);
        self.emit('close');
      });
      return this;
    };
    ClientRequest.prototype.setTimeout = function (ms, cb) {
      var self = this;
      if (cb) this.once('timeout', cb);
      clearTimeout(this._timer);
      if (ms > 0) this._timer = setTimeout(function () { self.emit('timeout'); }, ms);
      return this;
    };
    ClientRequest.prototype.destroy = function (err) {
      if (this.destroyed) return this;
      this.destroyed = true;
      clearTimeout(this._timer);
      this._abort.abort(err);
      var self = this;
      nextTick(function () {
        if (err) self.emit('error', err);
        self.emit('close');
      });
      return this;
    };
    ClientRequest.prototype.abort = function () {
      if (this.aborted) return;
      this.aborted = true;
      this.emit('abort');
      this.destroy();
    };
    ClientRequest.prototype.setNoDelay = function () {};
    ClientRequest.prototype.setSocketKeepAlive = function () {};
    function Server() { throw codeErr(Error, 'ERR_NOT_AVAILABLE', 'http.Server is not available to plugins: register routes on the router setup() receives'); }
    Object.setPrototypeOf(Server.prototype, EE.prototype);
    httpClasses = {
      STATUS_CODES: STATUS_CODES, METHODS: METHODS, IncomingMessage: IncomingMessage, OutgoingMessage: OutgoingMessage,
      ServerResponse: ServerResponse, Agent: Agent, ClientRequest: ClientRequest, Server: Server,
      validateHeaderName: validateHeaderName, validateHeaderValue: validateHeaderValue,
    };
    return httpClasses;
  }
  // request normalizes http.request's arguments: (url[, options][, cb]) or
  // (options[, cb]).
  function request(secure, url, options, cb) {
    if (typeof options === 'function') { cb = options; options = undefined; }
    var o = {};
    if (typeof url === 'string' || url instanceof URL) {
      var u = new URL(String(url));
      o = { protocol: u.protocol, hostname: u.hostname.replace(/^\[|\]$/g, ''), port: u.port, path: u.pathname + u.search, auth: u.username ? decodeURIComponent(u.username) + ':' + decodeURIComponent(u.password) : undefined };
      secure = u.protocol === 'https:';
    } else {
      options = url;
    }
    o = Object.assign(o, options || {});
    if (o.protocol && o.protocol !== (secure ? 'https:' : 'http:')) {
      throw codeErr(TypeError, 'ERR_INVALID_PROTOCOL', 'Protocol "' + o.protocol + '" not supported. Expected "' + (secure ? 'https:' : 'http:') + '"');
    }
    return new (httpBase().ClientRequest)(secure, o, cb);
  }
  function makeHTTP(secure) {
    var b = httpBase();
    var scheme = secure ? 'https' : 'http';
    function Agent(options) {
      if (!(this instanceof Agent)) return new Agent(options);
      b.Agent.call(this, options);
      if (secure) { this.defaultPort = 443; this.protocol = 'https:'; }
    }
    Object.setPrototypeOf(Agent.prototype, b.Agent.prototype);
    Object.setPrototypeOf(Agent, b.Agent);
    var m = {
      Agent: secure ? Agent : b.Agent, globalAgent: secure ? new Agent({ keepAlive: true }) : new b.Agent({ keepAlive: true }), Server: b.Server,
      createServer: unavailable(scheme + '.createServer', 'plugins do not listen; register routes on the router setup() receives'),
      request: function (url, options, cb) { return request(secure, url, options, cb); },
      get: function (url, options, cb) { var r = request(secure, url, options, cb); r.end(); return r; },
    };
    if (!secure) {
      Object.assign(m, {
        METHODS: b.METHODS, STATUS_CODES: b.STATUS_CODES, IncomingMessage: b.IncomingMessage, OutgoingMessage: b.OutgoingMessage,
        ServerResponse: b.ServerResponse, ClientRequest: b.ClientRequest, validateHeaderName: b.validateHeaderName,
        validateHeaderValue: b.validateHeaderValue, maxHeaderSize: 16384, setMaxIdleHTTPParsers: function () {},
      });
    }
    return m;
  }
  modules.http.classes = httpBase;

  // http2: what libraries import at load (axios does) to check for it;
  // nothing connects or listens.
  modules.http2 = once('http2', function () {
    var H = ['STATUS', 'METHOD', 'PATH', 'SCHEME', 'AUTHORITY', 'PROTOCOL'];
    var constants = { NGHTTP2_CANCEL: 8, NGHTTP2_NO_ERROR: 0, NGHTTP2_REFUSED_STREAM: 7, NGHTTP2_INTERNAL_ERROR: 2, HTTP2_HEADER_CONTENT_TYPE: 'content-type', HTTP2_HEADER_CONTENT_LENGTH: 'content-length', HTTP2_HEADER_ACCEPT: 'accept', HTTP2_HEADER_LOCATION: 'location', HTTP2_HEADER_CONTENT_ENCODING: 'content-encoding', HTTP2_HEADER_USER_AGENT: 'user-agent', HTTP2_METHOD_GET: 'GET', HTTP2_METHOD_POST: 'POST' };
    H.forEach(function (h) { constants['HTTP2_HEADER_' + h] = ':' + h.toLowerCase(); });
    function Http2ServerRequest() { throw codeErr(Error, 'ERR_NOT_AVAILABLE', 'http2 is not available to plugins'); }
    function Http2ServerResponse() { throw codeErr(Error, 'ERR_NOT_AVAILABLE', 'http2 is not available to plugins'); }
    return {
      constants: constants, sensitiveHeaders: Symbol('nodejs.http2.sensitiveHeaders'),
      connect: unavailable('http2.connect', 'use fetch for outbound HTTP'),
      createServer: unavailable('http2.createServer', 'plugins do not listen'),
      createSecureServer: unavailable('http2.createSecureServer', 'plugins do not listen'),
      getDefaultSettings: function () { return { headerTableSize: 4096, enablePush: true, initialWindowSize: 65535, maxFrameSize: 16384, maxConcurrentStreams: 4294967295, maxHeaderListSize: 65535, maxHeaderSize: 65535, enableConnectProtocol: false }; },
      getPackedSettings: function () { return G.Buffer.alloc(0); }, getUnpackedSettings: function () { return {}; },
      Http2ServerRequest: Http2ServerRequest, Http2ServerResponse: Http2ServerResponse,
    };
  });

  // tls: for libraries that load it to check for it; nothing connects.
  modules.tls = once('tls', function () {
    var S = stream();
    function TLSSocket() { throw codeErr(Error, 'ERR_NOT_AVAILABLE', 'tls.TLSSocket is not available to plugins: use fetch for outbound HTTPS'); }
    Object.setPrototypeOf(TLSSocket.prototype, S.Duplex.prototype);
    return {
      TLSSocket: TLSSocket, rootCertificates: [], DEFAULT_MIN_VERSION: 'TLSv1.2', DEFAULT_MAX_VERSION: 'TLSv1.3', DEFAULT_ECDH_CURVE: 'auto', DEFAULT_CIPHERS: '',
      connect: unavailable('tls.connect', 'use fetch for outbound HTTPS'),
      createServer: unavailable('tls.createServer', 'plugins do not listen'),
      createSecureContext: function (o) { return { context: {}, options: o || {} }; },
      checkServerIdentity: function () { return undefined; },
      getCiphers: function () { return []; },
    };
  });

  modules.worker_threads = once('worker_threads', function () {
    var data = new Map();
    function Worker() { throw codeErr(Error, 'ERR_NOT_AVAILABLE', 'worker_threads.Worker is not available to plugins: the host gives a plugin more runtimes, not threads'); }
    return {
      isMainThread: true, parentPort: null, workerData: null, threadId: 0, resourceLimits: {}, SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
      Worker: Worker, MessageChannel: G.MessageChannel, MessagePort: G.MessagePort, BroadcastChannel: G.BroadcastChannel,
      markAsUntransferable: function () {}, receiveMessageOnPort: function () { return undefined; },
      setEnvironmentData: function (k, v) { if (v === undefined) data.delete(k); else data.set(k, v); },
      getEnvironmentData: function (k) { return data.get(k); },
    };
  });

  modules.perf_hooks = once('perf_hooks', function () {
    function PerformanceObserver(cb) { this._cb = cb; }
    PerformanceObserver.prototype.observe = function () {};
    PerformanceObserver.prototype.disconnect = function () {};
    PerformanceObserver.supportedEntryTypes = ['function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource'];
    function histogram() {
      return { min: 0, max: 0, mean: NaN, stddev: NaN, count: 0, percentiles: new Map(), exceeds: 0, enable: function () { return true; }, disable: function () { return true; }, reset: function () {}, percentile: function () { return 0; }, record: function () {}, recordDelta: function () {} };
    }
    return {
      performance: G.performance, PerformanceObserver: PerformanceObserver, monitorEventLoopDelay: histogram, createHistogram: histogram,
      constants: { NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1, NODE_PERFORMANCE_GC_INCREMENTAL: 8, NODE_PERFORMANCE_GC_WEAKCB: 16, NODE_PERFORMANCE_GC_FLAGS_NO: 0, NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2, NODE_PERFORMANCE_GC_FLAGS_FORCED: 4, NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8, NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16, NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32, NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64 },
    };
  });

  modules.diagnostics_channel = once('diagnostics_channel', function () {
    var channels = new Map();
    function Channel(name) { this.name = name; this._subscribers = []; this._stores = new Map(); }
    Object.defineProperty(Channel.prototype, 'hasSubscribers', { get: function () { return this._subscribers.length > 0 || this._stores.size > 0; }, configurable: true });
    Channel.prototype.subscribe = function (fn) {
      if (typeof fn !== 'function') throw codeErr(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "subscription" argument must be of type function');
      this._subscribers = this._subscribers.concat([fn]);
    };
    Channel.prototype.unsubscribe = function (fn) {
      var i = this._subscribers.indexOf(fn);
      if (i === -1) return false;
      this._subscribers = this._subscribers.slice(0, i).concat(this._subscribers.slice(i + 1));
      return true;
    };
    Channel.prototype.publish = function (data) {
      var subs = this._subscribers;
      for (var i = 0; i < subs.length; i++) {
        try { subs[i](data, this.name); } catch (e) { process.nextTick(function () { throw e; }); }
      }
    };
    Channel.prototype.bindStore = function (store, transform) { this._stores.set(store, transform); };
    Channel.prototype.unbindStore = function (store) { return this._stores.delete(store); };
    Channel.prototype.runStores = function (data, fn, thisArg) {
      var self = this, args = Array.prototype.slice.call(arguments, 3);
      var run = function () { self.publish(data); return fn.apply(thisArg, args); };
      this._stores.forEach(function (transform, store) {
        var inner = run;
        run = function () { return store.run(transform ? transform(data) : data, inner); };
      });
      return run();
    };
    function channel(name) {
      if (typeof name !== 'string' && typeof name !== 'symbol') throw codeErr(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "channel" argument must be of type string or symbol');
      var c = channels.get(name);
      if (!c) { c = new Channel(name); channels.set(name, c); }
      return c;
    }
    function tracingChannel(nameOrChannels) {
      var names = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];
      var t = {};
      names.forEach(function (n) { t[n] = typeof nameOrChannels === 'string' ? channel('tracing:' + nameOrChannels + ':' + n) : nameOrChannels[n]; });
      Object.defineProperty(t, 'hasSubscribers', { get: function () { return names.some(function (n) { return t[n].hasSubscribers; }); } });
      t.subscribe = function (h) { names.forEach(function (n) { if (h[n]) t[n].subscribe(h[n]); }); };
      t.unsubscribe = function (h) { var ok = true; names.forEach(function (n) { if (h[n] && !t[n].unsubscribe(h[n])) ok = false; }); return ok; };
      t.traceSync = function (fn, ctx, thisArg) {
        var args = Array.prototype.slice.call(arguments, 3);
        ctx = ctx || {};
        return t.start.runStores(ctx, function () {
          try { ctx.result = fn.apply(thisArg, args); return ctx.result; } catch (e) { ctx.error = e; t.error.publish(ctx); throw e; } finally { t.end.publish(ctx); }
        });
      };
      t.tracePromise = function (fn, ctx, thisArg) {
        var args = Array.prototype.slice.call(arguments, 3);
        ctx = ctx || {};
        return t.start.runStores(ctx, function () {
          try {
            var p = Promise.resolve(fn.apply(thisArg, args));
            return p.then(function (r) { ctx.result = r; t.asyncStart.publish(ctx); t.asyncEnd.publish(ctx); return r; }, function (e) { ctx.error = e; t.error.publish(ctx); t.asyncStart.publish(ctx); t.asyncEnd.publish(ctx); throw e; });
          } finally { t.end.publish(ctx); }
        });
      };
      t.traceCallback = function (fn, position, ctx, thisArg) {
        var args = Array.prototype.slice.call(arguments, 4);
        ctx = ctx || {};
        if (position === undefined) position = -1;
        var i = position < 0 ? args.length + position : position;
        var cb = args[i];
        args[i] = function (e, r) {
          if (e) { ctx.error = e; t.error.publish(ctx); } else ctx.result = r;
          t.asyncStart.publish(ctx);
          try { return cb.apply(this, arguments); } finally { t.asyncEnd.publish(ctx); }
        };
        return t.start.runStores(ctx, function () {
          try { return fn.apply(thisArg, args); } catch (e) { ctx.error = e; t.error.publish(ctx); throw e; } finally { t.end.publish(ctx); }
        });
      };
      return t;
    }
    return {
      channel: channel, Channel: Channel, tracingChannel: tracingChannel,
      hasSubscribers: function (name) { var c = channels.get(name); return !!c && c.hasSubscribers; },
      subscribe: function (name, fn) { channel(name).subscribe(fn); },
      unsubscribe: function (name, fn) { return channel(name).unsubscribe(fn); },
    };
  });

  // async_hooks: the context AsyncLocalStorage reads is held in Go
  // (native.asyncContext), carried across promise jobs by goja's async
  // context tracker and across timers by the host's event loop
  // (Env.CaptureContext / Env.RunInContext).
  modules.async_hooks = once('async_hooks', function () {
    native.trackAsync();
    var nextId = 1;
    // a context is a Map from AsyncLocalStorage to its store, never changed
    // once set (run makes a copy)
    function withStore(als, store) {
      var cur = native.getContext();
      var m = new Map(cur || undefined);
      m.set(als, store);
      return m;
    }
    function AsyncLocalStorage() { this._enabled = true; }
    AsyncLocalStorage.prototype.getStore = function () {
      var cur = native.getContext();
      return cur ? cur.get(this) : undefined;
    };
    AsyncLocalStorage.prototype.run = function (store, fn) {
      var args = Array.prototype.slice.call(arguments, 2);
      var prev = native.getContext();
      native.setContext(withStore(this, store));
      try { return fn.apply(undefined, args); } finally { native.setContext(prev); }
    };
    AsyncLocalStorage.prototype.exit = function (fn) {
      var args = Array.prototype.slice.call(arguments, 1);
      var prev = native.getContext();
      var m = new Map(prev || undefined);
      m.delete(this);
      native.setContext(m);
      try { return fn.apply(undefined, args); } finally { native.setContext(prev); }
    };
    AsyncLocalStorage.prototype.enterWith = function (store) { native.setContext(withStore(this, store)); };
    AsyncLocalStorage.prototype.disable = function () {
      var cur = native.getContext();
      if (cur && cur.has(this)) { var m = new Map(cur); m.delete(this); native.setContext(m); }
    };
    AsyncLocalStorage.bind = function (fn) { return AsyncResource.bind(fn); };
    AsyncLocalStorage.snapshot = function () {
      var ctx = native.getContext();
      return function (fn) {
        var args = Array.prototype.slice.call(arguments, 1);
        var prev = native.getContext();
        native.setContext(ctx);
        try { return fn.apply(this, args); } finally { native.setContext(prev); }
      };
    };
    function AsyncResource(type) {
      if (typeof type !== 'string') throw codeErr(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "type" argument must be of type string');
      this.type = type;
      this._ctx = native.getContext();
      this._id = ++nextId;
    }
    AsyncResource.prototype.runInAsyncScope = function (fn, thisArg) {
      var args = Array.prototype.slice.call(arguments, 2);
      var prev = native.getContext();
      native.setContext(this._ctx);
      try { return fn.apply(thisArg, args); } finally { native.setContext(prev); }
    };
    AsyncResource.prototype.emitDestroy = function () { return this; };
    AsyncResource.prototype.asyncId = function () { return this._id; };
    AsyncResource.prototype.triggerAsyncId = function () { return 1; };
    AsyncResource.prototype.bind = function (fn, thisArg) {
      var self = this;
      var bound = function () {
        var args = [fn, thisArg === undefined ? this : thisArg].concat(Array.prototype.slice.call(arguments));
        return self.runInAsyncScope.apply(self, args);
      };
      Object.defineProperty(bound, 'length', { value: fn.length });
      return bound;
    };
    AsyncResource.bind = function (fn, type, thisArg) { return new AsyncResource(type || fn.name || 'bound-anonymous-fn').bind(fn, thisArg); };
    return {
      AsyncLocalStorage: AsyncLocalStorage, AsyncResource: AsyncResource,
      createHook: function () { return { enable: function () { return this; }, disable: function () { return this; } }; },
      executionAsyncId: function () { return 1; }, triggerAsyncId: function () { return 0; },
      executionAsyncResource: function () { return {}; }, asyncWrapProviders: {},
    };
  });

  // module: createRequire gives bundles (esbuild's banner) a require for
  // the host's modules.
  modules.module = once('module', function () {
    var list = native.builtinNames();
    function createRequire() {
      var req = function require(name) {
        var r = native.require(String(name)); // [exports] or [undefined, message, code]
        if (r.length > 1) { var e = new Error(r[1]); e.code = r[2]; throw e; }
        return r[0];
      };
      req.resolve = function (name) {
        if (native.isBuiltin(String(name))) return String(name);
        var e = new Error("Cannot find module '" + name + "'");
        e.code = 'MODULE_NOT_FOUND';
        throw e;
      };
      req.cache = Object.create(null);
      return req;
    }
    function Module() {}
    Module.createRequire = createRequire;
    Module.builtinModules = list;
    Module.isBuiltin = function (n) { return native.isBuiltin(String(n)); };
    Module.Module = Module;
    Module.register = function () {};
    Module.syncBuiltinESMExports = function () {};
    return Module;
  });
}
