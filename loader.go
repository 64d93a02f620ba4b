package plugmux

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"path"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"weak"

	"github.com/dop251/goja/parser"
	"github.com/evanw/esbuild/pkg/api"

	"github.com/plugmux/plugmux/internal/esmlite"
	"github.com/plugmux/plugmux/internal/jsenv"
	"github.com/plugmux/plugmux/internal/jsguard"
)

// This file holds the loader: it fetches a plugin's module graph from URLs
// and turns it into one compiled goja program.
//
// esbuild bundles the graph. Its resolver is replaced by a plugin that
// resolves every import against the importing module's URL (new URL(spec,
// parent) semantics) and loads each module through the loader's own HTTP
// client, so each module is fetched once, cycles, TypeScript, JSX and JSON
// work as in any esbuild build, and the output is CommonJS, which goja runs.
// The bundle carries an inline source map, so stack traces name the original
// URLs, lines and columns.

const urlNamespace = "url"

// bundle is a compiled plugin version: one program that every runtime of the
// version runs (and whether it uses BigInt: its runtimes' capability).
type bundle struct {
	program *jsguard.Program
	modules int   // modules in the graph
	bytes   int64 // their total size
	// files are the modules as loaded, kept only with Options.CacheDir;
	// the cache takes their bytes (and drops them) once the build is done.
	files []moduleFile
	times buildTimes
	// module: the program is an esmlite module (see internal/esmlite),
	// whose value is a function of the import helpers that returns the
	// exports;
	// otherwise it is esbuild's CommonJS bundle in a function of (exports,
	// require, module).
	module bool
}

// buildTimes is where the build of a version went, for the debug log and
// the benchmarks.
type buildTimes struct {
	bundle    time.Duration // esbuild, with the downloads and input maps it waits for
	fetch     time.Duration // downloads, summed (esbuild runs them in parallel)
	inputMaps time.Duration // finding and inlining the modules' own source maps, summed
	sourceMap time.Duration // rewriting the bundle's source map
	compile   time.Duration // jsguard.Compile (zero when the program was compiled before)
	evaluate  time.Duration // the first runtime: its environment and the module's top level
	setup     time.Duration // the first runtime's setup and the sealing of the route table
}

// LogValue lists the durations in milliseconds.
func (t buildTimes) LogValue() slog.Value {
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	return slog.GroupValue(
		slog.Float64("bundleMs", ms(t.bundle)), slog.Float64("fetchMs", ms(t.fetch)),
		slog.Float64("inputMapsMs", ms(t.inputMaps)), slog.Float64("sourceMapMs", ms(t.sourceMap)),
		slog.Float64("compileMs", ms(t.compile)), slog.Float64("evaluateMs", ms(t.evaluate)),
		slog.Float64("setupMs", ms(t.setup)))
}

// moduleFile is one module of a graph as it was loaded.
type moduleFile struct {
	URL         string `json:"url"`
	ContentType string `json:"type,omitempty"`
	SHA256      string `json:"sha256"` // hex, set when the cache has stored the bytes
	data        []byte
}

// cachedModulesKey carries, in a load's context, a lookup of module bytes
// by URL that is asked before any download: the last-known-good cache
// loads a plugin this way while the feed's origin is unreachable.
type cachedModulesKey struct{}

// withCachedModules returns ctx with a cached-bytes lookup for the loader.
func withCachedModules(ctx context.Context, lookup func(url string) (data []byte, ctype string, ok bool)) context.Context {
	return context.WithValue(ctx, cachedModulesKey{}, lookup)
}

// feedAuth adds the feed's credentials (Options.FeedHeader,
// Options.FeedToken) to requests for the feed's origin, and only to those:
// a redirect elsewhere loses them.
type feedAuth struct {
	origin string
	header http.Header
	token  func(context.Context) (string, error)
}

// apply sets or removes the credentials of req, by its URL's origin.
func (a *feedAuth) apply(req *http.Request) error {
	if a == nil || (len(a.header) == 0 && a.token == nil) {
		return nil
	}
	if originOf(req.URL.String()) != a.origin {
		for k := range a.header {
			req.Header.Del(k)
		}
		if a.token != nil {
			req.Header.Del("Authorization")
		}
		return nil
	}
	for k, vs := range a.header {
		req.Header.Del(k)
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	if a.token != nil {
		tok, err := a.token(req.Context())
		if err != nil {
			return fmt.Errorf("Options.FeedToken: %w", err)
		}
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	return nil
}

// client returns a copy of base whose redirects stop after 10, pass check
// (if not nil), and carry the feed's credentials only to the feed's origin.
func (a *feedAuth) client(base *http.Client, check func(*http.Request) error) *http.Client {
	c := *base
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) >= 10 {
			return errors.New("stopped after 10 redirects")
		}
		if check != nil {
			if err := check(req); err != nil {
				return err
			}
		}
		return a.apply(req)
	}
	return &c
}

type loader struct {
	programs programCache                                       // compiled bundles, shared by the versions that have the same
	cpu      func(ctx context.Context, work func() error) error // runs work when a core is free (Host.withCPU)
	client   *http.Client
	auth     *feedAuth // the feed's credentials, for requests to its origin
	opts     *Options
	isHost   func(spec string) bool // host modules, left to the runtime's require
	hosts    func() string          // their names, for error messages
}

// loadState is what one load gathers while esbuild runs its callbacks,
// which it does concurrently.
type loadState struct {
	ctx     context.Context
	item    Item
	origins map[string]bool // where this plugin's modules may come from
	client  *http.Client    // the loader's client, following redirects only within origins

	mu      sync.Mutex
	err     error // the first failure, with its phase
	phase   Phase
	modules int
	bytes   int64
	files   []moduleFile // with Options.CacheDir: the modules loaded

	probes  sync.Map // candidate URL → *probe, for TypeScript's import paths
	sources sync.Map // module URL → source, to explain an unsupported import

	fetchTime, mapTime atomic.Int64 // nanoseconds, summed over the modules

	// meta: esbuild defines import.meta (see bundleGraph); without it,
	// metaMissed says that a module needed it.
	meta       bool
	metaMissed atomic.Bool
	entry      *moduleFile // downloaded before the build, taken by its OnLoad
	module     *bundle     // the entry compiled by esmlite: no build
	downloaded sync.Map    // module URL → moduleFile, for a second pass
}

// takeEntry returns the entry module downloaded before the build, once.
func (st *loadState) takeEntry(url string) *moduleFile {
	st.mu.Lock()
	defer st.mu.Unlock()
	e := st.entry
	if e == nil || e.URL != url {
		return nil
	}
	st.entry = nil
	return e
}

func (st *loadState) fail(phase Phase, err error) error {
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.err == nil {
		st.err, st.phase = err, phase
	}
	return err
}

// load fetches and compiles the module graph of it. Errors are *PluginError.
func (l *loader) load(ctx context.Context, it Item) (*bundle, error) {
	if l.opts.RequireIntegrity && it.Integrity == "" {
		return nil, pluginErr(it, PhaseFeed, fmt.Errorf("%w: the item has no integrity value and Options.RequireIntegrity is set", ErrIntegrity))
	}
	var times buildTimes
	start := time.Now()
	st, res, err := l.bundleGraph(ctx, it, false)
	if err == nil && st.module != nil {
		return st.module, nil
	}
	if err == nil && st.metaMissed.Load() {
		// A module other than the entry uses import.meta: bundle again,
		// with the define, from the modules already downloaded.
		st, res, err = l.bundleGraph(withDownloaded(ctx, st), it, true)
	}
	if err != nil {
		return nil, err
	}
	var code, srcMap []byte
	for _, f := range res.OutputFiles {
		if strings.HasSuffix(f.Path, ".map") {
			srcMap = f.Contents
		} else {
			code = f.Contents
		}
	}
	if code == nil {
		return nil, pluginErr(it, PhaseCompile, errors.New("esbuild produced no output"))
	}
	times.bundle = time.Since(start)
	times.fetch, times.inputMaps = time.Duration(st.fetchTime.Load()), time.Duration(st.mapTime.Load())
	start = time.Now()
	srcMap = sourceMapOfURLs(srcMap)
	src := "(function (exports, require, module) {" + string(code) + "\n})"
	if srcMap != nil {
		src += "\n//# sourceMappingURL=" + bundleMapURL
	}
	times.sourceMap = time.Since(start)
	strict := noCommonJS(res.Metafile)
	var prog *jsguard.Program
	var compiled bool
	err = l.cpu(ctx, func() (err error) {
		start = time.Now()
		prog, compiled, err = l.programs.compile(it.Link, src, srcMap, strict)
		return err
	})
	if err != nil {
		return nil, pluginErr(it, PhaseCompile, err)
	}
	if compiled {
		times.compile = time.Since(start)
	}
	return &bundle{program: prog, modules: st.modules, bytes: st.bytes, files: st.files, times: times}, nil
}

// bundleGraph runs esbuild over the module graph of it. esbuild's CommonJS
// output has no import.meta: a define points it at a binding of each module
// (see OnLoad), but any define makes esbuild process its whole table of
// known globals again, about 160 KB and 0.1 ms per build, so it is given
// only when needed. Unless meta asks for it, the entry module is downloaded
// first, and the define is given if the entry uses import.meta (bundled npm
// code does); if another module turns out to use it, the caller bundles
// again with meta.
func (l *loader) bundleGraph(ctx context.Context, it Item, meta bool) (*loadState, api.BuildResult, error) {
	st := &loadState{ctx: ctx, item: it, origins: l.allowedOrigins(it), meta: meta}
	if err := st.checkOrigin(it.Link); err != nil {
		return nil, api.BuildResult{}, pluginErr(it, PhaseFetch, err)
	}
	st.client = l.auth.client(l.client, func(req *http.Request) error { return st.checkOrigin(req.URL.String()) })
	if !meta {
		start := time.Now()
		data, ctype, err := l.fetch(st, it.Link)
		st.fetchTime.Add(int64(time.Since(start)))
		if err != nil {
			return nil, api.BuildResult{}, pluginErr(it, st.phase, st.err)
		}
		st.entry = &moduleFile{URL: it.Link, ContentType: ctype, data: data}
		if st.module, err = l.compileModule(st, start); err != nil {
			return nil, api.BuildResult{}, err
		}
		if st.module != nil {
			return st, api.BuildResult{}, nil
		}
		st.meta = usesImportMeta(it.Link, ctype, string(data))
	}
	var define map[string]string
	if st.meta {
		define = map[string]string{"import.meta": importMetaName}
	}
	res := api.Build(api.BuildOptions{
		EntryPoints: []string{it.Link},
		Bundle:      true,
		Write:       false,
		Outfile:     "plugin.js",
		Format:      api.FormatCommonJS,
		Platform:    api.PlatformNeutral,
		Target:      api.ES2020,
		// goja has no for-await and no async generators: esbuild lowers them.
		Supported:      map[string]bool{"for-await": false, "async-generator": false},
		Define:         define,
		Sourcemap:      api.SourceMapExternal,
		SourcesContent: api.SourcesContentExclude,
		Charset:        api.CharsetUTF8,
		LogLevel:       api.LogLevelSilent,
		Plugins:        []api.Plugin{{Name: "plugmux", Setup: func(b api.PluginBuild) { l.setupBuild(b, st) }}},
		Metafile:       true, // each module's format: see noCommonJS
	})
	if len(res.Errors) > 0 {
		if st.err != nil {
			return nil, res, pluginErr(it, st.phase, st.err)
		}
		return nil, res, pluginErr(it, PhaseCompile, buildError(res.Errors))
	}
	return st, res, nil
}

// noCommonJS reports whether esbuild's metafile says that no module of a
// bundle is CommonJS. The bundle is then compiled as strict code, as Node
// runs ES modules (esbuild's CommonJS output is not strict at run time);
// a bundle with a CommonJS module stays sloppy, as Node runs that module.
func noCommonJS(metafile string) bool {
	var meta struct {
		Inputs map[string]struct {
			Format string `json:"format"`
		} `json:"inputs"`
	}
	if json.Unmarshal([]byte(metafile), &meta) != nil || len(meta.Inputs) == 0 {
		return false
	}
	for _, in := range meta.Inputs {
		if in.Format == "cjs" {
			return false
		}
	}
	return true
}

// compileModule compiles the entry module without esbuild if esmlite takes
// it: a JavaScript module that imports nothing but host modules (see
// internal/esmlite). It
// returns nil if esmlite declines it, or if the module fails its integrity
// check, which the build then reports as usual.
func (l *loader) compileModule(st *loadState, start time.Time) (*bundle, error) {
	it, e := st.item, st.entry
	if loaderFor(e.URL, e.ContentType) != api.LoaderJS || path.Ext(urlPath(e.URL)) == ".cjs" {
		return nil, nil
	}
	if it.Integrity != "" && checkIntegrity(it.Integrity, e.data) != nil {
		return nil, nil
	}
	times := buildTimes{fetch: time.Duration(st.fetchTime.Load())}
	src := string(e.data)
	var prog *jsguard.Program
	var compiled bool
	err := l.cpu(st.ctx, func() (err error) {
		compileStart := time.Now()
		prog, compiled, err = l.programs.build(programKey(it.Link, src, nil, "esmlite"), func() (*jsguard.Program, error) {
			prg, ok := esmlite.Parse(it.Link, src, l.isHost)
			if !ok {
				return nil, errDeclined
			}
			p, err := jsguard.CompileAST(prg, src, true)
			if err != nil {
				// syntax goja does not run (an async generator) but
				// esbuild lowers, or an error esbuild reports better
				return nil, fmt.Errorf("%w: %w", errDeclined, err)
			}
			return p, nil
		})
		if compiled {
			times.compile = time.Since(compileStart)
		}
		return err
	})
	switch {
	case errors.Is(err, errDeclined):
		return nil, nil
	case err != nil:
		return nil, pluginErr(it, PhaseCompile, err) // the context's end
	}
	times.bundle = time.Since(start) - times.compile
	return &bundle{program: prog, modules: st.modules, bytes: st.bytes, files: st.files, times: times, module: true}, nil
}

// errDeclined: esmlite does not take the module; esbuild bundles it.
var errDeclined = errors.New("not an esmlite module")

// usesImportMeta reports whether a module needs import.meta defined.
func usesImportMeta(url, ctype, src string) bool {
	return loaderFor(url, ctype) != api.LoaderJSON && strings.Contains(src, "import.meta") && !strings.HasPrefix(src, "#!")
}

// withDownloaded returns ctx with a lookup that answers from the modules
// st downloaded, before any lookup ctx has already.
func withDownloaded(ctx context.Context, st *loadState) context.Context {
	outer, _ := ctx.Value(cachedModulesKey{}).(func(string) ([]byte, string, bool))
	return withCachedModules(ctx, func(url string) ([]byte, string, bool) {
		if f, ok := st.downloaded.Load(url); ok {
			m := f.(moduleFile)
			return m.data, m.ContentType, true
		}
		if outer != nil {
			return outer(url)
		}
		return nil, "", false
	})
}

// bundleMapURL is where a bundle's sourceMappingURL comment points: the
// compiled-program cache hands goja the map itself (see
// programCache.compile), so no data: URL is built, encoded and decoded for
// it; a big bundle's map is megabytes.
const bundleMapURL = "plugmux:bundle.js.map"

// sourceMapOfURLs returns esbuild's source map with its namespace prefix
// removed from the sources, so that stack traces name the modules' URLs,
// and its columns counted from one, as goja reads them (oneBasedColumns).
// Only the sources array is decoded and replaced, and the mappings after
// it rewritten; the names of a big bundle are kept as esbuild wrote them.
// A map it cannot read is returned as it is.
func sourceMapOfURLs(m []byte) []byte {
	if m == nil {
		return nil
	}
	start, end, ok := jsonMember(m, "sources")
	if !ok {
		return m
	}
	var srcs []string
	if json.Unmarshal(m[start:end], &srcs) != nil {
		return m
	}
	for i, s := range srcs {
		srcs[i] = strings.TrimPrefix(s, urlNamespace+":")
	}
	b, err := json.Marshal(srcs)
	if err != nil {
		return m
	}
	rest := m[end:]
	// the mappings, with columns counted from one (see oneBasedColumns)
	if i, j, ok := mappingsAfterSources(rest); ok {
		if mapped := oneBasedColumns(rest[i:j]); mapped != nil {
			rest = append(append(append(make([]byte, 0, len(rest)+len(mapped)-(j-i)), rest[:i]...), mapped...), rest[j:]...)
		}
	}
	out := make([]byte, 0, start+len(b)+len(rest))
	out = append(append(append(out, m[:start]...), b...), rest...)
	return out
}

// mappingsAfterSources finds the mappings string where esbuild writes it,
// as the member after the sources: its characters are rest[i:j], rest
// being what follows the sources array.
func mappingsAfterSources(rest []byte) (i, j int, ok bool) {
	k := skipJSONSpace(rest, 0)
	if k == len(rest) || rest[k] != ',' {
		return 0, 0, false
	}
	k = skipJSONSpace(rest, k+1)
	if !bytes.HasPrefix(rest[k:], []byte(`"mappings"`)) {
		return 0, 0, false
	}
	k = skipJSONSpace(rest, k+len(`"mappings"`))
	if k == len(rest) || rest[k] != ':' {
		return 0, 0, false
	}
	k = skipJSONSpace(rest, k+1)
	if k == len(rest) || rest[k] != '"' {
		return 0, 0, false
	}
	e := bytes.IndexByte(rest[k+1:], '"')
	if e < 0 || bytes.IndexByte(rest[k+1:k+1+e], '\\') >= 0 {
		return 0, 0, false
	}
	return k + 1, k + 1 + e, true
}

func skipJSONSpace(b []byte, k int) int {
	for k < len(b) && (b[k] == ' ' || b[k] == '\n' || b[k] == '\r' || b[k] == '\t') {
		k++
	}
	return k
}

// oneBasedColumns rewrites a source map's mappings so that its columns,
// generated and original, count from one: goja looks a position up with
// a column counted from one and reports the original column it finds as
// it is, while source maps count columns from zero, so without this every
// column of a bundled module's stack frame was one less than Node's (and
// a one-character token could be taken for its neighbour). Generated
// columns restart on every line, so the first segment of each line moves;
// original columns are deltas over the whole map, so the first segment
// that has one moves. nil if a segment it rewrites does not decode (the
// others are copied as they are).
func oneBasedColumns(mappings []byte) []byte {
	out := make([]byte, 0, len(mappings)+len(mappings)/32+8)
	lineStart, shifted := true, false
	var fields [5]int
	for i := 0; i < len(mappings); {
		switch c := mappings[i]; c {
		case ';':
			lineStart = true
			fallthrough
		case ',':
			out = append(out, c)
			i++
			continue
		}
		j := i
		for j < len(mappings) && mappings[j] != ',' && mappings[j] != ';' {
			j++
		}
		if !lineStart && shifted {
			out = append(out, mappings[i:j]...)
			i = j
			continue
		}
		n, ok := decodeVLQ(mappings[i:j], &fields)
		if !ok {
			return nil
		}
		if lineStart {
			fields[0]++
		}
		if !shifted && n >= 4 {
			fields[3]++
			shifted = true
		}
		for _, v := range fields[:n] {
			out = appendVLQ(out, v)
		}
		lineStart = false
		i = j
	}
	return out
}

const vlqDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// decodeVLQ decodes the base64 VLQ numbers of one segment (at most 5).
func decodeVLQ(seg []byte, fields *[5]int) (n int, ok bool) {
	shift, v := 0, 0
	for _, c := range seg {
		d := strings.IndexByte(vlqDigits, c)
		if d < 0 || n == len(fields) || shift > 60 {
			return 0, false
		}
		v |= (d & 31) << shift
		if d&32 != 0 {
			shift += 5
			continue
		}
		if v&1 != 0 {
			fields[n] = -(v >> 1)
		} else {
			fields[n] = v >> 1
		}
		n++
		shift, v = 0, 0
	}
	return n, shift == 0 && n > 0
}

// appendVLQ appends v as a base64 VLQ number.
func appendVLQ(out []byte, v int) []byte {
	u := v << 1
	if v < 0 {
		u = (-v)<<1 | 1
	}
	for {
		d := u & 31
		u >>= 5
		if u != 0 {
			d |= 32
		}
		out = append(out, vlqDigits[d])
		if u == 0 {
			return out
		}
	}
}

// jsonMember finds the value of a top-level member of the JSON object doc,
// reading only as far as that member: its bytes are doc[start:end].
func jsonMember(doc []byte, name string) (start, end int, ok bool) {
	dec := json.NewDecoder(bytes.NewReader(doc))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return 0, 0, false
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return 0, 0, false
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return 0, 0, false
		}
		if key == name {
			end = int(dec.InputOffset())
			return end - len(v), end, true
		}
	}
	return 0, 0, false
}

// buildError formats esbuild's messages as "url:line:col: text".
func buildError(msgs []api.Message) error {
	var parts []string
	for i, m := range msgs {
		if i == 3 {
			parts = append(parts, fmt.Sprintf("and %d more errors", len(msgs)-i))
			break
		}
		text := m.Text
		if strings.Contains(text, "Top-level await") {
			text += " (plugmux runs modules as CommonJS: move the await into setup, which may be async)"
		}
		if loc := m.Location; loc != nil {
			file := strings.TrimPrefix(loc.File, urlNamespace+":")
			text = fmt.Sprintf("%s:%d:%d: %s", file, loc.Line, loc.Column+1, text)
		}
		parts = append(parts, text)
	}
	return errors.New(strings.Join(parts, "; "))
}

func (l *loader) setupBuild(b api.PluginBuild, st *loadState) {
	b.OnResolve(api.OnResolveOptions{Filter: ".*"}, func(args api.OnResolveArgs) (api.OnResolveResult, error) {
		if args.Kind == api.ResolveEntryPoint {
			return api.OnResolveResult{Path: args.Path, Namespace: urlNamespace}, nil
		}
		spec := args.Path
		if l.isHost(spec) {
			return api.OnResolveResult{Path: spec, External: true}, nil
		}
		if jsenv.IsNodeBuiltin(spec) {
			src, _ := st.sources.Load(args.Importer)
			text, _ := src.(string)
			return api.OnResolveResult{}, st.fail(PhaseCompile, unsupportedBuiltin(spec, args.Importer, text))
		}
		if isRelativeOrURL(spec) {
			base, err := url.Parse(args.Importer)
			if err != nil {
				return api.OnResolveResult{}, st.fail(PhaseCompile, err)
			}
			ref, err := url.Parse(spec)
			if err != nil {
				return api.OnResolveResult{}, st.fail(PhaseCompile, fmt.Errorf("import %q: %w", spec, err))
			}
			target := base.ResolveReference(ref).String()
			if err := st.checkOrigin(target); err != nil {
				return api.OnResolveResult{}, st.fail(PhaseFetch, fmt.Errorf("import %q in %s: %w", spec, args.Importer, err))
			}
			if isTypeScript(args.Importer) {
				found, err := l.resolveTS(st, target)
				if err != nil {
					return api.OnResolveResult{}, st.fail(PhaseFetch, fmt.Errorf("import %q in %s: %w", spec, args.Importer, err))
				}
				target = found
			}
			return api.OnResolveResult{Path: target, Namespace: urlNamespace}, nil
		}
		return api.OnResolveResult{}, st.fail(PhaseCompile, fmt.Errorf(
			"%w %q in %s: plugmux does not resolve npm packages; bundle it into the plugin (esbuild --bundle --format=esm), or import one of the host modules (%s)",
			ErrBareImport, spec, args.Importer, l.hosts()))
	})
	b.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: urlNamespace}, func(args api.OnLoadArgs) (api.OnLoadResult, error) {
		var data []byte
		var ctype string
		if e := st.takeEntry(args.Path); e != nil {
			data, ctype = e.data, e.ContentType
		} else {
			start := time.Now()
			var err error
			data, ctype, err = l.fetch(st, args.Path)
			st.fetchTime.Add(int64(time.Since(start)))
			if err != nil {
				return api.OnLoadResult{}, err
			}
		}
		if args.Path == st.item.Link && st.item.Integrity != "" {
			if err := checkIntegrity(st.item.Integrity, data); err != nil {
				return api.OnLoadResult{}, st.fail(PhaseFetch, err)
			}
		}
		text := string(data)
		st.sources.Store(args.Path, text)
		mapStart := time.Now()
		contents := l.inlineInputMap(st, args.Path, text)
		st.mapTime.Add(int64(time.Since(mapStart)))
		loader := loaderFor(args.Path, ctype)
		if usesImportMeta(args.Path, ctype, contents) {
			if !st.meta {
				st.metaMissed.Store(true)
			}
			// esbuild's CommonJS output has no import.meta; each module
			// gets its own, with its URL, as a module-level binding that
			// esbuild's define points import.meta at (bundleGraph). It goes
			// on the first line, so that no line of the module moves.
			meta, _ := json.Marshal(map[string]string{"url": args.Path})
			contents = "var " + importMetaName + " = " + string(meta) + "; " + contents
		}
		return api.OnLoadResult{Contents: &contents, Loader: loader}, nil
	})
}

// importMetaName is the module-level binding that stands for import.meta
// in each module of a bundle (see OnLoad).
const importMetaName = "__plugmuxImportMeta"

// TypeScript authors write imports as tsc and their bundler resolve them
// locally: "./util" for util.ts (or util.tsx, util/index.ts), and, in
// NodeNext style, "./util.js" for util.ts. A URL has no directory to list,
// so from a TypeScript module the loader probes the few candidates in that
// order, each once per load (a HEAD request, or a stat for file: URLs), and
// takes the first that exists.

// isTypeScript reports whether a module URL names a TypeScript file.
func isTypeScript(rawURL string) bool {
	switch path.Ext(urlPath(rawURL)) {
	case ".ts", ".tsx", ".mts", ".cts":
		return true
	}
	return false
}

func urlPath(rawURL string) string {
	if u, err := url.Parse(rawURL); err == nil {
		return u.Path
	}
	return rawURL
}

// tsCandidates lists where an import from a TypeScript module may be, in
// the order tsc and esbuild look. Nil means the path is taken as written.
func tsCandidates(target string) []string {
	u, err := url.Parse(target)
	if err != nil {
		return nil
	}
	with := func(p string) string {
		c := *u
		c.Path = p
		c.RawPath = ""
		return c.String()
	}
	p := u.Path
	ext := path.Ext(p)
	stem := strings.TrimSuffix(p, ext)
	switch ext {
	case ".js":
		return []string{target, with(stem + ".ts"), with(stem + ".tsx")}
	case ".jsx":
		return []string{target, with(stem + ".tsx")}
	case ".mjs":
		return []string{target, with(stem + ".mts")}
	case ".cjs":
		return []string{target, with(stem + ".cts")}
	case "":
		dir := strings.TrimSuffix(p, "/")
		if dir == "" {
			return nil
		}
		return []string{with(dir + ".ts"), with(dir + ".tsx"), with(dir + "/index.ts"), with(dir + "/index.tsx"), target}
	}
	return nil
}

// probe is one candidate's existence, found once per load.
type probe struct {
	once   sync.Once
	exists bool
	err    error
}

// resolveTS returns the first of target's candidates that exists.
func (l *loader) resolveTS(st *loadState, target string) (string, error) {
	candidates := tsCandidates(target)
	if candidates == nil {
		return target, nil
	}
	for _, c := range candidates {
		if st.checkOrigin(c) != nil {
			continue
		}
		v, _ := st.probes.LoadOrStore(c, &probe{})
		p := v.(*probe)
		p.once.Do(func() { p.exists, p.err = l.exists(st, c) })
		if p.err != nil {
			return "", p.err
		}
		if p.exists {
			return c, nil
		}
	}
	dir := path.Dir(urlPath(target)) + "/"
	names := make([]string, len(candidates))
	for i, c := range candidates {
		names[i] = strings.TrimPrefix(urlPath(c), dir)
	}
	return "", fmt.Errorf("%w: %s: none of %s exists (TypeScript imports are looked up as tsc does)", ErrFetch, target, strings.Join(names, ", "))
}

// exists asks whether a module is there, without downloading it: 404 and
// 410 mean no.
func (l *loader) exists(st *loadState, rawURL string) (bool, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return false, err
	}
	if u.Scheme == "file" {
		fi, err := os.Stat(u.Path)
		return err == nil && fi.Mode().IsRegular(), nil
	}
	ctx, cancel := context.WithTimeout(st.ctx, l.opts.FetchTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodHead, rawURL, nil)
	if err != nil {
		return false, err
	}
	resp, err := st.client.Do(req)
	if err != nil {
		return false, fmt.Errorf("%w: %w", ErrFetch, err)
	}
	resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusOK:
		return true, nil
	case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone:
		return false, nil
	}
	return false, fmt.Errorf("%w: HEAD %s: %s", ErrFetch, rawURL, resp.Status)
}

// sourceMappingLine matches a line that is a "//# sourceMappingURL="
// comment; its group is the reference.
var sourceMappingLine = regexp.MustCompile(`^[ \t]*//[#@][ \t]*sourceMappingURL=([^\s'"]+)[ \t]*$`)

// lastSourceMapRef finds a module's last "//# sourceMappingURL=" comment
// line: loc holds the comment's start and end and the reference's start and
// end. Only the lines that contain the marker are matched (a regular
// expression over the whole of a large bundle took 13 ms).
func lastSourceMapRef(src string) (loc [4]int, ok bool) {
	const marker = "sourceMappingURL="
	for pos := 0; ; {
		i := strings.Index(src[pos:], marker)
		if i < 0 {
			return loc, ok
		}
		i += pos
		ls := strings.LastIndexByte(src[:i], '\n') + 1
		le := i + strings.IndexByte(src[i:], '\n')
		if le < i {
			le = len(src)
		}
		if m := sourceMappingLine.FindStringSubmatchIndex(src[ls:le]); m != nil {
			loc, ok = [4]int{ls + m[0], ls + m[1], ls + m[2], ls + m[3]}, true
		}
		pos = le
	}
}

// inlineInputMap replaces a module's reference to a source map next to it
// (//# sourceMappingURL=index.js.map) with the map itself, inline, so that
// esbuild chains it into the bundle's map and stack traces name the
// author's original sources. esbuild reads inline maps itself. A map that
// cannot be loaded (missing, too large, another origin) is left out: the
// stack then names the module as published.
func (l *loader) inlineInputMap(st *loadState, moduleURL, src string) string {
	loc, ok := lastSourceMapRef(src)
	if !ok {
		return src
	}
	ref := src[loc[2]:loc[3]]
	if strings.HasPrefix(ref, "data:") {
		return src
	}
	base, err1 := url.Parse(moduleURL)
	rel, err2 := url.Parse(ref)
	if err1 != nil || err2 != nil {
		return src
	}
	mapURL := base.ResolveReference(rel)
	if mapURL.Scheme != base.Scheme || st.checkOrigin(mapURL.String()) != nil {
		return src
	}
	data, err := l.fetchMap(st, mapURL)
	if err != nil || !json.Valid(data) {
		return src
	}
	return src[:loc[0]] + "//# sourceMappingURL=data:application/json;base64," + base64.StdEncoding.EncodeToString(data) + src[loc[1]:]
}

// fetchMap downloads a module's source map, within Options.FetchTimeout
// and Options.MaxModuleBytes.
func (l *loader) fetchMap(st *loadState, u *url.URL) ([]byte, error) {
	var body io.ReadCloser
	switch u.Scheme {
	case "file":
		f, err := os.Open(u.Path)
		if err != nil {
			return nil, err
		}
		body = f
	case "http", "https":
		ctx, cancel := context.WithTimeout(st.ctx, l.opts.FetchTimeout)
		defer cancel()
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
		if err != nil {
			return nil, err
		}
		if err := l.auth.apply(req); err != nil {
			return nil, err
		}
		resp, err := st.client.Do(req)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode != http.StatusOK {
			resp.Body.Close()
			return nil, fmt.Errorf("GET %s: %s", u, resp.Status)
		}
		body = resp.Body
	default:
		return nil, fmt.Errorf("unsupported scheme %q", u.Scheme)
	}
	defer body.Close()
	data, err := io.ReadAll(io.LimitReader(body, l.opts.MaxModuleBytes+1))
	if err == nil && int64(len(data)) > l.opts.MaxModuleBytes {
		err = fmt.Errorf("%s is larger than %d bytes", u, l.opts.MaxModuleBytes)
	}
	return data, err
}

// isRelativeOrURL reports whether an import specifier is resolved against
// its importer: "./x", "../x", "/x", or an absolute URL.
func isRelativeOrURL(spec string) bool {
	if strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../") || strings.HasPrefix(spec, "/") || spec == "." || spec == ".." {
		return true
	}
	u, err := url.Parse(spec)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https" || u.Scheme == "file")
}

// fetch downloads one module, within the size limits.
func (l *loader) fetch(st *loadState, rawURL string) ([]byte, string, error) {
	st.mu.Lock()
	st.modules++
	n := st.modules
	st.mu.Unlock()
	if max := l.opts.MaxModules; n > max {
		return nil, "", st.fail(PhaseFetch, fmt.Errorf("%w: the module graph has more than %d modules (Options.MaxModules)", ErrModuleTooLarge, max))
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, "", st.fail(PhaseFetch, err)
	}
	if lookup, ok := st.ctx.Value(cachedModulesKey{}).(func(string) ([]byte, string, bool)); ok {
		if data, ctype, ok := lookup(rawURL); ok {
			return l.loaded(st, rawURL, ctype, data)
		}
	}
	var body io.ReadCloser
	var ctype string
	switch u.Scheme {
	case "file":
		f, err := os.Open(u.Path)
		if err != nil {
			return nil, "", st.fail(PhaseFetch, fmt.Errorf("%w: %w", ErrFetch, err))
		}
		body = f
	case "http", "https":
		ctx, cancel := context.WithTimeout(st.ctx, l.opts.FetchTimeout)
		defer cancel()
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
		if err != nil {
			return nil, "", st.fail(PhaseFetch, err)
		}
		if err := l.auth.apply(req); err != nil {
			return nil, "", st.fail(PhaseFetch, fmt.Errorf("%w: feed credentials: %w", ErrFetch, err))
		}
		resp, err := st.client.Do(req)
		if err != nil {
			return nil, "", st.fail(PhaseFetch, fmt.Errorf("%w: %w", ErrFetch, err))
		}
		if resp.StatusCode != http.StatusOK {
			resp.Body.Close()
			return nil, "", st.fail(PhaseFetch, fmt.Errorf("%w: GET %s: %s", ErrFetch, rawURL, resp.Status))
		}
		body, ctype = resp.Body, resp.Header.Get("Content-Type")
	default:
		return nil, "", st.fail(PhaseFetch, fmt.Errorf("%w: %s: unsupported URL scheme %q", ErrFetch, rawURL, u.Scheme))
	}
	defer body.Close()
	max := l.opts.MaxModuleBytes
	data, err := io.ReadAll(io.LimitReader(body, max+1))
	if err != nil {
		return nil, "", st.fail(PhaseFetch, fmt.Errorf("%w: %s: %w", ErrFetch, rawURL, err))
	}
	if int64(len(data)) > max {
		return nil, "", st.fail(PhaseFetch, fmt.Errorf("%w: %s is larger than %d bytes (Options.MaxModuleBytes)", ErrModuleTooLarge, rawURL, max))
	}
	return l.loaded(st, rawURL, ctype, data)
}

// loaded counts a module's bytes against Options.MaxGraphBytes and, when
// the host keeps a cache (Options.CacheDir), records them, so that what
// serves can be saved as the last known good.
func (l *loader) loaded(st *loadState, rawURL, ctype string, data []byte) ([]byte, string, error) {
	st.downloaded.Store(rawURL, moduleFile{URL: rawURL, ContentType: ctype, data: data})
	st.mu.Lock()
	if l.opts.CacheDir != "" {
		st.files = append(st.files, moduleFile{URL: rawURL, ContentType: ctype, data: data})
	}
	st.bytes += int64(len(data))
	total := st.bytes
	st.mu.Unlock()
	if total > l.opts.MaxGraphBytes {
		return nil, "", st.fail(PhaseFetch, fmt.Errorf("%w: the module graph is larger than %d bytes (Options.MaxGraphBytes)", ErrModuleTooLarge, l.opts.MaxGraphBytes))
	}
	return data, ctype, nil
}

// ErrOrigin: a module, a link or a redirect is outside the allowed origins.
var ErrOrigin = errors.New("origin not allowed")

// allowedOrigins is where an item's modules may load from:
// Options.ModuleOrigins when set, else the feed's origin and the link's.
func (l *loader) allowedOrigins(it Item) map[string]bool {
	set := map[string]bool{}
	if len(l.opts.ModuleOrigins) > 0 {
		for _, o := range l.opts.ModuleOrigins {
			set[originOf(o)] = true
		}
		return set
	}
	set[originOf(l.opts.FeedURL)] = true
	if o := originOf(it.Link); o != "file://" {
		set[o] = true
	}
	return set
}

func (st *loadState) checkOrigin(rawURL string) error {
	o := originOf(rawURL)
	if st.origins[o] {
		return nil
	}
	allowed := make([]string, 0, len(st.origins))
	for k := range st.origins {
		allowed = append(allowed, k)
	}
	slices.Sort(allowed)
	hint := "Options.ModuleOrigins lists the allowed origins"
	if o == "file://" {
		hint = `file links need "file://" in Options.ModuleOrigins`
	}
	return fmt.Errorf("%w: %s is outside %s (%s)", ErrOrigin, rawURL, strings.Join(allowed, ", "), hint)
}

// originOf returns scheme://host[:port] with default ports dropped, or
// "file://" for file URLs.
func originOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" {
		return raw
	}
	scheme := strings.ToLower(u.Scheme)
	if scheme == "file" {
		return "file://"
	}
	host := strings.ToLower(u.Hostname())
	if p := u.Port(); p != "" && !(scheme == "http" && p == "80") && !(scheme == "https" && p == "443") {
		host = net.JoinHostPort(host, p)
	} else if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	return scheme + "://" + host
}

// loaderFor picks esbuild's loader by the URL's extension, else by the
// response's Content-Type; JavaScript is the default.
func loaderFor(rawURL, ctype string) api.Loader {
	p := rawURL
	if u, err := url.Parse(rawURL); err == nil {
		p = u.Path
	}
	switch path.Ext(p) {
	case ".ts", ".mts", ".cts":
		return api.LoaderTS
	case ".tsx":
		return api.LoaderTSX
	case ".jsx":
		return api.LoaderJSX
	case ".json":
		return api.LoaderJSON
	case ".js", ".mjs", ".cjs":
		return api.LoaderJS
	}
	mt, _, _ := mime.ParseMediaType(ctype)
	switch {
	case strings.Contains(mt, "typescript"):
		return api.LoaderTS
	case mt == "application/json" || strings.HasSuffix(mt, "+json"):
		return api.LoaderJSON
	}
	return api.LoaderJS
}

// ErrIntegrity: a module's bytes do not match the feed item's integrity.
var ErrIntegrity = errors.New("integrity mismatch")

// checkIntegrity verifies data against a Subresource Integrity value: of the
// hashes it lists, those of the strongest algorithm must include a match.
func checkIntegrity(sri string, data []byte) error {
	algos := map[string]func() hash.Hash{"sha256": sha256.New, "sha384": sha512.New384, "sha512": sha512.New}
	rank := map[string]int{"sha256": 1, "sha384": 2, "sha512": 3}
	best, want := "", []string(nil)
	for _, tok := range strings.Fields(sri) {
		algo, digest, ok := strings.Cut(tok, "-")
		if !ok || algos[algo] == nil {
			continue
		}
		digest, _, _ = strings.Cut(digest, "?") // options are allowed and ignored
		switch {
		case rank[algo] > rank[best]:
			best, want = algo, []string{digest}
		case algo == best:
			want = append(want, digest)
		}
	}
	if best == "" {
		return fmt.Errorf("%w: %q has no sha256, sha384 or sha512 hash", ErrIntegrity, sri)
	}
	h := algos[best]()
	h.Write(data)
	got := base64.StdEncoding.EncodeToString(h.Sum(nil))
	for _, w := range want {
		if subtle.ConstantTimeCompare([]byte(w), []byte(got)) == 1 {
			return nil
		}
	}
	return fmt.Errorf("%w: the entry module's %s is %s-%s, the feed says %s", ErrIntegrity, best, best, got, sri)
}

// programCache compiles a bundle once however many versions have the same
// one: plugins published from the same module URL, or a version whose
// update changed only its config. It is content-addressed, by the SHA-256
// of the program's name (its entry URL, which stack traces show) and its
// source (the bundle with its source map, so the URLs of every module). It
// holds its programs weakly: a program stays while a version or a runtime
// uses it and leaves the cache with the last of them, so the cache is
// bounded by what is installed.
type programCache struct {
	mu        sync.Mutex
	programs  map[[32]byte]weak.Pointer[jsguard.Program]
	compiling map[[32]byte]*compileCall // compiles in progress: the same source waits for them
}

// compileCall is a compile in progress.
type compileCall struct {
	done chan struct{}
	prog *jsguard.Program
	err  error
}

// compile returns the program of src, whose source map is srcMap (nil:
// none), compiled now (compiled is true) or earlier; strict compiles it
// as strict code.
func (c *programCache) compile(name, src string, srcMap []byte, strict bool) (prog *jsguard.Program, compiled bool, err error) {
	kind := "bundle"
	if strict {
		kind = "strict bundle"
	}
	return c.build(programKey(name, src, srcMap, kind), func() (*jsguard.Program, error) {
		// jsguard.Compile: one parse, and a program that uses BigInt gets
		// its growing operators guarded (see internal/jsguard, BigInt)
		return jsguard.Compile(name, src, strict, parser.WithSourceMapLoader(func(url string) ([]byte, error) {
			if url != bundleMapURL || srcMap == nil {
				return nil, fmt.Errorf("no source map at %s", url)
			}
			return srcMap, nil
		}))
	})
}

// programKey is the cache's key for the program compiled from src, named
// name, with source map srcMap, by the compiler kind names.
func programKey(name, src string, srcMap []byte, kind string) [32]byte {
	h := sha256.New()
	for _, part := range [][]byte{[]byte(kind), []byte(name), []byte(src), srcMap} {
		h.Write(part)
		h.Write([]byte{0})
	}
	var key [32]byte
	h.Sum(key[:0])
	return key
}

// build returns the program of key, made now by compile (compiled is true)
// or earlier; callers of the same key wait for one compile. An error is
// not kept: the next caller compiles again.
func (c *programCache) build(key [32]byte, compile func() (*jsguard.Program, error)) (prog *jsguard.Program, compiled bool, err error) {
	c.mu.Lock()
	if p := c.programs[key].Value(); p != nil {
		c.mu.Unlock()
		return p, false, nil
	}
	if call := c.compiling[key]; call != nil {
		c.mu.Unlock()
		<-call.done
		return call.prog, false, call.err
	}
	call := &compileCall{done: make(chan struct{})}
	if c.compiling == nil {
		c.compiling = map[[32]byte]*compileCall{}
		c.programs = map[[32]byte]weak.Pointer[jsguard.Program]{}
	}
	c.compiling[key] = call
	c.mu.Unlock()

	call.prog, call.err = compile()
	c.mu.Lock()
	delete(c.compiling, key)
	if call.err == nil {
		c.programs[key] = weak.Make(call.prog)
		runtime.AddCleanup(call.prog, c.forget, key)
	}
	c.mu.Unlock()
	close(call.done)
	return call.prog, true, call.err
}

// forget drops the entry of a program no longer used, unless the same
// source has been compiled again since.
func (c *programCache) forget(key [32]byte) {
	c.mu.Lock()
	if wp, ok := c.programs[key]; ok && wp.Value() == nil {
		delete(c.programs, key)
	}
	c.mu.Unlock()
}

// size reports the programs the cache holds.
func (c *programCache) size() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.programs)
}
