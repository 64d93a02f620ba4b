package form

import "strings"

// splitKey splits a key into its path: the parent, then each bracket group
// with its brackets (see the package documentation).
func splitKey(key string, depth int) ([]string, error) {
	if depth <= 0 {
		return []string{key}, nil
	}
	open := strings.IndexByte(key, '[')
	if open < 0 {
		return []string{key}, nil
	}
	var path []string
	if open > 0 {
		path = append(path, key[:open])
	}
	for groups := 0; open >= 0; groups++ {
		if groups == depth {
			return nil, ErrDepth
		}
		end := balanced(key[open:])
		if end < 0 {
			// a group left open takes the rest of the key
			return append(path, "["+key[open:]+"]"), nil
		}
		path = append(path, key[open:open+end+1])
		next := strings.IndexByte(key[open+end+1:], '[')
		if next < 0 {
			break
		}
		open += end + 1 + next
	}
	return path, nil
}

// balanced returns the index of the "]" that balances the "[" s starts
// with, or -1.
func balanced(s string) int {
	level := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			level++
		case ']':
			level--
			if level == 0 {
				return i
			}
		}
	}
	return -1
}
