package provenance

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"
)

// BenchmarkSaved1M saves the archive of BenchmarkLink1M (1 000 000
// generated posts) to a file and measures what --index costs: opening it
// (mapping, the checksum of every byte, the layout's checks), the first
// Link answer after opening, the heap opening adds, the file's size, and
// Link on the 2 000 queries of BenchmarkLink1M over the opened archive.
// Targets: open ≤ 100 ms, first answer ≤ 10 ms. The file was just
// written, so it is in the page cache: these are warm opens (a cold
// start reads the pages a query touches from the disk). The first
// answer is measured twice: after a new open in this process, and in a
// new process, as the command line pays it. Run it with -benchtime 20x
// -cpu 1.
func BenchmarkSaved1M(b *testing.B) {
	m, qs := loadBig(b)
	file := filepath.Join(b.TempDir(), "1m.gidx")
	t0 := time.Now()
	f, err := os.Create(file)
	if err != nil {
		b.Fatal(err)
	}
	if err := m.Save(f); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	saveTime := time.Since(t0)
	fi, err := os.Stat(file)
	if err != nil {
		b.Fatal(err)
	}
	posts, _ := m.Len(context.Background())
	ctx := context.Background()
	open := func(b *testing.B) *Saved {
		s, err := OpenSaved(file, SavedOptions{})
		if err != nil {
			b.Fatal(err)
		}
		return s
	}
	b.Run("open", func(b *testing.B) {
		b.ReportMetric(float64(fi.Size())/(1<<20), "file-MB")
		b.ReportMetric(float64(fi.Size())/float64(posts), "bytes/post")
		b.ReportMetric(saveTime.Seconds(), "save-s")
		for range b.N {
			open(b).Close()
		}
	})
	b.Run("first-answer", func(b *testing.B) {
		var opens, firsts []time.Duration
		for i := range b.N {
			t0 := time.Now()
			s := open(b)
			t1 := time.Now()
			if _, err := Link(ctx, s, qs[i%len(qs)].Text, nil); err != nil {
				b.Fatal(err)
			}
			opens, firsts = append(opens, t1.Sub(t0)), append(firsts, time.Since(t1))
			s.Close()
		}
		slices.Sort(opens)
		slices.Sort(firsts)
		b.ReportMetric(float64(opens[len(opens)/2].Microseconds())/1000, "open-p50-ms")
		b.ReportMetric(float64(firsts[len(firsts)/2].Microseconds())/1000, "first-p50-ms")
		b.ReportMetric(float64(firsts[len(firsts)-1].Microseconds())/1000, "first-max-ms")
	})
	b.Run("fresh-process", func(b *testing.B) {
		// What the command line pays: a new process opens the file and
		// answers its first quote (TestSavedFreshProcess, run as a child).
		var opens, firsts []float64
		for i := range b.N {
			cmd := exec.Command(os.Args[0], "-test.run=^TestSavedFreshProcess$")
			cmd.Env = append(os.Environ(), "GUILLEMET_SAVED_FILE="+file, "GUILLEMET_SAVED_QUOTE="+qs[i%len(qs)].Text)
			out, err := cmd.Output()
			var open, first float64
			if _, serr := fmt.Sscan(string(out), &open, &first); err != nil || serr != nil {
				b.Fatalf("%v %v: %s", err, serr, out)
			}
			opens, firsts = append(opens, open), append(firsts, first)
		}
		slices.Sort(opens)
		slices.Sort(firsts)
		b.ReportMetric(opens[len(opens)/2], "open-p50-ms")
		b.ReportMetric(firsts[len(firsts)/2], "first-p50-ms")
		b.ReportMetric(firsts[len(firsts)-1], "first-max-ms")
	})
	b.Run("heap", func(b *testing.B) {
		var heap float64
		for range b.N {
			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			s := open(b)
			runtime.GC()
			runtime.ReadMemStats(&after)
			heap = float64(after.HeapAlloc) - float64(before.HeapAlloc)
			runtime.KeepAlive(s)
			s.Close()
		}
		b.ReportMetric(heap/1024, "heap-KB")
	})
	b.Run("link", func(b *testing.B) {
		s := open(b)
		defer s.Close()
		b.ResetTimer()
		measureLinks(b, s, qs, b.N*len(qs)/20)
	})
}

// TestSavedFreshProcess is BenchmarkSaved1M's child: it opens the saved
// archive $GUILLEMET_SAVED_FILE, links $GUILLEMET_SAVED_QUOTE and prints
// both times in milliseconds. Without the variables it does nothing.
func TestSavedFreshProcess(t *testing.T) {
	file := os.Getenv("GUILLEMET_SAVED_FILE")
	if file == "" {
		t.Skip("run by BenchmarkSaved1M")
	}
	t0 := time.Now()
	s, err := OpenSaved(file, SavedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t1 := time.Now()
	if _, err := Link(context.Background(), s, os.Getenv("GUILLEMET_SAVED_QUOTE"), nil); err != nil {
		t.Fatal(err)
	}
	fmt.Printf("%.3f %.3f\n", float64(t1.Sub(t0).Microseconds())/1000, float64(time.Since(t1).Microseconds())/1000)
	s.Close()
}
