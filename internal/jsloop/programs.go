package jsloop

import (
	"sync"

	"github.com/dop251/goja"
)

// loopPrograms are the loop's own scripts, compiled once per process and
// run in each runtime (a compiled program is immutable and shared).
type loopPrograms struct {
	flush          *goja.Program // an empty function: running it flushes the Promise jobs
	queueMicrotask *goja.Program // the queueMicrotask global
}

var programs = sync.OnceValue(func() loopPrograms {
	return loopPrograms{
		flush: goja.MustCompile("plugmux:loop.js", "(function () {})", true),
		queueMicrotask: goja.MustCompile("plugmux:queueMicrotask.js", `(function () {
		const resolved = Promise.resolve();
		return function queueMicrotask(callback) {
			if (typeof callback !== "function") throw new TypeError('The "callback" argument must be of type function');
			resolved.then(() => callback());
		};
	})()`, true),
	}
})
