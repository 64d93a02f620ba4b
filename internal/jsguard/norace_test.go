//go:build !race

package jsguard

const raceEnabled = false
