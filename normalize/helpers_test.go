package normalize

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// unescape decodes the escapes of the testdata files: \uXXXX, \U00XXXXXX,
// \xNN (a raw byte), \n, \t and \\.
func unescape(s string) (string, error) {
	if !strings.Contains(s, `\`) {
		return s, nil
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case '\\':
			b.WriteByte('\\')
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[s[i]]
			if i+n >= len(s)+0 && i+n > len(s)-1+1 {
				return "", fmt.Errorf("short escape at %d", i)
			}
			v, err := strconv.ParseUint(s[i+1:i+1+n], 16, 32)
			if err != nil {
				return "", fmt.Errorf("bad escape %q: %v", s[i-1:i+1+n], err)
			}
			if s[i] == 'x' {
				b.WriteByte(byte(v))
			} else {
				b.WriteRune(rune(v))
			}
			i += n
		default:
			return "", fmt.Errorf("unknown escape \\%c", s[i])
		}
	}
	return b.String(), nil
}

type pair struct {
	line       int
	same       bool
	a, b, what string
}

func readPairs(t testing.TB, path string) []pair {
	t.Helper()
	pairs, err := loadPairs(path)
	if err != nil {
		t.Fatal(err)
	}
	return pairs
}

func loadPairs(path string) ([]pair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var pairs []pair
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 4 || fields[0] != "same" && fields[0] != "different" {
			return nil, fmt.Errorf("%s:%d: want LABEL<TAB>A<TAB>B<TAB>PHENOMENON", path, n)
		}
		a, err := unescape(fields[1])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: A: %v", path, n, err)
		}
		b, err := unescape(fields[2])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: B: %v", path, n, err)
		}
		pairs = append(pairs, pair{n, fields[0] == "same", a, b, fields[3]})
	}
	return pairs, sc.Err()
}

// checkMap verifies the source map invariants of t against a brute-force
// reading of its edits.
func checkMap(t *testing.T, x Text) {
	t.Helper()
	prevOut, prevIn := 0, 0
	for i, e := range x.edits {
		if e.out < prevOut || e.in < prevIn || e.outEnd < e.out || e.inEnd < e.in {
			t.Fatalf("edit %d %+v out of order (prev end %d/%d) in %q", i, e, prevOut, prevIn, x.orig)
		}
		// identity between edits: same length
		if e.out-prevOut != e.in-prevIn {
			t.Fatalf("edit %d %+v: identity gap lengths differ (%d vs %d) in %q", i, e, e.out-prevOut, e.in-prevIn, x.orig)
		}
		if x.orig[prevIn:e.in] != x.norm[prevOut:e.out] && !caseOnly(x.orig[prevIn:e.in], x.norm[prevOut:e.out]) {
			t.Fatalf("edit %d: identity gap %q != %q in %q", i, x.orig[prevIn:e.in], x.norm[prevOut:e.out], x.orig)
		}
		prevOut, prevIn = e.outEnd, e.inEnd
	}
	if len(x.norm)-prevOut != len(x.orig)-prevIn {
		t.Fatalf("tail lengths differ in %q -> %q", x.orig, x.norm)
	}
	if x.orig[prevIn:] != x.norm[prevOut:] {
		t.Fatalf("identity tail %q != %q", x.orig[prevIn:], x.norm[prevOut:])
	}
	// Monotone and inside, at every rune boundary.
	var bounds []int
	for i := range x.norm {
		bounds = append(bounds, i)
	}
	bounds = append(bounds, len(x.norm))
	lastS := 0
	for k, s := range bounds {
		for _, e := range bounds[k:min(k+4, len(bounds))] {
			os, oe := x.OriginalSpan(s, e)
			if os < 0 || oe > len(x.orig) || os > oe {
				t.Fatalf("OriginalSpan(%d,%d) = %d,%d outside %d", s, e, os, oe, len(x.orig))
			}
			if e == s+1 || e > s {
				if os < lastS {
					t.Fatalf("OriginalSpan not monotone at %d: %d < %d", s, os, lastS)
				}
			}
		}
		os, _ := x.OriginalSpan(s, len(x.norm))
		if os < lastS {
			t.Fatalf("start map not monotone at %d in %q", s, x.orig)
		}
		lastS = os
	}
}

// caseOnly reports whether a and b differ only by ASCII case (edits are
// not needed for a same-length ASCII change, but the builder records them
// anyway; kept for safety).
func caseOnly(a, b string) bool { return strings.EqualFold(a, b) && utf8.ValidString(a) }
