// Command newsfacts-eval measures newsfacts' analysers against public gold
// corpora, read in their own formats from a data directory, and prints the
// metrics with the semantics of their published evaluations.
//
// Usage:
//
//	newsfacts-eval SUBCOMMAND [-data DIR] [flags]
//
// Each analyser has a subcommand (run newsfacts-eval without arguments for
// the list). -data defaults to ../shared/data, the corpora's location beside
// a checkout of the repository. The corpora are not part of the repository
// and several are licensed for research use only.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
)

// A command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(fs *flag.FlagSet, data *string, args []string, stdout io.Writer) error
}

var commands = map[string]command{}

// register adds a subcommand; called from init functions, one file per
// analyser.
func register(c command) {
	if _, dup := commands[c.name]; dup {
		panic("duplicate subcommand " + c.name)
	}
	commands[c.name] = c
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "help" || args[0] == "--help" {
		usage(stderr)
		return 2
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "newsfacts-eval: unknown subcommand %q\n", args[0])
		usage(stderr)
		return 2
	}
	fs := flag.NewFlagSet("newsfacts-eval "+c.name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "../shared/data", "`directory` of the gold corpora")
	if err := c.run(fs, data, args[1:], stdout); err != nil {
		if err == flag.ErrHelp {
			return 2
		}
		fmt.Fprintf(stderr, "newsfacts-eval %s: %v\n", c.name, err)
		return 1
	}
	return 0
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: newsfacts-eval SUBCOMMAND [-data DIR] [flags]\n\nsubcommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-12s %s\n", n, commands[n].summary)
	}
}
