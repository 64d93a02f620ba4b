package plugmux

import (
	"strings"
	"testing"
)

// The globals themselves are tested against Node's results in
// internal/jsenv; these tests check that a plugin gets them, and what the
// host controls: console's logger and attributes, process.env.

func TestConsoleGoesToTheLogger(t *testing.T) {
	e := newEnv(t)
	e.publish("talk", "1.0.0", `
		export function setup(router) {
			router.get("/", (req, res) => {
				console.log("%s has %d items", "cart", 3, { ids: [1, 2], owner: "ann" });
				console.warn(new Map([["k", 1]]));
				res.send("ok");
			});
		}`)
	e.waitChange(Installed, "talk")
	logged := e.logs.await("cart has 3 items")
	warned := e.logs.await("Map(1)")
	e.expect("/talk/", 200, "ok")
	<-logged
	<-warned
	log := e.logs.String()
	for _, want := range []string{
		"INFO cart has 3 items { ids: [ 1, 2 ], owner: 'ann' } plugin=talk version=1.0.0 source=console",
		"WARN Map(1) { 'k' => 1 } plugin=talk version=1.0.0 source=console",
	} {
		if !strings.Contains(log, want) {
			t.Errorf("log lacks %q:\n%s", want, log)
		}
	}
}

func TestPluginGlobals(t *testing.T) {
	t.Setenv("PLUGMUX_TEST_SECRET", "do-not-leak")
	e := newEnv(t, func(o *Options) { o.Env = map[string]string{"GREETING": "hi"} })
	e.publish("globals", "1.0.0", `
		export function setup(router) {
			router.get("/", async (req, res) => {
				const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode("abc"));
				const url = new URL("/x?y=1", "https://example.com");
				res.json({
					env: process.env,
					secret: process.env.PLUGMUX_TEST_SECRET ?? null,
					cwd: process.cwd(),
					node: process.version.startsWith("v22."),
					digest: Buffer.from(digest).toString("hex").slice(0, 8),
					url: url.href + " " + url.searchParams.get("y"),
					b64: btoa("hi") + atob("aGk="),
					clone: structuredClone({ a: [1] }).a[0],
					uuid: crypto.randomUUID().length,
					abort: typeof AbortController + typeof EventTarget + typeof performance.now,
				});
			});
		}`)
	e.waitChange(Installed, "globals")
	e.expect("/globals/", 200, `{"env":{"GREETING":"hi"},"secret":null,"cwd":"/","node":true,"digest":"ba7816bf","url":"https://example.com/x?y=1 1","b64":"aGk=hi","clone":1,"uuid":36,"abort":"functionfunctionfunction"}`)
}

func TestConsoleExtras(t *testing.T) {
	e := newEnv(t)
	e.publish("extras", "1.0.0", `
		export function setup(router) {
			router.get("/", (req, res) => {
				console.count(); console.count("x"); console.count();
				console.time("t"); console.timeEnd("t");
				console.assert(1 === 2, "math is %s", "broken");
				console.trace("here");
				res.send("ok");
			});
		}`)
	e.waitChange(Installed, "extras")
	traced := e.logs.await("Trace: here")
	e.expect("/extras/", 200, "ok")
	<-traced
	log := e.logs.String()
	for _, want := range []string{"INFO default: 1 ", "INFO x: 1 ", "INFO default: 2 ", "INFO t: ", "ERROR Assertion failed: math is broken ", "DEBUG Trace: here\n    at "} {
		if !strings.Contains(log, want) {
			t.Errorf("log lacks %q:\n%s", want, log)
		}
	}
}
