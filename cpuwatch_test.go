package plugmux

import (
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
)

// A timer that spins after its request was answered runs no request, yet
// the CPU watchdog stops it at the CPU limit: it watches every runtime that
// is set up, whatever it runs. Its runtime is discarded (it leaves the
// watched set) and the plugin serves on.
func TestCPULimitStopsASpinningTimer(t *testing.T) {
	e := newEnv(t, func(o *Options) {
		o.CPULimit = 200 * time.Millisecond
	})
	e.publish("spinner", "1.0.0", `export function setup(r) {
		r.get("/arm", (req, res) => { res.send("armed"); setTimeout(() => { for (;;); }, 10); });
		r.get("/ok", (req, res) => res.send("ok"));
	}`)
	e.waitChange(Installed, "spinner")
	e.expect("/spinner/arm", 200, "armed")
	counter := e.host.metrics.cpuInterrupts.WithLabelValues("spinner", "1.0.0")
	deadline := time.Now().Add(10 * time.Second)
	for testutil.ToFloat64(counter) < 1 {
		if time.Now().After(deadline) {
			t.Fatal("the spinning timer was not stopped within 10 s")
		}
		time.Sleep(10 * time.Millisecond) // polled: the stop has no event to wait on
	}
	e.expect("/spinner/ok", 200, "ok")
	e.host.runtimes.mu.Lock()
	defer e.host.runtimes.mu.Unlock()
	for in := range e.host.runtimes.set {
		if !in.loop.Busy().IsZero() {
			t.Errorf("a runtime of %s still runs JavaScript", in.v.item.Name)
		}
	}
}
