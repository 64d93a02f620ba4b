// Package memtune holds the memory settings that the example host and the
// benchmark hosts apply by default: how often the garbage collector runs
// (GC) and whether the Go heap asks Linux for transparent huge pages
// (HugePages).
//
// Both come from measurements of many plugins (README, "Performance" and
// "Scale benchmark"). A plugin runtime is a graph of many small objects,
// and a request allocates a few kilobytes of them; what a host of many
// plugins pays for memory is mostly the first touch of each page the heap
// grows into (a page fault per 4 KiB), and the collector's marking of the
// live heap.
package memtune

import (
	"context"
	"os"
	"runtime/debug"
	"strings"
	"time"
)

// DefaultGCPercent is the GOGC that GC applies: the heap may grow to five
// times what the last collection found live before the next one.
const DefaultGCPercent = 400

// GC sets the collector's target to DefaultGCPercent unless the GOGC
// environment variable is set, and reports whether it did. A memory limit
// (GOMEMLIMIT) is left to the operator: with one, the collector runs more
// often as the limit nears, whatever GOGC says.
func GC() bool {
	if os.Getenv("GOGC") != "" {
		return false
	}
	debug.SetGCPercent(DefaultGCPercent)
	return true
}

// KeepHugePages calls HugePages(reserve) now and HugePages(0) every
// interval until ctx is done, so that the heap's new mappings get the
// advice too. It does nothing when GODEBUG has disablethp=1, Go's own
// switch for huge pages. The error is the first call's; later calls fail
// only as the first did.
func KeepHugePages(ctx context.Context, reserve int, every time.Duration) error {
	if thpDisabled(os.Getenv("GODEBUG")) {
		return nil
	}
	if _, err := HugePages(reserve); err != nil {
		return err
	}
	go func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				_, _ = HugePages(0)
			}
		}
	}()
	return nil
}

// thpDisabled reports whether a GODEBUG value sets disablethp=1.
func thpDisabled(godebug string) bool {
	disabled := false
	for kv := range strings.SplitSeq(godebug, ",") {
		if k, v, _ := strings.Cut(strings.TrimSpace(kv), "="); k == "disablethp" {
			disabled = v == "1" // the last setting wins, as in the runtime
		}
	}
	return disabled
}
