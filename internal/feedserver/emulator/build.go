package emulator

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// entryCandidates are the entry files tried, in order, when package.json
// names no "source": a plugin's sources, before any built output that
// "module" or "main" may point at.
var entryCandidates = []string{
	"src/index.ts", "src/index.tsx", "src/index.mts", "src/index.js", "src/index.jsx", "src/index.mjs",
	"index.ts", "index.tsx", "index.mts", "index.js", "index.jsx", "index.mjs",
}

// external are the imports left to the host: express and Node's built-in
// modules. esbuild leaves Node's built-ins imported without "node:"
// external too, on the node platform.
var external = []string{"express", "node:*"}

// buildIDLen is how many hex digits of the bundle's SHA-256 name a build.
const buildIDLen = 12

// manifest is what the emulator reads from a plugin's package.json.
type manifest struct {
	Name    string          `json:"name"`
	Version string          `json:"version"`
	Source  string          `json:"source"`
	Module  string          `json:"module"`
	Main    string          `json:"main"`
	Custom  json.RawMessage `json:"custom"`
}

// build is one successful build of a plugin folder.
type build struct {
	name, version string
	custom        json.RawMessage
	// id names the build: the first hex digits of the bundle's SHA-256.
	id string
	// code is the bundle: one ES module with an inline source map.
	code []byte
	// inputs are the files esbuild read, absolute, sorted.
	inputs []string
}

// readManifest reads dir/package.json. Without one, the plugin is named
// after its folder and versioned 0.0.0; without a version, 0.0.0 too.
func readManifest(dir string) (manifest, error) {
	m := manifest{Name: filepath.Base(dir), Version: "0.0.0"}
	b, err := os.ReadFile(filepath.Join(dir, "package.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return m, err
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("package.json: %w", err)
	}
	if m.Name == "" {
		m.Name = filepath.Base(dir)
	}
	if m.Version == "" {
		m.Version = "0.0.0"
	}
	if string(m.Custom) == "null" {
		m.Custom = nil
	}
	return m, nil
}

// entryPoint picks the file to bundle: package.json's "source", else the
// first of entryCandidates that exists, else "module", else "main".
func entryPoint(dir string, m manifest) (string, error) {
	if m.Source != "" {
		if !isFile(filepath.Join(dir, m.Source)) {
			return "", fmt.Errorf("package.json names source %q, which does not exist", m.Source)
		}
		return m.Source, nil
	}
	for _, c := range append(slices.Clone(entryCandidates), m.Module, m.Main) {
		if c != "" && isFile(filepath.Join(dir, c)) {
			return c, nil
		}
	}
	return "", errors.New(`no entry file: set "source" in package.json, or add src/index.ts or index.js`)
}

func isFile(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}

// requireBanner opens every bundle: CommonJS code in node_modules calls
// require("crypto") and the like, which an ES module bundle turns into a
// __require that Node refuses ("Dynamic require of … is not supported");
// a require made by createRequire serves it, in Node and in plugmux alike.
const requireBanner = `import { createRequire as __plugmuxCreateRequire } from "node:module"; const require = __plugmuxCreateRequire(import.meta.url);`

// bundle builds the plugin in dir with esbuild: its entry file and
// everything it imports, node_modules included, into one ES module for the
// node platform, with express and node:* left external.
func bundle(dir string) (*build, error) {
	m, err := readManifest(dir)
	if err != nil {
		return nil, err
	}
	entry, err := entryPoint(dir, m)
	if err != nil {
		return nil, err
	}
	res := api.Build(api.BuildOptions{
		EntryPoints:   []string{"./" + filepath.ToSlash(filepath.Clean(entry))},
		AbsWorkingDir: dir,
		Bundle:        true,
		Platform:      api.PlatformNode,
		Format:        api.FormatESModule,
		Target:        api.ES2020,
		External:      external,
		Define:        map[string]string{"process.env.NODE_ENV": `"development"`},
		Banner:        map[string]string{"js": requireBanner},
		// Nothing is written. The output path only anchors the source
		// map's paths: one level below the plugin's folder, as the bundle
		// is one level below the version's prefix on the feed server
		// (…/{version}/{build id}/index.js), so "../src/index.ts" names
		// …/{version}/src/index.ts in the host's stack traces.
		Outdir:     filepath.Join(dir, ".emulator"),
		EntryNames: "index",
		Write:      false,
		Sourcemap:  api.SourceMapInline,
		Charset:    api.CharsetUTF8,
		Metafile:   true,
		LogLevel:   api.LogLevelSilent,
	})
	if len(res.Errors) > 0 {
		return nil, buildError(dir, res.Errors)
	}
	var code []byte
	for _, f := range res.OutputFiles {
		if strings.HasSuffix(f.Path, ".js") {
			if code != nil {
				return nil, errors.New("esbuild produced more than one module")
			}
			code = f.Contents
		}
	}
	if code == nil {
		return nil, errors.New("esbuild produced no module")
	}
	sum := sha256.Sum256(code)
	return &build{
		name:    m.Name,
		version: m.Version,
		custom:  m.Custom,
		id:      hex.EncodeToString(sum[:])[:buildIDLen],
		code:    code,
		inputs:  metafileInputs(dir, res.Metafile),
	}, nil
}

// metafileInputs lists the files of esbuild's metafile, absolute and
// sorted.
func metafileInputs(dir, metafile string) []string {
	var meta struct {
		Inputs map[string]json.RawMessage `json:"inputs"`
	}
	if json.Unmarshal([]byte(metafile), &meta) != nil {
		return nil
	}
	var out []string
	for p := range meta.Inputs {
		if strings.Contains(p, ":") && !filepath.IsAbs(p) {
			continue // a virtual module, such as "<define:...>" or a namespace
		}
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, filepath.FromSlash(p))
		}
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}

// buildError turns esbuild's messages into one error:
// "src/index.ts:3:8: Could not resolve "cors" (is it installed? ...)".
func buildError(dir string, msgs []api.Message) error {
	var parts []string
	for i, m := range msgs {
		if i == 5 {
			parts = append(parts, fmt.Sprintf("and %d more errors", len(msgs)-i))
			break
		}
		text := m.Text
		if spec, ok := strings.CutPrefix(text, "Could not resolve "); ok && !strings.HasPrefix(spec, `".`) && !strings.HasPrefix(spec, `"/`) {
			text += fmt.Sprintf(" (is it installed? run npm install in %s)", dir)
		}
		if loc := m.Location; loc != nil {
			text = fmt.Sprintf("%s:%d:%d: %s", loc.File, loc.Line, loc.Column+1, text)
		}
		parts = append(parts, text)
	}
	return errors.New(strings.Join(parts, "; "))
}
