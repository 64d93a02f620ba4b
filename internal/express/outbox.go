package express

import (
	"io"
	"net/http"
	"sync"
)

// outbox carries one response from the runtime's event loop to the
// goroutine that serves the request, which alone writes to the network. The
// loop never blocks on a slow client, and the request's goroutine can answer
// on its own (504 at the time limit) without racing the loop: once closed,
// the outbox drops whatever the loop still sends.
//
// The loop sees it as an http.ResponseWriter with its own header map. The
// header map is copied to the real ResponseWriter once, under the lock, when
// the status goes out (or the request falls through to the host's NotFound
// handler); after that Node forbids header changes, and the real header map
// is never touched by the loop again.
//
// While the request's own goroutine runs the loop (see here), the loop's
// header map is the real one, if it is empty: a quick request then sets its
// headers once, where net/http reads them, instead of in a map of its own
// that is copied, and its status goes to net/http at once, which takes its
// copy of the header then (as it would at the hand-over). Before that
// goroutine lets go of the loop, away gives the loop a map of its own
// again, unless the response has gone out whole.
type outbox struct {
	dst    http.ResponseWriter // touched by the loop only under mu, and only to copy the header (but see direct)
	header http.Header         // the loop's: its own, made on first use, or dst's while direct
	direct bool                // header is dst's map (see here)
	onHere bool                // the request's goroutine runs the loop: between here and away
	// contentLength, when not empty, goes out as the Content-Length
	// unless the plugin set one: res.end's, which Node does not show in
	// the response's headers.
	contentLength string

	mu     sync.Mutex
	status int     // queued status, 0 when none; -1 once handed over
	chunks []chunk // queued body
	first  [2]chunk
	flush  bool
	fin    finish
	closed bool // the request's goroutine answered or left: drop everything
	dirty  bool // something was queued since the last deliver
	// wake is made when the request's goroutine first waits (see waiter):
	// a request answered while it ran on its own goroutine needs none.
	wake chan struct{}

	// pending counts the body bytes queued and not yet written to the
	// client (res.writableLength); drained, when set, is called once they
	// are (or the outbox closes): res's 'drain'.
	pending int
	drained func()
}

// chunk is a piece of body: a string as JavaScript gave it (strings are
// immutable: no copy), or a copy of bytes.
type chunk struct {
	s string
	b []byte
}

// finish is how a response ends.
type finish uint8

const (
	finNone     finish = iota
	finEnded           // the response is complete
	finNotFound        // no route answered: the host's NotFound handler answers
	finAbort           // headers are out and the response failed: cut the connection
	finRetry           // the request never started and its runtime broke: try another
)

func (b *outbox) init(dst http.ResponseWriter) {
	b.dst = dst
	b.chunks = b.first[:0]
}

// here is called on the request's goroutine when it is about to run the
// loop, and so the request's start: until away, the loop may use dst's
// header map as its own, if nothing (the host's middleware, say) has set a
// header in it, which the plugin must not see.
func (b *outbox) here() {
	b.onHere = true
	if h := b.dst.Header(); len(h) == 0 && b.header == nil {
		b.header, b.direct = h, true
	}
}

// away is called on the request's goroutine before it lets go of the loop.
// A response that went out whole keeps dst's map: the loop may still read
// it (a 'finish' listener calling res.getHeader), as net/http does, and
// writes none (headers cannot change once sent). Otherwise the loop gets a
// map of its own: with the headers set so far moved out of dst's map, which
// is then as the request found it, or copied, if they went out with the
// status.
func (b *outbox) away() {
	b.onHere = false
	if !b.direct {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.fin == finEnded && b.status != 0 {
		return
	}
	b.leaveDst()
}

// leaveDst gives the loop a header map of its own, as away explains. Under
// mu, while direct.
func (b *outbox) leaveDst() {
	own := make(http.Header, max(len(b.header), 4))
	copyHeader(own, b.header)
	if b.status == 0 {
		clear(b.header)
	}
	b.header, b.direct = own, false
}

// queued marks that something was queued and returns the channel to wake
// the request's goroutine on, nil when it does not wait yet. Under mu.
func (b *outbox) queued() chan struct{} {
	b.dirty = true
	return b.wake
}

// wakeUp wakes the request's goroutine on wake, if it waits.
func wakeUp(wake chan struct{}) {
	if wake == nil {
		return
	}
	select {
	case wake <- struct{}{}:
	default:
	}
}

// waiter returns the channel on which the request's goroutine waits for
// deliveries, made on the first call; it holds a wake already if
// something was queued since the last deliver.
func (b *outbox) waiter() <-chan struct{} {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.wake == nil {
		b.wake = make(chan struct{}, 1)
		if b.dirty {
			b.wake <- struct{}{}
		}
	}
	return b.wake
}

// Header is the loop's header map.
func (b *outbox) Header() http.Header {
	if b.header == nil {
		b.header = make(http.Header, 4)
	}
	return b.header
}

// WriteHeader queues the status and hands the header over; on the
// request's goroutine (see here) it writes the status at once.
func (b *outbox) WriteHeader(status int) {
	b.mu.Lock()
	now := false
	if !b.closed && b.status == 0 {
		_, typed := b.header["Content-Type"]
		_, sized := b.header["Content-Length"]
		length := !sized && b.contentLength != ""
		if b.direct && (!typed || length) {
			// the nil Content-Type and the length below are for net/http
			// only: the plugin's map must not list them
			b.leaveDst()
		}
		dst := b.dst.Header()
		if !b.direct {
			copyHeader(dst, b.header)
		}
		if !typed {
			dst["Content-Type"] = nil // as Node: no Content-Type unless set (net/http would sniff one)
		}
		if length {
			dst["Content-Length"] = []string{b.contentLength}
		}
		b.status = status
		if b.onHere {
			// net/http copies the header now: what the loop sets after
			// this does not go out, as with a copy at the hand-over
			b.status, now = -1, true
		}
	}
	wake := b.queued()
	b.mu.Unlock()
	if now {
		b.dst.WriteHeader(status)
	}
	wakeUp(wake)
}

// Write queues a copy of p: the loop may reuse its buffers.
func (b *outbox) Write(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	b.mu.Lock()
	if !b.closed {
		b.chunks = append(b.chunks, chunk{b: append([]byte(nil), p...)})
		b.pending += len(p)
	}
	wake := b.queued()
	b.mu.Unlock()
	wakeUp(wake)
	return len(p), nil
}

// WriteString queues s.
func (b *outbox) WriteString(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	b.mu.Lock()
	if !b.closed {
		b.chunks = append(b.chunks, chunk{s: s})
		b.pending += len(s)
	}
	wake := b.queued()
	b.mu.Unlock()
	wakeUp(wake)
	return len(s), nil
}

// Flush asks for what is queued to be flushed to the client.
func (b *outbox) Flush() {
	b.mu.Lock()
	b.flush = true
	wake := b.queued()
	b.mu.Unlock()
	wakeUp(wake)
}

// end queues how the response ends. For finNotFound the header goes over
// now, as with WriteHeader.
func (b *outbox) end(f finish) {
	b.mu.Lock()
	if !b.closed && b.fin == finNone {
		if f == finNotFound && b.status == 0 {
			if b.direct {
				// the host's NotFound handler writes dst's map on the
				// request's goroutine: the loop must not read it then
				b.leaveDst()
			}
			copyHeader(b.dst.Header(), b.header)
		}
		b.fin = f
	}
	wake := b.queued()
	b.mu.Unlock()
	wakeUp(wake)
}

// deliver writes what is queued to w, on the request's goroutine, and
// reports how the response ended (finNone: not yet). wrote reports whether
// the status has gone out.
func (b *outbox) deliver(w http.ResponseWriter) (fin finish, wrote bool) {
	b.mu.Lock()
	status, chunks, flush, fin := b.status, b.chunks, b.flush, b.fin
	if status > 0 {
		b.status = -1
	}
	b.chunks, b.flush, b.dirty = nil, false, false
	if chunks != nil && &chunks[:1][0] == &b.first[0] {
		// the inline array: copy out what to write, keep using it
		var out [2]chunk
		n := copy(out[:], chunks)
		chunks = out[:n]
		b.chunks = b.first[:0]
	}
	wrote = b.status != 0
	b.mu.Unlock()
	if status > 0 {
		w.WriteHeader(status)
	}
	for _, c := range chunks {
		if c.b != nil {
			_, _ = w.Write(c.b)
		} else {
			_, _ = io.WriteString(w, c.s)
		}
	}
	if flush {
		if f, ok := w.(http.Flusher); ok {
			f.Flush()
		}
	}
	if len(chunks) > 0 {
		n := 0
		for _, c := range chunks {
			n += len(c.b) + len(c.s)
		}
		b.mu.Lock()
		b.pending -= n
		var drained func()
		if b.pending <= 0 {
			drained, b.drained = b.drained, nil
		}
		b.mu.Unlock()
		if drained != nil {
			drained()
		}
	}
	return fin, wrote
}

// backlog is how many body bytes wait to be written to the client.
func (b *outbox) backlog() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.pending
}

// whenDrained calls f once the bytes queued now are written to the client,
// or the outbox closes; at once if none wait.
func (b *outbox) whenDrained(f func()) {
	b.mu.Lock()
	if b.pending > 0 && !b.closed {
		b.drained = f
		b.mu.Unlock()
		return
	}
	b.mu.Unlock()
	f()
}

// close stops the outbox from taking more, and reports whether the status
// had been queued or written: after that only cutting the connection can
// signal a failure.
func (b *outbox) close() (headerOut bool) {
	b.mu.Lock()
	b.closed = true
	headerOut = b.status != 0
	drained := b.drained
	b.drained = nil
	b.mu.Unlock()
	if drained != nil {
		drained()
	}
	return headerOut
}

func copyHeader(dst, src http.Header) {
	for k, v := range src {
		dst[k] = v
	}
}
