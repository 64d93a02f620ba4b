package jsenv

import "testing"

// TestFetchClasses compares Headers, Request and Response with Node 22's
// (the network half of fetch is tested with real HTTP in the plugmux
// package).
func TestFetchClasses(t *testing.T) {
	runCases(t, []jsCase{
		{"headers", `const h = new Headers({"Content-Type": "text/plain", "X-A": "1"}); h.append("x-a", "2"); h.append("Set-Cookie", "a=1"); h.append("Set-Cookie", "b=2"); const r = [h.get("x-a"), h.has("CONTENT-TYPE"), [...h.keys()].join(","), h.getSetCookie().join(";")]; h.delete("x-a"); h.set("content-type", " json "); r.push([...h].map(([k, v]) => k + "=" + v).join("&")); try { h.set("bad name", "x"); } catch (e) { r.push(e.name); } return r.join("|")`, "1, 2|true|content-type,set-cookie,set-cookie,x-a|a=1;b=2|content-type=json&set-cookie=a=1&set-cookie=b=2|TypeError"},
		{"response", `const r = new Response("hi", {status: 201, statusText: "Made", headers: {"x-y": "z"}}); const j = Response.json({a: 1}); const t = await r.text(); let used; try { await r.text(); } catch (e) { used = e.name; } return [r.status, r.statusText, r.ok, r.headers.get("x-y"), r.headers.get("content-type"), t, r.bodyUsed, used, j.headers.get("content-type"), JSON.stringify(await j.json()), Response.error().type, Response.redirect("https://x.test/a", 301).headers.get("location"), new Response(null, {status: 404}).ok].join("|")`, "201|Made|true|z|text/plain;charset=UTF-8|hi|true|TypeError|application/json|{\"a\":1}|error|https://x.test/a|false"},
		{"request", `const q = new Request("https://x.test/a?b=1", {method: "post", headers: {"X": "1"}, body: "payload"}); const c = q.clone(); let err; try { new Request("https://x.test", {method: "GET", body: "x"}); } catch (e) { err = e.name; } return [q.method, q.url, q.headers.get("x"), q.headers.get("content-type"), await c.text(), q.redirect, q.signal.aborted, err, new Uint8Array(await new Response(new Uint8Array([1, 2])).arrayBuffer()).join(",")].join("|")`, "POST|https://x.test/a?b=1|1|text/plain;charset=UTF-8|payload|follow|false|TypeError|1,2"},
	})
}
