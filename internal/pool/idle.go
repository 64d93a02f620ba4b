package pool

import (
	"cmp"
	"slices"
	"sync"
	"sync/atomic"
)

// IdleLimit bounds the spare values of many pools together: the values
// without borrowers beyond each pool's Min, the ones Reap may drop. When a
// value becomes idle, or one is added or created, and the pools that share
// the limit hold more than its Max spare values, the least recently used
// spare values of all of them are dropped until Max remain, as Reap drops
// them (counted in Stats.Reaped). A value with a borrower is never dropped,
// nor one a pool keeps for its Min.
//
// Counting costs a pool an atomic add when one of its values goes from
// idle to busy or back; finding what to drop visits every pool that has a
// spare value (a pool without one is passed over without taking its lock),
// and happens only when the count passes Max: at most once per value made
// idle past it.
type IdleLimit[T comparable] struct {
	max   int64
	spare atomic.Int64 // the spare values of every member, each counted under its pool's lock

	mu    sync.Mutex // held while trimming, and to join or leave
	pools map[*Pool[T]]func(T)
	cands []candidate[T] // reused from one trim to the next
}

type candidate[T comparable] struct {
	p  *Pool[T]
	s  *slot[T]
	at int64 // its lastUsed when seen
}

// NewIdleLimit returns a limit of max spare values (at least 1).
func NewIdleLimit[T comparable](n int) *IdleLimit[T] {
	return &IdleLimit[T]{max: int64(max(n, 1)), pools: map[*Pool[T]]func(T){}}
}

// Spare reports the spare values the limit counts now.
func (l *IdleLimit[T]) Spare() int { return int(l.spare.Load()) }

// Share makes p count its spare values against l, until p is closed. drop,
// if not nil, takes over each value the limit drops from p, and must
// destroy it; if nil, the pool destroys them. Call it before p is used.
func (p *Pool[T]) Share(l *IdleLimit[T], drop func(T)) {
	l.mu.Lock()
	l.pools[p] = drop
	l.mu.Unlock()
	p.mu.Lock()
	before := p.spares()
	p.limit = l
	over := p.recount(before)
	p.mu.Unlock()
	if over {
		l.trim()
	}
}

// spares counts the values p could drop: without borrowers, beyond Min. It
// runs under p.mu, and counts only for a pool that shares a limit.
func (p *Pool[T]) spares() int {
	if p.limit == nil {
		return 0
	}
	idle := 0
	for _, s := range p.slots {
		if s.inflight == 0 {
			idle++
		}
	}
	return max(min(idle, len(p.slots)-p.cfg.Min), 0)
}

// recount tells the limit how the spare values changed since spares
// returned before, under p.mu, so that the limit's count is always the sum
// of its members' as their locks release them. It reports whether that
// change took the count past the limit's Max.
func (p *Pool[T]) recount(before int) bool {
	if p.limit == nil {
		return false
	}
	now := p.spares()
	d := now - before
	if d == 0 {
		return false
	}
	p.spare.Store(int32(now))
	return p.limit.spare.Add(int64(d)) > p.limit.max && d > 0
}

// leave takes a closed pool out of the limit.
func (l *IdleLimit[T]) leave(p *Pool[T]) {
	l.mu.Lock()
	delete(l.pools, p)
	l.mu.Unlock()
}

// trim drops the least recently used spare values of every member while
// there are more than max. A value that a pool lends between the look and
// the drop stays; the pool's recount then has taken it off the count.
func (l *IdleLimit[T]) trim() {
	type dropped struct {
		v    T
		drop func(T)
		p    *Pool[T]
	}
	var out []dropped
	l.mu.Lock()
	for l.spare.Load() > l.max {
		cands := l.cands[:0]
		for p := range l.pools {
			if p.spare.Load() != 0 {
				cands = p.appendSpares(cands)
			}
		}
		excess := len(cands) - int(l.max)
		if excess <= 0 {
			break
		}
		oldestFirst(cands, excess)
		n := 0
		for _, c := range cands[:excess] {
			if c.p.dropSpare(c.s, c.at) {
				out = append(out, dropped{c.s.v, l.pools[c.p], c.p})
				n++
			}
		}
		clear(cands) // keep no value alive until the next trim
		l.cands = cands[:0]
		if n == 0 {
			break // every one was lent meanwhile
		}
	}
	l.mu.Unlock()
	for _, d := range out {
		if d.drop != nil {
			d.drop(d.v)
		} else {
			d.p.destroy(d.v)
		}
	}
}

// oldestFirst moves the k least recently used candidates to the front of
// cands, oldest first. Past the limit by one, the common case, it is one
// pass over the candidates rather than a sort of them all.
func oldestFirst[T comparable](cands []candidate[T], k int) {
	if k > 8 {
		slices.SortFunc(cands, func(a, b candidate[T]) int { return cmp.Compare(a.at, b.at) })
		return
	}
	for i := range k {
		m := i
		for j := i + 1; j < len(cands); j++ {
			if cands[j].at < cands[m].at {
				m = j
			}
		}
		cands[i], cands[m] = cands[m], cands[i]
	}
}

// appendSpares appends p's spare values to cands, the least recently used
// of its idle ones: the pool keeps the warmest for its Min.
func (p *Pool[T]) appendSpares(cands []candidate[T]) []candidate[T] {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := p.spares()
	if n == 0 {
		return cands
	}
	start := len(cands)
	for _, s := range p.slots {
		if s.inflight == 0 {
			cands = append(cands, candidate[T]{p, s, s.lastUsed})
		}
	}
	if len(cands)-start > n {
		mine := cands[start:]
		slices.SortFunc(mine, func(a, b candidate[T]) int { return cmp.Compare(a.at, b.at) })
		clear(mine[n:])
		cands = cands[:start+n]
	}
	return cands
}

// dropSpare takes s out of the pool if it is still a spare value, idle
// since at; the caller drops its value.
func (p *Pool[T]) dropSpare(s *slot[T], at int64) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed || s.gone || s.inflight != 0 || s.lastUsed != at || p.spares() == 0 {
		return false
	}
	i := slices.Index(p.slots, s)
	if i < 0 {
		return false
	}
	before := p.spares()
	p.slots = slices.Delete(p.slots, i, i+1) // clears the freed place
	delete(p.byValue, s.v)
	p.stats.Reaped++
	p.recount(before) // a drop only lowers the count
	return true
}
