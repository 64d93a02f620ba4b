package plugmux

import (
	"regexp"
	"strings"
	"testing"

	"github.com/evanw/esbuild/pkg/api"
)

// libTS is a module as its author wrote it, before compiling it to the
// JavaScript that is published; the throw is on line 5, column 9 (new).
const libTS = `// the author's TypeScript
interface Point { x: number; y: number }

export function boom(p: Point): number {
  throw new Error("boom at " + (p.x + p.y));
}
`

// compileTS compiles libTS as an author would (esbuild --sourcemap), with
// the map inline or next to the module.
func compileTS(t *testing.T, inline bool) (code, sourceMap string) {
	t.Helper()
	opts := api.TransformOptions{Loader: api.LoaderTS, Format: api.FormatESModule, Sourcefile: "../src/lib.ts", Sourcemap: api.SourceMapExternal}
	if inline {
		opts.Sourcemap = api.SourceMapInline
	}
	res := api.Transform(libTS, opts)
	if len(res.Errors) > 0 {
		t.Fatal(res.Errors)
	}
	code = string(res.Code)
	if !inline {
		code += "//# sourceMappingURL=lib.js.map\n"
	}
	return code, string(res.Map)
}

// A module published with its own source map, inline or next to it, maps
// stack traces back to the author's original source.
func TestPublishedSourceMaps(t *testing.T) {
	e := newEnv(t, func(o *Options) { o.Debug = true })
	for _, inline := range []bool{true, false} {
		name := "mapped-external"
		if inline {
			name = "mapped-inline"
		}
		code, sm := compileTS(t, inline)
		files := map[string]string{
			"index.js": `import { boom } from "./dist/lib.js";
export function setup(router) { router.get("/", (req, res) => res.send(String(boom({ x: 1, y: 2 })))); }`,
			"dist/lib.js": code,
		}
		if !inline {
			files["dist/lib.js.map"] = sm
		}
		e.publishFiles(name, "1.0.0", "index.js", files)
		e.waitChange(Installed, name)
		status, body := e.get("/" + name + "/")
		if status != 500 || !strings.Contains(body, "boom at 3") {
			t.Fatalf("%s: %d %s", name, status, body)
		}
		if !regexp.MustCompile(`src/lib\.ts:5:\d+`).MatchString(body) {
			t.Errorf("%s: the stack does not point at src/lib.ts line 5:\n%s", name, body)
		}
		if strings.Contains(body, "dist/lib.js:") {
			t.Errorf("%s: the stack names the compiled file:\n%s", name, body)
		}
	}
	// the log has the same stack
	log := e.logs.String()
	if n := len(regexp.MustCompile(`(?s)plugin request failed plugin=mapped-\w+ [^\n]*\n\s+at boom \([^)]*src/lib\.ts:5:\d+`).FindAllString(log, -1)); n != 2 {
		t.Errorf("%d logged stacks point at src/lib.ts line 5, want 2:\n%s", n, log)
	}
}

// TypeScript (.ts, .mts, .tsx), JSX and JSON modules load directly, picked
// by extension; JSX uses a pragma comment for its factory (/** @jsx h */),
// since plugmux does not assume React.
func TestTypeScriptJSXAndJSON(t *testing.T) {
	e := newEnv(t)
	e.publishFiles("typed", "1.0.0", "index.mts", map[string]string{
		"index.mts": `import { render } from "./view.tsx";
import { add } from "./math.mts";
import data from "./data.json";
import { greeting } from "./data.json";
export function setup(router: any): void {
  router.get("/", (req: any, res: any) => res.send(render(add(data.a, 2), greeting)));
}`,
		"math.mts": `export const add = (a: number, b: number): number => a + b;`,
		"view.tsx": `/** @jsx h */
/** @jsxFrag Fragment */
type Props = { n: number; text: string };
const Fragment = "";
function h(tag: any, props: Record<string, unknown> | null, ...children: unknown[]): string {
  if (typeof tag === "function") return tag({ ...props, children });
  const attrs = Object.entries(props ?? {}).map(([k, v]) => " " + k + '="' + v + '"').join("");
  return tag === "" ? children.join("") : "<" + tag + attrs + ">" + children.join("") + "</" + tag + ">";
}
const Item = ({ n, text }: Props) => <li class="item">{text} {n}</li>;
export function render(n: number, text: string): string {
  return <ul><><Item n={n} text={text} /></></ul>;
}`,
		"data.json": `{"a": 40, "greeting": "hello"}`,
	})
	e.waitChange(Installed, "typed")
	e.expect("/typed/", 200, `<ul><li class="item">hello 42</li></ul>`)
}
