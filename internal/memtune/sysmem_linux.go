package memtune

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"strings"
)

// SystemMemory is the memory this process may use, in bytes: its cgroup's
// limit (cgroup v2 memory.max, else v1 memory.limit_in_bytes) when there is
// one below the machine's, else the machine's physical memory
// (/proc/meminfo MemTotal); 0 if neither can be read.
func SystemMemory() uint64 {
	total := memTotal("/proc/meminfo")
	for _, f := range []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"} {
		if l, ok := cgroupLimit(f); ok && (total == 0 || l < total) {
			return l
		}
	}
	return total
}

// cgroupLimit reads a cgroup memory limit file: a number of bytes, or
// "max" (none).
func cgroupLimit(file string) (uint64, bool) {
	b, err := os.ReadFile(file)
	if err != nil {
		return 0, false
	}
	n, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64)
	return n, err == nil && n > 0
}

// memTotal reads MemTotal from a meminfo file, in bytes.
func memTotal(file string) uint64 {
	b, err := os.ReadFile(file)
	if err != nil {
		return 0
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 3 && f[0] == "MemTotal:" && f[2] == "kB" {
			if n, err := strconv.ParseUint(f[1], 10, 64); err == nil {
				return n << 10
			}
		}
	}
	return 0
}
