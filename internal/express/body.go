package express

import (
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"regexp"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/plugmux/plugmux/internal/jsenv"
	"github.com/plugmux/plugmux/internal/jsutil"
)

// This file holds the body parsers of the "express" module: json(),
// urlencoded(), text() and raw(), with body-parser 2's options, defaults and
// errors. They read the Go request body (behind Options.MaxBodyBytes) in
// one go, decode it and set req.body, then call next; a failure goes to
// next(err) with the status and type body-parser gives (413
// entity.too.large, 400 entity.parse.failed, 415 charset.unsupported, …).

// parserConfig is a body parser's options, read once when it is created.
type parserConfig struct {
	kind           string // json, urlencoded, text, raw
	limit          int64
	inflate        bool
	types          []string
	typeFn         goja.Callable
	verify         goja.Callable
	defaultCharset string

	strict  bool       // json
	reviver goja.Value // json

	extended        bool // urlencoded
	parameterLimit  int
	depth           int
	charsetSentinel bool
	numericEntities bool // interpretNumericEntities: &#9731; in latin1 forms
}

// maxJSONDepth bounds the nesting of a JSON body: deeper ones are refused
// (400) before any object is built, since each level costs an object and
// a Go stack frame while the text costs a byte.
const maxJSONDepth = 1000

// checkJSON is jsenv.JSONSyntaxError: "" for a valid JSON text, else V8's
// message for it; tooDeep past maxDepth.
func checkJSON(s string, maxDepth int) (msg string, tooDeep bool) {
	return jsenv.JSONSyntaxError(s, maxDepth)
}

var defaultTypes = map[string]string{
	"json":       "application/json",
	"urlencoded": "application/x-www-form-urlencoded",
	"text":       "text/plain",
	"raw":        "application/octet-stream",
}

// bodyParser creates the middleware express.<kind>(options) returns.
func (rt *Runtime) bodyParser(kind string, opts goja.Value) goja.Value {
	vm := rt.vm
	cfg, err := parseParserOptions(kind, opts)
	if err != nil {
		panic(vm.NewTypeError(err.Error()))
	}
	return vm.ToValue(func(call goja.FunctionCall) goja.Value {
		rt.parseBody(cfg, call)
		return goja.Undefined()
	})
}

func parseParserOptions(kind string, opts goja.Value) (*parserConfig, error) {
	cfg := &parserConfig{kind: kind, limit: 102400, inflate: true, defaultCharset: "utf-8", strict: true, parameterLimit: 1000}
	o, _ := opts.(*goja.Object)
	get := func(name string) goja.Value {
		if o == nil {
			return nil
		}
		v := o.Get(name)
		if v == nil || goja.IsUndefined(v) {
			return nil
		}
		return v
	}
	if v := get("inflate"); v != nil {
		b, isBool := v.Export().(bool)
		cfg.inflate = !isBool || b // only false disables it
	}
	if v := get("limit"); v != nil && !goja.IsNull(v) {
		n, ok := parseBytes(v)
		if !ok {
			return nil, fmt.Errorf("option limit %q is invalid", v.String())
		}
		cfg.limit = n
	}
	if v := get("type"); v != nil && v.ToBoolean() {
		if fn, ok := goja.AssertFunction(v); ok {
			cfg.typeFn = fn
		} else if obj, ok := v.(*goja.Object); ok && obj.ClassName() == "Array" {
			for _, k := range obj.Keys() {
				cfg.types = append(cfg.types, obj.Get(k).String())
			}
		} else {
			cfg.types = []string{v.String()}
		}
	} else {
		cfg.types = []string{defaultTypes[kind]}
	}
	if v := get("verify"); v != nil && v.ToBoolean() {
		fn, ok := goja.AssertFunction(v)
		if !ok {
			return nil, errors.New("option verify must be function")
		}
		cfg.verify = fn
	}
	if v := get("defaultCharset"); v != nil && v.ToBoolean() {
		cfg.defaultCharset = v.String()
	}
	if v := get("strict"); v != nil {
		cfg.strict = v.ToBoolean()
	}
	cfg.reviver = get("reviver")
	if v := get("extended"); v != nil {
		cfg.extended = v.ToBoolean()
	}
	if v := get("charsetSentinel"); v != nil {
		cfg.charsetSentinel = v.ToBoolean()
	}
	if v := get("interpretNumericEntities"); v != nil {
		cfg.numericEntities = v.ToBoolean()
	}
	if kind == "urlencoded" {
		if cfg.defaultCharset != "utf-8" && cfg.defaultCharset != "iso-8859-1" {
			return nil, errors.New("option defaultCharset must be either utf-8 or iso-8859-1")
		}
		if v := get("parameterLimit"); v != nil {
			f := v.ToFloat()
			if math.IsNaN(f) || f < 1 {
				return nil, errors.New("option parameterLimit must be a positive number")
			}
			cfg.parameterLimit = int(min(f, math.MaxInt32))
		}
		if cfg.extended {
			cfg.depth = 32
			if v := get("depth"); v != nil {
				f := v.ToFloat()
				if math.IsNaN(f) || f < 0 {
					return nil, errors.New("option depth must be a zero or a positive number")
				}
				cfg.depth = int(min(f, math.MaxInt32))
			}
		}
	}
	return cfg, nil
}

var bytesRe = regexp.MustCompile(`(?i)^((-|\+)?(\d+(?:\.\d+)?)) *(kb|mb|gb|tb|pb)$`)

// parseBytes is the bytes package's parse: a number of bytes, or "100kb",
// "1.5mb", … (1024-based).
func parseBytes(v goja.Value) (int64, bool) {
	switch n := v.Export().(type) {
	case int64:
		return n, true
	case float64:
		return int64(n), !math.IsNaN(n)
	}
	s := v.String()
	units := map[string]float64{"b": 1, "kb": 1 << 10, "mb": 1 << 20, "gb": 1 << 30, "tb": 1 << 40, "pb": 1 << 50}
	var f float64
	unit := "b"
	if m := bytesRe.FindStringSubmatch(s); m != nil {
		f, _ = strconv.ParseFloat(m[1], 64)
		unit = strings.ToLower(m[4])
	} else {
		i, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil {
			return 0, false
		}
		f = float64(i)
	}
	return int64(math.Floor(units[unit] * f)), true
}

// hasBody is type-is's hasBody: a Transfer-Encoding or a numeric
// Content-Length.
func (x *exchange) hasBody() bool {
	if len(x.r.TransferEncoding) > 0 {
		return true
	}
	cl, ok := x.header("Content-Length")
	if !ok {
		return false
	}
	_, err := strconv.ParseFloat(strings.TrimSpace(cl), 64)
	return err == nil || strings.TrimSpace(cl) == ""
}

// typeIs reports whether a request's Content-Type is one of types, for
// the body parsers' type option.
func typeIs(contentType string, types []string) bool {
	if len(types) == 0 {
		return false
	}
	_, ok := matchContentType(contentType, types)
	return ok
}

// matchContentType answers req.is: which of types the Content-Type header
// is. A type is a full media type ("application/json"), a pattern with
// wildcards ("text/*", "*/*", "application/*+json"), a "+suffix"
// ("+json"), an extension ("json", "html") or "urlencoded" / "multipart".
// A pattern or suffix answers with the actual type; any other type answers
// as it was given. With no types, the answer is the actual type. The header
// must name a valid media type.
func matchContentType(header string, types []string) (string, bool) {
	if header == "" {
		return "", false
	}
	m, _ := parseMediaType(header, 0, false)
	actual := m.typ
	if !mediaTypeRe.MatchString(actual) {
		return "", false
	}
	if len(types) == 0 {
		return actual, true
	}
	main, sub, _ := strings.Cut(actual, "/")
	for _, t := range types {
		pattern := t
		switch {
		case t == "urlencoded":
			pattern = "application/x-www-form-urlencoded"
		case t == "multipart":
			pattern = "multipart/*"
		case strings.HasPrefix(t, "+"):
			pattern = "*/*" + t
		case !strings.Contains(t, "/"):
			pattern = mimeLookup(t)
		}
		pMain, pSub, ok := strings.Cut(pattern, "/")
		if !ok || strings.Contains(pSub, "/") || pMain != "*" && pMain != main {
			continue
		}
		if suffix, wild := strings.CutPrefix(pSub, "*"); wild && suffix != "" {
			if !strings.HasSuffix(sub, suffix) {
				continue
			}
		} else if pSub != "*" && pSub != sub {
			continue
		}
		if strings.HasPrefix(t, "+") || strings.Contains(t, "*") {
			return actual, true
		}
		return t, true
	}
	return "", false
}

// mediaTypeRe is RFC 6838's grammar of a type/subtype name.
var mediaTypeRe = regexp.MustCompile(`^ *([A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126})/([A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}) *$`)

// parseBody is the middleware of every body parser: body-parser's read().
func (rt *Runtime) parseBody(cfg *parserConfig, call goja.FunctionCall) {
	vm := rt.vm
	x := rt.exch(call.Argument(0))
	next, ok := goja.AssertFunction(call.Argument(2))
	if !ok {
		panic(vm.NewTypeError("next must be a function"))
	}
	// proceed calls next; synchronously (before the body is read) a
	// JavaScript error propagates as a throw, asynchronously it is returned
	// to the loop.
	proceed := func(err goja.Value) error {
		arg := goja.Undefined()
		if err != nil {
			arg = err
		}
		_, jerr := next(goja.Undefined(), arg)
		return jerr
	}
	now := func(err goja.Value) {
		if jerr := proceed(err); jerr != nil {
			panic(jerr)
		}
	}
	if x.bodyDone || x.body != nil {
		// read already, or being read as a stream: nothing is left here
		now(nil)
		return
	}
	if v := x.reqObj.Get("body"); v == nil || goja.IsUndefined(v) {
		jsutil.Must(x.reqObj.Set("body", goja.Undefined()))
	}
	if !x.hasBody() {
		now(nil)
		return
	}
	ct, _ := x.header("Content-Type")
	if cfg.typeFn != nil {
		v, err := cfg.typeFn(goja.Undefined(), x.reqObj)
		if err != nil {
			panic(err)
		}
		if !v.ToBoolean() {
			now(nil)
			return
		}
	} else if !typeIs(ct, cfg.types) {
		now(nil)
		return
	}
	charset := ""
	if cfg.kind != "raw" {
		m, _ := parseMediaType(ct, 0, false)
		cs, _ := m.param("charset")
		charset = strings.ToLower(cs)
		if charset == "" {
			charset = cfg.defaultCharset
		}
		valid := true
		switch cfg.kind {
		case "json":
			valid = strings.HasPrefix(charset, "utf-")
		case "urlencoded":
			valid = charset == "utf-8" || charset == "iso-8859-1"
		}
		if !valid {
			now(rt.newHTTPError(http.StatusUnsupportedMediaType, `unsupported charset "`+strings.ToUpper(charset)+`"`, "charset.unsupported", map[string]any{"charset": charset}))
			return
		}
	}
	read, err := x.bodySource(cfg)
	if err != nil {
		now(rt.errorOf(err))
		return
	}
	// The body arrives over the network: it is read on another goroutine,
	// and parsing goes on in the loop once it is in, so that a slow client
	// holds up none of the runtime's other requests.
	release := rt.loop.Hold()
	x.reading.Add(1)
	go func() {
		raw, err := read()
		x.reading.Add(-1)
		release(func() error {
			if x.over {
				return nil
			}
			if err != nil {
				return proceed(rt.errorOf(err))
			}
			return proceed(rt.parsedBody(x, cfg, raw, charset))
		})
	}()
}

// parsedBody verifies, decodes and parses a body that has been read, and
// sets req.body; it returns the error to pass to next, or nil.
func (rt *Runtime) parsedBody(x *exchange, cfg *parserConfig, raw []byte, charset string) goja.Value {
	vm := rt.vm
	if cfg.verify != nil {
		if _, err := cfg.verify(goja.Undefined(), x.reqObj, x.resObj, rt.buffer(raw), vm.ToValue(charset)); err != nil {
			ev := rt.errorValue(err)
			if obj, ok := ev.(*goja.Object); ok {
				markHTTPError(obj, http.StatusForbidden, "entity.verify.failed")
				jsutil.Must(obj.Set("body", rt.buffer(raw)))
			}
			return ev
		}
	}
	var str string
	if cfg.kind != "raw" {
		s, err := decodeBody(raw, charset)
		if err != nil {
			return rt.newHTTPError(http.StatusUnsupportedMediaType, `unsupported charset "`+strings.ToUpper(charset)+`"`, "charset.unsupported", map[string]any{"charset": charset})
		}
		str = s
	}
	body, perr := rt.parseBodyValue(cfg, raw, str, charset)
	if perr != nil {
		return perr
	}
	jsutil.Must(x.reqObj.Set("body", body))
	return nil
}

// markHTTPError gives a thrown error the status and type http-errors would.
func markHTTPError(obj *goja.Object, status int, typ string) {
	if s, ok := numberProp(obj, "status"); ok && s >= 400 && s < 600 {
		status = s // an error that names its own status keeps it
	}
	jsutil.Must(obj.Set("status", status))
	jsutil.Must(obj.Set("statusCode", status))
	jsutil.Must(obj.Set("expose", status < 500))
	if t := obj.Get("type"); t == nil || goja.IsUndefined(t) {
		jsutil.Must(obj.Set("type", typ))
	}
}

// bodySource checks a body before it is read, within the parser's limit
// and Options.MaxBodyBytes, and returns the function that reads it whole,
// inflated: it blocks on the network, so it runs off the loop.
func (x *exchange) bodySource(cfg *parserConfig) (func() ([]byte, error), error) {
	limit := min(cfg.limit, x.rt.cfg.MaxBodyBytes)
	enc, _ := x.header("Content-Encoding")
	enc = strings.ToLower(enc)
	if enc == "" {
		enc = "identity"
	}
	if !cfg.inflate && enc != "identity" {
		return nil, &bodyError{status: http.StatusUnsupportedMediaType, msg: "content encoding unsupported", typ: "encoding.unsupported", props: map[string]any{"encoding": enc}}
	}
	switch enc {
	case "identity", "gzip", "deflate":
	default:
		return nil, &bodyError{status: http.StatusUnsupportedMediaType, msg: `unsupported content encoding "` + enc + `"`, typ: "encoding.unsupported", props: map[string]any{"encoding": enc}}
	}
	x.parsing()
	if enc == "identity" && x.r.ContentLength > limit {
		return nil, x.tooLarge(limit)
	}
	src := x.bodyReader()
	tooLarge := x.tooLarge(limit)
	chunked := x.r.ContentLength < 0
	return func() ([]byte, error) {
		// Errors of the decompressor are zlib's, as Node reports them
		// (400, no type); errors of the network are an aborted request.
		net := &countingReader{r: src}
		var body io.Reader = net
		switch enc {
		case "gzip":
			zr, err := gzip.NewReader(net)
			if err != nil {
				return nil, zlibError(err)
			}
			body = zr
		case "deflate":
			zr, err := zlib.NewReader(net)
			if err != nil {
				return nil, zlibError(err)
			}
			body = zr
		}
		var b []byte
		buf := make([]byte, 16<<10)
		for {
			n, err := body.Read(buf)
			b = append(b, buf[:n]...)
			if int64(len(b)) > limit {
				if chunked {
					// as raw-body: how much had arrived when the limit broke
					tooLarge.props["received"] = int64(len(b))
				}
				return nil, tooLarge
			}
			if err == io.EOF {
				return b, nil
			}
			if err != nil {
				var mbe *http.MaxBytesError
				switch {
				case errors.As(err, &mbe):
					return nil, tooLarge
				case net.err != nil:
					return nil, &bodyError{status: http.StatusBadRequest, msg: "request aborted", typ: "request.aborted"}
				}
				return nil, zlibError(err)
			}
		}
	}, nil
}

// countingReader remembers the error of the network under a decompressor.
type countingReader struct {
	r   io.Reader
	err error
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if err != nil && err != io.EOF {
		c.err = err
	}
	return n, err
}

// zlibError is the error Node's zlib gives for a body that does not
// inflate: 400, with zlib's message.
func zlibError(err error) error {
	msg := "invalid data"
	switch {
	case errors.Is(err, gzip.ErrHeader), errors.Is(err, zlib.ErrHeader), errors.Is(err, io.EOF):
		msg = "incorrect header check"
	case errors.Is(err, io.ErrUnexpectedEOF):
		msg = "unexpected end of file"
	case errors.Is(err, gzip.ErrChecksum), errors.Is(err, zlib.ErrChecksum):
		msg = "incorrect data check"
	}
	return &bodyError{status: http.StatusBadRequest, msg: msg, plain: true}
}

// parseBodyValue turns the decoded body into req.body.
func (rt *Runtime) parseBodyValue(cfg *parserConfig, raw []byte, str, charset string) (goja.Value, goja.Value) {
	vm := rt.vm
	switch cfg.kind {
	case "raw":
		return rt.buffer(raw), nil
	case "text":
		return vm.ToValue(str), nil
	case "urlencoded":
		if str == "" {
			return vm.NewObject(), nil
		}
		latin1 := charset == "iso-8859-1"
		if cfg.charsetSentinel {
			str, latin1 = charsetFromSentinel(str, latin1)
			if str == "" {
				return vm.NewObject(), nil
			}
		}
		count := strings.Count(str, "&") + 1
		if count > cfg.parameterLimit {
			return nil, rt.newHTTPError(http.StatusRequestEntityTooLarge, "too many parameters", "parameters.too.many", map[string]any{"body": str})
		}
		arrayLimit := count
		if cfg.extended {
			arrayLimit = max(100, count)
		}
		obj, err := qsParse(str, qsOptions{depth: cfg.depth, arrayLimit: arrayLimit, latin1: latin1, numericEntities: cfg.numericEntities})
		if err != nil {
			return nil, rt.newHTTPError(http.StatusBadRequest, err.Error(), "querystring.parse.rangeError", map[string]any{"body": str})
		}
		return qsToJS(vm, obj), nil
	}
	// json
	if str == "" {
		return vm.NewObject(), nil
	}
	syntaxError := func(msg string) (goja.Value, goja.Value) {
		e, _ := vm.New(vm.Get("SyntaxError"), vm.ToValue(msg))
		jsutil.Must(e.Set("body", str))
		markHTTPError(e, http.StatusBadRequest, "entity.parse.failed")
		return nil, e
	}
	if cfg.strict {
		first := strings.TrimLeft(str, " \t\n\r")
		if first != "" && first[0] != '{' && first[0] != '[' {
			// body-parser words this as JSON.parse does an unexpected
			// first token
			return syntaxError(jsenv.StrictJSONError(str, len(str)-len(first)))
		}
	}
	if msg, _ := checkJSON(str, maxJSONDepth); msg != "" {
		return syntaxError(msg)
	}
	parse, _ := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("parse"))
	args := []goja.Value{vm.ToValue(str)}
	if cfg.reviver != nil {
		args = append(args, cfg.reviver)
	}
	v, err := parse(goja.Undefined(), args...)
	if err != nil {
		ev := rt.errorValue(err)
		if obj, ok := ev.(*goja.Object); ok {
			jsutil.Must(obj.Set("body", str))
			markHTTPError(obj, http.StatusBadRequest, "entity.parse.failed")
		}
		return nil, ev
	}
	return v, nil
}

// charsetFromSentinel applies body-parser's charsetSentinel: a utf8
// parameter, as browsers send it, says in which charset the form is
// encoded (a check mark encoded as UTF-8, or as the numeric entity that
// ISO-8859-1 forms send) and is removed from the form.
func charsetFromSentinel(form string, latin1 bool) (string, bool) {
	parts := strings.Split(form, "&")
	for i, p := range parts {
		if !strings.HasPrefix(p, "utf8=") {
			continue
		}
		switch p[len("utf8="):] {
		case "%E2%9C%93":
			latin1 = false
		case "%26%2310003%3B":
			latin1 = true
		}
		return strings.Join(append(parts[:i:i], parts[i+1:]...), "&"), latin1
	}
	return form, latin1
}
