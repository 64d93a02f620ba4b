package memtune

import (
	"runtime"
	"testing"
)

func TestThpDisabled(t *testing.T) {
	for _, c := range []struct {
		godebug string
		want    bool
	}{
		{"", false},
		{"disablethp=1", true},
		{"madvdontneed=1, disablethp=1", true},
		{"disablethp=1,disablethp=0", false},
		{"disablethp=0", false},
		{"xdisablethp=1", false},
	} {
		if got := thpDisabled(c.godebug); got != c.want {
			t.Errorf("thpDisabled(%q) = %v, want %v", c.godebug, got, c.want)
		}
	}
}

func TestHugePages(t *testing.T) {
	n, err := HugePages(64 << 20)
	if runtime.GOOS != "linux" {
		if err == nil {
			t.Errorf("HugePages on %s: no error", runtime.GOOS)
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if n < 64<<20 {
		t.Errorf("advised %d bytes, want at least the 64 MiB reserve", n)
	}
}
