package express

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"
)

// The members of req's and res's prototypes are defined on first use: a
// route that sends a string defines little, and every way of reaching a
// member (a read, an assignment, "in", an alias, a member of
// express_extras.js) finds it as an eagerly defined one would be.
func TestMembersDefinedOnFirstUse(t *testing.T) {
	h := newHarness(t, 5*time.Second, `
		const own = (o) => Object.getOwnPropertyNames(Object.getPrototypeOf(o));
		router.get("/hello", (req, res) => res.send("hello"));
		router.get("/defined", (req, res) => res.json({ req: own(req), res: own(res) }));
		router.get("/uses", (req, res) => {
			const out = {
				inSend: "send" in res, inCookie: "cookie" in res, inRange: "range" in req, inNope: "nope" in res,
				headerIsSet: res.header === res.set, getIsHeader: req.get === req.header,
				typeIsContentType: res.type === res.contentType,
				path: req.path, accepts: req.accepts("json"), socket: typeof req.socket,
			};
			let threw = "";
			try { req.query = {}; } catch (e) { threw = e.constructor.name; }
			out.queryThrew = threw;
			res.statusCode = 201;
			res.vary("Accept").cookie("a", "b");
			res.json(out);
		});
		router.get("/deleted", (req, res) => {
			res.send("x");
			delete Object.getPrototypeOf(res).cookie;
		});
		router.get("/after-delete", (req, res) => res.json({ cookie: typeof res.cookie, inCookie: "cookie" in res }));`)

	if status, body, _ := h.do("GET", "/hello", ""); status != 200 || body != "hello" {
		t.Fatalf("/hello = %d %q", status, body)
	}
	_, body, _ := h.do("GET", "/defined", "")
	var defined struct{ Req, Res []string }
	if err := json.Unmarshal([]byte(body), &defined); err != nil {
		t.Fatalf("%v: %s", err, body)
	}
	for _, name := range []string{"cookie", "vary", "status", "setHeader"} {
		if slices.Contains(defined.Res, name) {
			t.Errorf("res.%s is defined after routes that did not use it (%v)", name, defined.Res)
		}
	}
	if !slices.Contains(defined.Res, "send") || !slices.Contains(defined.Res, "json") {
		t.Errorf("res.send and res.json are not defined on the prototype after use: %v", defined.Res)
	}
	if len(defined.Req)+len(defined.Res) > 20 {
		t.Errorf("%d members defined after two small routes: %v %v", len(defined.Req)+len(defined.Res), defined.Req, defined.Res)
	}

	status, body, hdr := h.do("GET", "/uses?x=1", "")
	want := `{"inSend":true,"inCookie":true,"inRange":true,"inNope":false,"headerIsSet":true,"getIsHeader":true,` +
		`"typeIsContentType":true,"path":"/uses","accepts":"json","socket":"object","queryThrew":"TypeError"}`
	if status != 201 || body != want {
		t.Errorf("/uses = %d %s\nwant 201 %s", status, body, want)
	}
	if hdr.Get("Vary") != "Accept" || !strings.HasPrefix(hdr.Get("Set-Cookie"), "a=b; Path=/") {
		t.Errorf("/uses headers: Vary %q, Set-Cookie %q", hdr.Get("Vary"), hdr.Get("Set-Cookie"))
	}

	// a member the plugin deleted stays deleted, as an eager one would
	h.do("GET", "/deleted", "")
	if _, body, _ := h.do("GET", "/after-delete", ""); body != `{"cookie":"undefined","inCookie":false}` {
		t.Errorf("after delete: %s", body)
	}
}

// Loading node:http's classes (a route that listens to an event) defines
// every member first: the stand-in that would define them leaves the chain.
func TestMembersAllDefinedWhenTheChainLoads(t *testing.T) {
	h := newHarnessWith(t, 5*time.Second, `
		const own = (o) => Object.getOwnPropertyNames(Object.getPrototypeOf(o));
		router.get("/", (req, res) => {
			res.on("finish", () => {});
			res.json({ req: own(req).length, res: own(res).length, cookie: typeof res.cookie, status: typeof res.status });
		});`, withNode)
	_, body, _ := h.do("GET", "/", "")
	var got struct {
		Req, Res       int
		Cookie, Status string
	}
	if err := json.Unmarshal([]byte(body), &got); err != nil {
		t.Fatalf("%v: %s", err, body)
	}
	wantReq, wantRes := len(reqTable.list), len(resTable.list)
	for _, g := range jsGroups() {
		wantReq, wantRes = wantReq+len(g.req), wantRes+len(g.res)
	}
	if got.Req != wantReq || got.Res != wantRes || got.Cookie != "function" || got.Status != "function" {
		t.Errorf("after load: %s; want %d and %d members", body, wantReq, wantRes)
	}
}
