package express

import (
	"strings"
	"testing"
	"time"
)

// After the headers went out, setting, removing or writing them throws
// Node's ERR_HTTP_HEADERS_SENT (an Error, as Node 20 throws it: checked by
// running the same calls on a Node http.ServerResponse).
func TestHeadersSentErrors(t *testing.T) {
	h := newHarness(t, 5*time.Second, `
		router.get("/", (req, res) => {
			res.end("x");
			const out = [];
			for (const f of [() => res.setHeader("a", "b"), () => res.removeHeader("a"), () => res.writeHead(200), () => res.writeHead(200, ["a", "b"])]) {
				try { f(); out.push("no throw"); } catch (e) { out.push([e.constructor.name, e.code, e.message, e instanceof TypeError].join("|")); }
			}
			globalThis.out = out.join("\n");
		});
		router.get("/out", (req, res) => res.send(globalThis.out));`)
	h.do("GET", "/", "")
	_, got, _ := h.do("GET", "/out", "")
	want := strings.Join([]string{
		"Error|ERR_HTTP_HEADERS_SENT|Cannot set headers after they are sent to the client|false",
		"Error|ERR_HTTP_HEADERS_SENT|Cannot remove headers after they are sent to the client|false",
		"Error|ERR_HTTP_HEADERS_SENT|Cannot write headers after they are sent to the client|false",
		"Error|ERR_HTTP_HEADERS_SENT|Cannot write headers after they are sent to the client|false",
	}, "\n")
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
