package express

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"

	"github.com/dop251/goja"
	"github.com/plugmux/plugmux/internal/jsutil"
)

// This file holds the request object handed to JavaScript handlers, and the
// exchange: the Go state of one request while a runtime serves it.
//
// req and res are ordinary JavaScript objects whose prototypes carry the
// Express API as Go functions and accessors (and, for the less used parts,
// JavaScript functions from express_extras.js), each defined on the
// runtime's prototype when first used (members.go); the parents of those
// prototypes are node:http's IncomingMessage and ServerResponse, loaded on
// first need (stream.go). Nothing is copied eagerly:
// headers, query and params become JavaScript objects on first use. The
// prototype functions find the request by the identity of `this`, so a req
// or res kept past the end of its request throws instead of touching the
// next request that the runtime serves.

// exchange is one request in flight on one runtime.
type exchange struct {
	rt   *Runtime
	w    *outbox // the response, as the loop writes it
	r    *http.Request
	ctx  context.Context // ends when the request ends: answered, timed out, client gone
	box  outbox
	over bool // forgotten by the runtime: nothing it does matters any more (loop only)
	// (beside over, where it costs no room)
	resClosed bool   // res emitted 'close': errors of its stream are no longer emitted
	id        string // for log lines, made on first use (LogAttrs)

	reqObj, resObj, nextFn *goja.Object

	// routing state
	gen      uint64 // counts the requests of the runtime; stale callbacks compare it
	liveAt   int    // its place in the runtime's live requests, plus one; 0 when not there
	method   string // req.method, which middleware may rewrite
	path     string // raw path relative to the current mount point
	query    string // raw query string
	rootBase string // raw path of the plugin's mount point, e.g. "/api/app1"
	baseURL  string // req.baseUrl
	urlGen   uint32 // counts rewrites of req.url, so frames know their index hits are stale
	frames   []frame
	frame1   [1]frame // frames starts here: most requests walk one router
	hit1     [2]int   // room for frame1's hits
	params   []param  // req.params of the current layer
	scratch  []param
	route    *layer     // the route being dispatched, for req.route
	err      goja.Value // the error being handled, nil when none
	sink     hitSink

	// response state
	hv          [3]string // room for the header values every response sets (see one)
	nhv         uint8
	status      int
	statusMsg   string
	wroteHeader bool
	ended       bool
	abort       bool  // headers went out before an error: the connection must be cut
	destroyed   bool  // res.destroy() was called
	corked      int32 // res.cork() calls not yet uncorked
	interrupted error // the runtime was interrupted (time limit): stop running JavaScript

	// request body state
	body         io.Reader    // the body behind Options.MaxBodyBytes, once something reads it
	bodyDone     bool         // the body was read to its end (or failed)
	events       bool         // JavaScript listens to req/res events (see express_prelude.js)
	closeEmitted bool         // 'close' went out for a client that left
	quietClose   bool         // closed ran no JavaScript (see closeTask)
	inWriteHead  bool         // res.writeHead runs: the status goes out from there
	inEnd        bool         // res.end runs on behalf of send: the body goes out from there
	stream       bool         // req's stream state exists (see express_prelude.js)
	parsed       bool         // a body parser of the express module read the body
	needDrain    bool         // res.write returned false; 'drain' is due
	depth        int          // next() calls nested on the stack
	reading      atomic.Int32 // body reads in progress, on other goroutines
	stopWait     func() bool  // stops watching for the client going away

	// lazily built JavaScript values
	writeCbs                         *writeCallbacks // of res.write, waiting for their chunk to go out
	headersObj, paramsObj, localsObj *goja.Object
	rawHeaders                       map[string]goja.Value // response headers set to a non-string value, as set
}

// reqAccessors are the lazily computed properties of req.
var reqAccessors = [...]string{
	"method", "url", "originalUrl", "baseUrl", "path", "params", "query", "headers",
	"host", "hostname", "ip", "ips", "protocol", "secure", "xhr", "fresh", "stale",
	"route", "res", "next", "httpVersion", "httpVersionMajor", "httpVersionMinor", "subdomains",
}

// reqTable lists the Go members of req's prototype.
var reqTable = newMemberTable(func(t *memberTable) {
	for _, name := range reqAccessors {
		t.accessor(name, func(x *exchange) goja.Value { return x.reqProp(name) },
			func(x *exchange, v goja.Value) { x.setReqProp(name, v) })
	}
	t.method("get", func(x *exchange, call goja.FunctionCall) goja.Value {
		name, ok := call.Argument(0).Export().(string)
		if !ok || name == "" {
			panic(x.rt.vm.NewTypeError("name argument is required to req.get"))
		}
		if v, ok := x.header(name); ok {
			return x.rt.vm.ToValue(v)
		}
		return goja.Undefined()
	})
	t.alias("header", "get")
})

// exch returns the exchange that this (a req or res) belongs to, or throws.
func (rt *Runtime) exch(this goja.Value) *exchange {
	if x := rt.cur; x != nil && (this == x.reqObj || this == x.resObj) {
		return x
	}
	if obj, ok := this.(*goja.Object); ok {
		if x := rt.liveOf(obj); x != nil {
			return x
		}
	}
	panic(rt.vm.NewTypeError("this request is finished, or the method was called on something that is not its req or res"))
}

func (x *exchange) reqProp(name string) goja.Value {
	vm := x.rt.vm
	switch name {
	case "method":
		return vm.ToValue(x.method)
	case "url":
		return vm.ToValue(x.url())
	case "originalUrl":
		if x.r.RequestURI != "" {
			return vm.ToValue(x.r.RequestURI)
		}
		return vm.ToValue(x.r.URL.RequestURI())
	case "baseUrl":
		return vm.ToValue(x.baseURL)
	case "path":
		return vm.ToValue(x.path)
	case "params":
		if x.paramsObj == nil {
			x.paramsObj = x.buildParams()
		}
		return x.paramsObj
	case "query":
		// Express 5's getter: parsed anew on every access, so that
		// changes to it are not kept
		return parseQuery(vm, x.query)
	case "headers":
		if x.headersObj == nil {
			x.headersObj = x.buildHeaders()
		}
		return x.headersObj
	case "host":
		// the Host header as req.headers has it now (middleware may
		// change it); X-Forwarded-Host only with a trusted proxy, which a
		// plugin has not
		host, _ := x.header("Host")
		if host == "" {
			return goja.Undefined()
		}
		return vm.ToValue(host)
	case "hostname":
		host, _ := x.header("Host")
		if host == "" {
			return goja.Undefined()
		}
		offset := 0
		if host[0] == '[' {
			offset = strings.IndexByte(host, ']') + 1
		}
		if i := strings.IndexByte(host[offset:], ':'); i >= 0 {
			host = host[:offset+i]
		}
		return vm.ToValue(host)
	case "ip":
		return vm.ToValue(remoteIP(x.r))
	case "ips":
		return vm.NewArray() // no proxy is trusted, as Express's default "trust proxy" is false
	case "subdomains":
		return x.subdomains()
	case "protocol":
		if x.r.TLS != nil {
			return vm.ToValue("https")
		}
		return vm.ToValue("http")
	case "secure":
		return vm.ToValue(x.r.TLS != nil)
	case "xhr":
		v, _ := x.header("X-Requested-With")
		return vm.ToValue(strings.EqualFold(v, "xmlhttprequest"))
	case "fresh":
		return vm.ToValue(x.fresh())
	case "stale":
		return vm.ToValue(!x.fresh())
	case "route":
		if x.route == nil {
			return goja.Undefined()
		}
		return x.routeObject()
	case "res":
		return x.resObj
	case "next":
		return x.next3()
	case "httpVersionMajor":
		return vm.ToValue(x.r.ProtoMajor)
	case "httpVersionMinor":
		return vm.ToValue(x.r.ProtoMinor)
	case "httpVersion":
		return vm.ToValue(x.r.Proto[strings.IndexByte(x.r.Proto, '/')+1:])
	}
	return goja.Undefined()
}

// remoteIP is the client's address as Node reports it, without the port.
func remoteIP(r *http.Request) string {
	ip := r.RemoteAddr
	if h, _, err := net.SplitHostPort(ip); err == nil {
		ip = h
	}
	return ip
}

// subdomains is req.subdomains with Express's default offset of 2.
func (x *exchange) subdomains() goja.Value {
	vm := x.rt.vm
	h := x.reqProp("hostname")
	if goja.IsUndefined(h) {
		return vm.NewArray()
	}
	host := h.String()
	var parts []string
	if net.ParseIP(strings.Trim(host, "[]")) != nil {
		parts = []string{host}
	} else {
		parts = strings.Split(host, ".")
		for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
			parts[i], parts[j] = parts[j], parts[i]
		}
	}
	var out []any
	for i := 2; i < len(parts); i++ {
		out = append(out, parts[i])
	}
	return vm.NewArray(out...)
}

// routeObject is req.route: the route being dispatched, with its path and
// methods, as Express's Route shows them.
func (x *exchange) routeObject() goja.Value {
	vm := x.rt.vm
	obj := vm.NewObject()
	paths := make([]any, len(x.route.pats))
	for i, p := range x.route.pats {
		paths[i] = p.src
		if p.regexp {
			source, flags := p.src[1:strings.LastIndexByte(p.src, '/')], p.src[strings.LastIndexByte(p.src, '/')+1:]
			if re, err := vm.New(vm.Get("RegExp"), vm.ToValue(source), vm.ToValue(flags)); err == nil {
				paths[i] = re
			}
		}
	}
	if x.route.array {
		jsutil.Must(obj.Set("path", vm.NewArray(paths...)))
	} else {
		jsutil.Must(obj.Set("path", paths[0]))
	}
	methods := vm.NewObject()
	for m := range x.route.methods {
		if m == "" {
			jsutil.Must(methods.Set("_all", true))
		} else {
			jsutil.Must(methods.Set(strings.ToLower(m), true))
		}
	}
	jsutil.Must(obj.Set("methods", methods))
	return obj
}

// setReqProp handles an assignment to one of the accessor properties: url
// and method re-target routing, as in Express; the others become plain own
// properties.
func (x *exchange) setReqProp(name string, v goja.Value) {
	switch name {
	case "url":
		s := v.String()
		x.path, x.query, _ = strings.Cut(s, "?")
		x.urlGen++
	case "method":
		x.method = strings.ToUpper(v.String())
	case "params":
		obj, _ := v.(*goja.Object)
		x.paramsObj = obj
	case "headers":
		obj, _ := v.(*goja.Object)
		x.headersObj = obj
	case "query":
		panic(x.rt.vm.NewTypeError("Cannot set property query of #<IncomingMessage> which has only a getter"))
	default:
		jsutil.Must(x.reqObj.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE))
	}
}

func (x *exchange) url() string {
	// An absolute-form request target ("GET http://host/a"): req.url
	// keeps its scheme and host before the path, as Express's router does.
	origin, _ := SplitAbsolute(x.r.RequestURI)
	if x.query != "" || strings.HasSuffix(x.r.RequestURI, "?") {
		return origin + x.path + "?" + x.query
	}
	return origin + x.path
}

// SplitAbsolute splits an absolute-form request target
// ("http://host:80/a/b") into its origin and its path; any other target is
// all path.
func SplitAbsolute(target string) (origin, path string) {
	if strings.HasPrefix(target, "/") {
		return "", target
	}
	i := strings.Index(target, "://")
	if i <= 0 {
		return "", target
	}
	j := strings.IndexByte(target[i+3:], '/')
	if j < 0 {
		return target, "/"
	}
	return target[:i+3+j], target[i+3+j:]
}

// header returns a request header the way Node joins repeated ones; Referer
// and Referrer are interchangeable, as in Express's req.get.
func (x *exchange) header(name string) (string, bool) {
	if x.headersObj != nil {
		// middleware may have replaced or changed req.headers
		v := x.headersObj.Get(strings.ToLower(name))
		if (v == nil || goja.IsUndefined(v)) && (strings.EqualFold(name, "referer") || strings.EqualFold(name, "referrer")) {
			if v = x.headersObj.Get("referrer"); v == nil || goja.IsUndefined(v) {
				v = x.headersObj.Get("referer")
			}
		}
		if v == nil || goja.IsUndefined(v) {
			return "", false
		}
		return v.String(), true
	}
	key := http.CanonicalHeaderKey(name)
	vals, ok := x.r.Header[key]
	if !ok && (key == "Referer" || key == "Referrer") {
		vals, ok = x.r.Header["Referrer"]
		if !ok {
			vals, ok = x.r.Header["Referer"]
		}
	}
	if !ok {
		switch key {
		case "Host":
			return x.r.Host, x.r.Host != ""
		case "Transfer-Encoding":
			if len(x.r.TransferEncoding) > 0 {
				return strings.Join(x.r.TransferEncoding, ", "), true
			}
		}
	}
	if !ok || len(vals) == 0 {
		return "", false
	}
	if len(vals) == 1 {
		return vals[0], true
	}
	sep := ", "
	if key == "Cookie" {
		sep = "; "
	}
	return strings.Join(vals, sep), true
}

func (x *exchange) buildHeaders() *goja.Object {
	vm := x.rt.vm
	obj := vm.NewObject()
	if x.r.Host != "" {
		jsutil.Must(obj.Set("host", x.r.Host))
	}
	for k := range x.r.Header {
		lk := strings.ToLower(k)
		if lk == "set-cookie" {
			jsutil.Must(obj.Set(lk, x.r.Header[k]))
			continue
		}
		v, _ := x.header(k)
		jsutil.Must(obj.Set(lk, v))
	}
	if len(x.r.TransferEncoding) > 0 {
		jsutil.Must(obj.Set("transfer-encoding", strings.Join(x.r.TransferEncoding, ", ")))
	}
	return obj
}

func (x *exchange) buildParams() *goja.Object {
	vm := x.rt.vm
	obj := vm.NewObject()
	for _, p := range x.params {
		if p.wild {
			vals := make([]any, len(p.values))
			for i, s := range p.values {
				vals[i] = s
			}
			jsutil.Must(obj.Set(p.name, vm.NewArray(vals...)))
		} else {
			jsutil.Must(obj.Set(p.name, p.value))
		}
	}
	return obj
}

// parseQuery parses a query string the way Node's querystring.parse does,
// which is Express 5's default "simple" query parser: "+" is a space,
// repeated keys become arrays, malformed escapes are kept as they are, at
// most 1000 keys.
func parseQuery(vm *goja.Runtime, q string) *goja.Object {
	obj := vm.NewObject()
	if q == "" {
		return obj
	}
	type entry struct {
		key  string
		vals []string
	}
	var order []*entry
	seen := map[string]*entry{}
	for pairs := 0; q != "" && pairs < 1000; pairs++ {
		var pair string
		pair, q, _ = strings.Cut(q, "&")
		if pair == "" {
			continue
		}
		k, v, _ := strings.Cut(pair, "=")
		k, v = unescapeQuery(k), unescapeQuery(v)
		if e := seen[k]; e != nil {
			e.vals = append(e.vals, v)
			continue
		}
		e := &entry{key: k, vals: []string{v}}
		seen[k] = e
		order = append(order, e)
	}
	for _, e := range order {
		if len(e.vals) == 1 {
			jsutil.Must(obj.Set(e.key, e.vals[0]))
			continue
		}
		vals := make([]any, len(e.vals))
		for i, s := range e.vals {
			vals[i] = s
		}
		jsutil.Must(obj.Set(e.key, vm.NewArray(vals...)))
	}
	return obj
}

// unescapeQuery is querystring's unescape: decodeURIComponent, or, where
// that fails, every valid %XX escape decoded and the rest kept.
func unescapeQuery(s string) string {
	if !strings.ContainsAny(s, "%+") {
		return s
	}
	s = strings.ReplaceAll(s, "+", " ")
	if u, err := url.PathUnescape(s); err == nil {
		return u
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}
