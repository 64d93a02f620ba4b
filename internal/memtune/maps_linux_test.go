package memtune

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

func TestAnonRW(t *testing.T) {
	for _, c := range []struct {
		line   string
		lo, hi uintptr
		ok     bool
	}{
		{"2e620f400000-2e6228800000 rw-p 00000000 00:00 0 ", 0x2e620f400000, 0x2e6228800000, true},
		{"7ffdc66ce000-7ffdc66ef000 rw-p 00000000 00:00 0                          [stack]", 0, 0, false},
		{"0059d000-005d3000 r--p 00000000 00:00 0 ", 0, 0, false},
		{"00400000-0059d000 rw-p 00000000 08:01 1234 /usr/bin/x", 0, 0, false},
		{"zz-yy rw-p 00000000 00:00 0", 0, 0, false},
	} {
		lo, hi, ok := anonRW([]byte(c.line))
		if lo != c.lo || hi != c.hi || ok != c.ok {
			t.Errorf("anonRW(%q) = %x, %x, %v; want %x, %x, %v", c.line, lo, hi, ok, c.lo, c.hi, c.ok)
		}
	}
}

func TestSystemMemory(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		t.Helper()
		p := dir + "/" + name
		if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	if got := memTotal(write("meminfo", "MemTotal:       24567892 kB\nMemFree:  1 kB\n")); got != 24567892<<10 {
		t.Errorf("memTotal = %d", got)
	}
	if got := memTotal(write("bad", "nothing here\n")); got != 0 {
		t.Errorf("memTotal of no MemTotal = %d, want 0", got)
	}
	if n, ok := cgroupLimit(write("max", "max\n")); ok {
		t.Errorf("cgroupLimit(max) = %d, true; want none", n)
	}
	if n, ok := cgroupLimit(write("limit", "2147483648\n")); !ok || n != 2<<30 {
		t.Errorf("cgroupLimit = %d, %v; want 2 GiB", n, ok)
	}
	if m := SystemMemory(); m == 0 {
		t.Error("SystemMemory is 0 on Linux")
	}
}

// TestHugePagesBackTheHeap checks that heap allocated after HugePages
// lands on huge pages, where the system gives them on request.
func TestHugePagesBackTheHeap(t *testing.T) {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || !strings.Contains(string(mode), "[madvise]") {
		t.Skipf("transparent huge pages are not given on request here (%q)", mode)
	}
	if _, err := HugePages(256 << 20); err != nil {
		t.Fatal(err)
	}
	before := anonHugeBytes(t)
	keep := make([][]byte, 0, 64)
	for range 64 {
		b := make([]byte, 1<<20)
		for i := 0; i < len(b); i += 4096 {
			b[i] = 1
		}
		keep = append(keep, b)
	}
	if after := anonHugeBytes(t); after < before+16<<20 {
		t.Errorf("64 MiB of heap touched, huge pages went from %d to %d bytes, want 16 MiB more at least", before, after)
	}
	runtime.KeepAlive(keep)
}

// anonHugeBytes is the process's memory on transparent huge pages.
func anonHugeBytes(t *testing.T) int {
	t.Helper()
	b, err := os.ReadFile("/proc/self/smaps_rollup")
	if err != nil {
		t.Skip(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) == 3 && f[0] == "AnonHugePages:" {
			n, err := strconv.Atoi(f[1])
			if err != nil {
				t.Fatal(err)
			}
			return n << 10
		}
	}
	t.Skip("no AnonHugePages in smaps_rollup")
	return 0
}
