package provenance

import (
	"bytes"
	"context"
	"encoding/binary"
	"hash/crc32"
	"math/rand/v2"
	"testing"
	"time"
)

// FuzzSaved opens arbitrary bytes as a saved archive and, when they
// open, asks every question of the Archive and reads them back into a
// Memory: nothing may panic or read out of bounds. The checksum is made
// right before opening (when the bytes are long enough to hold one), so
// that the fuzzer explores the layout, not the checksum.
func FuzzSaved(f *testing.F) {
	f.Add(fuzzSeed(f))
	f.Add([]byte(savedMagic))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) { exerciseSaved(data) })
}

// fuzzSeed is a small saved archive with replies, a quote, a repost, a
// placeholder, two platforms, a deleted post, a direct one, and posts read from files:
// one from a line, one from ten places (MaxFrom kept, the rest counted).
func fuzzSeed(tb testing.TB) []byte {
	ctx := context.Background()
	m := NewMemory()
	first := Post{Platform: X, ID: "1", Author: "Ana_L", CreatedAt: fuzzT0, Text: "Le Sénat vote la loi sur l'eau",
		From: []Origin{{File: "a.jsonl", Line: 1}}}
	again := first
	again.From = nil
	for i := range MaxFrom + 1 {
		again.From = append(again.From, Origin{File: "b.json", Path: "data[" + string(rune('0'+i)) + "]"})
	}
	m.Put(ctx, first,
		Post{Platform: X, ID: "2", Author: "ana_l", CreatedAt: fuzzT0.Add(time.Hour), Text: "La loi sur l'eau passe", ReplyTo: "1", QuoteOf: "9",
			From: []Origin{{File: "a.jsonl", Line: 2}}},
		Post{Platform: Mastodon, ID: "3", Author: "Bo", CreatedAt: fuzzT0, Text: "Le vote de la loi", RepostOf: "1", Conversation: "1", Deleted: true,
			Visibility: VisibilityDirect},
		again)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

var fuzzT0 = time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)

// exerciseSaved makes the checksum of data right (when it is long
// enough to hold one), opens it, and when it opens asks every question
// of the Archive and reads it back into a Memory. It reports whether
// the bytes opened.
func exerciseSaved(data []byte) bool {
	ctx := context.Background()
	if len(data) >= 4 {
		binary.LittleEndian.PutUint32(data[len(data)-4:], crc32.Checksum(data[:len(data)-4], castagnoli))
	}
	s, err := newSaved("fuzz.gidx", data, SavedOptions{})
	if err != nil {
		return false
	}
	for _, k := range []Key{{X, "1"}, {X, "2"}, {Mastodon, "3"}, {X, "9"}} {
		s.Post(ctx, k)
		s.Ancestors(ctx, k)
		s.Descendants(ctx, k, 0)
		s.Shares(ctx, k)
	}
	s.Timeline(ctx, X, "ana_l", fuzzT0.Add(time.Minute), 2, 2)
	s.Candidates(ctx, NewQuery("le Sénat vote la loi sur l'eau"), 5)
	s.Len(ctx)
	if back, err := s.Memory(); err == nil {
		Link(ctx, back, "le vote de la loi", nil)
	}
	Link(ctx, s, "la loi sur l'eau", nil)
	s.Close()
	return true
}

// TestSavedCorruptBytes damages a saved archive a few bytes at a time
// (the section table included), makes its checksum right, and exercises
// it: a file damaged on purpose gives wrong answers, never a panic.
func TestSavedCorruptBytes(t *testing.T) {
	good := fuzzSeed(t)
	rng := rand.New(rand.NewPCG(1, 2))
	opened := 0
	for range 3000 {
		data := bytes.Clone(good)
		for range 1 + rng.IntN(4) {
			i := 72 + rng.IntN(len(data)-76)
			switch rng.IntN(3) {
			case 0:
				data[i] ^= byte(1 << rng.IntN(8))
			case 1:
				data[i] = 0xff
			default:
				data[i] = byte(rng.IntN(4))
			}
		}
		if exerciseSaved(data) {
			opened++
		}
	}
	if opened < 1000 {
		t.Errorf("only %d damaged files of 3 000 opened: the test hardly reaches the reader", opened)
	}
	t.Logf("%d damaged files of 3 000 opened and were read", opened)
}

// TestSavedExample checks the worked example of saved.go's format
// documentation.
func TestSavedExample(t *testing.T) {
	m := NewMemory()
	at := time.Date(2024, 3, 1, 9, 0, 0, 0, time.FixedZone("", 3600))
	if err := m.Put(context.Background(), Post{Platform: X, ID: "1", Author: "Ana_L", CreatedAt: at, Text: "Le Sénat vote la loi", Lang: "fr",
		From: []Origin{{File: "a.jsonl", Line: 1}}}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	le := binary.LittleEndian
	if len(data) != 626 || le.Uint64(data[0x30:]) != 626 || le.Uint64(data[0x38:]) != 1 || le.Uint64(data[0x40:]) != 1 {
		t.Fatalf("%d bytes, header %x", len(data), data[0x30:0x48])
	}
	want := [nsections][2]uint64{{280, 54}, {334, 12}, {346, 12}, {358, 80}, {438, 4}, {442, 64}, {506, 4}, {510, 4}, {514, 72}, {586, 12},
		{598, 24}, {622, 0}, {622, 0}}
	for i, w := range want {
		if got := [2]uint64{le.Uint64(data[72+16*i:]), le.Uint64(data[80+16*i:])}; got != w {
			t.Errorf("section %s at %v, want %v", sectionNames[i], got, w)
		}
	}
	if got := string(data[0x118:0x14e]); got != "1Le Sénat vote la loiAna_Lana_lxfrloisenatvotea.jsonl" {
		t.Errorf("strings %q", got)
	}
	rec := data[0x166:0x1b6]
	if le.Uint64(rec) != 1709280000000000000 || le.Uint32(rec[16:]) != 1 || le.Uint32(rec[20:]) != 21 || le.Uint16(rec[64:]) != 60 || rec[68] != 0 || rec[69] != 0 ||
		le.Uint32(rec[72:]) != 1 || le.Uint32(rec[76:]) != 1 {
		t.Errorf("record 0: % x", rec)
	}
	if got := data[0x202+24 : 0x202+24+12]; string(got) != "\x26\x00\x00\x00\x00\x00\x00\x00\x05\x00\x00\x00" {
		t.Errorf("dict entry 1: % x, want senat at (38, 5)", got)
	}
	if got := data[0x256:0x26e]; string(got) != "\x2f\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x2f\x00\x00\x00\x00\x00\x00\x00\x07\x00\x00\x00" {
		t.Errorf("files: % x, want \"\" at (47, 0) and a.jsonl at (47, 7)", got)
	}
	if crc32.Checksum(data[:622], castagnoli) != le.Uint32(data[622:]) {
		t.Error("checksum")
	}
}

// TestSavedVisibility: a post's visibility reads back from the saved
// archive, and from the Memory read back from it.
func TestSavedVisibility(t *testing.T) {
	s, err := newSaved("v.gidx", fuzzSeed(t), SavedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	k := Key{Mastodon, "3"}
	if p, ok, _ := s.Post(context.Background(), k); !ok || p.Visibility != VisibilityDirect {
		t.Errorf("saved %s: %+v, want visibility direct", k, p)
	}
	m, err := s.Memory()
	if err != nil {
		t.Fatal(err)
	}
	if p, ok, _ := m.Post(context.Background(), k); !ok || p.Visibility != VisibilityDirect {
		t.Errorf("read back %s: %+v, want visibility direct", k, p)
	}
	if p, _, _ := m.Post(context.Background(), Key{X, "1"}); p.Visibility != "" {
		t.Errorf("x:1 visibility %q, want none", p.Visibility)
	}
}
