package feedserver

import (
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

const (
	// sendQueueLen is how many events may wait for a watcher, and
	// maxQueuedBytes how many bytes of them (beyond the first); one more
	// and the watcher is disconnected as too slow. Events are small (tens
	// of bytes), so a burst of publishes fits many times over, even while
	// the writer waits to be scheduled; a watcher that stops reading is cut
	// off after a few megabytes.
	sendQueueLen   = 4096
	maxQueuedBytes = 4 << 20
	// writeTimeout bounds writing one message or ping to a watcher, and
	// the websocket handshake.
	writeTimeout = 10 * time.Second
	// closeGrace is how long Close waits for watchers to receive a close
	// frame before it cuts their connections.
	closeGrace = time.Second
	// maxClientMessageBytes limits what a watcher may send; its messages
	// are read and discarded.
	maxClientMessageBytes = 4 << 10
)

var upgrader = websocket.Upgrader{
	HandshakeTimeout: writeTimeout,
	// Feeds are public and read-only over the websocket: any origin may watch.
	CheckOrigin: func(*http.Request) bool { return true },
}

// hub holds the websocket watchers of every feed.
type hub struct {
	log          *slog.Logger
	pingInterval time.Duration
	maxWatchers  int

	mu      sync.Mutex
	closed  bool
	clients map[string]map[*client]struct{} // by feed
	count   int                             // watchers in clients

	wg sync.WaitGroup // the reader and writer goroutine of every client
}

// client is one websocket watcher. Its writer goroutine owns all data
// writes to the connection; its reader goroutine discards what the watcher
// sends and notices when it goes away.
type client struct {
	feed, remote string
	send         chan []byte   // never closed: senders never block, and never panic
	queued       atomic.Int64  // bytes in send
	quit         chan struct{} // closed to make the writer say goodbye and stop
	quitOnce     sync.Once

	mu     sync.Mutex
	ws     *websocket.Conn // nil until the handshake is done; fixed afterwards
	killed bool
}

func newHub(log *slog.Logger, pingInterval time.Duration, maxWatchers int) *hub {
	return &hub{log: log, pingInterval: pingInterval, maxWatchers: maxWatchers, clients: make(map[string]map[*client]struct{})}
}

// serve upgrades r to a websocket that receives the events of feed. The
// watcher is registered before the handshake completes, so it gets every
// event of a change made after it sees the connection open.
func (h *hub) serve(w http.ResponseWriter, r *http.Request, feed string) {
	c := &client{
		feed:   feed,
		remote: r.RemoteAddr,
		send:   make(chan []byte, sendQueueLen),
		quit:   make(chan struct{}),
	}
	if ok, why := h.add(c); !ok {
		w.Header().Set("Retry-After", "10")
		writeError(w, http.StatusServiceUnavailable, why)
		return
	}
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		// The upgrader has answered the request already.
		h.log.Debug("feedserver: websocket upgrade failed", "feed", feed, "remote", c.remote, "err", err)
		h.remove(c)
		h.wg.Add(-2)
		return
	}
	c.attach(ws)
	h.log.Debug("feedserver: watcher connected", "feed", feed, "remote", c.remote)
	go h.writeLoop(c)
	go h.readLoop(c)
}

// add registers c and counts its two goroutines-to-be, unless the hub is
// closed or has its maximum of watchers; then it says why.
func (h *hub) add(c *client) (bool, string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return false, "the feed server is closed"
	}
	if h.maxWatchers > 0 && h.count >= h.maxWatchers {
		return false, "too many websocket watchers; try again later"
	}
	if h.clients[c.feed] == nil {
		h.clients[c.feed] = make(map[*client]struct{})
	}
	h.clients[c.feed][c] = struct{}{}
	h.count++
	h.wg.Add(2) // under h.mu, so never after close has begun to wait
	return true, ""
}

// remove forgets c.
func (h *hub) remove(c *client) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, ok := h.clients[c.feed][c]; ok {
		h.count--
	}
	delete(h.clients[c.feed], c)
	if len(h.clients[c.feed]) == 0 {
		delete(h.clients, c.feed)
	}
}

// broadcast queues msg for every watcher of feed without blocking. A
// watcher whose queue is full (see sendQueueLen and maxQueuedBytes) is
// disconnected.
func (h *hub) broadcast(feed string, msg []byte) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.clients[feed] {
		if !c.enqueue(msg) {
			h.log.Warn("feedserver: disconnecting a watcher that does not keep up", "feed", feed, "remote", c.remote)
			delete(h.clients[feed], c)
			h.count--
			c.kill()
		}
	}
}

// enqueue queues msg for c's writer, unless the queue is full. The first
// message always fits, however large.
func (c *client) enqueue(msg []byte) bool {
	size := int64(len(msg))
	if q := c.queued.Add(size); q > size && q > maxQueuedBytes {
		c.queued.Add(-size)
		return false
	}
	select {
	case c.send <- msg:
		return true
	default:
		c.queued.Add(-size)
		return false
	}
}

// close sends every watcher a close frame, cuts the connections of those
// that do not take it within closeGrace, and waits for all goroutines.
func (h *hub) close() {
	h.mu.Lock()
	h.closed = true
	var all []*client
	for _, cs := range h.clients {
		for c := range cs {
			all = append(all, c)
		}
	}
	h.mu.Unlock()

	for _, c := range all {
		c.stop()
	}
	done := make(chan struct{})
	go func() {
		h.wg.Wait()
		close(done)
	}()
	timer := time.NewTimer(closeGrace)
	defer timer.Stop()
	select {
	case <-done:
		return
	case <-timer.C:
	}
	for _, c := range all {
		c.kill()
	}
	<-done
}

// writeLoop writes queued events and pings until the client stops or a
// write fails, then closes the connection.
func (h *hub) writeLoop(c *client) {
	defer h.wg.Done()
	ticker := time.NewTicker(h.pingInterval)
	defer func() {
		ticker.Stop()
		c.ws.Close()
		h.remove(c)
		h.log.Debug("feedserver: watcher disconnected", "feed", c.feed, "remote", c.remote)
	}()
	for {
		select {
		case msg := <-c.send:
			c.queued.Add(-int64(len(msg)))
			c.ws.SetWriteDeadline(time.Now().Add(writeTimeout))
			if err := c.ws.WriteMessage(websocket.TextMessage, msg); err != nil {
				return
			}
		case <-ticker.C:
			if err := c.ws.WriteControl(websocket.PingMessage, nil, time.Now().Add(writeTimeout)); err != nil {
				return
			}
		case <-c.quit:
			msg := websocket.FormatCloseMessage(websocket.CloseGoingAway, "feed server closing")
			c.ws.WriteControl(websocket.CloseMessage, msg, time.Now().Add(closeGrace))
			return
		}
	}
}

// readLoop discards what the watcher sends. A watcher that closes, fails,
// or answers no ping for two ping intervals is stopped.
func (h *hub) readLoop(c *client) {
	defer h.wg.Done()
	defer c.stop()
	wait := 2 * h.pingInterval
	c.ws.SetReadLimit(maxClientMessageBytes)
	c.ws.SetReadDeadline(time.Now().Add(wait))
	c.ws.SetPongHandler(func(string) error {
		return c.ws.SetReadDeadline(time.Now().Add(wait))
	})
	for {
		// NextReader discards the rest of the previous message.
		if _, _, err := c.ws.NextReader(); err != nil {
			return
		}
		c.ws.SetReadDeadline(time.Now().Add(wait))
	}
}

// attach hands c its connection once the handshake is done. A client
// killed in the meantime is disconnected at once.
func (c *client) attach(ws *websocket.Conn) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ws = ws
	if c.killed {
		ws.Close()
	}
}

// stop asks the writer to send a close frame and stop; it is idempotent.
func (c *client) stop() {
	c.quitOnce.Do(func() { close(c.quit) })
}

// kill stops c and cuts its connection at once, unblocking a writer stuck
// on a full socket.
func (c *client) kill() {
	c.stop()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.killed = true
	if c.ws != nil {
		c.ws.Close()
	}
}

// drop cuts every watcher's connection at once, without a close frame, as a
// network failure would; the hub keeps accepting new watchers.
func (h *hub) drop() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for feed, cs := range h.clients {
		for c := range cs {
			c.kill()
		}
		h.count -= len(cs)
		delete(h.clients, feed)
	}
}
