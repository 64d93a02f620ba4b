package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"
	"golang.org/x/crypto/bcrypt"

	"github.com/plugmux/plugmux"
)

// maxPasswordBytes is bcrypt's limit: it reads at most 72 bytes of a
// password. Longer passwords are refused, never cut: two passwords that
// share their first 72 bytes would otherwise share a hash.
const maxPasswordBytes = 72

// hasher is the host module "host:password":
//
//	import { hash, verify } from "host:password";
//	const stored = await hash(password);          // "$2a$10$…", a string
//	const ok = await verify(password, stored);    // true or false
//
// Hashing is bcrypt (golang.org/x/crypto/bcrypt) at the host's cost. Each
// call checks its arguments at once, on the runtime's goroutine (a wrong
// argument throws, see the errors below), then hashes on a goroutine of its
// own through ModuleContext.Async: the runtime serves its other requests
// meanwhile, and the calls of all runtimes and plugins hash in parallel, up
// to the number of slots.
//
// bcrypt cannot be interrupted once it runs, and each hash keeps a core busy
// for its whole duration (about 50 ms at cost 10). So at most cap(slots)
// hashes run at once, one per core by default: a flood of calls
// waits in line for a slot instead of taking every core from the host's
// other work. A call waits with the calling request's context, so a request
// that ends (timed out, client gone) leaves the line at once; a hash already
// running when its request ends runs to its end, and its result is dropped.
//
// Errors thrown synchronously carry Node-style codes, so plugins can answer
// 400 without parsing messages:
//
//	TypeError  ERR_INVALID_ARG_TYPE   an argument is not a string
//	TypeError  ERR_INVALID_ARG_VALUE  a lone surrogate in the password (not text: no UTF-8 to hash),
//	                                  or a stored hash that is not bcrypt or costs more than the host allows
//	RangeError ERR_PASSWORD_TOO_LONG  more than 72 bytes in UTF-8
type hasher struct {
	cost    int           // the cost of new hashes
	maxCost int           // the highest cost verify accepts
	slots   chan struct{} // a semaphore: one token per running hash
	running sync.WaitGroup
	logger  *slog.Logger

	// counters, read by the tests
	hashed, verified, abandoned, outlived atomic.Int64
	active, peak                          atomic.Int64 // hashes running now, and at most so far
}

// newHasher makes the module's shared state: cost for new hashes, maxCost
// the highest cost a stored hash may have (raised to cost if lower), and
// concurrency hashes at most at once.
func newHasher(cost, maxCost, concurrency int, logger *slog.Logger) (*hasher, error) {
	if cost < bcrypt.MinCost || cost > bcrypt.MaxCost {
		return nil, fmt.Errorf("bcrypt cost %d: want %d to %d", cost, bcrypt.MinCost, bcrypt.MaxCost)
	}
	if maxCost > bcrypt.MaxCost {
		return nil, fmt.Errorf("bcrypt max cost %d: want at most %d", maxCost, bcrypt.MaxCost)
	}
	if concurrency < 1 {
		return nil, fmt.Errorf("hash concurrency %d: want at least 1", concurrency)
	}
	return &hasher{cost: cost, maxCost: max(cost, maxCost), slots: make(chan struct{}, concurrency), logger: logger}, nil
}

// module is the plugmux.Module that gives each runtime hash and verify.
func (h *hasher) module() plugmux.Module {
	return func(mc plugmux.ModuleContext) (any, error) {
		vm := mc.Runtime
		exports := vm.NewObject()
		err := errors.Join(
			exports.Set("hash", func(call goja.FunctionCall) goja.Value {
				pw := passwordArg(vm, call.Argument(0))
				return h.async(mc, "hash", func() (any, error) {
					b, err := bcrypt.GenerateFromPassword(pw, h.cost)
					if err != nil {
						return nil, fmt.Errorf("host:password: %w", err)
					}
					h.hashed.Add(1)
					return string(b), nil
				})
			}),
			exports.Set("verify", func(call goja.FunctionCall) goja.Value {
				pw := passwordArg(vm, call.Argument(0))
				stored := h.hashArg(vm, call.Argument(1))
				return h.async(mc, "verify", func() (any, error) {
					err := bcrypt.CompareHashAndPassword(stored, pw)
					switch {
					case err == nil:
						h.verified.Add(1)
						return true, nil
					case errors.Is(err, bcrypt.ErrMismatchedHashAndPassword):
						h.verified.Add(1)
						return false, nil
					default:
						return nil, fmt.Errorf("host:password: %w", err)
					}
				})
			}),
		)
		return exports, err
	}
}

// async runs work through mc.Async once a slot is free, and returns the
// Promise of its result. The running group is joined here, on the runtime's
// goroutine, so that wait (after the host is closed and no JavaScript runs)
// sees every call.
func (h *hasher) async(mc plugmux.ModuleContext, what string, work func() (any, error)) goja.Value {
	h.running.Add(1)
	return mc.Async(func(ctx context.Context) (any, error) {
		defer h.running.Done()
		if err := h.acquire(ctx, mc.Plugin, what); err != nil {
			return nil, err
		}
		defer h.release()
		v, err := work()
		if ctx.Err() != nil {
			h.outlived.Add(1)
			h.logger.Info("host:password: a hash outlived its request; its result is dropped", "plugin", mc.Plugin, "op", what, "cost", h.cost)
		}
		return v, err
	})
}

// acquire takes a slot, waiting in line while all are taken, until ctx
// ends.
func (h *hasher) acquire(ctx context.Context, plugin, what string) error {
	select {
	case h.slots <- struct{}{}:
	default:
		h.logger.Debug("host:password: waiting for a hash slot", "plugin", plugin, "op", what, "slots", cap(h.slots))
		select {
		case h.slots <- struct{}{}:
		case <-ctx.Done():
			h.abandoned.Add(1)
			h.logger.Info("host:password: request ended while waiting for a hash slot", "plugin", plugin, "op", what, "err", ctx.Err())
			return fmt.Errorf("host:password: %s: the request ended while waiting for a hash slot: %w", what, ctx.Err())
		}
	}
	// a request that ended just as the slot came free does not hash
	if err := ctx.Err(); err != nil {
		<-h.slots
		h.abandoned.Add(1)
		return fmt.Errorf("host:password: %s: %w", what, err)
	}
	n := h.active.Add(1)
	for p := h.peak.Load(); n > p && !h.peak.CompareAndSwap(p, n); p = h.peak.Load() {
	}
	return nil
}

// release gives a slot back.
func (h *hasher) release() {
	h.active.Add(-1)
	<-h.slots
}

// wait returns when no call is waiting or hashing. Call it after the host
// is closed.
func (h *hasher) wait() { h.running.Wait() }

// passwordArg reads a password: a string of well-formed UTF-16 (no lone
// surrogate, which has no UTF-8 form) of at most 72 bytes in UTF-8. It
// throws otherwise, and reads no more of a long string than it must.
func passwordArg(vm *goja.Runtime, v goja.Value) []byte {
	s, ok := v.(goja.String)
	if !ok {
		throw(vm, "TypeError", "ERR_INVALID_ARG_TYPE", fmt.Sprintf("host:password: the password must be a string, not %s", typeName(vm, v)))
	}
	// every UTF-16 unit is at least one byte of UTF-8
	if n := s.Length(); n > maxPasswordBytes {
		tooLong(vm, fmt.Sprintf("at least %d", n))
	}
	size := 0
	for i, n := 0, s.Length(); i < n; i++ {
		c := s.CharAt(i)
		switch {
		case c < 0x80:
			size++
		case c < 0x800:
			size += 2
		case c >= 0xD800 && c <= 0xDBFF && i+1 < n && s.CharAt(i+1) >= 0xDC00 && s.CharAt(i+1) <= 0xDFFF:
			size += 4
			i++
		case c >= 0xD800 && c <= 0xDFFF:
			throw(vm, "TypeError", "ERR_INVALID_ARG_VALUE", fmt.Sprintf("host:password: the password has a lone surrogate (\\u%04x at index %d): it is not text, and has no UTF-8 form to hash", c, i))
		default:
			size += 3
		}
	}
	if size > maxPasswordBytes {
		tooLong(vm, fmt.Sprint(size))
	}
	return []byte(s.String())
}

// tooLong throws the error for a password past bcrypt's limit.
func tooLong(vm *goja.Runtime, size string) {
	throw(vm, "RangeError", "ERR_PASSWORD_TOO_LONG", fmt.Sprintf("host:password: the password is %s bytes in UTF-8; bcrypt uses at most %d, and longer passwords are refused rather than cut short", size, maxPasswordBytes))
}

// hashArg reads a stored hash: a bcrypt hash whose cost is at most the
// host's maxCost (a hash at cost 31 would hold a slot for days).
func (h *hasher) hashArg(vm *goja.Runtime, v goja.Value) []byte {
	s, ok := v.(goja.String)
	if !ok {
		throw(vm, "TypeError", "ERR_INVALID_ARG_TYPE", fmt.Sprintf("host:password: the hash must be a string, not %s", typeName(vm, v)))
	}
	if s.Length() > 100 {
		throw(vm, "TypeError", "ERR_INVALID_ARG_VALUE", "host:password: the hash is not a bcrypt hash ($2a$, $2b$ or $2y$, 60 characters)")
	}
	b := []byte(s.String())
	cost, err := bcrypt.Cost(b)
	if err != nil || len(b) != 60 || !slices.Contains([]string{"$2a$", "$2b$", "$2y$"}, string(b[:4])) {
		throw(vm, "TypeError", "ERR_INVALID_ARG_VALUE", "host:password: the hash is not a bcrypt hash ($2a$, $2b$ or $2y$, 60 characters)")
	}
	if cost > h.maxCost {
		throw(vm, "TypeError", "ERR_INVALID_ARG_VALUE", fmt.Sprintf("host:password: the hash has cost %d; this host verifies hashes of cost %d at most", cost, h.maxCost))
	}
	return b
}

// throw throws a new error of the named global class (TypeError,
// RangeError) with a code property, as Node's errors have.
func throw(vm *goja.Runtime, class, code, msg string) {
	ctor, ok := goja.AssertConstructor(vm.Get(class))
	if !ok {
		panic(vm.NewTypeError(msg))
	}
	e, err := ctor(nil, vm.ToValue(msg))
	if err != nil {
		panic(err)
	}
	if err := e.Set("code", code); err != nil {
		panic(err)
	}
	panic(e)
}

// typeName names a value's type for an error message.
func typeName(vm *goja.Runtime, v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "null"
	}
	if o, ok := v.(*goja.Object); ok {
		if _, ok := goja.AssertFunction(o); ok {
			return "a function"
		}
		return "an object (" + o.ClassName() + ")"
	}
	switch v.Export().(type) {
	case int64, float64:
		return "a number"
	case bool:
		return "a boolean"
	}
	return "a " + v.ToObject(vm).ClassName()
}
