package main

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/plugmux/plugmux"
	"github.com/plugmux/plugmux/internal/feedserver"
)

// npmDir holds the package.json and package-lock.json that pin the npm
// tools the tests run; `npm ci` there installs them (.ci/run does).
const npmDir = "testdata/npm"

// npmTimeout bounds one run of the npm CLI, which may download it first.
const npmTimeout = 3 * time.Minute

// publishCommand returns the command that runs publish-microfrontend with
// args: the copy installed in npmDir if `npm ci` ran there (offline, the
// pinned version), else npx --yes with the version pinned in npmDir's
// package.json (which needs the npm registry). It skips the test if npx
// is not on PATH.
func publishCommand(t *testing.T, ctx context.Context, args ...string) *exec.Cmd {
	t.Helper()
	npx, err := exec.LookPath("npx")
	if err != nil {
		t.Skip("npx is not on PATH: install Node.js with npm to test publishing with the real publish-microfrontend CLI")
	}
	dir, err := filepath.Abs(npmDir)
	if err != nil {
		t.Fatal(err)
	}
	var cmd *exec.Cmd
	if _, err := os.Stat(filepath.Join(dir, "node_modules", ".bin", "publish-microfrontend")); err == nil {
		cmd = exec.CommandContext(ctx, npx, append([]string{"--no-install", "publish-microfrontend"}, args...)...)
	} else {
		b, err := os.ReadFile(filepath.Join(dir, "package.json"))
		if err != nil {
			t.Fatal(err)
		}
		var pkg struct {
			DevDependencies map[string]string `json:"devDependencies"`
		}
		if err := json.Unmarshal(b, &pkg); err != nil {
			t.Fatal(err)
		}
		version := pkg.DevDependencies["publish-microfrontend"]
		t.Logf("publish-microfrontend is not installed in %s (run npm ci there); using npx --yes publish-microfrontend@%s", npmDir, version)
		cmd = exec.CommandContext(ctx, npx, append([]string{"--yes", "publish-microfrontend@" + version}, args...)...)
	}
	cmd.Dir = dir
	// The CLI packs the plugin into a temporary file: keep it in the test's
	// own directory.
	cmd.Env = append(os.Environ(), "TMPDIR="+t.TempDir())
	return cmd
}

// publishWithNPM publishes the plugin folder src to feedURL with the real
// CLI, and reports whether it succeeded, with its output.
func publishWithNPM(t *testing.T, src, feedURL, key string) (bool, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), npmTimeout)
	defer cancel()
	cmd := publishCommand(t, ctx, "--source", src, "--url", feedURL, "--api-key", key)
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("%s: did not finish within %s:\n%s", cmd, npmTimeout, out)
	}
	return err == nil, string(out)
}

// TestPublishMicrofrontend publishes examples/plugins/app1 to the feed
// service with the npm CLI publish-microfrontend, as a user would, and a
// plugmux host serves it; then v2, then a rollback.
func TestPublishMicrofrontend(t *testing.T) {
	base, _ := startCmd(t, config{dataDir: t.TempDir(), apiKeys: []string{testKey}}, slog.New(slog.DiscardHandler))
	feedURL := base + feedserver.FeedPath("npm")

	// A temporary copy of the example plugin, with the package.json that
	// npm pack needs.
	src := t.TempDir()
	index, err := os.ReadFile(filepath.Join("..", "plugins", "app1", "index.js"))
	if err != nil {
		t.Fatal(err)
	}
	writePkg := func(version string) {
		t.Helper()
		pkg := `{"name":"app1","version":"` + version + `","main":"index.js","files":["index.js"]}`
		if err := os.WriteFile(filepath.Join(src, "package.json"), []byte(pkg), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(src, "index.js"), index, 0o644); err != nil {
		t.Fatal(err)
	}
	writePkg("1.0.0")

	if ok, out := publishWithNPM(t, src, feedURL, testKey); !ok || !strings.Contains(out, `"success": true`) {
		t.Fatalf("publish-microfrontend 1.0.0 failed:\n%s", out)
	}
	h := startHost(t, feedURL)
	if status, body := h.get("/api/app1/foo"); status != 200 || body != "Hello from app1 v1: /foo" {
		t.Fatalf("after publishing 1.0.0: %d %q", status, body)
	}

	writePkg("2.0.0")
	if ok, out := publishWithNPM(t, src, feedURL, testKey); !ok {
		t.Fatalf("publish-microfrontend 2.0.0 failed:\n%s", out)
	}
	h.await(plugmux.Updated, "app1", "2.0.0")
	if status, body := h.get("/api/app1/foo"); status != 200 || body != "Hello from app1 v2: /foo" {
		t.Fatalf("after publishing 2.0.0: %d %q", status, body)
	}

	// The CLI reports a refused publish as a failure.
	if ok, out := publishWithNPM(t, src, feedURL, testKey); ok || !strings.Contains(out, "409") {
		t.Errorf("publishing 2.0.0 again: success %v, want a 409 failure:\n%s", ok, out)
	}
	if ok, out := publishWithNPM(t, src, feedURL, "wrong-key"); ok || !strings.Contains(out, "401") {
		t.Errorf("publishing with a wrong key: success %v, want a 401 failure:\n%s", ok, out)
	}

	if status, body := apiCall(t, http.MethodPut, feedURL+"/app1/active", `{"version":"1.0.0"}`); status != http.StatusOK {
		t.Fatalf("rollback: %d %s", status, body)
	}
	h.await(plugmux.Updated, "app1", "1.0.0")
	if status, body := h.get("/api/app1/foo"); status != 200 || body != "Hello from app1 v1: /foo" {
		t.Fatalf("after the rollback: %d %q", status, body)
	}
}
