package abuse

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var showErrors = flag.Bool("abuse.errors", false, "list the messages of the labelled set the classifier gets wrong")

// labelled is one message of a labelled set (testdata/abuse/*.tsv).
type labelled struct {
	id, kind, text string
	severity       Severity
	abusive        bool
	cats           []Category
	reported       bool
}

func loadLabelled(t testing.TB, name string) []labelled {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "abuse", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 7 {
			t.Fatalf("%s:%d: %d columns, want 7", name, n, len(cols))
		}
		m := labelled{id: cols[0], abusive: cols[1] == "1", reported: cols[4] == "1", kind: cols[5],
			text: strings.ReplaceAll(cols[6], `\n`, "\n")}
		if err := m.severity.UnmarshalText([]byte(cols[3])); err != nil {
			t.Fatalf("%s:%d: %v", name, n, err)
		}
		if cols[2] != "-" {
			for _, c := range strings.Split(cols[2], ",") {
				m.cats = append(m.cats, Category(c))
			}
		}
		if m.abusive != (len(m.cats) > 0) {
			t.Fatalf("%s:%d: abusive %v with categories %q", name, n, m.abusive, cols[2])
		}
		if m.abusive != (m.severity != NoSeverity) {
			t.Fatalf("%s:%d: abusive %v with severity %s", name, n, m.abusive, m.severity)
		}
		out = append(out, m)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// prf counts a binary decision.
type prf struct{ tp, fp, fn, tn int }

func (c prf) precision() float64 { return ratio(c.tp, c.tp+c.fp) }
func (c prf) recall() float64    { return ratio(c.tp, c.tp+c.fn) }
func (c prf) f1() float64 {
	p, r := c.precision(), c.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// evaluation is the classifier's score on the labelled set.
type evaluation struct {
	n        int
	binary   prf
	cats     map[Category]*prf
	micro    prf
	reported prf
	// sev[want][got] counts the messages by labelled and predicted
	// severity (NoSeverity for a message that is not abusive).
	sev   [Violent + 1][Violent + 1]int
	wrong []string
}

// sevAccuracy returns the share of messages whose predicted severity is
// the labelled one (within 0) or at most one level away (within 1),
// over the messages labelled abusive (abusiveOnly) or all of them.
func (ev evaluation) sevAccuracy(within int, abusiveOnly bool) (float64, int, int) {
	ok, n := 0, 0
	for w := range ev.sev {
		if abusiveOnly && Severity(w) == NoSeverity {
			continue
		}
		for g, c := range ev.sev[w] {
			n += c
			if d := w - g; -within <= d && d <= within {
				ok += c
			}
		}
	}
	return ratio(ok, n), ok, n
}

func evaluate(msgs []labelled) evaluation {
	ev := evaluation{n: len(msgs), cats: map[Category]*prf{}}
	for _, c := range []Category{Hate, Insult, Sexual, Threat} {
		ev.cats[c] = &prf{}
	}
	lex := New()
	for _, m := range msgs {
		r := lex.Analyze(m.text)
		count(&ev.binary, m.abusive, r.Abusive)
		count(&ev.reported, m.reported, r.Reported)
		for c, p := range ev.cats {
			count(p, slices.Contains(m.cats, c), slices.Contains(r.Categories, c))
		}
		ev.sev[m.severity][r.Severity]++
		if m.abusive != r.Abusive || !slices.Equal(m.cats, r.Categories) || m.severity != r.Severity {
			ev.wrong = append(ev.wrong, fmt.Sprintf("%s want %v %s %v, got %s\n    %s", m.id, m.abusive, m.severity, m.cats, r, m.text))
		}
	}
	for _, p := range ev.cats {
		ev.micro.tp += p.tp
		ev.micro.fp += p.fp
		ev.micro.fn += p.fn
	}
	return ev
}

func count(c *prf, want, got bool) {
	switch {
	case want && got:
		c.tp++
	case got:
		c.fp++
	case want:
		c.fn++
	default:
		c.tn++
	}
}

func (ev evaluation) table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "labelled set: %d messages\n", ev.n)
	fmt.Fprintf(&b, "%-16s %9s %6s %6s %6s %5s %5s %5s\n", "", "precision", "recall", "F1", "", "TP", "FP", "FN")
	row := func(name string, c prf) {
		fmt.Fprintf(&b, "%-16s %9.3f %6.3f %6.3f %6s %5d %5d %5d\n", name, c.precision(), c.recall(), c.f1(), "", c.tp, c.fp, c.fn)
	}
	for _, c := range []Category{Hate, Insult, Sexual, Threat} {
		row(string(c), *ev.cats[c])
	}
	row("micro (all)", ev.micro)
	row("abusive or not", ev.binary)
	row("reported", ev.reported)
	b.WriteString("\nseverity        exact  within one level\n")
	for _, only := range []bool{false, true} {
		name := "all messages"
		if only {
			name = "abusive ones"
		}
		a0, ok0, n := ev.sevAccuracy(0, only)
		a1, ok1, _ := ev.sevAccuracy(1, only)
		fmt.Fprintf(&b, "%-14s %6.3f %6.3f   (%d, %d of %d)\n", name, a0, a1, ok0, ok1, n)
	}
	b.WriteString("\nseverity confusion (rows labelled, columns predicted)\n")
	fmt.Fprintf(&b, "%-10s", "")
	for g := range ev.sev {
		fmt.Fprintf(&b, " %9s", Severity(g))
	}
	b.WriteByte('\n')
	for w := range ev.sev {
		fmt.Fprintf(&b, "%-10s", Severity(w))
		for _, c := range ev.sev[w] {
			fmt.Fprintf(&b, " %9d", c)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// floors are the figures a labelled set must reach: precision and
// recall over the categories (micro), of the abusive/non-abusive
// decision and of each category; the share of abusive messages whose
// severity is exactly the labelled one, and at most one level away.
type floors struct {
	precision, recall float64
	sevExact, sevNear float64
}

// check fails t when ev is under f.
func (ev evaluation) check(t *testing.T, f floors) {
	t.Helper()
	for name, c := range map[string]prf{"micro": ev.micro, "abusive": ev.binary,
		"hate": *ev.cats[Hate], "insult": *ev.cats[Insult], "sexual": *ev.cats[Sexual], "threat": *ev.cats[Threat]} {
		if c.precision() < f.precision || c.recall() < f.recall {
			t.Errorf("%s: precision %.3f recall %.3f, want at least %.2f and %.2f", name, c.precision(), c.recall(), f.precision, f.recall)
		}
	}
	if a, _, _ := ev.sevAccuracy(0, true); a < f.sevExact {
		t.Errorf("severity of the abusive messages: exact %.3f, want at least %.2f", a, f.sevExact)
	}
	if a, _, _ := ev.sevAccuracy(1, true); a < f.sevNear {
		t.Errorf("severity of the abusive messages: within one level %.3f, want at least %.2f", a, f.sevNear)
	}
}

// TestAbuseLabelledSet measures the lexicon on testdata/abuse/labelled.tsv
// (the set it was tuned on) and fails under precision 0.90 or recall 0.85
// (micro, verdict and each category), or when under 0.95 of the abusive
// messages get their labelled severity (0.98 within one level). Measured
// on 2026-12-06: micro 0.983 / 1.000, every category at least 0.970 /
// 1.000, severity 1.000 exact. Run with -v to see the figures, with
// -abuse.errors to list the mistakes.
func TestAbuseLabelledSet(t *testing.T) {
	msgs := loadLabelled(t, "labelled.tsv")
	if len(msgs) < 800 {
		t.Fatalf("%d messages, want at least 800", len(msgs))
	}
	ev := evaluate(msgs)
	t.Log("\n" + ev.table())
	if *showErrors {
		t.Log("mistakes:\n" + strings.Join(ev.wrong, "\n"))
	}
	ev.check(t, floors{precision: 0.90, recall: 0.85, sevExact: 0.95, sevNear: 0.98})
	// Every category and every severity is represented.
	for _, c := range []Category{Hate, Insult, Sexual, Threat} {
		if p := ev.cats[c]; p.tp+p.fn < 60 {
			t.Errorf("%s: %d positives in the labelled set, want at least 60", c, p.tp+p.fn)
		}
	}
	for s := Harsh; s <= Violent; s++ {
		n := 0
		for _, c := range ev.sev[s] {
			n += c
		}
		if n < 25 {
			t.Errorf("%s: %d messages in the labelled set, want at least 25", s, n)
		}
	}
}

// TestAbuseHeldOut measures the lexicon on testdata/abuse/heldout.tsv,
// never tuned on, and separately on its rows h150–h224, written before
// the severity and the new category rules were coded. Its floors
// (precision 0.85, recall 0.80 for micro, verdict and each category;
// severity 0.93 exact, 0.95 within one level) only guard against
// regressions: measured on 2026-12-06, micro 0.963 / 0.975, the weakest
// category sexual at 0.931 / 0.964, severity 0.984 exact. The figures
// to quote are in QUALITY.md.
func TestAbuseHeldOut(t *testing.T) {
	msgs := loadLabelled(t, "heldout.tsv")
	ev := evaluate(msgs)
	t.Log("\n" + ev.table())
	if *showErrors {
		t.Log("mistakes:\n" + strings.Join(ev.wrong, "\n"))
	}
	ev.check(t, floors{precision: 0.85, recall: 0.80, sevExact: 0.93, sevNear: 0.95})

	var late []labelled
	for _, m := range msgs {
		if m.id >= "h150" {
			late = append(late, m)
		}
	}
	if len(late) < 75 {
		t.Fatalf("%d rows from h150 on, want at least 75", len(late))
	}
	t.Log("\nrows h150–h224, written before the severity rules:\n" + evaluate(late).table())
}
