//go:build !linux

package memtune

// SystemMemory is the memory this process may use; 0 (unknown) outside
// Linux.
func SystemMemory() uint64 { return 0 }
