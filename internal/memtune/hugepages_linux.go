package memtune

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"syscall"
	"unsafe"
)

// madvHugePage is Linux's MADV_HUGEPAGE.
const madvHugePage = 14

// HugePages asks Linux to back the Go heap with transparent huge pages
// (madvise MADV_HUGEPAGE), for a system whose setting is "madvise" (the
// default of many distributions: /sys/kernel/mm/transparent_hugepage/enabled),
// where the Go runtime does not ask for them itself. With 4 KiB pages every
// page the heap grows into costs a page fault; a 2 MiB page costs one fault
// for 512 of them. On the virtual machine this project measures on, a 4 KiB
// fault costs 15–25 µs, and touching fresh heap was most of the CPU of
// installing many plugins and of a request's allocations while the heap
// grows.
//
// The advice holds for a mapping, and the Go runtime maps its heap as it
// grows: reserve bytes of heap are allocated (never touched, so they cost
// no memory) so that the first reserve bytes of heap are mapped now, and
// the advice covers them and every heap mapping that follows them; then
// the reserve is collected and returned to the system. Call HugePages(0)
// again later to cover mappings made since. It returns the bytes advised.
// With "always" or "never" the advice changes nothing.
func HugePages(reserve int) (int, error) {
	if reserve < 1 {
		reserve = 1
	}
	if unsafe.Sizeof(uintptr(0)) < 8 {
		reserve = min(reserve, 64<<20) // a 32-bit address space has little to spare
	}
	n, err := adviseHeap(reserve)
	if reserve >= 1<<20 {
		// The reserve is garbage now, but the collector counts it until
		// it runs, and a collection that saw it live would set the next
		// heap goal from it: collect it, and return its pages (never
		// touched) to the system at once. The advice stays with the
		// mapping.
		debug.FreeOSMemory()
	}
	return n, err
}

// adviseHeap allocates reserve bytes and advises the heap's mapping that
// holds them, and the heap's mappings that follow it.
func adviseHeap(reserve int) (int, error) {
	b := make([]byte, reserve)
	addr := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	defer runtime.KeepAlive(b)
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return 0, fmt.Errorf("memtune: %w", err)
	}
	advised, end := 0, uintptr(0)
	sc := bufio.NewScanner(bytes.NewReader(maps))
	for sc.Scan() {
		lo, hi, ok := anonRW(sc.Bytes())
		if !ok {
			continue
		}
		// the mapping that holds the reserve, and the heap's mappings
		// right after it, where it grows
		if (lo <= addr && addr < hi) || (end != 0 && lo == end) {
			if _, _, e := syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, madvHugePage); e != 0 {
				return advised, fmt.Errorf("memtune: madvise: %w", e)
			}
			advised += int(hi - lo)
			end = hi
		} else if end != 0 {
			break
		}
	}
	if err := sc.Err(); err != nil {
		return advised, fmt.Errorf("memtune: %w", err)
	}
	if advised == 0 {
		return 0, errors.New("memtune: the heap's mapping is not in /proc/self/maps")
	}
	return advised, nil
}

// anonRW parses a line of /proc/self/maps and reports the bounds of a
// private, anonymous, readable and writable mapping.
func anonRW(line []byte) (lo, hi uintptr, ok bool) {
	f := bytes.Fields(line)
	if len(f) != 5 || string(f[1]) != "rw-p" || string(f[4]) != "0" {
		return 0, 0, false
	}
	l, h, found := bytes.Cut(f[0], []byte("-"))
	if !found {
		return 0, 0, false
	}
	a, err1 := strconv.ParseUint(string(l), 16, 64)
	b, err2 := strconv.ParseUint(string(h), 16, 64)
	if err1 != nil || err2 != nil || a >= b {
		return 0, 0, false
	}
	return uintptr(a), uintptr(b), true
}
