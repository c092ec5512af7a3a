package montage

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// capturedAt is the capture time of the relative cases: a Tuesday
// morning in Paris.
var capturedAt = time.Date(2024, 11, 5, 10, 0, 0, 0, time.UTC)

func utc(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return t.UTC()
}

func TestParseDate(t *testing.T) {
	type flags struct{ rel, noYear, inferred, clock, zoned bool }
	for _, tc := range []struct {
		in       string
		captured bool
		from, to string
		f        flags
	}{
		// Calendar days, French and English.
		{"12 juin 2012", false, "2012-06-11T22:00:00Z", "2012-06-13T00:00:00Z", flags{}},
		{"12 JUIN 2012", false, "2012-06-11T22:00:00Z", "2012-06-13T00:00:00Z", flags{}},
		{"  12\u00a0juin\u202f2012 ", false, "2012-06-11T22:00:00Z", "2012-06-13T00:00:00Z", flags{}},
		{"mardi 12 juin 2012", false, "2012-06-11T22:00:00Z", "2012-06-13T00:00:00Z", flags{}},
		{"mar. 12 juin 2012", false, "2012-06-11T22:00:00Z", "2012-06-13T00:00:00Z", flags{}},
		{"le 12 juin 2012", false, "2012-06-11T22:00:00Z", "2012-06-13T00:00:00Z", flags{}},
		{"12/06/2012", false, "2012-06-11T22:00:00Z", "2012-06-13T00:00:00Z", flags{}},
		{"12/06/12", false, "2012-06-11T22:00:00Z", "2012-06-13T00:00:00Z", flags{}},
		{"06/13/2012", false, "2012-06-12T22:00:00Z", "2012-06-14T00:00:00Z", flags{}}, // M/D/Y: no month 13
		{"12.06.2012", false, "2012-06-11T22:00:00Z", "2012-06-13T00:00:00Z", flags{}},
		{"12-06-2012", false, "2012-06-11T22:00:00Z", "2012-06-13T00:00:00Z", flags{}},
		{"2012-06-12", false, "2012-06-11T22:00:00Z", "2012-06-13T00:00:00Z", flags{}},
		{"2012/06/12", false, "2012-06-11T22:00:00Z", "2012-06-13T00:00:00Z", flags{}},
		{"1er décembre 2020", false, "2020-11-30T23:00:00Z", "2020-12-02T00:00:00Z", flags{}},
		{"1er Décembre 2020", false, "2020-11-30T23:00:00Z", "2020-12-02T00:00:00Z", flags{}},
		{"1 déc. 2020", false, "2020-11-30T23:00:00Z", "2020-12-02T00:00:00Z", flags{}},
		{"1 DÉC. 2020", false, "2020-11-30T23:00:00Z", "2020-12-02T00:00:00Z", flags{}},
		{"1 de\u0301c. 2020", false, "2020-11-30T23:00:00Z", "2020-12-02T00:00:00Z", flags{}}, // decomposed accent
		{"1 dec 2020", false, "2020-11-30T23:00:00Z", "2020-12-02T00:00:00Z", flags{}},
		{"déc. 1, 2020", false, "2020-11-30T23:00:00Z", "2020-12-02T00:00:00Z", flags{}},
		{"Dec 1, 2020", false, "2020-11-30T23:00:00Z", "2020-12-02T00:00:00Z", flags{}},
		{"December 1, 2020", false, "2020-11-30T23:00:00Z", "2020-12-02T00:00:00Z", flags{}},
		{"December 1st, 2020", false, "2020-11-30T23:00:00Z", "2020-12-02T00:00:00Z", flags{}},
		{"1 Dec 2020", false, "2020-11-30T23:00:00Z", "2020-12-02T00:00:00Z", flags{}},
		{"Tue, Dec 1, 2020", false, "2020-11-30T23:00:00Z", "2020-12-02T00:00:00Z", flags{}},
		{"1 janv. 2020", false, "2019-12-31T23:00:00Z", "2020-01-02T00:00:00Z", flags{}},
		{"3 févr. 2020", false, "2020-02-02T23:00:00Z", "2020-02-04T00:00:00Z", flags{}},
		{"3 fév 2020", false, "2020-02-02T23:00:00Z", "2020-02-04T00:00:00Z", flags{}},
		{"3 fevr 2020", false, "2020-02-02T23:00:00Z", "2020-02-04T00:00:00Z", flags{}},
		{"3 mars 2020", false, "2020-03-02T23:00:00Z", "2020-03-04T00:00:00Z", flags{}},
		{"3 avr. 2020", false, "2020-04-02T22:00:00Z", "2020-04-04T00:00:00Z", flags{}},
		{"3 mai 2020", false, "2020-05-02T22:00:00Z", "2020-05-04T00:00:00Z", flags{}},
		{"3 juil. 2020", false, "2020-07-02T22:00:00Z", "2020-07-04T00:00:00Z", flags{}},
		{"3 août 2020", false, "2020-08-02T22:00:00Z", "2020-08-04T00:00:00Z", flags{}},
		{"3 aout 2020", false, "2020-08-02T22:00:00Z", "2020-08-04T00:00:00Z", flags{}},
		{"3 sept. 2020", false, "2020-09-02T22:00:00Z", "2020-09-04T00:00:00Z", flags{}},
		{"3 oct. 2020", false, "2020-10-02T22:00:00Z", "2020-10-04T00:00:00Z", flags{}},
		{"3 nov. 2020", false, "2020-11-02T23:00:00Z", "2020-11-04T00:00:00Z", flags{}},
		{"29 févr. 2020", false, "2020-02-28T23:00:00Z", "2020-03-01T00:00:00Z", flags{}},
		{"juin 2012", false, "2012-05-31T22:00:00Z", "2012-07-01T00:00:00Z", flags{}},
		{"2012", false, "2011-12-31T23:00:00Z", "2013-01-01T00:00:00Z", flags{}},

		// With a time: the minute, in Paris (summer +2, winter +1) and UTC.
		{"9:41 PM · 1 déc. 2020", false, "2020-12-01T20:41:00Z", "2020-12-01T21:42:00Z", flags{clock: true}},
		{"9:41 PM · Dec 1, 2020", false, "2020-12-01T20:41:00Z", "2020-12-01T21:42:00Z", flags{clock: true}},
		{"9:41\u202fPM · Dec 1, 2020", false, "2020-12-01T20:41:00Z", "2020-12-01T21:42:00Z", flags{clock: true}},
		{"9:41 p.m. · Dec 1, 2020", false, "2020-12-01T20:41:00Z", "2020-12-01T21:42:00Z", flags{clock: true}},
		{"21:41 · 1 déc. 2020", false, "2020-12-01T20:41:00Z", "2020-12-01T21:42:00Z", flags{clock: true}},
		{"9:41 PM · Dec 1, 2020 · Twitter for iPhone", false, "2020-12-01T20:41:00Z", "2020-12-01T21:42:00Z", flags{clock: true}},
		{"9:41 PM · Dec 1, 2020 · 1.2M Views", false, "2020-12-01T20:41:00Z", "2020-12-01T21:42:00Z", flags{clock: true}},
		{"12:30 AM · Dec 1, 2020", false, "2020-11-30T23:30:00Z", "2020-12-01T00:31:00Z", flags{clock: true}},
		{"14:05 - 12 juin 2012", false, "2012-06-12T12:05:00Z", "2012-06-12T14:06:00Z", flags{clock: true}},
		{"12 juin 2012 à 14:05", false, "2012-06-12T12:05:00Z", "2012-06-12T14:06:00Z", flags{clock: true}},
		{"12 juin 2012 a 14h05", false, "2012-06-12T12:05:00Z", "2012-06-12T14:06:00Z", flags{clock: true}},
		{"12 juin 2012 à 14\u202fh\u202f05", false, "2012-06-12T12:05:00Z", "2012-06-12T14:06:00Z", flags{clock: true}},
		{"12/06/2012 14:05", false, "2012-06-12T12:05:00Z", "2012-06-12T14:06:00Z", flags{clock: true}},
		{"12/06/2012, 14:05:33", false, "2012-06-12T12:05:33Z", "2012-06-12T14:05:34Z", flags{clock: true}},
		{"2012-06-12 14:05", false, "2012-06-12T12:05:00Z", "2012-06-12T14:06:00Z", flags{clock: true}},
		{"2012-06-12T14:05:00", false, "2012-06-12T12:05:00Z", "2012-06-12T14:05:01Z", flags{clock: true}},
		{"12 juin 2012 à 14 h", false, "2012-06-12T12:00:00Z", "2012-06-12T15:00:00Z", flags{clock: true}},
		{"12 juin 2012 à midi", false, "2012-06-12T10:00:00Z", "2012-06-12T12:01:00Z", flags{clock: true}},
		{"12 juin 2012 à 14:05 UTC", false, "2012-06-12T14:05:00Z", "2012-06-12T14:06:00Z", flags{clock: true, zoned: true}},
		{"12 juin 2012 à 14:05 UTC+2", false, "2012-06-12T12:05:00Z", "2012-06-12T12:06:00Z", flags{clock: true, zoned: true}},
		{"12 juin 2012 à 14:05 GMT-05:30", false, "2012-06-12T19:35:00Z", "2012-06-12T19:36:00Z", flags{clock: true, zoned: true}},

		// RFC 3339: the instant, to the precision shown.
		{"2012-06-12T14:05:33+02:00", false, "2012-06-12T12:05:33Z", "2012-06-12T12:05:34Z", flags{clock: true, zoned: true}},
		{"2012-06-12T14:05:33.482Z", false, "2012-06-12T14:05:33.482Z", "2012-06-12T14:05:33.483Z", flags{clock: true, zoned: true}},

		// No year: the capture's year, or the one before.
		{"12 juin", true, "2024-06-11T22:00:00Z", "2024-06-13T00:00:00Z", flags{inferred: true}},
		{"12/06", true, "2024-06-11T22:00:00Z", "2024-06-13T00:00:00Z", flags{inferred: true}},
		{"Dec 1", true, "2023-11-30T23:00:00Z", "2023-12-02T00:00:00Z", flags{inferred: true}},
		{"28 déc.", true, "2023-12-27T23:00:00Z", "2023-12-29T00:00:00Z", flags{inferred: true}},
		{"5 nov.", true, "2024-11-04T23:00:00Z", "2024-11-06T00:00:00Z", flags{inferred: true}},
		{"9:41 PM · 2 déc.", true, "2023-12-02T20:41:00Z", "2023-12-02T21:42:00Z", flags{clock: true, inferred: true}},
		{"Solène Ravenaud @SoleneRavenaud · 2 déc.", true, "2023-12-01T23:00:00Z", "2023-12-03T00:00:00Z", flags{inferred: true}},
		{"12 juin", false, "2000-06-11T22:00:00Z", "2000-06-13T00:00:00Z", flags{noYear: true}},
		{"29 févr.", false, "2000-02-28T23:00:00Z", "2000-03-01T00:00:00Z", flags{noYear: true}},

		// Ages, truncated or rounded: "3 h" is 2 h 30 to 4 h old.
		{"il y a 3 h", true, "2024-11-05T06:00:00Z", "2024-11-05T07:30:00Z", flags{rel: true}},
		{"il y a 3 heures", true, "2024-11-05T06:00:00Z", "2024-11-05T07:30:00Z", flags{rel: true}},
		{"il y a environ 3 heures", true, "2024-11-05T06:00:00Z", "2024-11-05T07:30:00Z", flags{rel: true}},
		{"3 h", true, "2024-11-05T06:00:00Z", "2024-11-05T07:30:00Z", flags{rel: true}},
		{"3h", true, "2024-11-05T06:00:00Z", "2024-11-05T07:30:00Z", flags{rel: true}},
		{"3 hours ago", true, "2024-11-05T06:00:00Z", "2024-11-05T07:30:00Z", flags{rel: true}},
		{"il y a une heure", true, "2024-11-05T08:00:00Z", "2024-11-05T09:30:00Z", flags{rel: true}},
		{"an hour ago", true, "2024-11-05T08:00:00Z", "2024-11-05T09:30:00Z", flags{rel: true}},
		{"il y a 5 min", true, "2024-11-05T09:54:00Z", "2024-11-05T09:55:30Z", flags{rel: true}},
		{"5 min", true, "2024-11-05T09:54:00Z", "2024-11-05T09:55:30Z", flags{rel: true}},
		{"5m", true, "2024-11-05T09:54:00Z", "2024-11-05T09:55:30Z", flags{rel: true}},
		{"il y a 20 s", true, "2024-11-05T09:59:39Z", "2024-11-05T09:59:40.5Z", flags{rel: true}},
		{"il y a 2 j", true, "2024-11-02T10:00:00Z", "2024-11-03T22:00:00Z", flags{rel: true}},
		{"il y a 2 jours", true, "2024-11-02T10:00:00Z", "2024-11-03T22:00:00Z", flags{rel: true}},
		{"2 j", true, "2024-11-02T10:00:00Z", "2024-11-03T22:00:00Z", flags{rel: true}},
		{"2d", true, "2024-11-02T10:00:00Z", "2024-11-03T22:00:00Z", flags{rel: true}},
		{"il y a 1 sem.", true, "2024-10-22T10:00:00Z", "2024-11-01T22:00:00Z", flags{rel: true}},
		{"à l'instant", true, "2024-11-05T09:59:00Z", "2024-11-05T10:00:00Z", flags{rel: true}},
		{"now", true, "2024-11-05T09:59:00Z", "2024-11-05T10:00:00Z", flags{rel: true}},

		// Days relative to the capture (5 Nov, 10:00 UTC, 11:00 in
		// Paris), in UTC and in Paris.
		{"hier", true, "2024-11-03T23:00:00Z", "2024-11-05T00:00:00Z", flags{rel: true}},
		{"Yesterday", true, "2024-11-03T23:00:00Z", "2024-11-05T00:00:00Z", flags{rel: true}},
		{"hier à 14:05", true, "2024-11-04T13:05:00Z", "2024-11-04T14:06:00Z", flags{rel: true, clock: true}},
		{"yesterday at 2:05 PM", true, "2024-11-04T13:05:00Z", "2024-11-04T14:06:00Z", flags{rel: true, clock: true}},
		{"hier à 14:05 UTC", true, "2024-11-04T14:05:00Z", "2024-11-04T14:06:00Z", flags{rel: true, clock: true, zoned: true}},
		{"aujourd'hui à 9h41", true, "2024-11-05T08:41:00Z", "2024-11-05T09:42:00Z", flags{rel: true, clock: true}},
		{"Aujourd’hui à 9 h 41", true, "2024-11-05T08:41:00Z", "2024-11-05T09:42:00Z", flags{rel: true, clock: true}},
		{"aujourd'hui", true, "2024-11-04T23:00:00Z", "2024-11-05T10:00:00Z", flags{rel: true}},
		{"avant-hier", true, "2024-11-02T23:00:00Z", "2024-11-04T00:00:00Z", flags{rel: true}},
	} {
		t.Run(tc.in, func(t *testing.T) {
			var captured time.Time
			if tc.captured {
				captured = capturedAt
			}
			d, err := ParseDate(tc.in, captured)
			require.NoError(t, err)
			assert.Equal(t, utc(tc.from), d.From, "From")
			assert.Equal(t, utc(tc.to), d.To, "To")
			assert.Equal(t, tc.f, flags{d.Relative, d.NoYear, d.InferredYear, d.Clock, d.Zoned}, "flags")
			assert.Equal(t, strings.TrimFunc(tc.in, isDateSpace), d.Text)
			assert.True(t, d.Contains(d.From), "From inside")
			assert.True(t, d.Contains(d.To), "To inside")
			if !d.Clock {
				assert.True(t, d.Contains(d.From.Add(d.To.Sub(d.From)/2)), "middle inside")
			}
		})
	}
}

func TestParseDateErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", `date "": empty date`},
		{"   ", `date "": empty date`},
		{"banane", `date "banane": unknown word "banane"`},
		{"il y a 3 h", `date "il y a 3 h": relative date without captured_at`},
		{"3 h", `date "3 h": relative date without captured_at`},
		{"hier à 14:05", `date "hier à 14:05": relative date without captured_at`},
		{"14:05", `date "14:05": relative date without captured_at`},
		{"31/02/2012", `date "31/02/2012": no day 31 February 2012`},
		{"30 févr.", `date "30 févr.": no day 30 February`},
		{"13/13/2012", `date "13/13/2012": no month 13`},
		{"25:00 12 juin 2012", `date "25:00 12 juin 2012": no time 25:00`},
		{"13:00 PM · Dec 1, 2020", `no time 13:00 PM`},
		{"12 juin 2012 12 juin 2013", `date "12 juin 2012 12 juin 2013": unexpected number 12`},
		{"12 juin 2012 il y a 3 h", "an age mixed with a date"},
		{"il y a", `"il y a" or "ago" without an age`},
		{"hier 12 juin", "a day word mixed with a date"},
		{"il y a 9999999 ans", "too far back"},
		{"12 juin 2012 + 3 j", `unexpected "+"`},
		{"1234567890123", "too long"},
		{strings.Repeat("12 juin ", 30), "too long to be a date"},
		{"le", "no date"},
		{"12 · 13", "unexpected number 12"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			_, err := ParseDate(tc.in, time.Time{})
			if strings.Contains(tc.want, "with a date") || strings.Contains(tc.want, "without an age") || strings.Contains(tc.want, "too far") {
				_, err = ParseDate(tc.in, capturedAt)
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestShownDateContains(t *testing.T) {
	parse := func(s string, captured time.Time) Date {
		t.Helper()
		d, err := ParseDate(s, captured)
		require.NoError(t, err)
		return d
	}
	cest := time.FixedZone("CEST", 2*3600)
	cet := time.FixedZone("CET", 3600)
	honolulu := time.FixedZone("HST", -10*3600)
	montreal := time.FixedZone("EDT", -4*3600)
	kolkata := time.FixedZone("IST", 5*3600+1800)

	// A day: that day on a clock in Paris or in UTC.
	day := parse("12 juin 2012", time.Time{})
	for _, tc := range []struct {
		t    time.Time
		want time.Duration // distance; 0 inside
	}{
		{time.Date(2012, 6, 12, 12, 0, 0, 0, time.UTC), 0},
		{time.Date(2012, 6, 12, 0, 30, 0, 0, cest), 0},      // 11 June 22:30 UTC: the 12th in Paris
		{time.Date(2012, 6, 12, 23, 59, 0, 0, time.UTC), 0}, // 13 June 01:59 in Paris: the 12th in UTC
		{time.Date(2012, 6, 12, 20, 0, 0, 0, honolulu), 6 * time.Hour},
		{time.Date(2012, 6, 11, 21, 0, 0, 0, time.UTC), time.Hour},
		{time.Date(2012, 6, 14, 12, 0, 0, 0, time.UTC), 36 * time.Hour},
	} {
		assert.Equal(t, tc.want, day.Distance(tc.t), "%s", tc.t)
		assert.Equal(t, tc.want == 0, day.Contains(tc.t), "%s", tc.t)
	}

	// A minute shown without an offset: 14:05 in Paris or in UTC.
	minute := parse("12 juin 2012 à 14:05", time.Time{})
	assert.True(t, minute.Contains(time.Date(2012, 6, 12, 14, 5, 30, 0, cest)))
	assert.True(t, minute.Contains(time.Date(2012, 6, 12, 14, 5, 59, 0, time.UTC)))
	assert.False(t, minute.Contains(time.Date(2012, 6, 12, 14, 5, 0, 0, kolkata)), "14:05 in Kolkata is 10:35 in Paris")
	assert.False(t, minute.Contains(time.Date(2012, 6, 12, 14, 7, 0, 0, cest)), "14:07 in Paris is 12:07 in UTC")
	assert.Equal(t, time.Minute, minute.Distance(time.Date(2012, 6, 12, 14, 7, 0, 0, cest)))
	assert.False(t, minute.Contains(time.Date(2012, 6, 13, 14, 5, 0, 0, cest)), "the next day")
	assert.Equal(t, 22*time.Hour-time.Minute, minute.Distance(time.Date(2012, 6, 13, 14, 5, 0, 0, cest)), "from 14:06 UTC")
	// Winter: Paris is UTC+1.
	winter := parse("1 déc. 2020 à 21:41", time.Time{})
	assert.True(t, winter.Contains(time.Date(2020, 12, 1, 21, 41, 10, 0, cet)))
	assert.False(t, winter.Contains(time.Date(2020, 12, 1, 21, 41, 10, 0, cest)), "there is no summer time in December")

	// The capture's offset is tried too: a viewer in Montréal.
	montrealDay := parse("12 juin 2012 à 20:30", time.Date(2012, 6, 13, 9, 0, 0, 0, montreal))
	assert.True(t, montrealDay.Contains(time.Date(2012, 6, 12, 20, 30, 0, 0, montreal)))
	assert.False(t, parse("12 juin 2012 à 20:30", time.Time{}).Contains(time.Date(2012, 6, 12, 20, 30, 0, 0, montreal)))

	// An offset shown: that zone only.
	zoned := parse("2012-06-12T14:05:00+02:00", time.Time{})
	assert.True(t, zoned.Contains(time.Date(2012, 6, 12, 12, 5, 0, 500, time.UTC)))
	assert.False(t, zoned.Contains(time.Date(2012, 6, 12, 14, 5, 0, 0, time.UTC)))
	assert.Equal(t, 2*time.Hour-time.Second, zoned.Distance(time.Date(2012, 6, 12, 14, 5, 0, 0, time.UTC)))

	// No year: any year, and 29 February only in leap years.
	june := parse("12 juin", time.Time{})
	assert.True(t, june.Contains(time.Date(2019, 6, 12, 18, 0, 0, 0, cest)))
	assert.True(t, june.Contains(time.Date(1999, 6, 12, 18, 0, 0, 0, cest)))
	assert.False(t, june.Contains(time.Date(2019, 6, 14, 18, 0, 0, 0, cest)))
	assert.Equal(t, 36*time.Hour, june.Distance(time.Date(2019, 6, 14, 12, 0, 0, 0, time.UTC)))
	dec31 := parse("31 déc.", time.Time{})
	assert.True(t, dec31.Contains(time.Date(2024, 12, 31, 23, 30, 0, 0, time.UTC)), "already 1 Jan in Paris, still 31 Dec in UTC")
	assert.False(t, dec31.Contains(time.Date(2025, 1, 1, 8, 0, 0, 0, time.UTC)), "31 Dec only in Honolulu")
	leap := parse("29 févr.", time.Time{})
	assert.True(t, leap.Contains(time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC)))
	assert.False(t, leap.Contains(time.Date(2023, 3, 1, 12, 0, 0, 0, time.UTC)))
	assert.False(t, leap.Contains(time.Date(2023, 2, 28, 12, 0, 0, 0, time.UTC)))
	noYearClock := parse("14:05 · 12 juin", time.Time{})
	assert.True(t, noYearClock.Contains(time.Date(2017, 6, 12, 14, 5, 0, 0, cest)))
	assert.False(t, noYearClock.Contains(time.Date(2017, 6, 12, 14, 7, 0, 0, cest)))

	// Inferred year: that year only.
	inferred := parse("12 juin", capturedAt)
	assert.True(t, inferred.Contains(time.Date(2024, 6, 12, 18, 0, 0, 0, cest)))
	assert.False(t, inferred.Contains(time.Date(2023, 6, 12, 18, 0, 0, 0, cest)))

	// Relative: an age is a plain interval; "hier à 14:05" a minute in
	// each zone, on the day before the capture there.
	age := parse("il y a 3 h", capturedAt)
	assert.True(t, age.Contains(capturedAt.Add(-3*time.Hour-20*time.Minute)))
	assert.False(t, age.Contains(capturedAt.Add(-5*time.Hour)))
	assert.Equal(t, time.Hour, age.Distance(capturedAt.Add(-5*time.Hour)))
	assert.Equal(t, 30*time.Minute, age.Distance(capturedAt.Add(-2*time.Hour)))
	yesterday := parse("hier à 14:05", capturedAt)
	assert.True(t, yesterday.Contains(time.Date(2024, 11, 4, 14, 5, 0, 0, cet)))
	assert.False(t, yesterday.Contains(time.Date(2024, 11, 4, 14, 7, 0, 0, cet)))
	assert.False(t, yesterday.Contains(time.Date(2024, 11, 3, 14, 5, 0, 0, cet)), "the day before yesterday in Paris")
	alone := parse("9:41", capturedAt)
	assert.True(t, alone.Contains(time.Date(2024, 11, 5, 9, 41, 0, 0, cet)))
	assert.False(t, alone.Contains(time.Date(2024, 11, 3, 9, 41, 0, 0, cet)))

	// A Date made by hand is its interval.
	hand := Date{From: utc("2020-01-01T00:00:00Z"), To: utc("2020-01-02T00:00:00Z")}
	assert.True(t, hand.Contains(utc("2020-01-01T12:00:00Z")))
	assert.Equal(t, time.Hour, hand.Distance(utc("2020-01-02T01:00:00Z")))
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"12 juin 2012", "12/06/2012", "12.06.2012", "2012-06-12", "12 juin", "1er décembre 2020",
		"1 déc. 2020", "déc. 1, 2020", "il y a 3 h", "il y a 3 heures", "il y a 5 min", "il y a 2 j",
		"3 h", "3h", "5 min", "2 j", "hier à 14:05", "hier", "aujourd'hui à 9h41", "Dec 1, 2020",
		"December 1, 2020", "1 Dec 2020", "9:41 PM · 1 déc. 2020", "9:41 PM · Dec 1, 2020",
		"21:41 · 1 déc. 2020", "14:05 - 12 juin 2012", "12 juin 2012 à 14:05", "12/06/2012 14:05",
		"2012-06-12T14:05:33+02:00", "12 juin 2012 à 14:05 UTC+2", "29 févr.", "14:05", "à l'instant",
		"il y a 999 ans", "12:30 AM", "a.m.", "UTC-", "31/12/99 23:59:59",
	} {
		f.Add(s)
	}
	captured := time.Date(2024, 11, 5, 10, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range []time.Time{captured, {}} {
			d, err := ParseDate(s, c)
			if err != nil {
				if !strings.HasPrefix(err.Error(), "montage: date ") {
					t.Fatalf("error does not name the date: %v", err)
				}
				continue
			}
			if d.To.Before(d.From) {
				t.Fatalf("%q: From %s after To %s", s, d.From, d.To)
			}
			if !d.NoYear && d.Distance(d.From.Add(-time.Hour)) == 0 {
				t.Fatalf("%q: an hour before From is inside", s)
			}
			if d.Relative && !c.IsZero() && d.From.After(c) {
				t.Fatalf("%q: a relative date after the capture: %s", s, d.From)
			}
		}
	})
}
