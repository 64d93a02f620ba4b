package jsintl

import (
	_ "embed"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"
)

//go:embed intl.js
var glueSource string

var (
	compileOnce sync.Once
	glue        *goja.Program
	glueErr     error
)

func program() (*goja.Program, error) {
	compileOnce.Do(func() { glue, glueErr = goja.Compile("plugmux:intl.js", glueSource, true) })
	return glue, glueErr
}

// state is the Intl of one runtime, built on first use.
type state struct {
	vm      *goja.Runtime
	exports *goja.Object
	toDate  goja.Callable // dateToLocale(t, locales, options, required, defaults)
	toNum   goja.Callable // numberToLocale(n, locales, options)
	compare goja.Callable // compare(a, b, locales, options)

	zone   *time.Location // the runtime's default time zone: time.Local
	zoneID string

	dates    map[string]*dateTimeFormat // toLocale*String's formatters without arguments
	number   *numberFormat
	collator *collator
	symbols  map[string]numSymbols
}

// Install defines Intl on vm's global object (built the first time a
// script reads it) and makes Date.prototype.toString, toTimeString,
// toLocaleString, toLocaleDateString, toLocaleTimeString,
// Number.prototype.toLocaleString, BigInt.prototype.toLocaleString and
// String.prototype.localeCompare answer as Node's do. Install itself
// only defines properties (Date's methods are replaced when a script first
// reads the global Date); call it on the runtime's goroutine.
func Install(vm *goja.Runtime) error { return InstallOptions(vm, Options{}) }

// Options adjusts Install to the runtime.
type Options struct {
	// NoBigInt says that the runtime has no BigInt values (jsguard's
	// DisableBigInt): BigInt.prototype.toLocaleString is then left alone,
	// and the global BigInt is not read (reading it builds it).
	NoBigInt bool
}

// InstallOptions is Install with options.
func InstallOptions(vm *goja.Runtime, o Options) error {
	s := &state{vm: vm}
	g := vm.GlobalObject()
	getter := vm.ToValue(func(goja.FunctionCall) goja.Value {
		ex, err := s.load()
		if err != nil {
			panic(vm.NewGoError(err))
		}
		intl := ex.Get("Intl")
		_ = g.DefineDataProperty("Intl", intl, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return intl
	})
	setter := vm.ToValue(func(c goja.FunctionCall) goja.Value {
		_ = g.DefineDataProperty("Intl", c.Argument(0), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return goja.Undefined()
	})
	if err := g.DefineAccessorProperty("Intl", getter, setter, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return fmt.Errorf("jsintl: %w", err)
	}
	method := func(c goja.Value, ctor, name string, fn func(goja.FunctionCall) goja.Value) error {
		co, ok := c.(*goja.Object)
		if !ok {
			return nil // a runtime without BigInt, say
		}
		proto, ok := co.Get("prototype").(*goja.Object)
		if !ok {
			return fmt.Errorf("jsintl: %s has no prototype", ctor)
		}
		return proto.DefineDataProperty(name, vm.ToValue(fn), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	for _, m := range []struct {
		ctor, name string
		fn         func(goja.FunctionCall) goja.Value
	}{
		{"Number", "toLocaleString", s.numberToLocale},
		{"BigInt", "toLocaleString", s.numberToLocale},
		{"String", "localeCompare", s.localeCompare},
	} {
		if m.ctor == "BigInt" && o.NoBigInt {
			continue
		}
		if err := method(g.Get(m.ctor), m.ctor, m.name, m.fn); err != nil {
			return err
		}
	}
	// A Date exists only once a script has read the global Date, so its
	// methods are replaced then: a runtime that never uses Date does not
	// pay goja for building Date.prototype and five functions. The global
	// is an accessor until that first read, then Date again.
	date := g.Get("Date")
	dateGlobal := func(v goja.Value) {
		_ = g.DefineDataProperty("Date", v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	getDate := vm.ToValue(func(goja.FunctionCall) goja.Value {
		for _, m := range []struct {
			name string
			fn   func(goja.FunctionCall) goja.Value
		}{
			{"toString", s.dateToString},
			{"toTimeString", s.dateToTimeString},
			{"toLocaleString", func(c goja.FunctionCall) goja.Value { return s.dateToLocale(c, "any", "all") }},
			{"toLocaleDateString", func(c goja.FunctionCall) goja.Value { return s.dateToLocale(c, "date", "date") }},
			{"toLocaleTimeString", func(c goja.FunctionCall) goja.Value { return s.dateToLocale(c, "time", "time") }},
		} {
			if err := method(date, "Date", m.name, m.fn); err != nil {
				panic(vm.NewGoError(err))
			}
		}
		dateGlobal(date)
		return date
	})
	setDate := vm.ToValue(func(c goja.FunctionCall) goja.Value {
		dateGlobal(c.Argument(0))
		return goja.Undefined()
	})
	if err := g.DefineAccessorProperty("Date", getDate, setDate, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return fmt.Errorf("jsintl: %w", err)
	}
	return nil
}

func (s *state) load() (*goja.Object, error) {
	if s.exports != nil {
		return s.exports, nil
	}
	p, err := program()
	if err != nil {
		return nil, fmt.Errorf("jsintl: compile: %w", err)
	}
	v, err := s.vm.RunProgram(p)
	if err != nil {
		return nil, fmt.Errorf("jsintl: evaluate: %w", err)
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		return nil, errors.New("jsintl: intl.js did not evaluate to a function")
	}
	out, err := fn(goja.Undefined(), s.natives())
	if err != nil {
		return nil, fmt.Errorf("jsintl: evaluate: %w", err)
	}
	s.exports = out.ToObject(s.vm)
	s.toDate, _ = goja.AssertFunction(s.exports.Get("dateToLocale"))
	s.toNum, _ = goja.AssertFunction(s.exports.Get("numberToLocale"))
	s.compare, _ = goja.AssertFunction(s.exports.Get("compare"))
	return s.exports, nil
}

func (s *state) mustLoad() {
	if _, err := s.load(); err != nil {
		panic(s.vm.NewGoError(err))
	}
}

// localZone is the runtime's default zone and the IANA name it reports.
func (s *state) localZone() (*time.Location, string) {
	if s.zone == nil {
		s.zone, s.zoneID = time.Local, localZoneName()
	}
	return s.zone, s.zoneID
}

// localZoneName names time.Local: its own name, or where /etc/localtime
// points, or UTC.
func localZoneName() string {
	name := time.Local.String()
	if name != "Local" && name != "" {
		return canonicalZone(name)
	}
	if target, err := os.Readlink("/etc/localtime"); err == nil {
		if i := strings.Index(target, "zoneinfo/"); i >= 0 {
			return canonicalZone(target[i+len("zoneinfo/"):])
		}
	}
	return "UTC"
}

func canonicalZone(name string) string {
	if l, ok := zoneLinks[name]; ok {
		return l
	}
	return name
}

// resolveZone reads a timeZone option: an IANA name in any case.
func resolveZone(name string) (*time.Location, string, error) {
	upper := strings.ToUpper(name)
	if upper == "UTC" || upper == "GMT" || upper == "ETC/UTC" || upper == "ETC/GMT" || upper == "Z" {
		return time.UTC, "UTC", nil
	}
	candidates := []string{name}
	parts := strings.Split(name, "/")
	for i, p := range parts {
		words := strings.Split(strings.ToLower(p), "_")
		for j, w := range words {
			if len(w) > 0 {
				words[j] = strings.ToUpper(w[:1]) + w[1:]
			}
		}
		parts[i] = strings.Join(words, "_")
	}
	candidates = append(candidates, strings.Join(parts, "/"))
	if strings.HasPrefix(upper, "ETC/GMT") {
		candidates = append(candidates, "Etc/GMT"+name[7:])
	}
	for _, c := range candidates {
		if strings.Contains(c, "..") || strings.HasPrefix(c, "/") {
			break
		}
		if loc, err := time.LoadLocation(c); err == nil && c != "Local" {
			return loc, canonicalZone(c), nil
		}
	}
	return nil, "", fmt.Errorf("%w: Invalid time zone specified: %s", errRange, name)
}

func (s *state) throw(err error) {
	msg := err.Error()
	switch {
	case errors.Is(err, errRange):
		msg = strings.TrimPrefix(msg, errRange.Error()+": ")
		ctor, _ := goja.AssertConstructor(s.vm.Get("RangeError"))
		o, _ := ctor(nil, s.vm.ToValue(msg))
		panic(o)
	case errors.Is(err, errType):
		panic(s.vm.NewTypeError(strings.TrimPrefix(msg, errType.Error()+": ")))
	}
	panic(s.vm.NewGoError(err))
}
