//go:build race

package jsguard

// raceEnabled: the race detector slows Go-native work tenfold, which makes
// the overrun figures meaningless and the test minutes long.
const raceEnabled = true
