package lkg

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestStoreRoundTripVerifiesAndPrunes(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	var idx map[string]string
	if err := s.LoadIndex(&idx); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("LoadIndex of an empty store = %v, want fs.ErrNotExist", err)
	}
	a, err := s.PutModule([]byte("export const a = 1"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.PutModule([]byte("export const b = 2"))
	if err != nil {
		t.Fatal(err)
	}
	if a != Sum([]byte("export const a = 1")) || len(a) != 64 {
		t.Fatalf("sum %q", a)
	}
	if err := s.SaveIndex(map[string]string{"a": a}); err != nil {
		t.Fatal(err)
	}
	// A second store on the same directory (a restart) reads it back.
	s2, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s2.LoadIndex(&idx); err != nil || idx["a"] != a {
		t.Fatalf("index = %v, %v", idx, err)
	}
	if got, err := s2.Module(a); err != nil || string(got) != "export const a = 1" {
		t.Fatalf("Module = %q, %v", got, err)
	}
	// A module changed on disk is refused.
	if err := os.WriteFile(filepath.Join(dir, "modules", b), []byte("evil()"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := s2.Module(b); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("tampered module: err = %v, want ErrCorrupt", err)
	}
	if _, err := s2.Module("../index.json"); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("path as sum: err = %v, want ErrCorrupt", err)
	}
	// PutModule repairs a tampered file.
	if _, err := s2.PutModule([]byte("export const b = 2")); err != nil {
		t.Fatal(err)
	}
	if got, err := s2.Module(b); err != nil || string(got) != "export const b = 2" {
		t.Fatalf("repaired Module = %q, %v", got, err)
	}
	if err := s2.Prune(map[string]bool{a: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := s2.Module(b); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("pruned module: err = %v", err)
	}
	if _, err := s2.Module(a); err != nil {
		t.Fatalf("kept module: %v", err)
	}
	// Temporary files left by a crash go at the next Open.
	tmp := filepath.Join(dir, "modules", ".tmp-123")
	if err := os.WriteFile(tmp, []byte("half"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(tmp); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("temporary file survived Open: %v", err)
	}
}
