package plugmux

import (
	"io"
	"net/http"
	"testing"
)

// TestBigIntCapability: a plugin whose code does not mention BigInt runs
// where none can be made, whatever producer it reaches (the root's wiring
// of internal/jsguard's Compile and DisableBigInt, and the environment's
// NoBigInt); one that mentions it computes with BigInts, within the bound.
func TestBigIntCapability(t *testing.T) {
	e := newEnv(t)
	e.publish("nobig", "1.0.0", `const caught = (f) => (req, res) => { try { res.send(String(f())); } catch (e) { res.send(e.name + ": " + e.message); } };
		const B = ["Big", "Int"].join(""); // esbuild folds "Big" + "Int"
		export function setup(r) {
			r.get("/global", caught(() => globalThis[B](1)));
			r.get("/buffer", caught(() => Buffer.alloc(8)["read" + B + "64LE"](0)));
			r.get("/hrtime", caught(() => process.hrtime[B.toLowerCase()]()));
			r.get("/eval", caught(() => (0, eval)(["1", "n"].join(""))));
			r.get("/numbers", caught(() => 6 * 7 + (1 << 3)));
		}`)
	e.waitChange(Installed, "nobig")
	e.publish("big", "1.0.0", `export function setup(r) {
			r.get("/ok", (req, res) => res.send(String(2n ** 64n * 3n + Buffer.from([1, 0, 0, 0, 0, 0, 0, 0]).readBigInt64LE(0))));
			r.get("/huge", (req, res) => { try { res.send(String(1n << 2n ** 40n)); } catch (e) { res.send(e.name + ": " + e.message); } });
		}`)
	e.waitChange(Installed, "big")
	const notEnabled = "TypeError: BigInt is not enabled for this plugin because its code does not mention it"
	for _, c := range []struct{ path, want string }{
		{"/nobig/global", notEnabled},
		{"/nobig/buffer", notEnabled},
		{"/nobig/hrtime", notEnabled},
		{"/nobig/eval", notEnabled},
		{"/nobig/numbers", "50"},
		{"/big/ok", "55340232221128654849"},
		{"/big/huge", "RangeError: Maximum BigInt size exceeded"},
	} {
		resp, err := http.Get(e.api.URL + "/api" + c.path)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != c.want {
			t.Errorf("%s: %q, want %q", c.path, b, c.want)
		}
	}
}
