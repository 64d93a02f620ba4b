//go:build !linux

package memtune

import "errors"

// HugePages is Linux's transparent huge pages for the Go heap; elsewhere
// it does nothing and says so.
func HugePages(reserve int) (int, error) {
	return 0, errors.ErrUnsupported
}
