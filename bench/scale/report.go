package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"
)

// wrkResult is what one wrk run measured.
type wrkResult struct {
	requests int64
	rps      float64
	p99      time.Duration
	bad      int // non-2xx or 3xx answers, and socket errors
}

// wrk loads url with conns connections for d (whole seconds: wrk takes no
// fractions) and returns its figures.
func wrk(ctx context.Context, conns int, d time.Duration, url string) (wrkResult, error) {
	secs := max(1, int(d.Round(time.Second)/time.Second))
	out, err := exec.CommandContext(ctx, "wrk", "-t2", "-c"+strconv.Itoa(conns), "-d"+strconv.Itoa(secs)+"s", "--latency", url).Output()
	if err != nil {
		return wrkResult{}, fmt.Errorf("wrk: %w", err)
	}
	return parseWrk(string(out))
}

// parseWrk reads requests per second, the 99th percentile of latency and
// the failures from wrk's report (wrk --latency).
func parseWrk(out string) (wrkResult, error) {
	var r wrkResult
	var haveRPS, haveP99 bool
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 2 && f[0] == "Requests/sec:":
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil {
				return r, fmt.Errorf("wrk: Requests/sec: %w", err)
			}
			r.rps, haveRPS = v, true
		case len(f) >= 4 && f[1] == "requests" && f[2] == "in":
			n, err := strconv.ParseInt(f[0], 10, 64)
			if err != nil {
				return r, fmt.Errorf("wrk: requests: %w", err)
			}
			r.requests = n
		case len(f) == 2 && f[0] == "99%":
			d, err := time.ParseDuration(f[1])
			if err != nil {
				return r, fmt.Errorf("wrk: 99%%: %w", err)
			}
			r.p99, haveP99 = d, true
		case len(f) == 5 && strings.Join(f[:4], " ") == "Non-2xx or 3xx responses:":
			n, err := strconv.Atoi(f[4])
			if err != nil {
				return r, fmt.Errorf("wrk: non-2xx: %w", err)
			}
			r.bad += n
		case len(f) == 10 && f[0] == "Socket" && f[1] == "errors:":
			for _, v := range []string{f[3], f[5], f[7], f[9]} {
				n, err := strconv.Atoi(strings.TrimSuffix(v, ","))
				if err != nil {
					return r, fmt.Errorf("wrk: socket errors: %w", err)
				}
				r.bad += n
			}
		}
	}
	if !haveRPS || !haveP99 {
		return r, errors.New("wrk: no Requests/sec or 99% line in its output")
	}
	return r, nil
}

// median is the median of xs (the mean of the middle two for an even
// count); 0 for none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// medians are a host's median figures at one K.
type medians struct {
	ready, readyCPU   time.Duration
	first, firstCPU   time.Duration
	rss, heap         [3]float64
	rssIdle, heapIdle float64
	rps               float64
	p99, cpuPerReq    time.Duration
	idleCPU           float64
	bad               int // summed over the rounds
	n                 int // rounds measured
	failed            int // rounds that failed
}

// medianOf takes the medians of the samples of host at K.
func medianOf(all []sample, k int, host string) medians {
	var m medians
	var ready, readyCPU, first, firstCPU, rps, p99, cpuPerReq, idle []float64
	var rss, heap [3][]float64
	var rssIdle, heapIdle []float64
	for _, s := range all {
		if s.K != k || s.Host != host {
			continue
		}
		if s.Err != "" {
			m.failed++
			continue
		}
		m.n++
		m.bad += s.Bad
		ready = append(ready, float64(s.Ready))
		readyCPU = append(readyCPU, float64(s.ReadyCPU))
		first = append(first, float64(s.First))
		firstCPU = append(firstCPU, float64(s.FirstCPU))
		rps = append(rps, s.RPS)
		p99 = append(p99, float64(s.P99))
		cpuPerReq = append(cpuPerReq, float64(s.CPUPerReq))
		idle = append(idle, s.IdleCPU)
		rssIdle = append(rssIdle, float64(s.RSSIdle))
		heapIdle = append(heapIdle, float64(s.HeapIdle))
		for i := range 3 {
			rss[i] = append(rss[i], float64(s.RSS[i]))
			heap[i] = append(heap[i], float64(s.Heap[i]))
		}
	}
	m.ready, m.rps, m.p99 = time.Duration(median(ready)), median(rps), time.Duration(median(p99))
	m.readyCPU, m.cpuPerReq = time.Duration(median(readyCPU)), time.Duration(median(cpuPerReq))
	m.first, m.firstCPU = time.Duration(median(first)), time.Duration(median(firstCPU))
	m.idleCPU = median(idle)
	m.rssIdle, m.heapIdle = median(rssIdle), median(heapIdle)
	for i := range 3 {
		m.rss[i], m.heap[i] = median(rss[i]), median(heap[i])
	}
	return m
}

// summarize is one line per K: for each host the time until all serve,
// memory (absolute at K=1, per plugin beyond the first at K>1, and the
// whole RSS after the load) and the request rate (its ratio to K=1's at
// K>1).
func summarize(all []sample, ks []int, hosts []string) []string {
	var lines []string
	for _, k := range ks {
		var cells []string
		for _, h := range hosts {
			m, one := medianOf(all, k, h), medianOf(all, 1, h)
			if m.n == 0 || one.n == 0 {
				if m.failed+one.failed > 0 {
					cells = append(cells, fmt.Sprintf("%s: FAILED (see the round lines and the host's log)", h))
				}
				continue
			}
			cell := fmt.Sprintf("%s: all serving %.2f s (CPU %.2f s), first request to each %.2f s (CPU %.2f s), idle CPU %.1f %%, ",
				h, m.ready.Seconds(), m.readyCPU.Seconds(), m.first.Seconds(), m.firstCPU.Seconds(), 100*m.idleCPU)
			if k == 1 {
				cell += fmt.Sprintf("RSS %s ready, %s after traffic, heap %s ready, %s after traffic, %.0f req/s, p99 %s, CPU/request %s",
					size(m.rss[0]), size(m.rss[1]), size(m.heap[0]), size(m.heap[1]), m.rps, ms(m.p99), us(m.cpuPerReq))
			} else {
				per := func(v, base float64) string { return size((v - base) / float64(k-1)) }
				lo, hi := ratioRange(all, k, h)
				cell += fmt.Sprintf("RSS/plugin %s ready, %s after traffic, heap/plugin %s ready, %s after traffic, rate K/1 %.2f [rounds %.2f–%.2f] (%.0f req/s, p99 %s vs %s), CPU/request K/1 %.2f (%s vs %s), RSS after load %s",
					per(m.rss[0], one.rss[0]), per(m.rss[1], one.rss[1]), per(m.heap[0], one.heap[0]), per(m.heap[1], one.heap[1]),
					m.rps/one.rps, lo, hi, m.rps, ms(m.p99), ms(one.p99),
					float64(m.cpuPerReq)/float64(one.cpuPerReq), us(m.cpuPerReq), us(one.cpuPerReq), size(m.rss[2]))
			}
			if m.rssIdle > 0 && k == 1 {
				cell += fmt.Sprintf(", after idle RSS %s, heap %s", size(m.rssIdle), size(m.heapIdle))
			} else if m.rssIdle > 0 && one.rssIdle > 0 {
				cell += fmt.Sprintf(", after idle RSS/plugin %s, heap/plugin %s",
					size((m.rssIdle-one.rssIdle)/float64(k-1)), size((m.heapIdle-one.heapIdle)/float64(k-1)))
			}
			if m.bad > 0 {
				cell += fmt.Sprintf(", %d FAILED requests", m.bad)
			}
			if m.failed > 0 {
				cell += fmt.Sprintf(", %d of %d rounds FAILED", m.failed, m.failed+m.n)
			}
			cells = append(cells, cell)
		}
		lines = append(lines, fmt.Sprintf("K=%d %s", k, strings.Join(cells, " | ")))
	}
	return lines
}

// ratioRange is the lowest and highest ratio of host's rate at K to its
// rate at 1 within one round: how much the noise of the machine moved it.
func ratioRange(all []sample, k int, host string) (lo, hi float64) {
	first := true
	for _, s := range all {
		if s.K != k || s.Host != host || s.Err != "" {
			continue
		}
		for _, b := range all {
			if b.K == 1 && b.Host == host && b.Round == s.Round && b.Err == "" && b.RPS > 0 {
				r := s.RPS / b.RPS
				if first || r < lo {
					lo = r
				}
				if first || r > hi {
					hi = r
				}
				first = false
			}
		}
	}
	return lo, hi
}

// size writes bytes in KB below 10 MB, else in MB.
func size(b float64) string {
	if b < 10<<20 && b > -10<<20 {
		return fmt.Sprintf("%.0f KB", b/1024)
	}
	return fmt.Sprintf("%.1f MB", b/(1<<20))
}

// us writes d in microseconds.
func us(d time.Duration) string { return fmt.Sprintf("%.0f µs", float64(d)/float64(time.Microsecond)) }

// ms writes d in milliseconds.
func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }
