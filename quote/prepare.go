package quote

import (
	"slices"
	"sync"

	"github.com/guillemet/guillemet/normalize"
)

// A Prepared is a quote made ready to be aligned with many sources: its
// Match normalization, tokens, words, elision marks and word keys are
// computed once, by Prepare, and every Align reuses them. An archive
// search aligns one quote with a dozen candidates; preparing it once
// spares normalizing it a dozen times.
//
// A Prepared is never modified after Prepare: it is safe for concurrent
// use by several goroutines. Its zero value holds no word, and aligns as
// not found.
type Prepared struct {
	q side // the quote's tokens; Align sets the bounds on a copy
	// wrapped reports a quote wrapped whole in « »: the marks are left
	// out of the alignment, unless the source starts with « too.
	wrapped bool
	marks   []mark
	// vocab numbers the quote's distinct word keys from 1, qids gives
	// each quote word its number, and filter holds a bit per wordHash
	// of the keys, which spares most source words a map lookup.
	vocab  map[string]int32
	qids   []int32
	filter [4]uint64
	words  []normalize.Span // the quote's words in the original quote
}

// Prepare normalizes quote for Align, once. It returns ErrNoWords for a
// quote without words and ErrQuoteTooLong beyond MaxQuoteWords.
func Prepare(quote string) (*Prepared, error) {
	p := new(Prepared)
	if err := p.reset(quote); err != nil {
		return nil, err
	}
	return p, nil
}

// preparedPool keeps the buffers of the quotes that the Align function
// prepares for one alignment.
var preparedPool = sync.Pool{New: func() any { return new(Prepared) }}

// reset prepares quote in p, reusing p's buffers.
func (p *Prepared) reset(quote string) error {
	p.q.set(quote)
	n := len(p.q.words)
	if n == 0 {
		return ErrNoWords
	}
	if n > MaxQuoteWords {
		return ErrQuoteTooLong
	}
	q := &p.q
	q.lo, q.hi = 0, len(q.toks)
	clear(p.vocab)
	p.filter = [4]uint64{}
	p.wrapped = len(q.toks) >= 3 && q.toks[0].Text == "«" && q.toks[len(q.toks)-1].Text == "»"
	p.marks = findMarks(q, p.marks[:0])
	if p.vocab == nil {
		p.vocab = make(map[string]int32, n)
	}
	p.qids = slices.Grow(p.qids[:0], n)[:n]
	p.words = slices.Grow(p.words[:0], n)[:n]
	for i := range q.words {
		w := q.word(i)
		id, ok := p.vocab[w.Text]
		if !ok {
			id = int32(len(p.vocab) + 1)
			p.vocab[w.Text] = id
			h := wordHash(w.Text)
			p.filter[h>>6] |= 1 << (h & 63)
		}
		p.qids[i] = id
		p.words[i] = normalize.Span{Start: w.OrigStart, End: w.OrigEnd}
	}
	return nil
}

// release returns a quote prepared by the Align function to the pool,
// keeping only its buffers.
func (p *Prepared) release() {
	clear(p.vocab)
	*p = Prepared{
		q:     side{toks: p.q.toks[:0], words: p.q.words[:0], buf: p.q.buf},
		marks: p.marks[:0], vocab: p.vocab, qids: p.qids[:0], words: p.words[:0],
	}
	preparedPool.Put(p)
}

// Text returns the quote as given to Prepare.
func (p *Prepared) Text() string { return p.q.orig }

// Words returns the byte spans of the quote's words in the original
// quote, in order: the words Alignment.Supported speaks of (tokens of the
// normalize.Match key that are not punctuation).
func (p *Prepared) Words() []normalize.Span { return slices.Clone(p.words) }

// Align compares the prepared quote with one candidate source, as the
// Align function does: the result is the same, field for field. Any
// source is accepted, including invalid UTF-8.
func (p *Prepared) Align(source string) Alignment {
	if len(p.words) == 0 {
		return Alignment{quote: p.q.orig, source: source}
	}
	s := newSide(source)
	al := alignerPool.Get().(*aligner)
	al.p, al.qv, al.s, al.sFirst, al.sLast = p, p.q, s, -1, -1
	al.q, al.marks = &al.qv, p.marks
	res := al.run()
	al.release()
	s.release()
	return res
}
