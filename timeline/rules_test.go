package timeline

import (
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/segment"
)

// A ruleCase is a sentence, its reference date, and the expressions
// expected in it, each written "extent => TYPE VALUE [MOD]".
type ruleCase struct {
	ref  string // YYYY-MM-DD, or "" for none
	text string
	want []string
}

func runCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		var ref time.Time
		if c.ref != "" {
			var err error
			if ref, err = time.Parse("2006-01-02", c.ref); err != nil {
				t.Fatal(err)
			}
		}
		r := Extract(c.text, ref)
		var got []string
		for _, x := range r.Timexes {
			got = append(got, describe(c.text, &x))
		}
		if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%s %q:\n got  %s\n want %s", c.ref, c.text, strings.Join(got, "; "), strings.Join(c.want, "; "))
		}
	}
}

func describe(text string, x *Timex) string {
	s := x.Span.In(text) + " => " + string(x.Type) + " " + x.Value
	if x.Mod != ModNone {
		s += " " + string(x.Mod)
	}
	if x.Point != "" {
		s += " point=" + x.Point
	}
	if x.Quant != "" {
		s += " quant=" + x.Quant
	}
	if x.Freq != "" {
		s += " freq=" + x.Freq
	}
	return s
}

const dec20 = "2011-12-20" // a Tuesday

func TestAbsoluteDates(t *testing.T) {
	runCases(t, []ruleCase{
		{dec20, "The talks began on December 20, 2011.", []string{"December 20, 2011 => DATE 2011-12-20"}},
		{dec20, "It happened on Tuesday, Dec. 20, 2011, in Almaty.", []string{"Tuesday, Dec. 20, 2011 => DATE 2011-12-20"}},
		{dec20, "It was signed on 20 December 2011.", []string{"20 December 2011 => DATE 2011-12-20"}},
		{dec20, "He arrived on the 3rd of March, 2010.", []string{"the 3rd of March, 2010 => DATE 2010-03-03"}},
		{dec20, "The file is dated 2011-12-20.", []string{"2011-12-20 => DATE 2011-12-20"}},
		{dec20, "The file is dated 12/20/2011.", []string{"12/20/2011 => DATE 2011-12-20"}},
		{dec20, "Polls closed on Dec. 4 after a long day.", []string{"Dec. 4 => DATE 2011-12-04"}},
		{dec20, "The election will be held on March 4.", []string{"March 4 => DATE 2012-03-04"}},
		{dec20, "Prices rose in July 1997 and fell in 1998.", []string{"July 1997 => DATE 1997-07", "1998 => DATE 1998"}},
		{dec20, "The plant closed in October.", []string{"October => DATE 2011-10"}},
		{dec20, "You may go now.", []string{"now => DATE PRESENT_REF"}},
		{dec20, "Growth was strong in the 1990s and in the 2010s.", []string{"the 1990s => DATE 199", "the 2010s => DATE 201"}},
		{dec20, "The temple dates from the 11th century.", []string{"the 11th century => DATE 10"}},
		{dec20, "Results for fiscal 1989 were flat.", []string{"fiscal 1989 => DATE 1989"}},
		{dec20, "The firm employs 1500 people.", nil},
		{dec20, "It cost $1990 in all.", nil},
		{dec20, "Leaders will meet at the summit on April 24 and 25.", []string{"April 24 => DATE 2012-04-24", "25 => DATE 2012-04-25"}},
		{dec20, "He met them on May 4 and 25 people came.", []string{"May 4 => DATE 2011-05-04"}},
		{dec20, "The process began in February this year and ends in July next year.", []string{"February => DATE 2011-02", "this year => DATE 2011", "July => DATE 2012-07", "next year => DATE 2012"}},
		{"1999-04-19", "He was shot to death last Oct. 23 at his home.", []string{"last Oct. 23 => DATE 1998-10-23"}},
	})
}

func TestWeekdays(t *testing.T) {
	runCases(t, []ruleCase{
		{dec20, "The minister said on Sunday that force would be used.", []string{"Sunday => DATE 2011-12-18"}},
		{dec20, "The talks will resume on Friday.", []string{"Friday => DATE 2011-12-23"}},
		{dec20, "The vote is on Tuesday.", []string{"Tuesday => DATE 2011-12-20"}},
		{dec20, "Clashes erupted on Friday morning.", []string{"Friday morning => TIME 2011-12-16TMO"}},
		{dec20, "Police were seen on Sunday evening and Wednesday night.", []string{"Sunday evening => TIME 2011-12-18TEV", "Wednesday night => TIME 2011-12-14TNI"}},
		{dec20, "He left last Tuesday and returns next Monday.", []string{"last Tuesday => DATE 2011-12-13", "next Monday => DATE 2011-12-26"}},
		{"", "The minister said on Sunday that force would be used.", []string{"Sunday => DATE XXXX-WXX-7"}},
		// A possessive weekday is an event that has happened, unless the
		// text looks ahead to it.
		{dec20, "Lawyers will look for ways around Friday's ruling.", []string{"Friday => DATE 2011-12-16"}},
		{dec20, "Troops were deployed ahead of Thursday's vote.", []string{"Thursday => DATE 2011-12-22"}},
	})
}

// TestTense checks how the tense of the verb group nearest an expression
// places weekdays and months without a year.
func TestTense(t *testing.T) {
	const wed = "2011-12-21"
	runCases(t, []ruleCase{
		// An intention: the intended event is ahead when the date follows
		// it, the intention's own date when the date comes first.
		{wed, "The team planned to leave Almaty on Thursday.", []string{"Thursday => DATE 2011-12-22"}},
		{wed, "On Friday, the government planned to pay the families.", []string{"Friday => DATE 2011-12-16"}},
		{wed, "The talks, set to resume Monday, were postponed.", []string{"Monday => DATE 2011-12-26"}},
		{wed, "They did not plan to remove him on Thursday.", []string{"Thursday => DATE 2011-12-22"}},
		// A past perfect is past, whatever the verb.
		{wed, "The offer had been due to expire Friday evening.", []string{"Friday evening => TIME 2011-12-16TEV"}},
		// A deferral's new date is ahead.
		{wed, "Officials postponed until Monday any action on the case.", []string{"Monday => DATE 2011-12-26"}},
		// "could": the nearest day.
		{wed, "None of his relatives could be reached Tuesday.", []string{"Tuesday => DATE 2011-12-20"}},
		{wed, "The bill will be debated on Monday and is meeting resistance.", []string{"Monday => DATE 2011-12-26"}},
		{wed, "Police have arrested three men since Saturday.", []string{"Saturday => DATE 2011-12-17"}},
		// Months: far on the wrong side of the tense, never.
		{"1989-10-27", "In January, the company brought in a new chief.", []string{"January => DATE 1989-01"}},
		{"1998-03-04", "She will command a shuttle mission in December.", []string{"December => DATE 1998-12"}},
		{"1989-10-30", "Lenders have extended the loans through January.", []string{"January => DATE 1990-01"}},
		{"1989-10-30", "The dividend is payable Nov. 22 to holders of record.", []string{"Nov. 22 => DATE 1989-11-22"}},
		// "planned a demonstration on Saturday": the plan's time.
		{wed, "Protesters planned a large demonstration on Saturday.", []string{"Saturday => DATE 2011-12-24"}},
		{wed, "The court has scheduled a hearing Thursday.", []string{"Thursday => DATE 2011-12-22"}},
	})
}

func TestDayRelative(t *testing.T) {
	runCases(t, []ruleCase{
		{dec20, "The strike ended yesterday and talks open tomorrow; today is calm.", []string{"yesterday => DATE 2011-12-19", "tomorrow => DATE 2011-12-21", "today => DATE 2011-12-20"}},
		{dec20, "Shots were heard last night and this morning.", []string{"last night => TIME 2011-12-19TNI", "this morning => TIME 2011-12-20TMO"}},
		{dec20, "He was arrested yesterday morning.", []string{"yesterday morning => TIME 2011-12-19TMO"}},
		{dec20, "Troops arrived on Friday. Two days later, the curfew was lifted.", []string{"Friday => DATE 2011-12-16", "Two days => DURATION P2D point=2011-12-18"}},
		{dec20, "Troops arrived on Dec. 5. The next day, the curfew was lifted.", []string{"Dec. 5 => DATE 2011-12-05", "The next day => DATE 2011-12-06"}},
		{"", "The strike ended yesterday.", []string{"yesterday => DATE XXXX-XX-XX"}},
		{dec20, "The day before last Tuesday's hearing, he left.", []string{"The day before last Tuesday => DATE 2011-12-12"}},
	})
}

func TestPeriods(t *testing.T) {
	runCases(t, []ruleCase{
		{dec20, "Sales fell this year after rising last year; next year is uncertain.", []string{"this year => DATE 2011", "last year => DATE 2010", "next year => DATE 2012"}},
		{dec20, "The deal was agreed last week and takes effect this month.", []string{"last week => DATE 2011-W50", "this month => DATE 2011-12"}},
		{dec20, "Workers were fired over the summer.", []string{"the summer => DATE 2011-SU"}},
		{dec20, "Talks resume next spring.", []string{"next spring => DATE 2012-SP"}},
		{"1989-10-27", "Profit rose in the third quarter.", []string{"the third quarter => DATE 1989-Q3"}},
		{"1989-10-27", "Third-quarter profit rose.", []string{"Third-quarter => DATE 1989-Q3"}},
		{"1989-10-27", "Net income rose in the third quarter from $5 million a year earlier.", []string{"the third quarter => DATE 1989-Q3", "a year earlier => DATE 1988-Q3"}},
		{"1989-10-27", "Sales in the first half of 1990 rose.", []string{"the first half of 1990 => DATE 1990-H1"}},
		// A period that is not over does not replace the one reported.
		{"1989-11-02", "Profit fell in the third quarter. The firm expects a fourth-quarter charge. In the latest quarter, sales rose from $5 million a year ago.", []string{"the third quarter => DATE 1989-Q3", "fourth-quarter => DATE 1989-Q4", "the latest quarter => DATE 1989-Q3", "a year ago => DATE 1988-Q3"}},
		// After "the first nine months", comparisons are with the year
		// before, and a comparison is no date of the narrative.
		{"1989-10-27", "Profit rose in the third quarter from $5 million a year earlier. In the nine months, it rose from $12 million a year earlier.", []string{"the third quarter => DATE 1989-Q3", "a year earlier => DATE 1988-Q3", "the nine months => DURATION P9M", "a year earlier => DATE 1988"}},
		{dec20, "Prices peaked earlier this year.", []string{"earlier this year => DATE 2011 START"}},
		{dec20, "The plant opens in early 2012 or by mid-November.", []string{"early 2012 => DATE 2012 START", "mid-November => DATE 2011-11 MID"}},
		{dec20, "Debt will be repaid by the end of 2013.", []string{"the end of 2013 => DATE 2013 END"}},
		{dec20, "The town was calm on Christmas Day 2010.", []string{"Christmas Day 2010 => DATE 2010-12-25"}},
		{"", "Shops close on Christmas Day.", []string{"Christmas Day => DATE XXXX-12-25"}},
		{dec20, "Two years ago the mine closed.", []string{"Two years ago => DATE 2009"}},
		// An earlier quarter named after the reported one is a comparison;
		// a fiscal one is another company's report.
		{"1989-11-01", "Third-quarter profit rose from the second quarter. In the year-earlier period, it lost money.", []string{"Third-quarter => DATE 1989-Q3", "the second quarter => DATE 1989-Q2", "the year-earlier period => DATE 1988-Q3"}},
		{"1989-11-01", "Third-quarter profit rose. Acme's fiscal second-quarter profit fell. In the year-earlier period, it lost money.", []string{"Third-quarter => DATE 1989-Q3", "fiscal second-quarter => DATE 1989-Q2", "the year-earlier period => DATE 1988-Q2"}},
	})
}

func TestDurations(t *testing.T) {
	runCases(t, []ruleCase{
		{dec20, "The president imposed a three-week state of emergency.", []string{"three-week => DURATION P3W"}},
		{dec20, "They showed restraint over the past seven months.", []string{"the past seven months => DURATION P7M"}},
		{dec20, "The months-long sit-in turned violent.", []string{"months-long => DURATION PXM"}},
		{dec20, "Events over the past few days hurt the country.", []string{"the past few days => DURATION PXD"}},
		{dec20, "The talks lasted two hours and 5 1/2 hours later resumed for a week.", []string{"two hours => DURATION PT2H", "5 1/2 hours => DURATION PT5H30M point=2011-12-20", "a week => DURATION P1W"}},
		{dec20, "He waited for two and a half years.", []string{"two and a half years => DURATION P2Y6M"}},
		{dec20, "The siege lasted more than four decades.", []string{"more than four decades => DURATION P40Y MORE_THAN"}},
		{dec20, "Hold them for at least 72 hours.", []string{"at least 72 hours => DURATION PT72H EQUAL_OR_MORE"}},
		{dec20, "The search took almost two years.", []string{"two years => DURATION P2Y LESS_THAN"}},
		{dec20, "It lasted about three weeks.", []string{"three weeks => DURATION P3W APPROX"}},
		{dec20, "He spent a dozen years in exile.", []string{"a dozen years => DURATION P12Y"}},
		{dec20, "The fighting has gone on for years.", []string{"years => DURATION PXY"}},
		{dec20, "He must stay two more weeks, and the lease runs at least 20 more years.", []string{"two more weeks => DURATION P2W", "at least 20 more years => DURATION P20Y EQUAL_OR_MORE"}},
		{dec20, "The index lagged for eight trading days and three straight weeks.", []string{"eight trading days => DURATION P8D", "three straight weeks => DURATION P3W"}},
	})
}

func TestSets(t *testing.T) {
	runCases(t, []ruleCase{
		{dec20, "The council meets every week.", []string{"every week => SET P1W quant=EVERY"}},
		{dec20, "Reports are filed annually and published daily.", []string{"annually => SET P1Y", "daily => SET P1D"}},
		{dec20, "The plant earns $5 million a year.", []string{"a year => SET P1Y"}},
		{dec20, "They meet twice a month.", []string{"twice a month => SET P1M freq=2X"}},
		{dec20, "The market opens on Sundays.", []string{"Sundays => SET XXXX-WXX-7"}},
		{dec20, "Orangemen march each July.", []string{"each July => SET XXXX-07 quant=EVERY"}},
	})
}

func TestTimes(t *testing.T) {
	runCases(t, []ruleCase{
		{dec20, "The meeting starts at 10 a.m. sharp.", []string{"10 a.m. => TIME 2011-12-20T10:00"}},
		{dec20, "The blast came at 10:30 p.m. on Friday.", []string{"10:30 p.m. => TIME 2011-12-16T22:30", "Friday => DATE 2011-12-16"}},
		{dec20, "The polls opened at 9 a.m. Tuesday.", []string{"9 a.m. Tuesday => TIME 2011-12-20T09:00"}},
		{dec20, "The curfew starts at midnight and ends at noon.", []string{"midnight => TIME 2011-12-20T24:00", "noon => TIME 2011-12-20T12:00"}},
		// A time takes the day named just after it in its sentence.
		{dec20, "The blast occurred at about 10:35 a.m. (0735 GMT) Friday.", []string{"10:35 a.m. => TIME 2011-12-16T10:35 APPROX", "Friday => DATE 2011-12-16"}},
	})
}

func TestReferences(t *testing.T) {
	runCases(t, []ruleCase{
		{dec20, "Clashes over recent days killed 15.", []string{"recent days => DATE PAST_REF"}},
		{dec20, "Prices have recently risen but will fall in the future.", []string{"recently => DATE PAST_REF", "the future => DATE FUTURE_REF"}},
		{dec20, "The town is currently calm.", []string{"currently => DATE PRESENT_REF"}},
		{dec20, "Islam will one day be the largest religion there.", []string{"one day => DATE FUTURE_REF"}},
		{dec20, "He had been in the job one day.", []string{"one day => DURATION P1D"}},
	})
}

func TestHolidays(t *testing.T) {
	runCases(t, []ruleCase{
		{dec20, "Families gathered on Christmas Eve and on New Year's Day.", []string{"Christmas Eve => DATE 2011-12-24", "New Year's Day => DATE 2012-01-01"}},
		{dec20, "Sales fell after Thanksgiving.", []string{"Thanksgiving => DATE 2011-11-24"}},
		{dec20, "The talks will resume after Easter.", []string{"Easter => DATE 2012-04-08"}},
		{dec20, "Turnout rose on Election Day 2008.", []string{"Election Day 2008 => DATE 2008-11-04"}},
		{dec20, "Workers took a labor day off.", nil},
		{"2000-04-17", "Protesters prayed as Easter week began.", []string{"Easter week => DATE 2000-W16"}},
	})
}

func TestSeasonsAndWeeks(t *testing.T) {
	runCases(t, []ruleCase{
		{dec20, "Prices rose in the spring of 2010 and fell last fall.", []string{"the spring of 2010 => DATE 2010-SP", "last fall => DATE 2011-FA"}},
		{"2012-02-06", "Sales rose last fall and this winter.", []string{"last fall => DATE 2011-FA", "this winter => DATE 2011-WI"}},
		{dec20, "The deal closes this week or early next week.", []string{"this week => DATE 2011-W51", "early next week => DATE 2011-W52 START"}},
		{dec20, "Crowds gathered over the weekend.", []string{"the weekend => DATE 2011-W50-WE"}},
		{dec20, "The summit is set for the week of Jan. 9.", []string{"the week of Jan. 9 => DATE 2012-W02"}},
	})
}

func TestQuartersAndYears(t *testing.T) {
	runCases(t, []ruleCase{
		{"1989-10-27", "Profit fell in the fourth quarter of next year and in the first half.", []string{"the fourth quarter of next year => DATE 1990-Q4", "the first half => DATE 1989-H1"}},
		{"1989-10-27", "Sales in the first nine months rose 5%.", []string{"the first nine months => DURATION P9M"}},
		{"1989-10-27", "Third-quarter profit rose from the year-earlier quarter.", []string{"Third-quarter => DATE 1989-Q3", "the year-earlier quarter => DATE 1988-Q3"}},
		{dec20, "Growth slowed in the mid-1990s and in the late 20th century.", []string{"the mid-1990s => DATE 199 MID", "the late 20th century => DATE 19 END"}},
		{dec20, "The plant opened in the '80s.", []string{"the '80s => DATE 198"}},
		{dec20, "He was born in 1965 and moved in March 2001.", []string{"1965 => DATE 1965", "March 2001 => DATE 2001-03"}},
		{"1989-10-27", "Profit rose in the third quarter. For the quarter a year ago, it earned $5 million.", []string{"the third quarter => DATE 1989-Q3", "the quarter a year ago => DATE 1988-Q3"}},
	})
}

func TestModifiers(t *testing.T) {
	runCases(t, []ruleCase{
		{dec20, "The strike began in late November and ends by mid-January.", []string{"late November => DATE 2011-11 END", "mid-January => DATE 2012-01 MID"}},
		{dec20, "Talks started at the beginning of the year.", []string{"the beginning of the year => DATE 2011 START"}},
		{dec20, "The ban lasted less than a year and no more than two weeks.", []string{"less than a year => DURATION P1Y LESS_THAN", "no more than two weeks => DURATION P2W EQUAL_OR_LESS"}},
		{dec20, "He has lived there for more than 30 years.", []string{"more than 30 years => DURATION P30Y MORE_THAN"}},
		{dec20, "The camp was built post-2005.", []string{"post-2005 => DATE 2005 AFTER"}},
	})
}

// Without a reference date, relative values stay underspecified, never
// guessed; absolute ones are still normalised.
func TestNoReference(t *testing.T) {
	runCases(t, []ruleCase{
		{"", "He left last year and returned this week, two years ago.", []string{"last year => DATE XXXX", "this week => DATE XXXX-WXX", "two years ago => DATE XXXX"}},
		{"", "Clashes erupted on Friday morning over the summer.", []string{"Friday morning => TIME XXXX-WXX-5TMO", "the summer => DATE XXXX-SU"}},
		{"", "The meeting starts at 10 a.m. on Dec. 4.", []string{"10 a.m. => TIME XXXX-XX-XXT10:00", "Dec. 4 => DATE XXXX-12-04"}},
		{"", "It was signed on 20 December 2011 for three weeks.", []string{"20 December 2011 => DATE 2011-12-20", "three weeks => DURATION P3W"}},
	})
}

// TestTenseWithoutTagger checks the word-form tense that serves when the
// part-of-speech model cannot be loaded.
func TestTenseWithoutTagger(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"The minister said on Sunday that force would be used.", tensePast},
		{"The talks will resume on Friday.", tenseFuture},
		{"The plant is expected to reopen on Friday.", tenseFuture},
		{"Police have been deployed since Friday.", tensePast},
		{"The vote is on Friday.", tensePresent},
	} {
		doc := analyzer.NewDocument(c.text)
		seg := segment.Segment(doc)
		d := &docState{text: c.text, seg: seg}
		d.words = buildWords(c.text, seg, nil)
		s := -1
		for i := range d.words {
			if d.words[i].cls&cWeekday != 0 {
				s = i
			}
		}
		if got := tenseAround(d, s, s+1); got != c.want {
			t.Errorf("%q: tense %d, want %d", c.text, got, c.want)
		}
	}
}
