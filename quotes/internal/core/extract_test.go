package core

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsfacts/newsfacts/analyzer/segment"
)

// TestCandidates checks the patterns, independently of the model: each
// input must give a candidate reading with the given cue, speaker and
// content ("-" for no speaker), or, with want "", none with that cue.
func TestCandidates(t *testing.T) {
	tests := []struct {
		name, in, cue, want string // want: "speaker | content"
	}{
		{"forward that", "The minister said on Sunday that prices would rise.", "said", "The minister | that prices would rise"},
		{"forward", "Kasymov said police fired their weapons.", "said", "Kasymov | police fired their weapons"},
		{"adverb", "He also said that the police did not shoot.", "said", "He | that the police did not shoot"},
		{"time phrase", "The president on Saturday announced a state of emergency.", "announced", "The president | a state of emergency"},
		{"trailing", "Police fired into the air, Kasymov said.", "said", "Kasymov | Police fired into the air"},
		{"trailing with time", "Police fired into the air, officials said on Monday.", "said", "officials | Police fired into the air"},
		{"inverted", "“We will not give up,” said Ms. Ortega, a teacher.", "said", "Ms. Ortega | “We will not give up,”"},
		{"direct after", "“The water is rising,” the mayor told reporters.", "told", "the mayor | “The water is rising,”"},
		{"direct before", "Smith said: “The ruling ignored the law.”", "said", "Smith | “The ruling ignored the law.”"},
		{"according initial", "According to the police, three men were arrested.", "According to", "the police | three men were arrested"},
		{"according late", "Three men were arrested, according to the police.", "according to", "the police | Three men were arrested"},
		{"participle", "The minister warned that prices would rise, adding that help would come.", "adding", "- | that help would come"},
		{"coordination", "Rubio said the rival was extreme, and he railed against the moderators.", "railed", "he | against the moderators"},
		{"relative", "He met Mr. Sanders, who said he would stay in the race.", "said", "who | he would stay in the race"},
		{"appositive", "Sanders, a Vermont senator, said he would vote no.", "said", "Sanders, a Vermont senator | he would vote no"},
		{"long appositive", "Oliver Hedge, who appraises golf course properties for a brokerage firm in the city, said prices fell.", "said", "Oliver Hedge, who appraises golf course properties for a brokerage firm in the city | prices fell"},
		{"tell addressee", "The mayor told reporters that the bridge was closed.", "told", "The mayor | that the bridge was closed"},
		{"medium", "The ministry said in a statement the talks had failed.", "said", "The ministry | the talks had failed"},
		{"light verb", "The OSCE chairman expressed his concern at the measures.", "expressed his concern", "The OSCE chairman | at the measures"},
		{"noun after det", "The report was published on Monday.", "report", ""},
		{"noun after adjective", "He imposed a three-week state of emergency.", "state", ""},
		{"capitalised noun", "He flew to the United States last week.", "States", ""},
		{"title is not speech", "Sunday on “Fox News Sunday,” Rep. Issa said Clinton was wrong about the emails and the server.", "said", "Rep. Issa | Clinton was wrong about the emails and the server"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cands, err := Candidates(tc.in, segment.SegmentText(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range cands {
				if tc.in[c.Cue.Start:c.Cue.End] != tc.cue {
					continue
				}
				sp := "-"
				if c.Speaker.Len() > 0 {
					sp = tc.in[c.Speaker.Start:c.Speaker.End]
				}
				got = append(got, sp+" | "+tc.in[c.Content.Start:c.Content.End])
			}
			if tc.want == "" {
				if len(got) > 0 {
					t.Errorf("%q: unexpected candidates %q", tc.in, got)
				}
				return
			}
			if !slices.Contains(got, tc.want) {
				t.Errorf("%q, cue %q:\n got %q\nwant %q", tc.in, tc.cue, got, tc.want)
			}
		})
	}
}

// TestConflicts checks the resolution of attributions within a sentence:
// one attribution per token, clause-opening attributions cut the content
// they fall in.
func TestConflicts(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Several fans said he had coached a good season, while other parents said they had not seen any games.",
			"said: he had coached a good season | said: they had not seen any games"},
		{"Police believe the men fled, the minister said.", "said: Police believe the men fled"},
		{"Officials said the bridge would stay closed, according to a statement.", "said: the bridge would stay closed"},
	}
	for _, tc := range tests {
		qs, err := Extract(tc.in, segment.SegmentText(tc.in), Options{MinScore: 0.01})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range qs {
			got = append(got, tc.in[q.Cue.Start:q.Cue.End]+": "+tc.in[q.Content.Start:q.Content.End])
		}
		if strings.Join(got, " | ") != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.in, strings.Join(got, " | "), tc.want)
		}
	}
}

// TestReadings checks that the scorer picks the right reading when a cue
// has several: a quotation before the cue is its content only when
// nothing like a clause follows.
func TestReadings(t *testing.T) {
	tests := []struct{ in, want string }{
		{"“The water is rising,” the mayor told reporters.", "told: “The water is rising,”"},
		{"He appeared on “Fox News Sunday” and left.", ""},
		{"“We are ready,” he said, “and we will win.”", "said: “We are ready,” he said, “and we will win.”"},
	}
	for _, tc := range tests {
		qs, err := Extract(tc.in, segment.SegmentText(tc.in), Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range qs {
			got = append(got, tc.in[q.Cue.Start:q.Cue.End]+": "+tc.in[q.Content.Start:q.Content.End])
		}
		if strings.Join(got, " | ") != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.in, strings.Join(got, " | "), tc.want)
		}
	}
}

func TestColon(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mayor: Budget Talks Have Stalled", "Mayor | Budget Talks Have Stalled"},
		{"HOST: Do you think she has governed as a reformer?", "HOST | Do you think she has governed as a reformer"},
		{"He said: “We will win.”", ""},
		{"The reason is simple: money.", ""},
	}
	for _, tc := range tests {
		cands, err := Candidates(tc.in, segment.SegmentText(tc.in))
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, c := range cands {
			if tc.in[c.Cue.Start:c.Cue.End] == ":" {
				got = tc.in[c.Speaker.Start:c.Speaker.End] + " | " + tc.in[c.Content.Start:c.Content.End]
			}
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}
