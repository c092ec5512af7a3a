// Command guillemet verifies quotes without losing their context.
//
// Usage:
//
//	guillemet demo
//	guillemet normalize [--profile match|display] [--json] [--whole] < text
//	guillemet extract --in FILE|- [--json]
//	guillemet verify (--archive PATH... | --index FILE | --db URL) (--quote TEXT | --quotes FILE|- | --article FILE|-) [--author HANDLE] [--json | --claimreview --org NAME [--org-url URL] [--published TIME]] [--stats] [--strict] [--html FILE]
//	guillemet abuse (--text TEXT | --in FILE|-) [--json] [--strict]
//	guillemet montage (--archive PATH... | --index FILE | --db URL) --composite FILE|- [--json | --claimreview --org NAME [--org-url URL] [--published TIME]] [--stats] [--strict] [--lexicon] [--html FILE]
//	guillemet serve (--archive PATH... | --index FILE | --db URL) [--addr HOST:PORT] [--strict] [--lexicon] [--max-body BYTES] [--timeout DURATION] [--log text|json]
//	guillemet index --archive PATH... [--index OLD] --out FILE [--strict]
//	guillemet db migrate --db URL [--shard URL]...
//	guillemet ingest --db URL --archive PATH... [--strict]
//
// Every subcommand takes --json (JSON Lines on stdout, one object per
// input, in input order); without it, it prints a readable report. Errors
// go to stderr. The exit status is 0 when the work ran, 2 for a usage
// error, 1 when input could not be read. See the project README and the
// public contract for the subcommands still to come.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

// Exit statuses.
const (
	exitOK    = 0
	exitInput = 1 // input could not be read
	exitUsage = 2 // bad command line
)

// usageError is a command-line mistake: exit status 2. shown reports
// one the flag package has already printed, with the command's usage.
type usageError struct {
	msg   string
	shown bool
}

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{msg: fmt.Sprintf(format, args...)} }

// command is one subcommand.
type command struct {
	name, summary string
	run           func(args []string, stdin io.Reader, stdout, stderr io.Writer) error
}

var commands []command

func init() {
	commands = []command{
		{"demo", "run the bundled scenarios end to end and print the reports", runDemo},
		{"normalize", "normalize text from standard input (--profile match|display)", runNormalize},
		{"extract", "list the quotations of an article, with speakers (--in FILE|-)", runExtract},
		{"verify", "find the original post of quotes in archives (--archive PATH --quote TEXT)", runVerify},
		{"abuse", "classify abusive French text (--text TEXT | --in FILE|-)", runAbuse},
		{"montage", "judge a screenshot of several posts: were they ever together? (--archive PATH --composite FILE)", runMontage},
		{"serve", "answer verify, montage and abuse over HTTP, as the JSON above (--archive PATH --addr 127.0.0.1:8080)", runServe},
		{"index", "save archives to one file that verify, montage and serve open in milliseconds (--archive PATH --out FILE)", runIndex},
		{"db", "create or update the PostgreSQL archive's schema (db migrate --db URL)", runDB},
		{"ingest", "store archives in the PostgreSQL archive that verify, montage and serve read with --db (--db URL --archive PATH)", runIngest},
	}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line args and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		printUsage(stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		err := c.run(args[1:], stdin, stdout, stderr)
		if err == nil {
			return exitOK
		}
		var ue usageError
		if errors.As(err, &ue) {
			if !ue.shown {
				fmt.Fprintf(stderr, "guillemet %s: %v\n", c.name, err)
			}
			return exitUsage
		}
		fmt.Fprintf(stderr, "guillemet %s: %v\n", c.name, err)
		return exitInput
	}
	fmt.Fprintf(stderr, "guillemet: unknown command %q\n", args[0])
	printUsage(stderr)
	return exitUsage
}

// newFlagSet returns a flag set that reports errors as usage errors and
// prints its help to stderr.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("guillemet "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// parseFlags parses args; -h is not an error, a bad flag is a usage
// error (which the flag package has printed, with the usage).
func parseFlags(fs *flag.FlagSet, args []string) (help bool, err error) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return true, nil
		}
		return false, usageError{msg: err.Error(), shown: true}
	}
	if fs.NArg() > 0 {
		return false, usagef("unexpected argument %q", fs.Arg(0))
	}
	return false, nil
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: guillemet <command> [flags]")
	fmt.Fprintln(w)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'guillemet <command> --help' for a command's flags.")
}
