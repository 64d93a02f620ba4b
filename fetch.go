package plugmux

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/plugmux/plugmux/internal/jsutil"
)

// This file implements the Go half of the fetch global: the HTTP call runs
// on a goroutine with the host's http.Client, under the host's outbound
// policy (Options.FetchOrigins, Options.AllowFetch), bounded by
// Options.RequestTimeout and Options.MaxFetchBytes, and its result is posted
// back to the runtime's event loop. Request, Response and Headers are
// JavaScript (internal/jsenv).

// ErrFetchRefused: a plugin's fetch went to a destination the host does not
// allow.
var ErrFetchRefused = errors.New("fetch refused")

// allowFetch applies the host's outbound policy to one URL (the first
// request, and each redirect).
// fetchGrace is how much longer than the request's time limit a fetch may
// run before its own deadline stops it.
const fetchGrace = time.Second

func (h *Host) allowFetch(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w: %s: only http and https URLs can be fetched", ErrFetchRefused, u.Redacted())
	}
	o := originOf(u.String())
	if slices.Contains(h.fetchOrigins, o) || slices.Contains(h.fetchOrigins, "*") {
		return nil
	}
	if h.opts.AllowFetch != nil {
		if err := h.opts.AllowFetch(u); err != nil {
			return fmt.Errorf("%w: %s: %w", ErrFetchRefused, u.Redacted(), err)
		}
		return nil
	}
	return fmt.Errorf("%w: %s: the host allows plugins no outbound requests to %s (add the origin to Options.FetchOrigins, or decide with Options.AllowFetch)",
		ErrFetchRefused, u.Redacted(), o)
}

// fetchNative is jsenv's native fetch:
// (method, url, [name, value, ...], body Uint8Array|null, redirect, callback(err, res)) → cancel.
func (in *instance) fetchNative(call goja.FunctionCall) goja.Value {
	vm := in.vm
	h := in.v.host
	cb, _ := goja.AssertFunction(call.Argument(5))
	noop := vm.ToValue(func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	fail := func(err error) goja.Value {
		if _, err := cb(goja.Undefined(), jsutil.NewError(vm, err.Error())); err != nil {
			panic(err)
		}
		return noop
	}
	method := call.Argument(0).String()
	u, err := url.Parse(call.Argument(1).String())
	if err != nil {
		return fail(err)
	}
	if err := h.allowFetch(u); err != nil {
		return fail(err)
	}
	if in.env.fetches >= h.opts.MaxPendingFetches {
		return fail(fmt.Errorf("too many fetches: %d are pending in this runtime (the host's limit, Options.MaxPendingFetches); await some before starting more", in.env.fetches))
	}
	var body io.Reader
	if b, ok := call.Argument(3).Export().([]byte); ok {
		body = bytes.NewReader(bytes.Clone(b))
	}
	redirect := call.Argument(4).String()

	// The request's own time limit stops a fetch that outlives it (504);
	// this deadline, a second later, only bounds a fetch whose runtime was
	// discarded meanwhile, so that the two never race.
	// A request's fetch ends with the request (its context) and with the
	// runtime (retired, broken).
	ctx, cancel := context.WithTimeout(in.requestContext(), in.v.limits.requestTimeout+fetchGrace)
	stopWithRuntime := context.AfterFunc(in.env.fetchContext(), cancel)
	req, err := http.NewRequestWithContext(ctx, method, u.String(), body)
	if err != nil {
		cancel()
		return fail(err)
	}
	if pairs, ok := call.Argument(2).Export().([]any); ok {
		for i := 0; i+1 < len(pairs); i += 2 {
			req.Header.Add(fmt.Sprint(pairs[i]), fmt.Sprint(pairs[i+1]))
		}
	}
	if req.Header.Get("User-Agent") == "" {
		req.Header.Set("User-Agent", "node")
	}
	client := *h.opts.FetchClient
	client.CheckRedirect = func(r *http.Request, via []*http.Request) error {
		switch redirect {
		case "manual":
			return http.ErrUseLastResponse
		case "error":
			return errors.New("unexpected redirect (redirect: \"error\")")
		}
		if len(via) >= 20 {
			return errors.New("redirect count exceeded")
		}
		return h.allowFetch(r.URL)
	}
	maxBytes := h.opts.MaxFetchBytes
	in.env.fetches++
	hold := in.loop.Hold()
	done := func(f func() error) {
		hold(func() error {
			in.env.fetches--
			return f()
		})
	}
	go func() {
		defer cancel()
		defer stopWithRuntime()
		resp, err := client.Do(req)
		var data []byte
		if err == nil {
			data, err = io.ReadAll(io.LimitReader(resp.Body, maxBytes+1))
			resp.Body.Close()
			if err == nil && int64(len(data)) > maxBytes {
				err = fmt.Errorf("the response body is larger than %d bytes (Options.MaxFetchBytes)", maxBytes)
			}
		}
		if err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
			err = fmt.Errorf("%w: no response within %v (Options.RequestTimeout)", ErrTimeout, in.v.limits.requestTimeout+fetchGrace)
		}
		done(func() error {
			if err != nil {
				var ue *url.Error
				if errors.As(err, &ue) {
					err = ue.Err
				}
				_, err := cb(goja.Undefined(), jsutil.NewError(vm, err.Error()))
				return err
			}
			res := vm.NewObject()
			jsutil.Must(res.Set("status", resp.StatusCode))
			jsutil.Must(res.Set("statusText", strings.TrimSpace(strings.TrimPrefix(resp.Status, fmt.Sprint(resp.StatusCode)))))
			hdrs := make([]any, 0, 2*len(resp.Header))
			for k, vs := range resp.Header {
				for _, v := range vs {
					hdrs = append(hdrs, strings.ToLower(k), v)
				}
			}
			jsutil.Must(res.Set("headers", vm.NewArray(hdrs...)))
			jsutil.Must(res.Set("body", vm.NewArrayBuffer(data)))
			jsutil.Must(res.Set("url", resp.Request.URL.String()))
			jsutil.Must(res.Set("redirected", resp.Request.URL.String() != u.String()))
			_, err := cb(goja.Undefined(), goja.Null(), res)
			return err
		})
	}()
	return vm.ToValue(func(goja.FunctionCall) goja.Value {
		cancel()
		return goja.Undefined()
	})
}
