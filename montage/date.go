package montage

import (
	"errors"
	"fmt"
	"github.com/guillemet/guillemet/internal/jsonrec"
	"github.com/guillemet/guillemet/provenance"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // Europe/Paris on machines without a zone database
	"unicode"
	"unicode/utf8"

	"github.com/guillemet/guillemet/normalize"
)

// Date is a date as a screenshot shows it: an interval of time that
// the real post date should fall in.
//
// A screenshot shows the date in the viewer's local time, to the
// precision the platform or the person retyping it chose: a day, a month,
// a minute, an age ("il y a 3 h"). A Date reads the date with its
// precision and contains an instant when the instant shows that date on
// a clock in one of the zones a viewer of French public life is taken to
// be in (CONTRACT §4 montage, wrong_date): UTC, Europe/Paris (with its
// summer time), and the offset of the capture time when one was given.
// A date that carries its own offset (RFC 3339, "UTC+1") is read in that
// zone only. Ages count back from the capture and need no zone.
//
// A viewer elsewhere (Montréal, La Réunion, Nouméa) sees other dates:
// give the capture time with its offset (captured_at
// "2024-11-05T10:00:00-05:00") and that zone is tried too.
//
// [From, To] is closed, in UTC: the hull of the instants the date allows.
// For a date of unknown year (NoYear), From and To hold the year 2000 and
// Contains and Distance try every year.
//
// A Date made by hand rather than by ParseDate is the plain
// interval [From, To].
type Date struct {
	From, To time.Time
	// Text is the date as shown, trimmed.
	Text string
	// Relative is set for dates counted back from the capture time:
	// "il y a 3 h", "3 h", "hier à 14:05", "aujourd'hui", a time shown
	// alone.
	Relative bool
	// NoYear is set when the year is unknown: none was shown and no
	// capture time was given.
	NoYear bool
	// InferredYear is set when no year was shown and it was taken from
	// the capture time: the latest year that does not put the date
	// after the capture.
	InferredYear bool
	// Clock is set when a time of day was shown.
	Clock bool
	// Zoned is set when the string carries its own offset (RFC 3339,
	// "UTC+1"): no time-zone tolerance is then applied.
	Zoned bool

	kind dateKind
	// kindCalendar: the period shown, on the viewer's wall clock
	// labelled UTC.
	wallFrom, wallTo time.Time
	// kindDay: the capture time, the day shown (0 today, -1 yesterday),
	// whether a time was shown without a day, the time of day shown and
	// its precision.
	captured    time.Time
	dayOff      int
	timeAlone   bool
	clock, unit time.Duration
	// offset is the offset a Zoned date carries.
	offset time.Duration
	// capture is the zone of the capture time (nil: none given, or UTC).
	capture *time.Location
}

// dateKind tells how a Date's instants are found.
type dateKind uint8

const (
	kindInterval dateKind = iota // [From, To] itself: ages, dates made by hand
	kindCalendar                 // a calendar period in the viewer's zone
	kindDay                      // a day or time relative to the capture, in the viewer's zone
)

// paris is the zone of French public life. The zone database is
// embedded (time/tzdata) so that a machine without one still reads
// Paris's summer time.
var paris = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		panic("montage: Europe/Paris missing from the embedded zone database: " + err.Error())
	}
	return loc
}()

// noYear is the year that From and To hold for a date of unknown year: a
// leap year, so that 29 February exists.
const noYear = 2000

// maxAge bounds a relative age ("il y a 300 ans"), within what
// time.Duration holds.
const maxAge = 200 * 365 * 24 * time.Hour

// ParseDate reads a date as a screenshot shows it. captured, the
// time of the capture, resolves relative dates and dates shown without a
// year; it may be zero.
//
// It reads, case- and accent-insensitively, with any spacing (NBSP and
// NNBSP included) and the "·" separator:
//
//   - French and English dates: "12 juin 2012", "1er décembre 2020",
//     "1 déc. 2020", "déc. 1, 2020", "Dec 1, 2020", "December 1, 2020",
//     "1 Dec 2020", "juin 2012", "2012"; numeric dates in French order
//     "12/06/2012", "12.06.2012", "12/06/12", or ISO "2012-06-12" (a
//     month above 12 in the French place makes it M/D/Y); a weekday is
//     ignored;
//   - with a time before or after: "9:41 PM · 1 déc. 2020",
//     "21:41 · Dec 1, 2020", "14:05 - 12 juin 2012",
//     "12 juin 2012 à 14:05", "12/06/2012 14:05", "9h41", "à 14 h";
//     "UTC", "UTC+1", "GMT-5" fix the offset;
//   - RFC 3339 with an offset: the instant, to the precision shown;
//   - without a year ("12 juin", "Dec 1", "12/06"): the year of
//     captured, or the one before when the day would come after the
//     capture (InferredYear); without captured, NoYear;
//   - relative to captured (Relative): "il y a 3 h", "il y a 3 heures",
//     "il y a 5 min", "il y a 2 j", "il y a une heure", "3 h", "3h",
//     "5 min", "2 j", "20 s", "5m", "2d", "3 hours ago", "hier",
//     "hier à 14:05", "avant-hier", "aujourd'hui à 9h41",
//     "yesterday at 2:05 PM", "à l'instant", "now"; a time alone
//     ("14:05") is its last occurrence before the capture. An age "N
//     units" covers the ages from N−½ (platforms that round) to N+1
//     units (platforms that truncate).
//
// A part between "·" that says nothing of time (the author, a client
// name, a view count) is ignored when another part holds the date. A
// relative date without captured is an error ("relative date without
// captured_at"), as is anything else it cannot read; errors name the
// string.
func ParseDate(s string, captured time.Time) (Date, error) {
	text := strings.TrimFunc(s, isDateSpace)
	d := Date{Text: text}
	fail := func(format string, args ...any) (Date, error) {
		return Date{}, fmt.Errorf("montage: date %q: %s", jsonrec.Truncate(text, 60), fmt.Sprintf(format, args...))
	}
	switch {
	case text == "":
		return fail("empty date")
	case len(text) > 200:
		return fail("too long to be a date")
	case !utf8.ValidString(text):
		return fail("invalid UTF-8")
	}
	if !captured.IsZero() {
		if _, off := captured.Zone(); off != 0 {
			d.capture = time.FixedZone(fmt.Sprintf("UTC%+03d:%02d", off/3600, abs(off%3600)/60), off)
		}
	}
	if len(text) >= 20 {
		if t, err := provenance.ParseTime(text); err == nil {
			_, off := t.Zone()
			d.kind, d.Clock, d.Zoned, d.offset = kindCalendar, true, true, time.Duration(off)*time.Second
			d.wallFrom = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
			d.wallTo = d.wallFrom.Add(rfc3339Precision(text))
			d.From, d.To, _ = d.hull(d.wallFrom, d.wallTo)
			return d, nil
		}
	}
	toks, err := tokenizeDate(text)
	if err != nil {
		return fail("%v", err)
	}
	var p dateParts
	if err := p.scanSegments(toks); err != nil {
		return fail("%v", err)
	}
	if err := p.resolve(&d, captured.UTC(), !captured.IsZero()); err != nil {
		return fail("%v", err)
	}
	if d.To.Before(d.From) {
		return fail("empty interval")
	}
	return d, nil
}

// rfc3339Precision is the unit of the last digit of an RFC 3339 time.
func rfc3339Precision(s string) time.Duration {
	dot := strings.IndexByte(s, '.')
	if dot < 0 {
		return time.Second
	}
	n := 0
	for _, c := range s[dot+1:] {
		if c < '0' || c > '9' {
			break
		}
		n++
	}
	p := time.Second
	for ; n > 0 && p > 1; n-- {
		p /= 10
	}
	return p
}

// Contains reports whether t is compatible with the shown date: whether
// t shows that date, to the precision shown, on a clock in UTC, in
// Europe/Paris or at the capture's offset (see Date); in the date's
// own zone when it carries an offset. NoYear dates match any year. (A
// date shown without a year but parsed with a capture time holds the
// year of the capture, or the year before when the day would be after
// the capture.)
func (d Date) Contains(t time.Time) bool {
	return d.Distance(t) == 0
}

// Distance returns how far t is from the date (0 inside): the distance
// to the nearest zone's window; for a NoYear date, in the nearest year.
func (d Date) Distance(t time.Time) time.Duration {
	switch {
	case d.kind == kindCalendar && d.NoYear:
		best := time.Duration(-1)
		for y := t.Year() - 1; y <= t.Year()+1; y++ {
			wf := d.wallFrom
			shifted := time.Date(y, wf.Month(), wf.Day(), wf.Hour(), wf.Minute(), wf.Second(), wf.Nanosecond(), time.UTC)
			if shifted.Month() != wf.Month() {
				continue // 29 February of a common year
			}
			if dist := d.zoneDistance(t, shifted, shifted.Add(d.wallTo.Sub(wf))); best < 0 || dist < best {
				best = dist
			}
		}
		return best
	case d.kind == kindCalendar:
		return d.zoneDistance(t, d.wallFrom, d.wallTo)
	case d.kind == kindDay:
		return d.zoneDistance(t, time.Time{}, time.Time{})
	}
	return distance(d.From, d.To, t)
}

// zones returns the zones a viewer may be in.
func (d *Date) zones() []*time.Location {
	if d.Zoned {
		return []*time.Location{time.FixedZone("", int(d.offset/time.Second))}
	}
	if d.capture != nil {
		return []*time.Location{time.UTC, paris, d.capture}
	}
	return []*time.Location{time.UTC, paris}
}

// wallIn returns the instant at which a clock in loc shows the wall time
// w (a time labelled UTC).
func wallIn(w time.Time, loc *time.Location) time.Time {
	return time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), w.Nanosecond(), loc).UTC()
}

// wallOf returns the wall time a clock in loc shows at t, labelled UTC.
func wallOf(t time.Time, loc *time.Location) time.Time {
	l := t.In(loc)
	return time.Date(l.Year(), l.Month(), l.Day(), l.Hour(), l.Minute(), l.Second(), l.Nanosecond(), time.UTC)
}

// window returns the instants at which a viewer in loc would see the
// date: for a calendar date, the wall-clock period [wallFrom, wallTo];
// for a day relative to the capture, the day or time it names in that
// zone, ending at the capture (ok is false when that time has not come
// yet in that zone).
func (d *Date) window(loc *time.Location, wallFrom, wallTo time.Time) (from, to time.Time, ok bool) {
	if d.kind == kindDay {
		local := wallOf(d.captured, loc)
		midnight := time.Date(local.Year(), local.Month(), local.Day(), 0, 0, 0, 0, time.UTC)
		switch {
		case d.timeAlone: // its last occurrence
			wallFrom = midnight.Add(d.clock)
			if wallFrom.After(local) {
				wallFrom = wallFrom.Add(-day)
			}
			wallTo = wallFrom.Add(d.unit)
		case d.Clock:
			wallFrom = midnight.AddDate(0, 0, d.dayOff).Add(d.clock)
			wallTo = wallFrom.Add(d.unit)
		default:
			wallFrom = midnight.AddDate(0, 0, d.dayOff)
			wallTo = wallFrom.Add(day)
		}
		if wallFrom.After(local) {
			return from, to, false
		}
		if wallTo.After(local) {
			wallTo = local
		}
	}
	return wallIn(wallFrom, loc), wallIn(wallTo, loc), true
}

// hull returns the earliest and latest instants of the date's windows
// over every zone, and false when there is none.
func (d *Date) hull(wallFrom, wallTo time.Time) (from, to time.Time, ok bool) {
	for _, loc := range d.zones() {
		f, t, in := d.window(loc, wallFrom, wallTo)
		if !in {
			continue
		}
		if !ok || f.Before(from) {
			from = f
		}
		if !ok || t.After(to) {
			to = t
		}
		ok = true
	}
	return from, to, ok
}

// zoneDistance returns the distance from t to the nearest zone's window.
func (d *Date) zoneDistance(t, wallFrom, wallTo time.Time) time.Duration {
	best := time.Duration(-1)
	for _, loc := range d.zones() {
		f, to, ok := d.window(loc, wallFrom, wallTo)
		if !ok {
			continue
		}
		if dist := distance(f, to, t); best < 0 || dist < best {
			best = dist
			if best == 0 {
				break
			}
		}
	}
	if best < 0 { // no window: cannot come from ParseDate
		return distance(d.From, d.To, t)
	}
	return best
}

func distance(from, to, t time.Time) time.Duration {
	switch {
	case t.Before(from):
		return from.Sub(t)
	case t.After(to):
		return t.Sub(to)
	}
	return 0
}

// isDateSpace reports white space, including the no-break spaces that
// French typography puts before "h" and inside dates, and the invisible
// marks a copy from a web page brings along.
func isDateSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\u200e' || r == '\u200f' || r == '\u2060' || r == '\ufeff'
}

// A date token: a run of digits, a word (folded to lower case without
// accents), or a symbol.
type tokenKind uint8

const (
	tokNum tokenKind = iota
	tokWord
	tokSym
)

type dateToken struct {
	kind   tokenKind
	s      string // the digits, the folded word, or the symbol
	n      int    // the value of a number
	spaced bool   // white space comes before it
}

// tokenizeDate splits a date into tokens.
func tokenizeDate(s string) ([]dateToken, error) {
	var toks []dateToken
	spaced := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isDateSpace(r):
			spaced = true
			i += size
			continue
		case r >= '0' && r <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j-i > 9 {
				return nil, fmt.Errorf("number %s too long", jsonrec.Truncate(s[i:j], 12))
			}
			n, _ := strconv.Atoi(s[i:j])
			toks = append(toks, dateToken{kind: tokNum, s: s[i:j], n: n, spaced: spaced})
			i = j
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			var b strings.Builder
			j := i
			for j < len(s) {
				r, size := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
					b.WriteRune(r)
					j += size
					continue
				}
				// An apostrophe or a hyphen between letters joins them
				// (aujourd'hui, avant-hier).
				if strings.ContainsRune("'’ʼ-", r) && b.Len() > 0 {
					next, _ := utf8.DecodeRuneInString(s[j+size:])
					if unicode.IsLetter(next) {
						if r != '-' {
							r = '\''
						}
						b.WriteRune(r)
						j += size
						continue
					}
				}
				break
			}
			toks = append(toks, dateToken{kind: tokWord, s: normalize.FoldWord(b.String()), spaced: spaced})
			i = j
		default:
			toks = append(toks, dateToken{kind: tokSym, s: string(r), spaced: spaced})
			i += size
		}
		spaced = false
	}
	return toks, nil
}

// Words of dates, folded. Written for this package from the French and
// English forms X, Mastodon, Bluesky and Facebook show.
var dateMonths = map[string]time.Month{
	"janvier": 1, "janv": 1, "jan": 1, "january": 1,
	"fevrier": 2, "fevr": 2, "fev": 2, "feb": 2, "february": 2,
	"mars": 3, "mar": 3, "march": 3,
	"avril": 4, "avr": 4, "apr": 4, "april": 4,
	"mai": 5, "may": 5,
	"juin": 6, "jun": 6, "june": 6,
	"juillet": 7, "juil": 7, "jul": 7, "july": 7,
	"aout": 8, "aou": 8, "aug": 8, "august": 8,
	"septembre": 9, "sept": 9, "sep": 9, "september": 9,
	"octobre": 10, "oct": 10, "october": 10,
	"novembre": 11, "nov": 11, "november": 11,
	"decembre": 12, "dec": 12, "december": 12,
}

var dateWeekdays = map[string]bool{
	"lundi": true, "lun": true, "mardi": true, "mercredi": true, "mer": true,
	"jeudi": true, "jeu": true, "vendredi": true, "ven": true, "samedi": true, "sam": true,
	"dimanche": true, "dim": true,
	"monday": true, "mon": true, "tuesday": true, "tue": true, "tues": true, "wednesday": true, "wed": true,
	"thursday": true, "thu": true, "thur": true, "thurs": true, "friday": true, "fri": true,
	"saturday": true, "sat": true, "sunday": true, "sun": true,
	// "mar" is mars or mardi: a month unless another month follows.
}

// dateUnits are the units of relative ages. "m" is a minute (X's
// English "5m"); a month is "mo".
var dateUnits = map[string]time.Duration{
	"s": time.Second, "sec": time.Second, "secs": time.Second, "seconde": time.Second, "secondes": time.Second,
	"second": time.Second, "seconds": time.Second,
	"m": time.Minute, "mn": time.Minute, "min": time.Minute, "mins": time.Minute, "minute": time.Minute, "minutes": time.Minute,
	"h": time.Hour, "hr": time.Hour, "hrs": time.Hour, "heure": time.Hour, "heures": time.Hour, "hour": time.Hour, "hours": time.Hour,
	"j": day, "jour": day, "jours": day, "d": day, "day": day, "days": day,
	"sem": week, "semaine": week, "semaines": week, "w": week, "wk": week, "wks": week, "week": week, "weeks": week,
	"mois": month, "mo": month, "mos": month, "month": month, "months": month,
	"an": year, "ans": year, "annee": year, "annees": year, "y": year, "yr": year, "yrs": year, "year": year, "years": year,
}

const (
	day   = 24 * time.Hour
	week  = 7 * day
	month = 2629746 * time.Second  // a mean Gregorian month
	year  = 31556952 * time.Second // a mean Gregorian year
)

// dateFillers are words that say nothing the parser needs.
var dateFillers = map[string]bool{
	"a": true, "at": true, "le": true, "on": true, "the": true, "of": true, "de": true, "du": true,
	"t": true, "er": true, "e": true, "eme": true, "st": true, "nd": true, "rd": true, "th": true,
	"environ": true, "about": true, "approximately": true, "vers": true, "publie": true, "posted": true,
	"just": true, "il": true, "y": true, "ya": true,
}

// dateParts is what the tokens say.
type dateParts struct {
	day, year   int
	month       time.Month
	marMonth    bool // the month is "mar", maybe mardi
	clock       bool
	hour, min   int
	sec         int
	clockUnit   time.Duration
	ampm        byte // 'a', 'p' or 0
	hourOnly    int  // "14 h" or "3 h": a clock hour or a relative age, decided at the end
	hasHourOnly bool
	ago         bool // "il y a", "ago"
	rel         bool
	relN        int
	relUnit     time.Duration
	dayWord     bool // hier, aujourd'hui...
	dayOff      int
	now         bool
	at          bool // "à" or "at" seen
	zoned       bool
	offset      time.Duration
}

func (p *dateParts) hasDate() bool { return p.day != 0 || p.month != 0 || p.year != 0 }

// scanSegments scans the tokens, segment by segment between "·" (or "•",
// "|"): a segment holding a word foreign to dates is dropped when another
// one holds the date.
func (p *dateParts) scanSegments(toks []dateToken) error {
	var segs [][]dateToken
	start := 0
	for i, t := range toks {
		if t.kind == tokSym && (t.s == "·" || t.s == "•" || t.s == "|" || t.s == "⋅" || t.s == "∙") {
			segs = append(segs, toks[start:i])
			start = i + 1
		}
	}
	segs = append(segs, toks[start:])
	if len(segs) == 1 {
		return p.scan(segs[0])
	}
	var firstErr error
	took := false
	for _, seg := range segs {
		saved := *p
		err := p.scan(seg)
		if err == nil {
			took = took || len(seg) > 0
			continue
		}
		*p = saved
		if !foreignToDates(seg) {
			return err
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	if !took && firstErr != nil {
		return firstErr
	}
	return nil
}

// foreignToDates reports whether the tokens hold a word or a symbol that
// no date uses.
func foreignToDates(toks []dateToken) bool {
	for _, t := range toks {
		switch {
		case t.kind == tokWord && !dateWord(t.s),
			t.kind == tokSym && !strings.Contains(dateSymbols, t.s) && !strings.Contains("+-−", t.s):
			return true
		}
	}
	return false
}

// dateWord reports whether w is a word some date uses.
func dateWord(w string) bool {
	if dateMonths[w] != 0 || dateWeekdays[w] || dateUnits[w] != 0 || dateFillers[w] {
		return true
	}
	switch w {
	case "ago", "am", "pm", "p", "an", "un", "une", "one", "hier", "yesterday", "avant-hier",
		"aujourd'hui", "aujourdhui", "today", "maintenant", "now", "l'instant", "instant", "midi", "noon",
		"minuit", "midnight", "utc", "gmt", "z":
		return true
	}
	return false
}

// dateSymbols are the symbols dates may hold, besides the signs of an
// offset.
const dateSymbols = ",.-–—/:;()[]'\"«»‹›’‘“”~…"

// notDateError is a word or a symbol foreign to dates.
type notDateError struct{ msg string }

func (e *notDateError) Error() string { return e.msg }

// scan reads one segment's tokens into p.
func (p *dateParts) scan(toks []dateToken) error {
	word := func(i int) string {
		if i < len(toks) && toks[i].kind == tokWord {
			return toks[i].s
		}
		return ""
	}
	sym := func(i int) string {
		if i < len(toks) && toks[i].kind == tokSym {
			return toks[i].s
		}
		return ""
	}
	num := func(i int) (dateToken, bool) {
		if i < len(toks) && toks[i].kind == tokNum {
			return toks[i], true
		}
		return dateToken{}, false
	}
	adjacent := func(i int) bool { return i < len(toks) && !toks[i].spaced }
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.kind {
		case tokSym:
			if !strings.Contains(dateSymbols, t.s) {
				return &notDateError{fmt.Sprintf("unexpected %q", t.s)}
			}
		case tokWord:
			w := t.s
			switch {
			case w == "il" && word(i+1) == "y" && word(i+2) == "a":
				p.ago = true
				i += 2
			case w == "ago":
				p.ago = true
			case (w == "a" || w == "p") && sym(i+1) == "." && word(i+2) == "m":
				if err := p.setAMPM(w[0]); err != nil {
					return err
				}
				i += 2
				if sym(i+1) == "." {
					i++
				}
			case w == "am" || w == "pm":
				if err := p.setAMPM(w[0]); err != nil {
					return err
				}
			case (w == "a" || w == "an" || w == "un" || w == "une" || w == "one") && dateUnits[word(i+1)] != 0:
				if err := p.setRel(1, dateUnits[word(i+1)]); err != nil {
					return err
				}
				i++
			case dateMonths[w] != 0:
				if err := p.setMonth(w); err != nil {
					return err
				}
			case dateWeekdays[w]:
			case w == "hier" || w == "yesterday":
				if err := p.setDayWord(-1); err != nil {
					return err
				}
			case w == "avant-hier":
				if err := p.setDayWord(-2); err != nil {
					return err
				}
			case w == "aujourd'hui" || w == "aujourdhui" || w == "today":
				if err := p.setDayWord(0); err != nil {
					return err
				}
			case w == "maintenant" || w == "now" || w == "l'instant" || w == "instant":
				p.now = true
			case w == "midi" || w == "noon":
				if err := p.setClock(12, 0, 0, time.Minute); err != nil {
					return err
				}
			case w == "minuit" || w == "midnight":
				if err := p.setClock(0, 0, 0, time.Minute); err != nil {
					return err
				}
			case w == "utc" || w == "gmt" || w == "z":
				p.zoned = true
				if s := sym(i + 1); (s == "+" || s == "-" || s == "−") && adjacent(i+1) && adjacent(i+2) {
					n, ok := num(i + 2)
					if !ok {
						return fmt.Errorf("offset without hours after %q", w)
					}
					h, m := n.n, 0
					i += 2
					if len(n.s) == 4 {
						h, m = n.n/100, n.n%100
					} else if mm, ok := num(i + 2); ok && sym(i+1) == ":" {
						m = mm.n
						i += 2
					}
					if h > 14 || m > 59 {
						return fmt.Errorf("offset %s%s out of range", s, n.s)
					}
					p.offset = time.Duration(h)*time.Hour + time.Duration(m)*time.Minute
					if s != "+" {
						p.offset = -p.offset
					}
				}
			case dateFillers[w]:
				if w == "a" || w == "at" {
					p.at = true
				}
			default:
				return &notDateError{fmt.Sprintf("unknown word %q", jsonrec.Truncate(w, 30))}
			}
		case tokNum:
			next, err := p.scanNumber(toks, i)
			if err != nil {
				return err
			}
			i = next
		}
	}
	return nil
}

// scanNumber reads the number at toks[i] and what it starts (a time, a
// numeric date, an age), and returns the index of its last token.
func (p *dateParts) scanNumber(toks []dateToken, i int) (int, error) {
	t := toks[i]
	at := func(j int, kind tokenKind) bool { return j < len(toks) && toks[j].kind == kind }
	tight := func(j int) bool { return j < len(toks) && !toks[j].spaced }
	// A time: 14:05, 14:05:33.
	if at(i+1, tokSym) && toks[i+1].s == ":" && at(i+2, tokNum) {
		h, m, s, unit := t.n, toks[i+2].n, 0, time.Minute
		last := i + 2
		if at(i+3, tokSym) && toks[i+3].s == ":" && at(i+4, tokNum) {
			s, unit = toks[i+4].n, time.Second
			last = i + 4
		}
		if len(toks[i+2].s) != 2 || unit == time.Second && len(toks[last].s) != 2 {
			return 0, fmt.Errorf("time %s:%s not understood", t.s, toks[i+2].s)
		}
		return last, p.setClock(h, m, s, unit)
	}
	// A numeric date: 12/06/2012, 12.06.2012, 2012-06-12, 12/06.
	if at(i+1, tokSym) && strings.Contains("/.-", toks[i+1].s) && tight(i+1) && at(i+2, tokNum) && tight(i+2) {
		sep := toks[i+1].s
		parts := []dateToken{t, toks[i+2]}
		last := i + 2
		if at(i+3, tokSym) && toks[i+3].s == sep && tight(i+3) && at(i+4, tokNum) && tight(i+4) {
			parts = append(parts, toks[i+4])
			last = i + 4
		}
		return last, p.setNumericDate(parts)
	}
	// 9h41, 14 h 05, or "14 h" / "3 h" (decided at the end).
	if at(i+1, tokWord) && toks[i+1].s == "h" {
		if at(i+2, tokNum) && len(toks[i+2].s) == 2 && !p.ago {
			return i + 2, p.setClock(t.n, toks[i+2].n, 0, time.Minute)
		}
		if p.hasHourOnly || p.rel {
			return 0, errors.New("two ages or times")
		}
		p.hourOnly, p.hasHourOnly = t.n, true
		return i + 1, nil
	}
	// An age: 5 min, 2 j, 3 heures, 5m.
	if at(i+1, tokWord) && dateUnits[toks[i+1].s] != 0 {
		last := i + 1
		if at(i+2, tokSym) && toks[i+2].s == "." {
			last++ // "min.", "sem."
		}
		return last, p.setRel(t.n, dateUnits[toks[i+1].s])
	}
	if len(t.s) == 4 {
		if p.year != 0 {
			return 0, errors.New("two years")
		}
		p.year = t.n
		return i, nil
	}
	if p.day == 0 && t.n >= 1 && t.n <= 31 && len(t.s) <= 2 && (p.month != 0 || p.monthFollows(toks, i+1)) {
		p.day = t.n
		return i, nil
	}
	return 0, fmt.Errorf("unexpected number %s", t.s)
}

// monthFollows reports whether a month name comes next, after ordinal
// suffixes, dots and "de"/"of".
func (p *dateParts) monthFollows(toks []dateToken, j int) bool {
	for ; j < len(toks); j++ {
		t := toks[j]
		switch {
		case t.kind == tokWord && dateMonths[t.s] != 0:
			return true
		case t.kind == tokWord && (t.s == "er" || t.s == "e" || t.s == "st" || t.s == "nd" || t.s == "rd" || t.s == "th" || t.s == "of" || t.s == "de"):
		case t.kind == tokSym && (t.s == "." || t.s == ","):
		default:
			return false
		}
	}
	return false
}

func (p *dateParts) setMonth(w string) error {
	m := dateMonths[w]
	switch {
	case p.month == 0:
	case p.marMonth:
		// The "mar" seen first was mardi.
	case w == "mar":
		return nil // mardi, before or after the month
	default:
		return errors.New("two months")
	}
	p.month, p.marMonth = m, w == "mar"
	return nil
}

func (p *dateParts) setNumericDate(parts []dateToken) error {
	if p.hasDate() {
		return errors.New("two dates")
	}
	a, b := parts[0], parts[1]
	var d, m, y dateToken
	switch {
	case len(parts) == 3 && len(a.s) == 4:
		y, m, d = a, b, parts[2]
	case len(parts) == 3:
		d, m, y = a, b, parts[2]
	case len(a.s) == 4:
		y, m = a, b
	case len(b.s) == 4:
		m, y = a, b
	default:
		d, m = a, b
	}
	if d.s != "" && m.n > 12 && d.n <= 12 {
		d, m = m, d // M/D/Y
	}
	if m.n < 1 || m.n > 12 || len(m.s) > 2 {
		return fmt.Errorf("no month %s", m.s)
	}
	if d.s != "" && (d.n < 1 || d.n > 31 || len(d.s) > 2) {
		return fmt.Errorf("no day %s", d.s)
	}
	p.month, p.day = time.Month(m.n), d.n
	switch len(y.s) {
	case 0:
	case 2:
		p.year = 2000 + y.n
		if y.n >= 70 {
			p.year = 1900 + y.n
		}
	case 4:
		p.year = y.n
	default:
		return fmt.Errorf("year %s not understood", y.s)
	}
	return nil
}

func (p *dateParts) setClock(h, m, s int, unit time.Duration) error {
	if p.clock {
		return errors.New("two times")
	}
	if h > 24 || m > 59 || s > 59 || h == 24 && (m > 0 || s > 0) {
		return fmt.Errorf("no time %02d:%02d", h, m)
	}
	p.clock, p.hour, p.min, p.sec, p.clockUnit = true, h%24, m, s, unit
	return nil
}

func (p *dateParts) setAMPM(c byte) error {
	if p.ampm != 0 {
		return errors.New("two AM/PM")
	}
	p.ampm = c
	return nil
}

func (p *dateParts) setRel(n int, unit time.Duration) error {
	if p.rel || p.hasHourOnly {
		return errors.New("two ages")
	}
	if time.Duration(n) > maxAge/unit {
		return errors.New("too far back")
	}
	p.rel, p.relN, p.relUnit = true, n, unit
	return nil
}

func (p *dateParts) setDayWord(off int) error {
	if p.dayWord {
		return errors.New("two days")
	}
	p.dayWord, p.dayOff = true, off
	return nil
}

// resolve turns the parts into an interval.
func (p *dateParts) resolve(d *Date, captured time.Time, hasCaptured bool) error {
	if p.hasHourOnly {
		// "3 h" alone or after "il y a" is an age; "à 14 h", "hier 14 h",
		// "12 juin 14 h" a time.
		p.hasHourOnly = false
		if p.ago || !p.hasDate() && !p.dayWord && !p.at && !p.clock && !p.zoned {
			if err := p.setRel(p.hourOnly, time.Hour); err != nil {
				return err
			}
		} else if err := p.setClock(p.hourOnly, 0, 0, time.Hour); err != nil {
			return err
		}
	}
	if p.clock && p.ampm != 0 {
		if p.hour < 1 || p.hour > 12 {
			return fmt.Errorf("no time %d:%02d %cM", p.hour, p.min, p.ampm-'a'+'A')
		}
		p.hour %= 12
		if p.ampm == 'p' {
			p.hour += 12
		}
	} else if p.ampm != 0 {
		return errors.New("AM/PM without a time")
	}
	relative := p.now || p.rel || p.dayWord || p.clock && !p.hasDate()
	switch {
	case p.ago && !p.rel:
		return errors.New("\"il y a\" or \"ago\" without an age")
	case (p.now || p.rel) && (p.hasDate() || p.clock || p.dayWord || p.zoned || p.now && p.rel):
		return errors.New("an age mixed with a date")
	case p.dayWord && p.hasDate():
		return errors.New("a day word mixed with a date")
	case relative && !hasCaptured:
		return errors.New("relative date without captured_at")
	}
	d.Relative, d.Clock, d.Zoned, d.offset = relative, p.clock, p.zoned, p.offset
	d.clock = time.Duration(p.hour)*time.Hour + time.Duration(p.min)*time.Minute + time.Duration(p.sec)*time.Second
	d.unit = p.clockUnit
	switch {
	case p.now:
		d.From, d.To = captured.Add(-time.Minute), captured
		return nil
	case p.rel:
		// Platforms truncate the age ("3 h" from 3 h to 3 h 59) or round
		// it (from 2 h 30): allow both.
		n := time.Duration(p.relN)
		lo, hi := n*p.relUnit-p.relUnit/2, (n+1)*p.relUnit
		if n == 0 {
			lo = 0
		}
		d.From, d.To = captured.Add(-hi), captured.Add(-lo)
		return nil
	case relative:
		d.kind, d.captured, d.dayOff, d.timeAlone = kindDay, captured, p.dayOff, !p.dayWord
		var ok bool
		if d.From, d.To, ok = d.hull(time.Time{}, time.Time{}); !ok {
			return errors.New("after captured_at")
		}
		return nil
	case !p.hasDate():
		return errors.New("no date")
	}
	return p.resolveDate(d, captured, hasCaptured)
}

// resolveDate places a calendar date, with or without a year and a time.
func (p *dateParts) resolveDate(d *Date, captured time.Time, hasCaptured bool) error {
	switch {
	case p.clock && p.day == 0:
		return errors.New("a time without a day")
	case p.year != 0 && (p.year < 1000 || p.year > 9999):
		return fmt.Errorf("year %d out of range", p.year)
	case p.year == 0 && p.month == 0:
		return errors.New("a day without a month")
	}
	d.kind = kindCalendar
	// wall returns the period shown in year y, false when the day does
	// not exist that year.
	wall := func(y int) (from, to time.Time, ok bool) {
		switch {
		case p.month == 0:
			from = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			return from, from.AddDate(1, 0, 0), true
		case p.day == 0:
			from = time.Date(y, p.month, 1, 0, 0, 0, 0, time.UTC)
			return from, from.AddDate(0, 1, 0), true
		}
		from = time.Date(y, p.month, p.day, 0, 0, 0, 0, time.UTC)
		if from.Day() != p.day {
			return from, to, false
		}
		if p.clock {
			from = from.Add(d.clock)
			return from, from.Add(d.unit), true
		}
		return from, from.Add(day), true
	}
	years := []int{p.year}
	switch {
	case p.year != 0:
	case !hasCaptured:
		years, d.NoYear = []int{noYear}, true
	default:
		// The latest year that does not put the date after the capture.
		years, d.InferredYear = nil, true
		for y := captured.Year() + 1; y >= captured.Year()-8; y-- {
			years = append(years, y)
		}
	}
	for _, y := range years {
		wf, wt, ok := wall(y)
		if !ok {
			continue
		}
		from, to, _ := d.hull(wf, wt)
		if d.InferredYear && from.After(captured) {
			continue
		}
		d.wallFrom, d.wallTo, d.From, d.To = wf, wt, from, to
		return nil
	}
	if p.year != 0 {
		return fmt.Errorf("no day %d %s %d", p.day, p.month, p.year)
	}
	return fmt.Errorf("no day %d %s", p.day, p.month)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
