//go:build !race

package main

// slowCost is a cost whose hash outlasts TestTimedOutHash's 100 ms limit
// many times over: cost 14 takes about 0.8 s of one core.
const slowCost = 14
