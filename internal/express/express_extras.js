// The part of Express 5's req and res that few routes use, written in
// JavaScript on top of the Go methods of request.go and response.go and
// the core of express_prelude.js. A runtime runs it when a request first
// looks up one of the names it defines (members.go), with the prototypes
// of its req and res, the Go helpers in host, and the prelude's core.
//
// Ported from the MIT-licensed packages Express 5 uses, keeping their
// behaviour: express (response.js), accepts + negotiator, type-is,
// cookie 0.7, content-disposition 2, vary, encodeurl, escape-html.
// Copyright (c) 2009-2014 TJ Holowaychuk, 2012-2022 Douglas Christopher
// Wilson, 2014-2015 Federico Romero, and the contributors of those packages.
(function (reqProto, resProto, host, core) {
  "use strict";

  // req.socket (and req.connection, res.socket): the connection, as far as
  // a plugin may see it; its prototype is made on first use.
  var SOCKET = Symbol("socket");
  function makeSocketProto() {
    core.load();
    var Readable = core.readable();
    // stream.Stream, or without node:http the emitter of req and res
    var p = Object.create(Readable ? Object.getPrototypeOf(Readable.prototype) : Object.getPrototypeOf(Object.getPrototypeOf(reqProto)));
    ["remoteAddress", "remotePort", "remoteFamily", "localAddress", "localPort", "encrypted", "readable"].forEach(function (name, i) {
      Object.defineProperty(p, name, { get: function () { return host.conn(this._req, i); }, configurable: true });
    });
    Object.defineProperty(p, "writable", { get: function () { return host.conn(this._req, 6); }, configurable: true });
    Object.defineProperty(p, "destroyed", { get: function () { return !host.conn(this._req, 6); }, configurable: true });
    ["setTimeout", "setNoDelay", "setKeepAlive", "ref", "unref"].forEach(function (name) {
      p[name] = function () { return this; };
    });
    p.address = function () {
      return { address: host.conn(this._req, 3), family: host.conn(this._req, 2), port: host.conn(this._req, 4) };
    };
    p.destroy = function () {
      this._req.res.destroy();
      return this;
    };
    return p;
  }
  var socketProto = null;
  function socketOf(req) {
    if (!Object.prototype.hasOwnProperty.call(req, SOCKET)) {
      var sock = Object.create(socketProto || (socketProto = makeSocketProto()));
      Object.defineProperty(sock, "_req", { value: req });
      Object.defineProperty(req, SOCKET, { value: sock });
    }
    return req[SOCKET];
  }
  ["socket", "connection"].forEach(function (name) {
    function set(v) {
      Object.defineProperty(this, name, { value: v, writable: true, configurable: true });
    }
    Object.defineProperty(reqProto, name, { get: function () { return socketOf(this); }, set: set, configurable: true });
    Object.defineProperty(resProto, name, { get: function () { return socketOf(this.req); }, set: set, configurable: true });
  });

  // ---- req: range ----

  // req.range(size[, {combine}]): the byte (or other unit) ranges of the
  // Range header within size: undefined without a header, -2 when it is
  // malformed, -1 when no range is satisfiable, else an array of
  // {start, end} with the unit as its type property.
  reqProto.range = function (size, options) {
    var header = this.get("Range");
    if (!header) return undefined;
    if (typeof header !== "string") throw new TypeError("argument str must be a string");
    var eq = header.indexOf("=");
    if (eq === -1) return -2;
    var ranges = [];
    ranges.type = header.slice(0, eq);
    var last = size - 1;
    header.slice(eq + 1).split(",").forEach(function (spec) {
      var bounds = spec.split("-");
      var from = parseInt(bounds[0], 10);
      var to = parseInt(bounds[1], 10);
      if (isNaN(from)) {
        // a suffix: the last `to` units
        from = size - to;
        to = last;
      } else if (isNaN(to)) {
        to = last;
      }
      to = Math.min(to, last);
      if (!isNaN(from) && !isNaN(to) && from >= 0 && from <= to) ranges.push({ start: from, end: to });
    });
    if (ranges.length === 0) return -1;
    if (!options || !options.combine) return ranges;
    // Merge overlapping and adjacent ranges; each merged range keeps the
    // place of the first range that went into it.
    var order = ranges.map(function (r, i) { return { start: r.start, end: r.end, at: i }; });
    order.sort(function (a, b) { return a.start - b.start; });
    var merged = [];
    order.forEach(function (r) {
      var top = merged[merged.length - 1];
      if (top && r.start <= top.end + 1) {
        top.end = Math.max(top.end, r.end);
        top.at = Math.min(top.at, r.at);
      } else {
        merged.push(r);
      }
    });
    merged.sort(function (a, b) { return a.at - b.at; });
    var combined = merged.map(function (r) { return { start: r.start, end: r.end }; });
    combined.type = ranges.type;
    return combined;
  };

  // ---- req: type-is ----

  function hasBody(req) {
    return req.headers["transfer-encoding"] !== undefined || !isNaN(req.headers["content-length"]);
  }
  reqProto.is = function (types) {
    var arr = Array.isArray(types) ? types : Array.prototype.slice.call(arguments);
    if (!hasBody(this)) return null;
    return host.typeIs(this.headers["content-type"], arr);
  };

  // ---- req: accepts + negotiator ----

  // Negotiation ranks in Go (negotiate.go): kinds 0 types, 1 encodings,
  // 2 charsets, 3 languages.
  function ranked(kind, header, offered) {
    return host.negotiate(kind, header, offered);
  }
  function argList(args) {
    var first = args[0];
    return first && Array.isArray(first) ? first : Array.prototype.slice.call(args);
  }
  reqProto.accepts = function () {
    var types = argList(arguments);
    var accept = this.headers.accept;
    if (!types.length) return ranked(0, accept);
    if (!accept) return types[0];
    var mimes = types.map(function (t) { return t.indexOf("/") === -1 ? host.mimeLookup(t) : t; });
    var first = ranked(0, accept, mimes.filter(function (t) { return typeof t === "string"; }))[0];
    return first ? types[mimes.indexOf(first)] : false;
  };
  reqProto.acceptsEncodings = function () {
    var list = argList(arguments);
    if (!list.length) return ranked(1, this.headers["accept-encoding"]);
    return ranked(1, this.headers["accept-encoding"], list)[0] || false;
  };
  reqProto.acceptsCharsets = function () {
    var list = argList(arguments);
    if (!list.length) return ranked(2, this.headers["accept-charset"]);
    return ranked(2, this.headers["accept-charset"], list)[0] || false;
  };
  reqProto.acceptsLanguages = function () {
    var list = argList(arguments);
    if (!list.length) return ranked(3, this.headers["accept-language"]);
    return ranked(3, this.headers["accept-language"], list)[0] || false;
  };

  // ---- res: small helpers ----

  function escapeHtml(s) {
    return String(s).replace(/["'&<>]/g, function (c) {
      return { '"': "&quot;", "&": "&amp;", "'": "&#39;", "<": "&lt;", ">": "&gt;" }[c];
    });
  }
  function httpError(status, props) {
    var err = new Error(host.statusMessage(status));
    err.status = err.statusCode = status;
    err.expose = status < 500;
    Object.assign(err, props);
    return err;
  }

  // res.vary(field): names each field in the Vary header once,
  // compared case-insensitively; "*" on either side leaves only "*".
  var TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
  function tokens(s) {
    return String(s).split(",").map(function (t) { return t.trim(); });
  }
  resProto.vary = function (field) {
    if (!field) throw new TypeError("field argument is required");
    var wanted = Array.isArray(field) ? field : tokens(field);
    wanted.forEach(function (f) {
      if (!TOKEN.test(f)) throw new TypeError("field argument contains an invalid header name");
    });
    var current = this.getHeader("Vary") || "";
    var header = Array.isArray(current) ? current.join(", ") : String(current);
    var seen = header ? tokens(header.toLowerCase()) : [];
    if (header === "*" || seen.indexOf("*") >= 0 || wanted.indexOf("*") >= 0) {
      this.setHeader("Vary", "*");
      return this;
    }
    var out = header;
    wanted.forEach(function (f) {
      if (seen.indexOf(f.toLowerCase()) < 0) {
        seen.push(f.toLowerCase());
        out = out ? out + ", " + f : f;
      }
    });
    if (out) this.setHeader("Vary", out);
    return this;
  };

  resProto.links = function (links) {
    var link = this.get("Link") || "";
    if (link) link += ", ";
    return this.set("Link", link + Object.keys(links).map(function (rel) {
      if (Array.isArray(links[rel])) {
        return links[rel].map(function (l) { return "<" + l + '>; rel="' + rel + '"'; }).join(", ");
      }
      return "<" + links[rel] + '>; rel="' + rel + '"';
    }).join(", "));
  };

  resProto.append = function (field, val) {
    var prev = this.get(field);
    var value = val;
    if (prev) {
      value = Array.isArray(prev) ? prev.concat(val) : Array.isArray(val) ? [prev].concat(val) : [prev, val];
    }
    return this.set(field, value);
  };

  // Node's internal for "send the head now", which express-session calls
  resProto._implicitHeader = function () {
    this.writeHead(this.statusCode);
  };

  resProto.sendStatus = function (statusCode) {
    var body = host.statusMessage(statusCode) || String(statusCode);
    this.status(statusCode);
    this.type("txt");
    return this.send(body);
  };

  resProto.location = function (url) {
    return this.set("Location", host.encodeLocation(String(url)));
  };

  function acceptParams(str) {
    var length = str.length;
    var colonIndex = str.indexOf(";");
    var index = colonIndex === -1 ? length : colonIndex;
    var ret = { value: str.slice(0, index).trim(), quality: 1, params: {} };
    while (index < length) {
      var splitIndex = str.indexOf("=", index);
      if (splitIndex === -1) break;
      var ci = str.indexOf(";", index);
      var endIndex = ci === -1 ? length : ci;
      if (splitIndex > endIndex) {
        index = str.lastIndexOf(";", splitIndex - 1) + 1;
        continue;
      }
      var key = str.slice(index, splitIndex).trim();
      var value = str.slice(splitIndex + 1, endIndex).trim();
      if (key === "q") ret.quality = parseFloat(value);
      else ret.params[key] = value;
      index = endIndex + 1;
    }
    return ret;
  }
  function normalizeType(type) {
    return ~type.indexOf("/") ? acceptParams(type) : { value: host.mimeLookup(type) || "application/octet-stream", params: {} };
  }
  resProto.format = function (obj) {
    var req = this.req;
    var next = req.next;
    var keys = Object.keys(obj).filter(function (v) { return v !== "default"; });
    var key = keys.length > 0 ? req.accepts(keys) : false;
    this.vary("Accept");
    if (key) {
      this.set("Content-Type", normalizeType(key).value);
      obj[key](req, this, next);
    } else if (obj.default) {
      obj.default(req, this, next);
    } else {
      next(httpError(406, { types: keys.map(function (k) { return normalizeType(k).value; }) }));
    }
    return this;
  };

  resProto.redirect = function (url) {
    var address = url;
    var body;
    var status = 302;
    if (arguments.length === 2) {
      status = arguments[0];
      address = arguments[1];
    }
    address = this.location(address).get("Location");
    this.format({
      text: function () {
        body = host.statusMessage(status) + ". Redirecting to " + address;
      },
      html: function () {
        var u = escapeHtml(address);
        body = "<!DOCTYPE html><head><title>" + host.statusMessage(status) + "</title></head>" +
          "<body><p>" + host.statusMessage(status) + ". Redirecting to " + u + "</p></body>";
      },
      default: function () {
        body = "";
      },
    });
    this.status(status);
    this.set("Content-Length", host.byteLength(body));
    if (this.req.method === "HEAD") this.end();
    else this.end(body);
  };

  resProto.jsonp = function (obj) {
    var body = JSON.stringify(obj);
    var callback = this.req.query.callback;
    if (!this.get("Content-Type")) {
      this.set("X-Content-Type-Options", "nosniff");
      this.set("Content-Type", "application/json");
    }
    if (Array.isArray(callback)) callback = callback[0];
    if (typeof callback === "string" && callback.length !== 0) {
      this.set("X-Content-Type-Options", "nosniff");
      this.set("Content-Type", "text/javascript");
      callback = callback.replace(/[^\[\]\w$.]/g, "");
      if (body === undefined) body = "";
      else if (typeof body === "string") body = body.replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
      body = "/**/ typeof " + callback + " === 'function' && " + callback + "(" + body + ");";
    }
    return this.send(body);
  };

  // res.attachment's Content-Disposition: the name as a token or quoted
  // string of printable ASCII, and, when that had to lose characters, the
  // exact name as an RFC 8187 filename* parameter too.
  var PLAIN_NAME = /^[\x20-\x7e]*$/;
  var ESCAPE_LOOKALIKE = /%[0-9A-Fa-f]{2}/;
  function attachmentHeader(name) {
    if (name === undefined) return "attachment";
    var exact = PLAIN_NAME.test(name) && !ESCAPE_LOOKALIKE.test(name);
    var shown = exact ? name : name.replace(/[^\x20-\x7e]/g, "?");
    var header = "attachment; filename=" + (TOKEN.test(shown) ? shown : '"' + shown.replace(/[\\"]/g, "\\$&") + '"');
    if (!exact) {
      header += "; filename*=UTF-8''" + encodeURIComponent(name).replace(/['()*]/g, function (c) {
        return "%" + c.charCodeAt(0).toString(16).toUpperCase();
      });
    }
    return header;
  }
  function basename(p) {
    p = String(p).replace(/\/+$/, "");
    return p.slice(p.lastIndexOf("/") + 1);
  }
  function extname(name) {
    var i = name.lastIndexOf(".");
    return i <= 0 ? "" : name.slice(i);
  }
  resProto.attachment = function (filename) {
    var name = filename !== undefined ? basename(filename) : undefined;
    if (name) this.type(extname(name));
    this.set("Content-Disposition", attachmentHeader(name));
    return this;
  };

  // res.cookie's Set-Cookie value: name=value and then the attributes in
  // the order Express writes them; name, value, domain and path must fit
  // RFC 6265's grammar.
  var COOKIE_GRAMMAR = {
    name: TOKEN,
    value: /^("?)[\u0021\u0023-\u002B\u002D-\u003A\u003C-\u005B\u005D-\u007E]*\1$/,
    domain: /^([.]?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)([.][a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i,
    path: /^[\u0020-\u003A\u003D-\u007E]*$/,
  };
  var COOKIE_CHOICES = {
    priority: { low: "Low", medium: "Medium", high: "High" },
    sameSite: { lax: "Lax", strict: "Strict", none: "None" },
  };
  function setCookieValue(name, val, opt) {
    function invalid(what) {
      throw new TypeError(what + " is invalid");
    }
    var encode = opt.encode || encodeURIComponent;
    if (typeof encode !== "function") invalid("option encode");
    if (!COOKIE_GRAMMAR.name.test(name)) invalid("argument name");
    var value = encode(val);
    if (!COOKIE_GRAMMAR.value.test(value)) invalid("argument val");
    var attrs = [name + "=" + value];
    if (opt.maxAge != null) {
      var age = Math.floor(opt.maxAge);
      if (!isFinite(age)) invalid("option maxAge");
      attrs.push("Max-Age=" + age);
    }
    ["domain", "path"].forEach(function (key) {
      if (!opt[key]) return;
      if (!COOKIE_GRAMMAR[key].test(opt[key])) invalid("option " + key);
      attrs.push(key.charAt(0).toUpperCase() + key.slice(1) + "=" + opt[key]);
    });
    if (opt.expires) {
      if (!(opt.expires instanceof Date) || isNaN(opt.expires.valueOf())) invalid("option expires");
      attrs.push("Expires=" + opt.expires.toUTCString());
    }
    if (opt.httpOnly) attrs.push("HttpOnly");
    if (opt.secure) attrs.push("Secure");
    if (opt.partitioned) attrs.push("Partitioned");
    [["priority", "Priority"], ["sameSite", "SameSite"]].forEach(function (a) {
      var v = opt[a[0]];
      if (!v) return;
      var chosen = v === true && a[0] === "sameSite" ? "Strict" : typeof v === "string" && COOKIE_CHOICES[a[0]][v.toLowerCase()];
      if (!chosen) invalid("option " + a[0]);
      attrs.push(a[1] + "=" + chosen);
    });
    return attrs.join("; ");
  }
  resProto.cookie = function (name, value, options) {
    var opts = Object.assign({}, options);
    var secret = this.req.secret;
    if (opts.signed && !secret) throw new Error('cookieParser("secret") required for signed cookies');
    var val = typeof value === "object" ? "j:" + JSON.stringify(value) : String(value);
    // cookie-parser's signature: "s:" + value + "." + base64 HMAC-SHA256
    // of the value, without padding
    if (opts.signed) val = "s:" + val + "." + host.hmacSHA256(String(secret), val);
    if (opts.maxAge != null) {
      var maxAge = opts.maxAge - 0;
      if (!isNaN(maxAge)) {
        opts.expires = new Date(Date.now() + maxAge);
        opts.maxAge = Math.floor(maxAge / 1000);
      }
    }
    if (opts.path == null) opts.path = "/";
    this.append("Set-Cookie", setCookieValue(name, String(val), opts));
    return this;
  };
  resProto.clearCookie = function (name, options) {
    var opts = Object.assign({ path: "/" }, options, { expires: new Date(1) });
    delete opts.maxAge;
    return this.cookie(name, "", opts);
  };

  ["sendFile", "download", "render"].forEach(function (name) {
    resProto[name] = function () {
      throw new Error("res." + name + "() is not supported by plugmux: plugins have no file system or views");
    };
  });
});
