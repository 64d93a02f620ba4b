package plugmux

import (
	"net"
	"net/http"
	"net/url"
	"strings"

	"github.com/dop251/goja"
)

// This file holds the request object handed to JavaScript handlers, and the
// exchange: the Go state of one request while a runtime serves it.
//
// req and res are ordinary JavaScript objects whose prototypes carry the
// Express API as Go functions and accessors. Nothing is copied eagerly:
// headers, query and params become JavaScript objects on first use. The
// prototype functions find the request by the identity of `this`, so a req
// or res kept past the end of its request throws instead of touching the
// next request that the runtime serves.

// exchange is one request in flight on one runtime.
type exchange struct {
	inst *instance
	w    http.ResponseWriter
	r    *http.Request

	reqObj, resObj, nextFn *goja.Object

	// routing state
	gen        uint64 // counts the requests of the runtime; stale callbacks compare it
	method     string // req.method, which middleware may rewrite
	path       string // raw path relative to the current mount point
	query      string // raw query string
	rootBase   string // raw path of the plugin's mount point, e.g. "/api/app1"
	removed    string // prefix of path removed by the current middleware mount
	slashAdded bool   // mount added a leading "/" to path
	baseURL    string // rootBase + removed
	params     []param
	li         int // next layer to try
	hbase      int // handlers of the current matched layer: hbase .. hbase+hn
	hn, hi     int
	err        goja.Value // the error being handled, nil when none
	hits       []int      // indexed route layers that match, ascending
	hitPos     int
	sink       hitSink

	// response state
	status      int
	wroteHeader bool
	ended       bool
	abort       bool  // headers went out before an error: the connection must be cut
	interrupted error // the runtime was interrupted (time limit): stop running JavaScript
	discard     bool  // the runtime must not serve again

	// lazily built JavaScript values
	headersObj, queryObj, paramsObj, localsObj *goja.Object
}

// reqAccessors are the lazily computed properties of req.
var reqAccessors = [...]string{"method", "url", "originalUrl", "baseUrl", "path", "params", "query", "headers", "hostname", "ip", "protocol", "secure"}

func (in *instance) buildRequestProto() *goja.Object {
	vm := in.vm
	proto := vm.NewObject()
	for _, name := range reqAccessors {
		getter := vm.ToValue(func(call goja.FunctionCall) goja.Value {
			return in.exch(call.This).reqProp(name)
		})
		setter := vm.ToValue(func(call goja.FunctionCall) goja.Value {
			in.exch(call.This).setReqProp(name, call.Argument(0))
			return goja.Undefined()
		})
		must(proto.DefineAccessorProperty(name, getter, setter, goja.FLAG_FALSE, goja.FLAG_TRUE))
	}
	get := func(call goja.FunctionCall) goja.Value {
		x := in.exch(call.This)
		name := call.Argument(0).String()
		if v, ok := x.header(name); ok {
			return vm.ToValue(v)
		}
		return goja.Undefined()
	}
	must(proto.Set("get", get))
	must(proto.Set("header", get))
	return proto
}

// exch returns the exchange that this (a req or res) belongs to, or throws.
func (in *instance) exch(this goja.Value) *exchange {
	x := in.cur
	if x == nil || (this != x.reqObj && this != x.resObj) {
		panic(in.vm.NewTypeError("this request is finished, or the method was called on something that is not its req or res"))
	}
	return x
}

func (x *exchange) reqProp(name string) goja.Value {
	vm := x.inst.vm
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
		p, _ := url.PathUnescape(x.path)
		return vm.ToValue(p)
	case "params":
		if x.paramsObj == nil {
			x.paramsObj = x.buildParams()
		}
		return x.paramsObj
	case "query":
		if x.queryObj == nil {
			x.queryObj = parseQuery(vm, x.query)
		}
		return x.queryObj
	case "headers":
		if x.headersObj == nil {
			x.headersObj = x.buildHeaders()
		}
		return x.headersObj
	case "hostname":
		host := x.r.Host
		if h, _, err := net.SplitHostPort(host); err == nil {
			host = h
		}
		return vm.ToValue(host)
	case "ip":
		ip := x.r.RemoteAddr
		if h, _, err := net.SplitHostPort(ip); err == nil {
			ip = h
		}
		return vm.ToValue(ip)
	case "protocol":
		if x.r.TLS != nil {
			return vm.ToValue("https")
		}
		return vm.ToValue("http")
	case "secure":
		return vm.ToValue(x.r.TLS != nil)
	}
	return goja.Undefined()
}

// setReqProp handles an assignment to one of the accessor properties: url
// re-targets routing, as in Express; the others become plain own properties.
func (x *exchange) setReqProp(name string, v goja.Value) {
	switch name {
	case "url":
		s := v.String()
		x.path, x.query, _ = strings.Cut(s, "?")
		x.queryObj = nil
		x.relookup()
	case "method":
		x.method = strings.ToUpper(v.String())
		x.relookup()
	case "params":
		obj, _ := v.(*goja.Object)
		x.paramsObj = obj
	default:
		must(x.reqObj.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE))
	}
}

// relookup refreshes the indexed route matches after middleware rewrote
// req.url or req.method, so that later layers route on the new values, as in
// Express.
func (x *exchange) relookup() {
	x.hits = x.inst.v.table.lookup(x.method, x.removed+x.path, &x.sink, x.hits)
	x.hitPos = 0
}

func (x *exchange) url() string {
	if x.query != "" {
		return x.path + "?" + x.query
	}
	return x.path
}

// header returns a request header the way Node joins repeated ones; Referer
// and Referrer are interchangeable, as in Express's req.get.
func (x *exchange) header(name string) (string, bool) {
	key := http.CanonicalHeaderKey(name)
	vals, ok := x.r.Header[key]
	if !ok && (key == "Referer" || key == "Referrer") {
		vals, ok = x.r.Header["Referer"]
		if !ok {
			vals, ok = x.r.Header["Referrer"]
		}
	}
	if !ok && key == "Host" {
		return x.r.Host, x.r.Host != ""
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
	vm := x.inst.vm
	obj := vm.NewObject()
	if x.r.Host != "" {
		must(obj.Set("host", x.r.Host))
	}
	for k := range x.r.Header {
		lk := strings.ToLower(k)
		if lk == "set-cookie" {
			must(obj.Set(lk, x.r.Header[k]))
			continue
		}
		v, _ := x.header(k)
		must(obj.Set(lk, v))
	}
	return obj
}

func (x *exchange) buildParams() *goja.Object {
	vm := x.inst.vm
	obj := vm.NewObject()
	for _, p := range x.params {
		if p.wild {
			vals := make([]any, len(p.values))
			for i, s := range p.values {
				vals[i] = s
			}
			must(obj.Set(p.name, vm.NewArray(vals...)))
		} else {
			must(obj.Set(p.name, p.value))
		}
	}
	return obj
}

// parseQuery parses a query string the way Node's querystring.parse does,
// which is Express 5's default "simple" query parser: "+" is a space,
// repeated keys become arrays, malformed escapes are kept as they are.
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
	for q != "" {
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
			must(obj.Set(e.key, e.vals[0]))
			continue
		}
		vals := make([]any, len(e.vals))
		for i, s := range e.vals {
			vals[i] = s
		}
		must(obj.Set(e.key, vm.NewArray(vals...)))
	}
	return obj
}

func unescapeQuery(s string) string {
	if !strings.ContainsAny(s, "%+") {
		return s
	}
	if u, err := url.QueryUnescape(s); err == nil {
		return u
	}
	return strings.ReplaceAll(s, "+", " ")
}
