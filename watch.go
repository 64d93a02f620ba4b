package plugmux

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// This file holds the feed client: fetching and parsing the feed, and
// following its websocket. A websocket message only says that something
// changed; the feed itself is the truth, so every relevant message (and
// every reconnect, since messages may have been missed) triggers a full
// refetch, which the registry applies as a difference.

// ErrBadFeed: the feed response could not be used; nothing was changed.
var ErrBadFeed = errors.New("malformed feed")

// feedEvents are the websocket message types that trigger a resync; other
// types (keep-alives, anything new) are ignored.
var feedEvents = map[string]bool{"add-pilet": true, "update-pilet": true, "remove-pilet": true, "delete-pilet": true}

// fetchFeed downloads and parses the feed. Items that cannot be decoded or
// fail validation are returned in bad, each as a *PluginError, so that the
// other items still load.
func (h *Host) fetchFeed(ctx context.Context) (items []Item, bad []error, err error) {
	ctx, cancel := context.WithTimeout(ctx, h.opts.FetchTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, h.opts.FeedURL, nil)
	if err != nil {
		return nil, nil, err
	}
	req.Header.Set("Accept", "application/json")
	if err := h.loader.auth.apply(req); err != nil {
		return nil, nil, fmt.Errorf("fetch feed: %w", err)
	}
	resp, err := h.loader.auth.client(h.opts.HTTPClient, nil).Do(req)
	if err != nil {
		return nil, nil, fmt.Errorf("fetch feed: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, nil, fmt.Errorf("%w: GET %s: %s", ErrBadFeed, h.opts.FeedURL, resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, h.opts.MaxFeedBytes+1))
	if err != nil {
		return nil, nil, fmt.Errorf("fetch feed: %w", err)
	}
	if int64(len(body)) > h.opts.MaxFeedBytes {
		return nil, nil, fmt.Errorf("%w: larger than %d bytes (Options.MaxFeedBytes)", ErrBadFeed, h.opts.MaxFeedBytes)
	}
	return parseFeed(body)
}

// parseFeed parses {"items":[...]}. A response that is not that shape is an
// error; a single bad item is not.
func parseFeed(body []byte) (items []Item, bad []error, err error) {
	var doc struct {
		Items *[]json.RawMessage `json:"items"`
	}
	if err := json.Unmarshal(body, &doc); err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrBadFeed, err)
	}
	if doc.Items == nil {
		return nil, nil, fmt.Errorf("%w: no \"items\" array", ErrBadFeed)
	}
	for i, raw := range *doc.Items {
		var it Item
		if err := json.Unmarshal(raw, &it); err != nil {
			var named struct {
				Name, Version any
			}
			_ = json.Unmarshal(raw, &named)
			it = Item{Name: fmt.Sprint(named.Name), Version: fmt.Sprint(named.Version)}
			bad = append(bad, pluginErr(it, PhaseFeed, fmt.Errorf("%w: item %d: %w", ErrInvalidItem, i, err)))
			continue
		}
		if err := it.validate(); err != nil {
			bad = append(bad, pluginErr(it, PhaseFeed, err))
			continue
		}
		items = append(items, it)
	}
	return items, bad, nil
}

// syncLoop runs a sync for every trigger. A sync that failed as a whole is
// retried with backoff until it succeeds or a new trigger comes; builds that
// failed for a reason that may pass (a download, a time limit) ask for
// another sync through retryCh, also with backoff. The first sync waits for
// its builds, so that Ready means they were tried; if it fails and
// Options.CacheDir holds a last-known-good copy, that copy is served
// meanwhile.
func (h *Host) syncLoop(ctx context.Context, triggers <-chan struct{}) {
	b, rb := h.newBackoff(), h.newBackoff()
	var retry, rebuild <-chan time.Time
	for {
		select {
		case <-ctx.Done():
			return
		case <-triggers:
			rb.reset() // the feed changed: a failed build may work now
		case <-retry:
		case <-rebuild:
			rebuild = nil
		case <-h.retryCh:
			if rebuild == nil {
				rebuild = time.After(rb.next())
			}
			continue
		}
		retry = nil
		first := !h.loaded.Load()
		if err := h.sync(ctx, first); err != nil {
			if ctx.Err() != nil || errors.Is(err, ErrClosed) {
				return
			}
			if first && h.cache != nil {
				h.loadCache(ctx)
			}
			retry = time.After(b.next())
			continue
		}
		if first {
			h.markLoaded()
		}
		b.reset()
	}
}

// Feed connection states, as Status and the metrics report them.
const (
	FeedConnecting = "connecting" // no websocket yet, and not polling
	FeedWebsocket  = "websocket"  // following the feed's websocket
	FeedPolling    = "polling"    // the websocket fails; the feed is fetched every PollInterval
	FeedClosed     = "closed"     // Run is not running
)

// poll triggers a sync every Options.PollInterval while the websocket is
// not connected.
func (h *Host) poll(ctx context.Context, triggers chan<- struct{}) {
	if h.opts.PollInterval < 0 {
		return
	}
	t := time.NewTicker(h.opts.PollInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if h.feedState.Load() == FeedPolling {
				h.log.Debug("polling the feed", "interval", h.opts.PollInterval.String())
				trigger(triggers)
			}
		}
	}
}

// setFeedState records the connection state, and the time it changed.
func (h *Host) setFeedState(state string) {
	if old := h.feedState.Swap(state); old != state {
		h.feedSince.Store(time.Now().UnixNano())
	}
}

// websocketDialer dials the feed's websocket with the TLS settings, proxy
// and dialer of Options.HTTPClient's transport, when it is an
// *http.Transport (else with gorilla/websocket's defaults). New calls it
// once, before the transport serves anything.
func websocketDialer(opts *Options) *websocket.Dialer {
	d := &websocket.Dialer{HandshakeTimeout: opts.FetchTimeout, Proxy: http.ProxyFromEnvironment}
	if t, ok := opts.HTTPClient.Transport.(*http.Transport); ok && t != nil {
		if t.Proxy != nil {
			d.Proxy = t.Proxy
		}
		d.NetDialContext = t.DialContext
		if t.TLSClientConfig != nil {
			d.TLSClientConfig = t.TLSClientConfig.Clone()
			d.TLSClientConfig.NextProtos = nil // the handshake is HTTP/1.1, whatever the transport negotiates
		}
	}
	return d
}

// watch follows the feed's websocket until ctx is done. While it cannot
// connect, poll fetches the feed instead.
func (h *Host) watch(ctx context.Context, triggers chan<- struct{}) {
	defer h.setFeedState(FeedClosed)
	wsURL := *h.feedURL
	if wsURL.Scheme == "https" {
		wsURL.Scheme = "wss"
	} else {
		wsURL.Scheme = "ws"
	}
	shown := wsURL.Redacted()
	dialer := h.wsDialer
	b := h.newBackoff()
	failures := 0
	for {
		header := http.Header{}
		req := &http.Request{URL: h.feedURL, Header: header}
		err := h.loader.auth.apply(req.WithContext(ctx))
		var conn *websocket.Conn
		if err == nil {
			var resp *http.Response
			conn, resp, err = dialer.DialContext(ctx, wsURL.String(), header)
			if err != nil && resp != nil {
				err = fmt.Errorf("%w: the feed answered %s", err, resp.Status)
			}
		}
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			failures++
			if h.opts.PollInterval > 0 {
				h.setFeedState(FeedPolling)
			}
			d := b.next()
			h.logs.Add("feed-websocket", slog.LevelWarn, "feed websocket unavailable; retrying", "url", shown, "in", d.String(), "failures", failures, "polling", h.opts.PollInterval.String(), "err", err)
			if !sleepCtx(ctx, d) {
				return
			}
			continue
		}
		failures = 0
		h.setFeedState(FeedWebsocket)
		h.log.Info("watching feed", "url", shown)
		trigger(triggers) // events may have been missed while disconnected
		start := time.Now()
		err = h.follow(ctx, conn, triggers)
		h.setFeedState(FeedConnecting)
		if ctx.Err() != nil {
			return
		}
		if time.Since(start) > h.opts.ReconnectMax {
			b.reset() // the connection was healthy for a while
		}
		d := b.next()
		h.log.Warn("feed websocket lost; reconnecting", "url", shown, "in", d.String(), "err", err)
		if !sleepCtx(ctx, d) {
			return
		}
	}
}

// follow reads one websocket connection until it fails or ctx is done.
func (h *Host) follow(ctx context.Context, conn *websocket.Conn, triggers chan<- struct{}) error {
	defer conn.Close()
	conn.SetReadLimit(h.opts.MaxFeedMessageBytes)
	deadline := h.opts.KeepAlive * 5 / 2
	extend := func() { _ = conn.SetReadDeadline(time.Now().Add(deadline)) }
	extend()
	conn.SetPongHandler(func(string) error { extend(); return nil })
	conn.SetPingHandler(func(data string) error {
		extend()
		err := conn.WriteControl(websocket.PongMessage, []byte(data), time.Now().Add(time.Second))
		if errors.Is(err, websocket.ErrCloseSent) {
			return nil
		}
		return err
	})
	done := make(chan struct{})
	var pinger sync.WaitGroup
	defer pinger.Wait()
	defer close(done)
	pinger.Go(func() { // pings, and closing the connection when ctx ends
		t := time.NewTicker(h.opts.KeepAlive)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				_ = conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, ""), time.Now().Add(time.Second))
				_ = conn.Close()
				return
			case <-t.C:
				_ = conn.WriteControl(websocket.PingMessage, nil, time.Now().Add(h.opts.KeepAlive))
			}
		}
	})
	for {
		_, data, err := conn.ReadMessage()
		if err != nil {
			return err
		}
		extend()
		var msg struct {
			Type string `json:"type"`
		}
		if json.Unmarshal(data, &msg) != nil || !feedEvents[msg.Type] {
			continue
		}
		h.log.Debug("feed event", "type", msg.Type)
		trigger(triggers)
	}
}

// trigger asks for a sync; triggers that arrive while one is pending merge.
func trigger(ch chan<- struct{}) {
	select {
	case ch <- struct{}{}:
	default:
	}
}

func sleepCtx(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// backoff is capped exponential backoff with jitter: each delay is drawn
// from [d/2, d], d doubling from min to max.
type backoff struct {
	min, max, cur time.Duration
}

func (h *Host) newBackoff() *backoff {
	return &backoff{min: h.opts.ReconnectMin, max: h.opts.ReconnectMax, cur: h.opts.ReconnectMin}
}

func (b *backoff) next() time.Duration {
	d := b.cur
	b.cur = min(b.cur*2, b.max)
	return d/2 + rand.N(d/2+1)
}

func (b *backoff) reset() { b.cur = b.min }
