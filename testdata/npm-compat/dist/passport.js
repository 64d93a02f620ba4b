import { createRequire as __plugmuxCreateRequire } from "node:module"; const require = __plugmuxCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/pause/index.js
var require_pause = __commonJS({
  "node_modules/pause/index.js"(exports, module) {
    module.exports = function(obj) {
      var onData, onEnd, events = [];
      obj.on("data", onData = function(data, encoding) {
        events.push(["data", data, encoding]);
      });
      obj.on("end", onEnd = function(data, encoding) {
        events.push(["end", data, encoding]);
      });
      return {
        end: function() {
          obj.removeListener("data", onData);
          obj.removeListener("end", onEnd);
        },
        resume: function() {
          this.end();
          for (var i = 0, len = events.length; i < len; ++i) {
            obj.emit.apply(obj, events[i]);
          }
        }
      };
    };
  }
});

// node_modules/passport-strategy/lib/strategy.js
var require_strategy = __commonJS({
  "node_modules/passport-strategy/lib/strategy.js"(exports, module) {
    function Strategy() {
    }
    Strategy.prototype.authenticate = function(req, options) {
      throw new Error("Strategy#authenticate must be overridden by subclass");
    };
    module.exports = Strategy;
  }
});

// node_modules/passport-strategy/lib/index.js
var require_lib = __commonJS({
  "node_modules/passport-strategy/lib/index.js"(exports, module) {
    var Strategy = require_strategy();
    exports = module.exports = Strategy;
    exports.Strategy = Strategy;
  }
});

// node_modules/passport/lib/strategies/session.js
var require_session = __commonJS({
  "node_modules/passport/lib/strategies/session.js"(exports, module) {
    var pause = require_pause();
    var util = __require("util");
    var Strategy = require_lib();
    function SessionStrategy(options, deserializeUser) {
      if (typeof options == "function") {
        deserializeUser = options;
        options = void 0;
      }
      options = options || {};
      Strategy.call(this);
      this.name = "session";
      this._key = options.key || "passport";
      this._deserializeUser = deserializeUser;
    }
    util.inherits(SessionStrategy, Strategy);
    SessionStrategy.prototype.authenticate = function(req, options) {
      if (!req.session) {
        return this.error(new Error("Login sessions require session support. Did you forget to use `express-session` middleware?"));
      }
      options = options || {};
      var self = this, su;
      if (req.session[this._key]) {
        su = req.session[this._key].user;
      }
      if (su || su === 0) {
        var paused = options.pauseStream ? pause(req) : null;
        this._deserializeUser(su, req, function(err, user) {
          if (err) {
            return self.error(err);
          }
          if (!user) {
            delete req.session[self._key].user;
          } else {
            var property = req._userProperty || "user";
            req[property] = user;
          }
          self.pass();
          if (paused) {
            paused.resume();
          }
        });
      } else {
        self.pass();
      }
    };
    module.exports = SessionStrategy;
  }
});

// node_modules/utils-merge/index.js
var require_utils_merge = __commonJS({
  "node_modules/utils-merge/index.js"(exports, module) {
    exports = module.exports = function(a, b) {
      if (a && b) {
        for (var key in b) {
          a[key] = b[key];
        }
      }
      return a;
    };
  }
});

// node_modules/passport/lib/sessionmanager.js
var require_sessionmanager = __commonJS({
  "node_modules/passport/lib/sessionmanager.js"(exports, module) {
    var merge = require_utils_merge();
    function SessionManager(options, serializeUser) {
      if (typeof options == "function") {
        serializeUser = options;
        options = void 0;
      }
      options = options || {};
      this._key = options.key || "passport";
      this._serializeUser = serializeUser;
    }
    SessionManager.prototype.logIn = function(req, user, options, cb) {
      if (typeof options == "function") {
        cb = options;
        options = {};
      }
      options = options || {};
      if (!req.session) {
        return cb(new Error("Login sessions require session support. Did you forget to use `express-session` middleware?"));
      }
      var self = this;
      var prevSession = req.session;
      req.session.regenerate(function(err) {
        if (err) {
          return cb(err);
        }
        self._serializeUser(user, req, function(err2, obj) {
          if (err2) {
            return cb(err2);
          }
          if (options.keepSessionInfo) {
            merge(req.session, prevSession);
          }
          if (!req.session[self._key]) {
            req.session[self._key] = {};
          }
          req.session[self._key].user = obj;
          req.session.save(function(err3) {
            if (err3) {
              return cb(err3);
            }
            cb();
          });
        });
      });
    };
    SessionManager.prototype.logOut = function(req, options, cb) {
      if (typeof options == "function") {
        cb = options;
        options = {};
      }
      options = options || {};
      if (!req.session) {
        return cb(new Error("Login sessions require session support. Did you forget to use `express-session` middleware?"));
      }
      var self = this;
      if (req.session[this._key]) {
        delete req.session[this._key].user;
      }
      var prevSession = req.session;
      req.session.save(function(err) {
        if (err) {
          return cb(err);
        }
        req.session.regenerate(function(err2) {
          if (err2) {
            return cb(err2);
          }
          if (options.keepSessionInfo) {
            merge(req.session, prevSession);
          }
          cb();
        });
      });
    };
    module.exports = SessionManager;
  }
});

// node_modules/passport/lib/http/request.js
var require_request = __commonJS({
  "node_modules/passport/lib/http/request.js"(exports, module) {
    var req = exports = module.exports = {};
    req.login = req.logIn = function(user, options, done) {
      if (typeof options == "function") {
        done = options;
        options = {};
      }
      options = options || {};
      var property = this._userProperty || "user";
      var session = options.session === void 0 ? true : options.session;
      this[property] = user;
      if (session && this._sessionManager) {
        if (typeof done != "function") {
          throw new Error("req#login requires a callback function");
        }
        var self = this;
        this._sessionManager.logIn(this, user, options, function(err) {
          if (err) {
            self[property] = null;
            return done(err);
          }
          done();
        });
      } else {
        done && done();
      }
    };
    req.logout = req.logOut = function(options, done) {
      if (typeof options == "function") {
        done = options;
        options = {};
      }
      options = options || {};
      var property = this._userProperty || "user";
      this[property] = null;
      if (this._sessionManager) {
        if (typeof done != "function") {
          throw new Error("req#logout requires a callback function");
        }
        this._sessionManager.logOut(this, options, done);
      } else {
        done && done();
      }
    };
    req.isAuthenticated = function() {
      var property = this._userProperty || "user";
      return this[property] ? true : false;
    };
    req.isUnauthenticated = function() {
      return !this.isAuthenticated();
    };
  }
});

// node_modules/passport/lib/middleware/initialize.js
var require_initialize = __commonJS({
  "node_modules/passport/lib/middleware/initialize.js"(exports, module) {
    var IncomingMessageExt = require_request();
    module.exports = function initialize(passport2, options) {
      options = options || {};
      return function initialize2(req, res, next) {
        req.login = req.logIn = req.logIn || IncomingMessageExt.logIn;
        req.logout = req.logOut = req.logOut || IncomingMessageExt.logOut;
        req.isAuthenticated = req.isAuthenticated || IncomingMessageExt.isAuthenticated;
        req.isUnauthenticated = req.isUnauthenticated || IncomingMessageExt.isUnauthenticated;
        req._sessionManager = passport2._sm;
        if (options.userProperty) {
          req._userProperty = options.userProperty;
        }
        var compat = options.compat === void 0 ? true : options.compat;
        if (compat) {
          passport2._userProperty = options.userProperty || "user";
          req._passport = {};
          req._passport.instance = passport2;
        }
        next();
      };
    };
  }
});

// node_modules/passport/lib/errors/authenticationerror.js
var require_authenticationerror = __commonJS({
  "node_modules/passport/lib/errors/authenticationerror.js"(exports, module) {
    function AuthenticationError(message, status) {
      Error.call(this);
      Error.captureStackTrace(this, arguments.callee);
      this.name = "AuthenticationError";
      this.message = message;
      this.status = status || 401;
    }
    AuthenticationError.prototype.__proto__ = Error.prototype;
    module.exports = AuthenticationError;
  }
});

// node_modules/passport/lib/middleware/authenticate.js
var require_authenticate = __commonJS({
  "node_modules/passport/lib/middleware/authenticate.js"(exports, module) {
    var http = __require("http");
    var IncomingMessageExt = require_request();
    var AuthenticationError = require_authenticationerror();
    module.exports = function authenticate(passport2, name, options, callback) {
      if (typeof options == "function") {
        callback = options;
        options = {};
      }
      options = options || {};
      var multi = true;
      if (!Array.isArray(name)) {
        name = [name];
        multi = false;
      }
      return function authenticate2(req, res, next) {
        req.login = req.logIn = req.logIn || IncomingMessageExt.logIn;
        req.logout = req.logOut = req.logOut || IncomingMessageExt.logOut;
        req.isAuthenticated = req.isAuthenticated || IncomingMessageExt.isAuthenticated;
        req.isUnauthenticated = req.isUnauthenticated || IncomingMessageExt.isUnauthenticated;
        req._sessionManager = passport2._sm;
        var failures = [];
        function allFailed() {
          if (callback) {
            if (!multi) {
              return callback(null, false, failures[0].challenge, failures[0].status);
            } else {
              var challenges = failures.map(function(f) {
                return f.challenge;
              });
              var statuses = failures.map(function(f) {
                return f.status;
              });
              return callback(null, false, challenges, statuses);
            }
          }
          var failure = failures[0] || {}, challenge = failure.challenge || {}, msg;
          if (options.failureFlash) {
            var flash = options.failureFlash;
            if (typeof flash == "string") {
              flash = { type: "error", message: flash };
            }
            flash.type = flash.type || "error";
            var type = flash.type || challenge.type || "error";
            msg = flash.message || challenge.message || challenge;
            if (typeof msg == "string") {
              req.flash(type, msg);
            }
          }
          if (options.failureMessage) {
            msg = options.failureMessage;
            if (typeof msg == "boolean") {
              msg = challenge.message || challenge;
            }
            if (typeof msg == "string") {
              req.session.messages = req.session.messages || [];
              req.session.messages.push(msg);
            }
          }
          if (options.failureRedirect) {
            return res.redirect(options.failureRedirect);
          }
          var rchallenge = [], rstatus, status;
          for (var j = 0, len = failures.length; j < len; j++) {
            failure = failures[j];
            challenge = failure.challenge;
            status = failure.status;
            rstatus = rstatus || status;
            if (typeof challenge == "string") {
              rchallenge.push(challenge);
            }
          }
          res.statusCode = rstatus || 401;
          if (res.statusCode == 401 && rchallenge.length) {
            res.setHeader("WWW-Authenticate", rchallenge);
          }
          if (options.failWithError) {
            return next(new AuthenticationError(http.STATUS_CODES[res.statusCode], rstatus));
          }
          res.end(http.STATUS_CODES[res.statusCode]);
        }
        (function attempt(i) {
          var layer = name[i];
          if (!layer) {
            return allFailed();
          }
          var strategy, prototype;
          if (typeof layer.authenticate == "function") {
            strategy = layer;
          } else {
            prototype = passport2._strategy(layer);
            if (!prototype) {
              return next(new Error('Unknown authentication strategy "' + layer + '"'));
            }
            strategy = Object.create(prototype);
          }
          strategy.success = function(user, info) {
            if (callback) {
              return callback(null, user, info);
            }
            info = info || {};
            var msg;
            if (options.successFlash) {
              var flash = options.successFlash;
              if (typeof flash == "string") {
                flash = { type: "success", message: flash };
              }
              flash.type = flash.type || "success";
              var type = flash.type || info.type || "success";
              msg = flash.message || info.message || info;
              if (typeof msg == "string") {
                req.flash(type, msg);
              }
            }
            if (options.successMessage) {
              msg = options.successMessage;
              if (typeof msg == "boolean") {
                msg = info.message || info;
              }
              if (typeof msg == "string") {
                req.session.messages = req.session.messages || [];
                req.session.messages.push(msg);
              }
            }
            if (options.assignProperty) {
              req[options.assignProperty] = user;
              if (options.authInfo !== false) {
                passport2.transformAuthInfo(info, req, function(err, tinfo) {
                  if (err) {
                    return next(err);
                  }
                  req.authInfo = tinfo;
                  next();
                });
              } else {
                next();
              }
              return;
            }
            req.logIn(user, options, function(err) {
              if (err) {
                return next(err);
              }
              function complete() {
                if (options.successReturnToOrRedirect) {
                  var url = options.successReturnToOrRedirect;
                  if (req.session && req.session.returnTo) {
                    url = req.session.returnTo;
                    delete req.session.returnTo;
                  }
                  return res.redirect(url);
                }
                if (options.successRedirect) {
                  return res.redirect(options.successRedirect);
                }
                next();
              }
              if (options.authInfo !== false) {
                passport2.transformAuthInfo(info, req, function(err2, tinfo) {
                  if (err2) {
                    return next(err2);
                  }
                  req.authInfo = tinfo;
                  complete();
                });
              } else {
                complete();
              }
            });
          };
          strategy.fail = function(challenge, status) {
            if (typeof challenge == "number") {
              status = challenge;
              challenge = void 0;
            }
            failures.push({ challenge, status });
            attempt(i + 1);
          };
          strategy.redirect = function(url, status) {
            res.statusCode = status || 302;
            res.setHeader("Location", url);
            res.setHeader("Content-Length", "0");
            res.end();
          };
          strategy.pass = function() {
            next();
          };
          strategy.error = function(err) {
            if (callback) {
              return callback(err);
            }
            next(err);
          };
          strategy.authenticate(req, options);
        })(0);
      };
    };
  }
});

// node_modules/passport/lib/framework/connect.js
var require_connect = __commonJS({
  "node_modules/passport/lib/framework/connect.js"(exports, module) {
    var initialize = require_initialize();
    var authenticate = require_authenticate();
    exports = module.exports = function() {
      return {
        initialize,
        authenticate
      };
    };
  }
});

// node_modules/passport/lib/authenticator.js
var require_authenticator = __commonJS({
  "node_modules/passport/lib/authenticator.js"(exports, module) {
    var SessionStrategy = require_session();
    var SessionManager = require_sessionmanager();
    function Authenticator() {
      this._key = "passport";
      this._strategies = {};
      this._serializers = [];
      this._deserializers = [];
      this._infoTransformers = [];
      this._framework = null;
      this.init();
    }
    Authenticator.prototype.init = function() {
      this.framework(require_connect()());
      this.use(new SessionStrategy({ key: this._key }, this.deserializeUser.bind(this)));
      this._sm = new SessionManager({ key: this._key }, this.serializeUser.bind(this));
    };
    Authenticator.prototype.use = function(name, strategy) {
      if (!strategy) {
        strategy = name;
        name = strategy.name;
      }
      if (!name) {
        throw new Error("Authentication strategies must have a name");
      }
      this._strategies[name] = strategy;
      return this;
    };
    Authenticator.prototype.unuse = function(name) {
      delete this._strategies[name];
      return this;
    };
    Authenticator.prototype.framework = function(fw) {
      this._framework = fw;
      return this;
    };
    Authenticator.prototype.initialize = function(options) {
      options = options || {};
      return this._framework.initialize(this, options);
    };
    Authenticator.prototype.authenticate = function(strategy, options, callback) {
      return this._framework.authenticate(this, strategy, options, callback);
    };
    Authenticator.prototype.authorize = function(strategy, options, callback) {
      options = options || {};
      options.assignProperty = "account";
      var fn = this._framework.authorize || this._framework.authenticate;
      return fn(this, strategy, options, callback);
    };
    Authenticator.prototype.session = function(options) {
      return this.authenticate("session", options);
    };
    Authenticator.prototype.serializeUser = function(fn, req, done) {
      if (typeof fn === "function") {
        return this._serializers.push(fn);
      }
      var user = fn;
      if (typeof req === "function") {
        done = req;
        req = void 0;
      }
      var stack = this._serializers;
      (function pass(i, err, obj) {
        if ("pass" === err) {
          err = void 0;
        }
        if (err || obj || obj === 0) {
          return done(err, obj);
        }
        var layer = stack[i];
        if (!layer) {
          return done(new Error("Failed to serialize user into session"));
        }
        function serialized(e, o) {
          pass(i + 1, e, o);
        }
        try {
          var arity = layer.length;
          if (arity == 3) {
            layer(req, user, serialized);
          } else {
            layer(user, serialized);
          }
        } catch (e) {
          return done(e);
        }
      })(0);
    };
    Authenticator.prototype.deserializeUser = function(fn, req, done) {
      if (typeof fn === "function") {
        return this._deserializers.push(fn);
      }
      var obj = fn;
      if (typeof req === "function") {
        done = req;
        req = void 0;
      }
      var stack = this._deserializers;
      (function pass(i, err, user) {
        if ("pass" === err) {
          err = void 0;
        }
        if (err || user) {
          return done(err, user);
        }
        if (user === null || user === false) {
          return done(null, false);
        }
        var layer = stack[i];
        if (!layer) {
          return done(new Error("Failed to deserialize user out of session"));
        }
        function deserialized(e, u) {
          pass(i + 1, e, u);
        }
        try {
          var arity = layer.length;
          if (arity == 3) {
            layer(req, obj, deserialized);
          } else {
            layer(obj, deserialized);
          }
        } catch (e) {
          return done(e);
        }
      })(0);
    };
    Authenticator.prototype.transformAuthInfo = function(fn, req, done) {
      if (typeof fn === "function") {
        return this._infoTransformers.push(fn);
      }
      var info = fn;
      if (typeof req === "function") {
        done = req;
        req = void 0;
      }
      var stack = this._infoTransformers;
      (function pass(i, err, tinfo) {
        if ("pass" === err) {
          err = void 0;
        }
        if (err || tinfo) {
          return done(err, tinfo);
        }
        var layer = stack[i];
        if (!layer) {
          return done(null, info);
        }
        function transformed(e, t2) {
          pass(i + 1, e, t2);
        }
        try {
          var arity = layer.length;
          if (arity == 1) {
            var t = layer(info);
            transformed(null, t);
          } else if (arity == 3) {
            layer(req, info, transformed);
          } else {
            layer(info, transformed);
          }
        } catch (e) {
          return done(e);
        }
      })(0);
    };
    Authenticator.prototype._strategy = function(name) {
      return this._strategies[name];
    };
    module.exports = Authenticator;
  }
});

// node_modules/passport/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/passport/lib/index.js"(exports, module) {
    var Passport = require_authenticator();
    var SessionStrategy = require_session();
    exports = module.exports = new Passport();
    exports.Passport = exports.Authenticator = Passport;
    exports.Strategy = require_lib();
    exports.strategies = {};
    exports.strategies.SessionStrategy = SessionStrategy;
  }
});

// node_modules/passport-local/lib/utils.js
var require_utils = __commonJS({
  "node_modules/passport-local/lib/utils.js"(exports) {
    exports.lookup = function(obj, field) {
      if (!obj) {
        return null;
      }
      var chain = field.split("]").join("").split("[");
      for (var i = 0, len = chain.length; i < len; i++) {
        var prop = obj[chain[i]];
        if (typeof prop === "undefined") {
          return null;
        }
        if (typeof prop !== "object") {
          return prop;
        }
        obj = prop;
      }
      return null;
    };
  }
});

// node_modules/passport-local/lib/strategy.js
var require_strategy2 = __commonJS({
  "node_modules/passport-local/lib/strategy.js"(exports, module) {
    var passport2 = require_lib();
    var util = __require("util");
    var lookup = require_utils().lookup;
    function Strategy(options, verify) {
      if (typeof options == "function") {
        verify = options;
        options = {};
      }
      if (!verify) {
        throw new TypeError("LocalStrategy requires a verify callback");
      }
      this._usernameField = options.usernameField || "username";
      this._passwordField = options.passwordField || "password";
      passport2.Strategy.call(this);
      this.name = "local";
      this._verify = verify;
      this._passReqToCallback = options.passReqToCallback;
    }
    util.inherits(Strategy, passport2.Strategy);
    Strategy.prototype.authenticate = function(req, options) {
      options = options || {};
      var username = lookup(req.body, this._usernameField) || lookup(req.query, this._usernameField);
      var password = lookup(req.body, this._passwordField) || lookup(req.query, this._passwordField);
      if (!username || !password) {
        return this.fail({ message: options.badRequestMessage || "Missing credentials" }, 400);
      }
      var self = this;
      function verified(err, user, info) {
        if (err) {
          return self.error(err);
        }
        if (!user) {
          return self.fail(info);
        }
        self.success(user, info);
      }
      try {
        if (self._passReqToCallback) {
          this._verify(req, username, password, verified);
        } else {
          this._verify(username, password, verified);
        }
      } catch (ex) {
        return self.error(ex);
      }
    };
    module.exports = Strategy;
  }
});

// node_modules/passport-local/lib/index.js
var require_lib3 = __commonJS({
  "node_modules/passport-local/lib/index.js"(exports, module) {
    var Strategy = require_strategy2();
    exports = module.exports = Strategy;
    exports.Strategy = Strategy;
  }
});

// src/passport.js
var import_passport = __toESM(require_lib2(), 1);
var import_passport_local = __toESM(require_lib3(), 1);
import express from "express";
import_passport.default.use(new import_passport_local.Strategy((username, password, done) => done(null, username === "ann" && password === "pw" ? { id: 1, username } : false, { message: "bad credentials" })));
function setup(router) {
  router.use(import_passport.default.initialize());
  router.post("/login", express.urlencoded({ extended: false }), import_passport.default.authenticate("local", { session: false }), (req, res) => res.json({ user: req.user, authenticated: req.isAuthenticated() }));
  router.post(
    "/login-cb",
    express.urlencoded({ extended: false }),
    (req, res, next) => import_passport.default.authenticate("local", { session: false }, (err, user, info) => err ? next(err) : res.status(user ? 200 : 401).json({ user, info }))(req, res, next)
  );
  router.get("/me", (req, res) => res.json({ authenticated: req.isAuthenticated(), user: req.user ?? null }));
}
export {
  setup
};
