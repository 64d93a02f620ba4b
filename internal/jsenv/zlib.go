package jsenv

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"hash/crc32"
	"io"

	"github.com/andybalholm/brotli"
	"github.com/dop251/goja"
)

// node:zlib on Go's compress/* and andybalholm/brotli. One-shot sync calls
// run on the runtime's goroutine; callback calls and the end of a stream
// run on their own goroutine and post their result to the runtime's loop
// through Config.Hold. Every output is bounded by Config.MaxAllocBytes.

// zlibError is a failure as Node's zlib reports it: message, errno and
// code (Z_DATA_ERROR, Z_BUF_ERROR, ...).
type zlibError struct {
	msg   string
	errno int
	code  string
}

func (z *zlibError) Error() string { return z.msg }

// errTooLarge: the output passed MaxAllocBytes.
var errTooLarge = errors.New("output too large")

// zlibErr maps a Go decompression error to Node's.
func zlibErr(kind string, err error) error {
	var ze *zlibError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &ze), errors.Is(err, errTooLarge):
		return err
	case errors.Is(err, gzip.ErrHeader), errors.Is(err, zlib.ErrHeader):
		return &zlibError{"incorrect header check", -3, "Z_DATA_ERROR"}
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return &zlibError{"unexpected end of file", -5, "Z_BUF_ERROR"}
	case errors.Is(err, zlib.ErrChecksum), errors.Is(err, gzip.ErrChecksum):
		return &zlibError{"incorrect data check", -3, "Z_DATA_ERROR"}
	}
	if kind == "brotliDecompress" {
		return &zlibError{"Decompression failed", -1, "ERR_BROTLI_DECOMPRESSION_FAILED"}
	}
	return &zlibError{"invalid block type", -3, "Z_DATA_ERROR"}
}

// limitedBuffer is a buffer that refuses to grow past max. (It does not
// embed bytes.Buffer, whose ReadFrom io.Copy would use around Write.)
type limitedBuffer struct {
	buf bytes.Buffer
	max int64
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if int64(b.buf.Len()+len(p)) > b.max {
		return 0, errTooLarge
	}
	return b.buf.Write(p)
}

func (b *limitedBuffer) Bytes() []byte { return b.buf.Bytes() }
func (b *limitedBuffer) Reset()        { b.buf.Reset() }

// compressor starts a compressing writer of a kind into w.
func compressor(kind string, w io.Writer, level int) (io.WriteCloser, error) {
	switch kind {
	case "gzip":
		return gzip.NewWriterLevel(w, level)
	case "deflate":
		return zlib.NewWriterLevel(w, level)
	case "deflateRaw":
		return flate.NewWriter(w, level)
	case "brotliCompress":
		if level < 0 || level > 11 {
			level = 11
		}
		return brotli.NewWriterLevel(w, level), nil
	}
	return nil, fmt.Errorf("zlib: unknown compressor %q", kind)
}

// decompressor opens a decompressing reader of a kind over data.
func decompressor(kind string, data []byte) (io.Reader, error) {
	r := bytes.NewReader(data)
	switch kind {
	case "gunzip":
		return gzip.NewReader(r)
	case "inflate":
		return zlib.NewReader(r)
	case "inflateRaw":
		return flate.NewReader(r), nil
	case "unzip":
		if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
			return gzip.NewReader(r)
		}
		return zlib.NewReader(r)
	case "brotliDecompress":
		return brotli.NewReader(r), nil
	}
	return nil, fmt.Errorf("zlib: unknown decompressor %q", kind)
}

func isCompressor(kind string) bool {
	switch kind {
	case "gzip", "deflate", "deflateRaw", "brotliCompress":
		return true
	}
	return false
}

// zlibRun compresses or decompresses data in one go.
func zlibRun(kind string, data []byte, level int, max int64) ([]byte, error) {
	out := &limitedBuffer{max: max}
	if isCompressor(kind) {
		w, err := compressor(kind, out, level)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(data); err != nil {
			return nil, err
		}
		if err := w.Close(); err != nil {
			return nil, err
		}
		return out.Bytes(), nil
	}
	if badHeader(kind, data) {
		return nil, &zlibError{"incorrect header check", -3, "Z_DATA_ERROR"}
	}
	if len(data) == 0 && kind != "inflateRaw" {
		return nil, zlibErr(kind, io.ErrUnexpectedEOF)
	}
	r, err := decompressor(kind, data)
	if err != nil {
		return nil, zlibErr(kind, err)
	}
	if _, err := io.Copy(out, r); err != nil {
		return nil, zlibErr(kind, err)
	}
	return out.Bytes(), nil
}

// badHeader reports what zlib sees from the first two bytes alone: not
// gzip's magic number, or not a zlib header (method 8, check bits).
func badHeader(kind string, data []byte) bool {
	gzipMagic := func() bool {
		return (len(data) < 1 || data[0] == 0x1f) && (len(data) < 2 || data[1] == 0x8b)
	}
	zlibHeader := func() bool {
		return len(data) < 2 || (data[0]&0x0f == 8 && (uint16(data[0])<<8|uint16(data[1]))%31 == 0)
	}
	switch kind {
	case "gunzip":
		return !gzipMagic()
	case "inflate":
		return !zlibHeader()
	case "unzip":
		return !gzipMagic() && !zlibHeader()
	}
	return false
}

// zlibNatives adds the Go half of zlib.js.
func (e *Env) zlibNatives(n *goja.Object) {
	vm := e.vm
	set := func(name string, f func(goja.FunctionCall) goja.Value) { must(n.Set(name, f)) }
	bytesOf := func(v goja.Value) []byte {
		b, ok := v.Export().([]byte)
		if !ok {
			panic(vm.NewTypeError("expected a Uint8Array"))
		}
		return b
	}
	level := func(v goja.Value) int {
		if goja.IsUndefined(v) || goja.IsNull(v) {
			return -1
		}
		return int(v.ToInteger())
	}
	// zlibSync(kind, bytes, level) → ArrayBuffer
	set("zlibSync", func(call goja.FunctionCall) goja.Value {
		kind := call.Argument(0).String()
		out, err := zlibRun(kind, bytesOf(call.Argument(1)), level(call.Argument(2)), e.maxAlloc())
		if err != nil {
			panic(e.zlibJSError(kind, err))
		}
		return vm.ToValue(vm.NewArrayBuffer(out))
	})
	// zlibAsync(kind, bytes, level, cb(err, ArrayBuffer)): off the
	// runtime's goroutine when the host gave Hold.
	set("zlibAsync", func(call goja.FunctionCall) goja.Value {
		kind := call.Argument(0).String()
		in := bytes.Clone(bytesOf(call.Argument(1)))
		lvl := level(call.Argument(2))
		cb, ok := goja.AssertFunction(call.Argument(3))
		if !ok {
			panic(vm.NewTypeError("zlib: callback must be a function"))
		}
		max := e.maxAlloc()
		e.offThread(func() func() error {
			out, err := zlibRun(kind, in, lvl, max)
			return func() error {
				if err != nil {
					_, cerr := cb(goja.Undefined(), e.zlibJSError(kind, err))
					return cerr
				}
				_, cerr := cb(goja.Undefined(), goja.Null(), vm.ToValue(vm.NewArrayBuffer(out)))
				return cerr
			}
		})
		return goja.Undefined()
	})
	// zlibStream(kind, level) → { write(bytes) → ArrayBuffer, end(cb(err, ArrayBuffer)) }:
	// compressors emit as they go; decompressors collect their input and
	// decompress it at the end.
	set("zlibStream", func(call goja.FunctionCall) goja.Value {
		kind := call.Argument(0).String()
		lvl := level(call.Argument(1))
		max := e.maxAlloc()
		h := vm.NewObject()
		out := &limitedBuffer{max: max}
		in := &limitedBuffer{max: max}
		var w io.WriteCloser
		if isCompressor(kind) {
			var err error
			if w, err = compressor(kind, out, lvl); err != nil {
				panic(vm.NewGoError(err))
			}
		}
		must(h.Set("write", func(call goja.FunctionCall) goja.Value {
			data := bytesOf(call.Argument(0))
			if w == nil {
				if _, err := in.Write(data); err != nil {
					panic(e.zlibJSError(kind, err))
				}
				return vm.ToValue(vm.NewArrayBuffer(nil))
			}
			if _, err := w.Write(data); err != nil {
				panic(e.zlibJSError(kind, err))
			}
			if call.Argument(1).ToBoolean() { // flush
				if f, ok := w.(interface{ Flush() error }); ok {
					if err := f.Flush(); err != nil {
						panic(e.zlibJSError(kind, err))
					}
				}
			}
			chunk := bytes.Clone(out.Bytes())
			out.Reset()
			return vm.ToValue(vm.NewArrayBuffer(chunk))
		}))
		must(h.Set("end", func(call goja.FunctionCall) goja.Value {
			cb, ok := goja.AssertFunction(call.Argument(0))
			if !ok {
				panic(vm.NewTypeError("zlib: callback must be a function"))
			}
			e.offThread(func() func() error {
				var res []byte
				var err error
				if w != nil {
					if err = w.Close(); err == nil {
						res = out.Bytes()
					}
				} else {
					res, err = zlibRun(kind, in.Bytes(), lvl, max)
				}
				return func() error {
					if err != nil {
						_, cerr := cb(goja.Undefined(), e.zlibJSError(kind, err))
						return cerr
					}
					_, cerr := cb(goja.Undefined(), goja.Null(), vm.ToValue(vm.NewArrayBuffer(res)))
					return cerr
				}
			})
			return goja.Undefined()
		}))
		return h
	})
	set("crc32", func(call goja.FunctionCall) goja.Value {
		var data []byte
		if s, ok := call.Argument(0).Export().(string); ok {
			data = []byte(s)
		} else {
			data = bytesOf(call.Argument(0))
		}
		return vm.ToValue(crc32.Update(uint32(call.Argument(1).ToInteger()), crc32.IEEETable, data))
	})
}

// offThread runs work on its own goroutine and its result (a function to
// run on the runtime's goroutine) through Config.Hold; without Hold, it
// runs both now and queues the result as a microtask.
func (e *Env) offThread(work func() func() error) {
	if e.cfg.Hold != nil {
		post := e.cfg.Hold()
		go func() { post(work()) }()
		return
	}
	done := work()
	queue := e.vm.GlobalObject().Get("queueMicrotask")
	q, ok := goja.AssertFunction(queue)
	if !ok {
		if err := done(); err != nil {
			panic(err)
		}
		return
	}
	_, err := q(goja.Undefined(), e.vm.ToValue(func(goja.FunctionCall) goja.Value {
		if err := done(); err != nil {
			panic(err)
		}
		return goja.Undefined()
	}))
	if err != nil {
		panic(err)
	}
}

// zlibJSError builds the JavaScript error for a zlib failure.
func (e *Env) zlibJSError(kind string, err error) goja.Value {
	vm := e.vm
	if errors.Is(err, errTooLarge) {
		return e.allocError(e.maxAlloc()+1, "zlib."+kind)
	}
	var ze *zlibError
	if !errors.As(err, &ze) {
		return vm.NewGoError(err)
	}
	o, cerr := vm.New(vm.GlobalObject().Get("Error").ToObject(vm), vm.ToValue(ze.msg))
	if cerr != nil {
		return vm.NewGoError(err)
	}
	must(o.Set("errno", ze.errno))
	must(o.Set("code", ze.code))
	return o
}
