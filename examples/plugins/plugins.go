// Package plugins holds the seed plugins that the example host publishes in
// its built-in demo feed, embedded so that the demo runs with Go alone.
//
//   - app1 (2.0.0): a single ES module with a named `setup` export;
//     GET /api/app1/foo answers "Hello from app1 v2: /foo".
//   - app2 (1.0.0): an ES module with a relative import and an
//     `export default { setup }` object; GET /api/app2/compute?a=5&b=3
//     answers "16", and 400 "Only numbers allowed." for bad operands.
//   - app3 (1.0.0): TypeScript bundled with esbuild together with the cors
//     npm package, using `export default function setup`; every path answers
//     404 "NOT FOUND." with CORS headers. Its built bundle, dist/index.js, is
//     committed; see app3/README.md to rebuild it.
package plugins

import "embed"

// FS holds the seed plugins' files: app1 and app2 as written, and app3's
// built bundle and package.json (not its TypeScript sources or node_modules).
//
//go:embed app1 app2 app3/dist app3/package.json
var FS embed.FS

// Demo describes one seed plugin: its feed name, version, and the directory
// in FS plus the entry file relative to it.
type Demo struct {
	Name    string
	Version string
	Dir     string
	Main    string
}

// Demos lists the seed plugins in the order the demo feed publishes them.
// It returns a fresh slice on every call, so callers may modify it.
func Demos() []Demo {
	return []Demo{
		{Name: "app1", Version: "2.0.0", Dir: "app1", Main: "index.js"},
		{Name: "app2", Version: "1.0.0", Dir: "app2", Main: "index.js"},
		{Name: "app3", Version: "1.0.0", Dir: "app3", Main: "dist/index.js"},
	}
}
