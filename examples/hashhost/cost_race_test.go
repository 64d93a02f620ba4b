//go:build race

package main

// slowCost is a cost whose hash outlasts TestTimedOutHash's 100 ms limit
// many times over: under the race detector bcrypt runs about 12× slower, so
// cost 12 takes seconds.
const slowCost = 12
