package casualties

import (
	"context"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/analyzer"
	"github.com/newsfacts/newsfacts/analyzer/analyzertest"
	"github.com/newsfacts/newsfacts/timeline"
)

// label describes a figure for inline expectations: kind, bounds,
// subject and flags, as in "killed min 15 people".
func label(f *Figure) string {
	parts := []string{f.String()}
	if f.Subject != "" {
		parts = append(parts, f.Subject)
	}
	for _, fl := range []struct {
		on   bool
		name string
	}{{f.Part, "part"}, {f.Additional, "additional"}, {f.Update, "update"}, {f.Self, "self"},
		{f.Individual, "individual"}, {f.Negated, "negated"}, {f.Hypothetical, "hypothetical"},
		{f.Background, "background"}} {
		if fl.on {
			parts = append(parts, fl.name)
		}
	}
	return strings.Join(parts, " ")
}

// labels returns the labels of a result's figures, in order.
func labels(r *Result) []string {
	out := make([]string, len(r.Figures))
	for i := range r.Figures {
		out[i] = label(&r.Figures[i])
	}
	return out
}

// runWant analyses text and reports an error unless one of its figures
// has the label want.
func runWant(t *testing.T, text, want string) *Result {
	t.Helper()
	r := run(t, text)
	if got := labels(r); !slices.Contains(got, want) {
		t.Errorf("%q: figures %q, want %q", text, got, want)
	}
	return r
}

func facts(_ *analyzer.Document, r *Result) []analyzertest.Fact {
	out := make([]analyzertest.Fact, len(r.Figures))
	for i := range r.Figures {
		out[i] = analyzertest.Fact{Span: r.Figures[i].Span, Label: label(&r.Figures[i])}
	}
	return out
}

func TestZhanaozen(t *testing.T) {
	doc, r := analyzertest.Run(t, "testdata/zhanaozen.txt", Analyzer, analyzertest.Config{}, facts)
	// "At least 15 people have been killed" is linked to "Friday morning".
	res, err := analyzer.MustPipeline(Analyzer).Run(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	tl, err := analyzer.Get(res, timeline.Analyzer)
	if err != nil {
		t.Fatal(err)
	}
	linked := false
	for _, f := range r.Figures {
		if f.Kind == Killed && f.Min == 15 {
			linked = f.Timex >= 0 && doc.Slice(tl.Timexes[f.Timex].Span) == "Friday morning"
		}
	}
	if !linked {
		t.Error(`"At least 15 people have been killed" is not linked to "Friday morning"`)
	}
	k, ok := r.Total(Killed)
	if !ok || k.Min != 15 || k.Max != Unknown || k.Value != 15 {
		t.Errorf("killed total = %v, want min 15", k)
	}
	if in, ok := r.Total(Injured); ok {
		t.Errorf("injured total %v invented", in)
	}
}

func TestPhrasings(t *testing.T) {
	analyzertest.Run(t, "testdata/phrasings.txt", Analyzer, analyzertest.Config{NewDocument: analyzer.NewDocument}, facts)
}

// run analyses a text, recognising a headline if it has one.
func run(t testing.TB, text string) *Result {
	t.Helper()
	p := analyzer.MustPipeline(Analyzer)
	res, err := p.Run(context.Background(), analyzer.ParseArticle(text))
	if err != nil {
		t.Fatal(err)
	}
	r, err := analyzer.Get(res, Analyzer)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestQuantities(t *testing.T) {
	tests := []struct {
		text string
		want string // label of the first figure
	}{
		{"15 people were killed.", "killed 15 people"},
		{"Fifteen people were killed.", "killed 15 people"},
		{"Ninety-nine people were killed.", "killed 99 people"},
		{"At least 15 people were killed.", "killed min 15 people"},
		{"More than a dozen people were killed.", "killed min 13 people"},
		{"Nearly 100 people were killed.", "killed max 99 approx people"},
		{"Dozens of people were killed.", "killed min 24 approx people"},
		{"Hundreds of people were killed.", "killed min 200 approx people"},
		{"Tens of thousands of people were displaced.", "displaced min 20000 approx people"},
		{"A dozen people were killed.", "killed 12 people"},
		{"About 15 people were killed.", "killed 15 approx people"},
		{"Up to 15 people were killed.", "killed max 15 approx people"},
		{"Fewer than 15 people were killed.", "killed max 14 people"},
		{"Between 15 and 20 people were killed.", "killed 15-20 approx people"},
		{"15 to 20 people were killed.", "killed 15-20 approx people"},
		{"Several people were killed.", "killed min 3 approx people"},
		{"Multiple people were shot.", "shot min 2 approx people"},
		{"A woman was killed.", "killed 1 woman individual"},
		{"Both men were killed.", "killed 2 men"},
		{"They were both killed.", "killed 2 they"},
		{"No one was hurt.", "injured 0 people"},
		{"Nobody was injured.", "injured 0 people"},
		{"There were no injuries.", "injured 0"},
		{"The crash caused 1,200 deaths.", "killed 1200"},
		{"Police arrested two men.", "arrested 2 men"},
		{"Police officers were injured.", "injured unquantified police officers"},
		{"Three people have died.", "killed 3 people"},
		{"Two of the victims died.", "killed 2 victims"},
		{"The attack claimed 30 lives.", "killed 30"},
		{"Seven people lost their lives.", "killed 7 people"},
		{"A 16-year-old was shot dead.", "killed 1 person individual"},
		{"John Smith, 25, was killed.", "killed 1 John Smith individual"},
		// each killing, murder or slaying a death
		{"A teen was charged in three Elm County killings on Friday.", "killed 3"},
		{"The man is suspected in 2 slayings.", "killed 2"},
		// a person with a phrase of the event after it
		{"The victim of the Elm Street shooting died on Monday.", "killed 1 victim individual"},
		{"The driver of the pickup was wounded.", "injured 1 driver individual"},
		{"The gunman killed himself.", "killed 1 himself self individual"},
		{"He was taken into custody.", "arrested 1 he individual"},
		{"Two people remain in critical condition.", "injured 2 people"},
		{"It was a double homicide.", "killed 2"},
		{"Three people were found dead.", "killed 3 people"},
		{"Two-thirds of the 300 passengers were killed.", "killed 200 approx passengers"},
		{"Half of the victims were injured.", "injured unquantified victims"},
		{"Six people were killed and 28 others wounded.", "killed 6 people"},
		// the voice of the first of two coordinated participles carries over
		{"John Smith, 32, was shot and killed by officers.", "shot 1 John Smith individual"},
		// a relative clause after an apposition or a name
		{"The gun went off, striking Ruben Castellano, who died at the scene.", "shot 1 Ruben Castellano individual"},
		{"Two men, 33 and 19, who were both shot, drove to a clinic.", "shot 2 men"},
		// an attributive participle names a dead person
		{"Deputies found a deceased white male in the car.", "killed 1 male individual"},
		// a crime's grade before the event noun
		{"She was charged with negligent homicide in the case.", "killed min 1"},
		// a death with its possessor, a homicide victim, succumbing
		{"Police learned of the boy's death on Sunday.", "killed 1 boy individual"},
		{"The homicide victim was identified as a local man.", "killed 1 victim individual"},
		{"The teen later succumbed to his injuries.", "killed 1 teen individual"},
		// "another" alone, hurt and expected to recover, a complement clause
		{"One teen was killed and another was injured.", "killed 1 teen individual"},
		{"The boyfriend was shot in the foot and is expected to recover.", "shot 1 boyfriend individual"},
		{"A dispatcher told KXRV the toddler had somehow been shot.", "shot 1 toddler individual"},
		// headline phrasings: hit at a place, the shooting of someone,
		// critical after, sent to hospital, a life taken
		{"Father charged after the accidental shooting of a 4-year-old girl.", "shot 1 girl individual"},
		// an age before a noun describes it: the coordination goes on
		{"The woman killed her 30-year-old son and two grandchildren.", "killed 3 son and grandchildren"},
		{"Boy critical after accidental shooting", "injured 1 boy individual"},
		{"Nightclub shooting sends seven to hospital", "hospitalized 7"},
		{"Accidental shooting takes life of Dunmore man", "killed 1 man individual"},
		// a lone quantifier as subject, an age before a name, a share of
		// those counted
		{"Both were pronounced dead at the scene.", "killed 2 both"},
		{"Four-year-old Maisie was pronounced dead.", "killed 1 Maisie individual"},
		// the whole a partitive takes from, bodies found, an age before
		// a name, a name's possessed
		{"One of the seven people shot and killed Monday was a bus driver.", "shot 7 people"},
		{"Police found the bodies of 41-year-old Dana Whitcomb and her son.", "killed 2 Dana Whitcomb and son"},
		{"He was charged in the death of Tyson Gay's daughter.", "killed 1 daughter individual"},
		{"Nine of its congregants were killed.", "killed 9 congregants"},
		// a counted group a participle modifies; the person a phrase
		// names, not those it counts; the wounding of someone
		{"Medics took two wounded people to the clinic.", "injured 2 people"},
		{"The mother of two children was killed.", "killed 1 mother individual"},
		{"A father of three was shot.", "shot 1 father individual"},
		{"He is charged in the wounding of the boy's father.", "injured 1 father individual"},
		{"The fight put two teenagers into the hospital on Friday.", "hospitalized 2 teenagers"},
		{"Both the child and the man were taken to a hospital.", "hospitalized 2 child and man"},
		// either harm is a count of casualties
		{"Five people were killed or wounded.", "casualties 5 people"},
		// did not survive, passed away, the body of
		{"The teen did not survive.", "killed 1 teen individual"},
		{"The boy passed away on Sunday.", "killed 1 boy individual"},
		{"Officers found the body of a man in the car.", "killed 1 man individual"},
		// an apposition counting a plural; caught in the crossfire
		{"The victims, a 27-year-old man and a 23-year-old woman, were shot.", "shot 2 man and woman"},
		{"A woman was caught in the crossfire.", "shot 1 woman individual"},
		// a number in a possessor counts no one; both the X and the Y
		{"Deputies later found the caller's father dead.", "killed 1 father individual"},
		{"Deputies discovered the bodies of both the driver and the farmer's son.", "killed 2 driver and son"},
		// a collective noun before a person noun; a relative clause on
		// a partitive's whole
		{"The gunman fled after injuring a police officer.", "injured 1 police officer individual"},
		{"He was one of six students who were struck.", "shot 6 students"},
		// shot at a named place; a group before a list of ages
		{"Five shot at Club 9 in Harlow Springs", "shot 5"},
		{"Deputies said 2 adults and 3 juveniles ages 11, 12 and 16 were taken to the hospital.", "hospitalized 5 adults and juveniles"},
		// a person of a town
		{"Seventeen-year-old Alfred Chavez of Denver was killed.", "killed 1 Alfred Chavez individual"},
		{"Bill Jones of Chicago died on Sunday.", "killed 1 Bill Jones individual"},
		// an additional number
		{"An additional six victims arrived at area hospitals.", "victims 6 victims"},
		// treated someone for a wound
		{"Medics treated a woman for a graze wound.", "injured 1 woman individual"},
		// surgery, treated and released
		{"She underwent emergency surgery on Sunday.", "injured 1 she individual"},
		{"Two women were treated and released from the hospital.", "hospitalized 2 women"},
		// life support, brain death
		{"She was taken off life support late Monday.", "killed 1 she individual"},
		{"The boy remains on life support.", "injured 1 boy individual"},
		{"Doctors declared her brain dead.", "killed 1 her individual"},
		// an abbreviation ending a sentence the segmenter kept whole
		{"The shooting happened at 110 Elm St. Two people were hurt.", "injured 2 people"},
		// a participle phrase between subject and predicate
		{"The baby involved in the crash remains in stable condition.", "injured 1 baby individual"},
		// a headline's person in hospital
		{"Girl in hospital after shooting\n\nPolice were called to the house on Sunday.", "hospitalized 1 girl individual"},
		// "an eighth", "an 11th": one more of a counted group
		{"Police said an eighth teen was injured.", "injured 1 teen additional individual"},
		{"An 11th person was wounded, police said.", "injured 1 person additional individual"},
		// lists of names, with ages and titles
		{"Ann Mayo, 24, Bob King, 24, Carl Dunn, 25 and Dan Cole, 32 were taken to the hospital.", "hospitalized 4 Ann Mayo and Bob King and Carl Dunn and Dan Cole"},
		{"Ann Mayo, 24, Bob King, 24, Carl Dunn, 25, and Dan Cole, 32, were taken to the hospital.", "hospitalized 4 Ann Mayo and Bob King and Carl Dunn and Dan Cole"},
		{"Ann Mayo, Bob King and Officer Carl Dunn were injured.", "injured 3 Ann Mayo and Bob King and Carl Dunn"},
		// of two numbers before a noun, the nearer counts
		{"Police told KXRT 9 News three people were shot outside the diner.", "shot 3 people"},
		// only serious harm denied
		{"No one was seriously hurt in the crash.", "injured 0 people negated"},
		// a counted plural before a list of the persons it counts
		{"Three victims, a man, a woman, and a boy, were all taken to a hospital.", "victims 3 victims"},
		// a bare ordinal for one more person
		{"Police said a fourth is wounded.", "injured 1 fourth additional individual"},
		// a shooting involving someone does not say they were shot
		{"A shooting involving a 5-year-old girl is under review by the county.", ""},
		// fighting for life, in a coma
		{"Another man is fighting for his life.", "injured 1 man additional individual"},
		{"The girl remains in a coma.", "injured 1 girl individual"},
		{"A woman was clinging to life on Sunday.", "injured 1 woman individual"},
		// ages listed before a relative clause
		{"Three men, ages 18, 25 and 30, who were shot in the legs, are stable.", "shot 3 men"},
	}
	for _, tt := range tests {
		r := run(t, tt.text)
		if tt.want == "" {
			for i := range r.Figures {
				t.Errorf("%q: figure %q, want none", tt.text, label(&r.Figures[i]))
			}
			continue
		}
		if len(r.Figures) == 0 {
			t.Errorf("%q: no figure, want %q", tt.text, tt.want)
			continue
		}
		if got := label(&r.Figures[0]); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestNotCasualties(t *testing.T) {
	for _, text := range []string{
		"Police fired 15 shots at the car.",
		"Two dogs were killed in the fire.",
		"He shot at the officers but missed.",
		"The 12-year-old girl was at home.",
		"Three homes were destroyed.",
		"The company killed 15 projects this year.",
		"He heard one shot.",
		"He hit a dead end.",
		"Police shot at the suspect.",
		"She is survived by her husband and two sons.",
		"Police are investigating an attempted murder-suicide.",
		"The bullet hit one of the family dogs.",
		// "shooting" as a noun modifier takes no object
		"The shooting suspect fled in a gray truck.",
		"Arrest Made in Riverside Shooting Investigation",
		"A man was seen at the shooting range on Elm Road.",
		"He faces charges of two attempted murders.",
		// a shot after a bare ordinal is the noun
		"The hunter fired twice, and a second shot went into the barn.",
	} {
		if r := run(t, text); len(r.Figures) > 0 {
			t.Errorf("%q: unexpected %s", text, label(&r.Figures[0]))
		}
	}
}

func TestTotals(t *testing.T) {
	tests := []struct {
		text            string
		killed, injured int64 // -1: no total
	}{
		// repeated tolls count once
		{"Fifteen people were killed. Police said the 15 victims were civilians. 15 people were killed.", 15, -1},
		// an updated toll wins
		{"Fifteen people were killed on Monday. On Tuesday the death toll rose to 17.", 17, -1},
		{"Fifteen people were killed on Monday, and 15 more were hurt. Officials now say 17 people were killed.", 17, 15},
		// a toll stated twice outweighs a figure stated once
		{"Two people were killed on Elm Street. Police said two people were killed and five were hurt in a shooting there last March.", 2, 5},
		// separate groups add up when the text joins them
		{"Two officers and three civilians were killed.", 5, -1},
		// parts do not add up
		{"Five people were killed, including two children.", 5, -1},
		// individuals: one person mentioned three ways
		{"Teen dies after shooting\n\nA 16-year-old boy died on Saturday. He was pronounced dead at the hospital.", 1, -1},
		// individuals kept apart by sex
		{"A man was killed. A woman was wounded.", 1, 1},
		// people shot less those killed
		{"Four people were shot on Sunday. One of them died.", 1, 3},
		{"A man was shot and killed.", 1, -1},
		{"A man was shot in the leg.", -1, 1},
		// coordinated predicates in a headline, a participle phrase
		// after the subject
		{"Teenager shot, killed in Marlow Heights\n\nPolice are investigating.", 1, -1},
		{"Boy, 11, shot near Fort Calder has died\n\nPolice are investigating.", 1, -1},
		{"A 10-year-old boy shot late Saturday in a hunting accident has died.", 1, -1},
		{"Teen killed, another injured in parking lot shooting\n\nPolice are investigating.", 1, 1},
		{"Five people were shot, one of whom died.", 1, 4},
		// a town and its state; an apposition, not a second person
		{"Hope, AR man dies in accidental shooting\n\nPolice are investigating.", 1, -1},
		{"Hollister, a Westbrook resident, suffered wounds to his chest and was pronounced dead.", 1, -1},
		{"Police investigated the death of Owen Patrick Delaney, the son of a firefighter, and his friend.", 1, -1},
		{"6 shot at birthday party in Carver City\n\nPolice are investigating.", -1, 6},
		{"Three people were found dead in the home. The woman's boyfriend was also shot and is expected to recover.", 3, 1},
		{"Four shot in South Ridgeway, one dead\n\nPolice are investigating.", 1, 3},
		{"John Smith, 32, was shot and killed by officers.", 1, -1},
		// a death implied by an event word only bounds a stated toll
		{"Man arrested in fatal shooting\n\nThe shooting left two men dead.", 2, -1},
		// a scraped list of video clips is not the article's news
		{"Police arrested a man on Sunday. 1:35 Police release video of a man killed in a crash 0:36 Two men shot dead in Riverton", -1, -1},
		// a tally over several incidents
		{"A woman was wounded on Tuesday. Nine residents were wounded across the county during the long weekend.", -1, 1},
		{"A woman was wounded on Tuesday. Three men were killed in weekend shootings, police said.", -1, 1},
		{"A woman was wounded on Tuesday. Twelve people have been shot since Friday.", -1, 1},
		{"A woman was wounded on Tuesday. The east side has seen a rise in gunfire, and 52 people were wounded in those shootings.", -1, 1},
		{"2:14 Two hunters killed in avalanche Pause\n\n0:41 Officer hurt in crash on Route 9\n\nA woman was wounded on Tuesday.", -1, 1},
		// a name after a description is its apposition
		{"She shot her aunt, 58-year-old Rosalind Pike, and her aunt's husband.", -1, 2},
		// a number before "year-old", "yr" or "yo" is an age
		{"4 year-old boy dead after shooting\n\nPolice are investigating.", 1, -1},
		{"Officials say the shooting of 7 yr old boy was accidental.", -1, 1},
		{"8 yo girl killed in drive-by\n\nPolice are investigating.", 1, -1},
		// a pronoun after a description refers back to it
		{"A woman was shot inside her apartment. Deputies found her with a shotgun wound to the neck, and she died at the scene.", 1, -1},
		// the unborn are not counted with the people
		{"Five adults and one unborn baby were killed in the bombing.", 5, -1},
		// a shooting death with no one named is a death
		{"Accidental shooting death investigated\n\nDeputies are looking into what happened.", 1, -1},
		// a link to another story
		{"A man was wounded on Sunday. Related Coverage Two killed in crash on Elm Street", -1, 1},
		{"A man was wounded on Sunday.\n\n► Related: Two killed in crash on Elm Street", -1, 1},
		// a number with a singular verb after a name is an age
		{"Marcus Ellery, 27 was shot in the shoulder and Tobias Wren, 19 was shot in both feet.", -1, 2},
		// a man is not the 8-year-old boy he shot
		{"Investigators say a man shot a 6-year-old girl and then himself. Officers found the man dead and the child injured. The girl later died at a hospital.", 2, -1},
		// a headline's list of victims that ends with the killer
		{"Woman kills husband, stepson, then herself at farm\n\nThe county sheriff gave no other details on Monday.", 3, -1},
		{"Man kills his nephew, himself\n\nThe county sheriff gave no other details on Monday.", 2, -1},
		// a list without a reflexive is no list in a headline
		{"Teen kills brother, aunt says\n\nThe county sheriff gave no other details on Monday.", 1, -1},
		// a headline's pair of victims that drops its "and"
		{"Deputies look into accidental shooting of girl, grandmother\n\nThe county sheriff gave no other details on Monday, and no one has been arrested.", -1, 2},
		{"Stray bullets wounded a 6-year-old, 3 others on Elm Road\n\nThe county sheriff gave no other details on Monday, and no one has been arrested.", -1, 4},
		{"Teen faces charge for shooting self, cousin with rifle\n\nThe county sheriff gave no other details on Monday, and no one has been arrested.", -1, 2},
		{"Man wounds 2 men, young boy on Elm Road\n\nThe county sheriff gave no other details on Monday, and no one has been arrested.", -1, 3},
		// but not a name and its description, nor a second verb
		{"Girl, 4, man in serious condition after shooting\n\nThe county sheriff gave no other details on Monday, and no one has been arrested.", -1, 2},
		{"2 teen boys, 1 woman shot in drive-by on Elm Road\n\nThe county sheriff gave no other details on Monday, and no one has been arrested.", -1, 3},
		// an active verb's object is counted with its verb, a subject
		// with its own predicate
		{"Boy shoots and kills 9-year-old, another hurt\n\nThe county sheriff gave no other details on Monday, and no one has been arrested.", 1, 1},
		{"Gunfire kills man, woman wounded on Elm Road\n\nThe county sheriff gave no other details on Monday, and no one has been arrested.", 1, 1},
		{"Gunman wounds Ann Lee, teacher at Elm school\n\nThe county sheriff gave no other details on Monday, and no one has been arrested.", -1, 1},
		{"Girl saw uncle kill mother, shoot dog\n\nThe county sheriff gave no other details on Monday, and no one has been arrested.", 1, -1},
		// a participle phrase between subject and predicate
		{"A man found in a parked van died on Friday, deputies said.", 1, -1},
		{"A woman walking near the pond was wounded on Friday, deputies said.", -1, 1},
		// an age after "turns" is no count
		{"Kaylen, who turns 5 next week, is awake after being rushed to a hospital.", -1, -1},
		// "a fourth victim" after three dead
		{"Police found three victims dead in the apartment. A fourth victim was taken to a hospital.", 3, 1},
		// "another" after an attacker sets the object apart from him
		{"A 6-year-old was shot in the hand on Monday. Deputies say a 6-year-old shot another 6-year-old with a pistol he found.", -1, 1},
		// one phrase, two outcomes: one person
		{"Toddler hurt in accidental shooting has died\n\nPolice are investigating.", 1, -1},
		// a name between commas after a description, a description
		// after a name: appositions, not more people
		{"Police found the mother, 31-year-old Lucinda Varga, and the child shot.", -1, 2},
		{"Police investigate the shooting of 4-year-old Theo Brannock, son of Curtis Brannock and Ada Brannock.", -1, 1},
		// a participle after its noun takes no object across "and"
		{"Officers found one man dead, one woman injured and two children hiding in a closet.", 1, 1},
		// links to other stories after a heading, other incidents
		{"Four people were wounded in a shooting on Sunday.\n\nRelated stories:\n\nMan killed in drive-by on Elm Street\n\nTwo dead in crash", -1, 4},
		{"Four people were wounded in a shooting on Sunday.\n\nIn other shootings:\n\nA man was killed on Elm Street on Sunday night.", -1, 4},
		// lists whose items carry ages or names between commas, or
		// are parted by semicolons
		{"Deputies said the man fatally shot Corinne Abel, 44, and her brother, Martin Abel, at the farm.", 2, -1},
		{"He killed his stepson, Dale; his wife, Noreen Tate; and her father, Arlo Tate, 70, police said.", 3, -1},
		{"Lena Ortiz, 51; Paul Grange, 29; and Timothy Vale, 33, died at the scene.", 3, -1},
		{"He is charged in the deaths of his wife, 41, and their three sons, Owen, 12, Kai, 9, and Luca, 6.", 4, -1},
		{"2 adults, 1 toddler found dead in trailer\n\nDeputies are investigating what happened at the trailer park on Monday.", 3, -1},
		// the killer after the victims: "then himself"
		{"Police said the man killed his two sons, then himself.", 3, -1},
		{"Police said the man shot three neighbours, killing one, then himself.", 2, 2},
		// a reflexive refers back to the hurt subject it follows
		{"A hunter who was wounded when he shot himself by accident on Sunday has died, deputies said.", 1, -1},
		// a death by other means than the shooting
		{"A woman was wounded on Tuesday. Her cousin was killed in a motorcycle crash in the spring.", -1, 1},
		// one attack in several places is no tally of incidents
		{"Deputies said the gunman killed three people and wounded two others at two separate addresses on Monday.", 3, 2},
		// a death the verb's adverb or modal denies
		{"A boy was shot in the chest on Friday. Doctors said he almost lost his life.", -1, 1},
		// negated and hypothetical figures are left out
		{"The guards were not injured. He threatened to kill two hostages.", -1, -1},
	}
	for _, tt := range tests {
		r := run(t, tt.text)
		for _, c := range []struct {
			k    Kind
			want int64
		}{{Killed, tt.killed}, {Injured, tt.injured}} {
			got := int64(-1)
			if tot, ok := r.Total(c.k); ok {
				got = tot.Value
			}
			if got != c.want {
				t.Errorf("%q: %s total %d, want %d", tt.text, c.k, got, c.want)
			}
		}
	}
}

func TestKeepIndividualsApart(t *testing.T) {
	text := "A man was killed on Sunday. The victim died at the scene."
	for _, c := range []struct {
		opts Options
		want int64
	}{{Options{}, 1}, {Options{KeepIndividualsApart: true}, 2}} {
		a := New(c.opts)
		res, err := analyzer.MustPipeline(a).Run(context.Background(), analyzer.NewDocument(text))
		if err != nil {
			t.Fatal(err)
		}
		r, err := analyzer.Get(res, a)
		if err != nil {
			t.Fatal(err)
		}
		if k, _ := r.Total(Killed); k.Value != c.want {
			t.Errorf("%+v: killed %v, want %d", c.opts, k, c.want)
		}
	}
}

// Figures dated well before the main event are background.
func TestEarlierEvent(t *testing.T) {
	doc := analyzer.NewDocument("Two men were killed on Sunday at the corner of Elm and Main. " +
		"On Nov. 2, four people were killed at the same corner.")
	doc.Published = time.Date(2011, 12, 20, 0, 0, 0, 0, time.UTC)
	res, err := analyzer.MustPipeline(Analyzer).Run(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	r, _ := analyzer.Get(res, Analyzer)
	if len(r.Figures) != 2 || r.Figures[0].Background || !r.Figures[1].Background {
		t.Errorf("figures %+v: want the second (Nov. 2) in the background", r.Figures)
	}
	if k, _ := r.Total(Killed); k.Value != 2 {
		t.Errorf("killed total %v, want 2", k)
	}
}

// A figure dated only by an earlier month, after undated news of harm,
// is another event's.
func TestEarlierMonth(t *testing.T) {
	doc := analyzer.NewDocument("One bullet grazed a child, police said. " +
		"In December, a man steered his van onto a crowded pavement, injuring 36 and killing one.")
	doc.Published = time.Date(2016, 1, 26, 0, 0, 0, 0, time.UTC)
	res, err := analyzer.MustPipeline(Analyzer).Run(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	r, _ := analyzer.Get(res, Analyzer)
	for _, f := range r.Figures {
		if f.Value == 36 && !f.Background {
			t.Errorf("%s: not in the background", label(&f))
		}
	}
	if k, ok := r.Total(Killed); ok {
		t.Errorf("killed total %v, want none", k)
	}
}

func TestContract(t *testing.T) {
	raw, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	ann, err := analyzertest.ParseFile("testdata/phrasings.txt")
	if err != nil {
		t.Fatal(err)
	}
	analyzertest.Contract(t, Analyzer, analyzertest.FactSpans(facts), string(raw), ann.Text)
}

func FuzzCasualties(f *testing.F) {
	ann, err := analyzertest.ParseFile("testdata/phrasings.txt")
	if err != nil {
		f.Fatal(err)
	}
	seeds := strings.Split(ann.Text, "\n\n")
	analyzertest.Fuzz(f, Analyzer, analyzertest.FactSpans(facts), seeds...)
}

func Example() {
	doc := analyzer.NewDocument("At least 15 people were killed and dozens injured on Friday. " +
		"On Saturday the death toll rose to 17, officials said.")
	res, err := analyzer.MustPipeline(Analyzer).Run(context.Background(), doc)
	if err != nil {
		panic(err)
	}
	r, _ := analyzer.Get(res, Analyzer)
	for _, f := range r.Figures {
		fmt.Printf("%-26s %q\n", f.String(), doc.Slice(f.Span))
	}
	for _, t := range r.Totals {
		fmt.Println("total", t)
	}
	// Output:
	// killed min 15              "At least 15 people were killed"
	// injured min 24 approx      "dozens injured"
	// killed 17                  "the death toll rose to 17"
	// total killed 17
	// total injured min 24 approx
}

func TestSelectorFormat(t *testing.T) {
	s := NewSelector(map[string]float64{"grp": 1.5, "v=0": -0.25}, map[string]float64{"der:shot": 2})
	var b strings.Builder
	if _, err := s.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	want := "killed\tgrp\t1.5\nkilled\tv=0\t-0.25\ninjured\tder:shot\t2\n"
	if b.String() != want {
		t.Errorf("WriteTo = %q, want %q", b.String(), want)
	}
	p, err := ParseSelector(strings.NewReader("# comment\n\n" + b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if p.Weights(Killed)["grp"] != 1.5 || p.Weights(Killed)["v=0"] != -0.25 || p.Weights(Injured)["der:shot"] != 2 {
		t.Errorf("ParseSelector(WriteTo) = %v %v", p.Weights(Killed), p.Weights(Injured))
	}
	for _, bad := range []string{"killed\tgrp\n", "killed\tgrp\tx\n", "hurt\tgrp\t1\n"} {
		if _, err := ParseSelector(strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("ParseSelector(%q) error = %v, want one naming line 1", bad, err)
		}
	}
	if DefaultSelector() == nil || len(DefaultSelector().Weights(Killed)) == 0 {
		t.Error("the embedded selector has no weights")
	}
}

// The selector chooses among the candidates; each total is one of them.
func TestCandidates(t *testing.T) {
	r := run(t, "Four people were shot on Sunday. One of them died.")
	chosen := map[Kind]int64{}
	for _, c := range r.Candidates {
		if c.Chosen {
			if _, dup := chosen[c.Kind]; dup {
				t.Errorf("two %s candidates chosen", c.Kind)
			}
			chosen[c.Kind] = c.Value
		}
		if len(c.Features) == 0 {
			t.Errorf("candidate %s %d has no features", c.Kind, c.Value)
		}
	}
	if chosen[Killed] != 1 || chosen[Injured] != 3 {
		t.Errorf("chosen killed %d, injured %d; want 1 and 3 (candidates %+v)", chosen[Killed], chosen[Injured], r.Candidates)
	}
	for _, k := range []Kind{Killed, Injured} {
		if tot, ok := r.Total(k); !ok || tot.Value != chosen[k] {
			t.Errorf("%s total %v, want the chosen %d", k, tot, chosen[k])
		}
	}
}

// The rules' injured total: people shot and set apart from others (or
// told of with "also") are not among the dead told before them, unless
// the list names a person it sets them apart from, or they are set apart
// only from the shooter; nor are the people an attacker shot among the
// dead when he alone died.
func TestShotOthersBeyondDead(t *testing.T) {
	a := New(Options{Selector: NewSelector(nil, nil)})
	for _, tt := range []struct {
		text            string
		killed, injured int64
	}{
		{"A woman was shot dead behind the diner on Tuesday. Four other workers were shot and taken to hospitals.", 1, 4},
		{"Two brothers died in the garage. Three other relatives were also shot, deputies said.", 2, 3},
		// a group told of with "also": besides the dead
		{"A girl was shot dead on the porch on Sunday. Two neighbors were also struck by gunfire, police said.", 1, 2},
		// the dead are the attacker alone
		{"Deputies said a man shot his two cousins and a neighbor on Monday before killing himself.", 1, 3},
		// the list counts the person named before its others
		{"Deputies said Carl Renner was killed on Tuesday. Renner and three others were shot near the dock.", 1, 3},
		// others than the shooter, one of whom died
		{"Investigators said the teen shot four others at the dock, including one who died.", 1, 3},
		// but a death told in the verb's sentence sets them apart
		{"Investigators said the teen killed a clerk and shot two others at the dock.", 1, 2},
	} {
		res, err := analyzer.MustPipeline(a).Run(context.Background(), analyzer.ParseArticle(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		r, _ := analyzer.Get(res, a)
		k, _ := r.Total(Killed)
		i, _ := r.Total(Injured)
		if k.Value != tt.killed || i.Value != tt.injured {
			t.Errorf("%q: rules: killed %d, injured %d; want %d and %d", tt.text, k.Value, i.Value, tt.killed, tt.injured)
		}
	}
}

// A selector without weights leaves the totals to the rules.
func TestRulesOnly(t *testing.T) {
	a := New(Options{Selector: NewSelector(nil, nil)})
	text := "Man arrested in fatal shooting\n\nThe gunfire left two men dead and four more people wounded."
	res, err := analyzer.MustPipeline(a).Run(context.Background(), analyzer.ParseArticle(text))
	if err != nil {
		t.Fatal(err)
	}
	r, _ := analyzer.Get(res, a)
	k, _ := r.Total(Killed)
	i, _ := r.Total(Injured)
	if k.Value != 2 || i.Value != 4 {
		t.Errorf("rules: killed %v, injured %v; want 2 and 4", k, i)
	}
}

// The candidates include the sum of the hurt counted by condition in
// neighbouring sentences, the ordinal of a victim less the dead, and the
// victims of a murder-suicide with the killer.
func TestCandidateSources(t *testing.T) {
	tests := []struct {
		text    string
		kind    Kind
		feature string
		value   int64
	}{
		{"Five people were shot at a club on Sunday. Two are listed in critical condition. Three received minor injuries.", Injured, "cond:sum", 5},
		{"Police found three people dead. A fourth victim was taken to a hospital.", Injured, "ord", 1},
		{"Six people were wounded. One woman is in critical condition, officers said. Officers said four were in serious condition. The other person suffered a minor injury.", Injured, "cond:sum", 6},
		{"Police said it was a murder-suicide. The man killed his wife and three children and then shot himself.", Killed, "grp+self", 5},
		// the victims and the attacker who harmed himself, with or
		// without the word murder-suicide
		{"Deputies said the man killed his two stepsons before turning the gun on himself.", Killed, "grp+ah", 3},
		{"Deputies said the man killed his two stepsons before turning the gun on himself.", Killed, "ah:same", 3},
		{"Four people are dead, police said. The gunman later shot himself.", Killed, "ah:grppeople", 5},
		{"A woman killed her neighbour on Tuesday and then shot herself, police said.", Killed, "pers+ah", 2},
		{"A woman killed her neighbour on Tuesday and then shot herself, police said.", Killed, "pers+ah&ah:same", 2},
		// two counts of the hurt in one sentence, each with its subject
		{"Deputies said two cousins were shot in the yard, and a 7-year-old girl was hit by a bullet fragment.", Injured, "clause:sum", 3},
		{"Deputies said two cousins were shot in the yard, and a 7-year-old girl was hit by a bullet fragment.", Injured, "cs:gi", 3},
		// others set apart from a person hurt, in the sentence or the next
		{"A girl was in serious condition after a shooting on Friday that also wounded two other people.", Injured, "ind+others", 3},
		{"A man is listed in critical condition. Police said four others were shot in the legs.", Injured, "ind+others", 5},
		{"Six people were wounded at the fair. An eighth person was hurt as the crowd ran.", Injured, "ord", 8},
		// "fatal" before an event noun with a few modifiers between
		{"Two men arrested in fatal Elm Park apartment shooting\n\nThe county sheriff gave no other details on Monday.", Killed, "event", 1},
		// a headline's participle with no article: a dead person
		{"Slain clerk remembered at candlelight vigil\n\nFriends gathered outside the shop on Tuesday evening to share stories and light candles.", Killed, "ind:hl", 1},
		// a headline's bare ordinal is one more of a counted group
		{"Fourth man dies after shooting at card game\n\nThe county sheriff gave no other details on Monday.", Killed, "ord", 4},
		{"The gunman opened fire, killing two and wounding a third.", Injured, "ord:less", 1},
		{"Three victims, a man, a woman, and a boy, were all taken to a hospital. Nobody died.", Injured, "der:hospitalized", 3},
		// a person in hospital is not one of the dead a group counts
		{"Police found a husband and wife dead in the house. Their daughter is in the hospital.", Injured, "pers", 1},
		// "left Smith dead and Jones wounded": Jones is no agent
		{"Officers Ann Smith and Bob Jones were shot on Friday. The shooting left Smith dead and Jones wounded.", Injured, "pers", 1},
	}
	for _, tt := range tests {
		r := run(t, tt.text)
		found := false
		for _, c := range r.Candidates {
			if c.Kind == tt.kind && c.Value == tt.value && slices.Contains(c.Features, tt.feature) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %s candidate %d with %s in %+v", tt.text, tt.kind, tt.value, tt.feature, r.Candidates)
		}
	}
}

// "stable condition" speaks of no blade.
func TestStableIsNotStabbed(t *testing.T) {
	for _, tt := range []struct {
		text string
		stab bool
	}{
		{"The boy is in stable condition.", false},
		{"The boy was stabbed in the arm.", true},
		{"The boy suffered stab wounds.", true},
	} {
		r := run(t, tt.text)
		if len(r.Figures) == 0 {
			t.Errorf("%q: no figure", tt.text)
			continue
		}
		if got := r.Figures[0].stab; got != tt.stab {
			t.Errorf("%q: stab %v, want %v", tt.text, got, tt.stab)
		}
	}
}

// Injured candidates carry features of what supports them: large counts
// their size (a city's or a year's toll is seldom one incident's), and
// every candidate whether it agrees with the headline's count of the hurt
// (less the dead when it counts people shot).
func TestInjuredCandidateFeatures(t *testing.T) {
	for _, tt := range []struct {
		text string
		want map[int64]string // value -> a feature it must have
	}{
		{"A man was shot on Sunday. More than 3,200 people have been injured by gunfire in the city this year, and 14 people were hurt last week.",
			map[int64]string{3201: "v>=50", 14: "v>=10"}},
		{"Three shot at corner store\n\nThree men were shot outside a corner store on Friday night. One of them died at the scene. A woman inside was cut by flying glass.",
			map[int64]string{2: "hlv:eq", 3: "hlv:eq", 0: "hlv:ne"}},
		// the headline's hurt and the others hurt beside them
		{"3 shot and wounded, 2 others grazed by bullets at party on Elm Road\n\nThe county sheriff gave no other details on Monday, and no one has been arrested.",
			map[int64]string{5: "hlv:eq", 3: "hlv:eq"}},
		// two persons hurt in the headline count two, not one each
		{"Teen grazed in drive-by; woman shot in hand\n\nA teenage boy was grazed by a bullet on Elm Road late on Monday. A woman was shot in the hand. Both are expected to recover.",
			map[int64]string{2: "hlv:eq", 1: "hlv:ne"}},
		// a person and a group told of just after another event
		{"A man was shot dead on Oak Street on Friday. In a separate case last month, a boy was shot on Pine Road. The boy survived with wounds to his arm.",
			map[int64]string{1: "hp:nearbg"}},
		{"A man was shot dead on Oak Street on Friday. In a separate case last month, a boy was shot on Pine Road. Two women were hurt as well.",
			map[int64]string{2: "grp:nearbg"}},
	} {
		r := run(t, tt.text)
		want := maps.Clone(tt.want)
		for _, c := range r.Candidates {
			if f, ok := want[c.Value]; ok && c.Kind == Injured {
				if !slices.Contains(c.Features, f) {
					t.Errorf("%.30q: injured candidate %d: features %v, want %s", tt.text, c.Value, c.Features, f)
				}
				delete(want, c.Value)
			}
		}
		for v := range want {
			t.Errorf("%.30q: no injured candidate %d in %+v", tt.text, v, r.Candidates)
		}
	}
}

// The killed and injured totals are chosen together: a killed candidate
// a little less likely than the best wins when the injured candidates it
// leads to fit far better.
func TestJointChoice(t *testing.T) {
	text := "Two men were shot on Sunday. One of them died."
	totals := func(sel *Selector) (int64, int64) {
		a := New(Options{Selector: sel})
		res, err := analyzer.MustPipeline(a).Run(context.Background(), analyzer.ParseArticle(text))
		if err != nil {
			t.Fatal(err)
		}
		r, _ := analyzer.Get(res, a)
		k, _ := r.Total(Killed)
		i, _ := r.Total(Injured)
		return k.Value, i.Value
	}
	// alone, a slight preference for no deaths wins
	if k, _ := totals(NewSelector(map[string]float64{"zero": 0.3}, nil)); k != 0 {
		t.Errorf("killed alone: got %d, want 0", k)
	}
	// together with an injured model that trusts "the people shot less
	// those killed" only when it matches the killed total, one death and
	// one injured fit better
	if k, i := totals(NewSelector(map[string]float64{"zero": 0.3}, map[string]float64{"eqk": 5})); k != 1 || i != 1 {
		t.Errorf("together: got killed %d, injured %d; want 1 and 1", k, i)
	}
}

// Turning the gun on oneself is a shooting of oneself, also after
// "before", far from the clause's subject.
func TestTurnedGun(t *testing.T) {
	text := "Police said a woman killed her husband and their two sons on Friday before turning the gun on herself."
	r := run(t, text)
	found := false
	for _, f := range r.Figures {
		if f.Self && f.Kind == Shot && f.Value == 1 {
			found = true
			if got, want := text[f.Span.Start:f.Span.End], "turning the gun on herself"; got != want {
				t.Errorf("span %q, want %q", got, want)
			}
		}
	}
	if !found {
		t.Errorf("no reflexive shooting in %+v", r.Figures)
	}
}

// TestAndThenSelf checks that a reflexive joined to the object of a
// shooting verb counts the shooter, with the verb's kind, and that a
// reflexive elsewhere adds no one.
func TestAndThenSelf(t *testing.T) {
	tests := []struct {
		text string
		kind Kind
		span string // "" when no reflexive figure is wanted
	}{
		{"Deputies said a farmer shot his neighbour and then himself on Tuesday.", Shot, "and then himself"},
		{"The woman fatally shot her brother and then herself, the coroner said.", Killed, "and then herself"},
		{"He was shot by a neighbour and then himself.", Shot, ""},
		{"She shot a deer and then made herself dinner.", Shot, ""},
	}
	for _, tt := range tests {
		r := run(t, tt.text)
		got := ""
		for _, f := range r.Figures {
			if f.Self && f.Kind == tt.kind && f.Value == 1 {
				got = tt.text[f.Span.Start:f.Span.End]
			}
		}
		if got != tt.span {
			t.Errorf("%q: reflexive figure %q, want %q (figures %+v)", tt.text, got, tt.span, r.Figures)
		}
	}
}

// The shape filter never turns away a word of its set, in any case.
func TestShapeSet(t *testing.T) {
	for _, set := range []map[string]bool{cueWords} {
		m := shapesOf(set)
		for w := range set {
			for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
				if !m.mayHold(v) {
					t.Errorf("mayHold(%q) = false for a word of the set", v)
				}
			}
		}
		if m.mayHold("zzzzqx") {
			t.Errorf("mayHold(%q) = true, want false", "zzzzqx")
		}
	}
	for w := range knownWords {
		if !knownShapes.mayHold(w) {
			t.Errorf("known word %q turned away", w)
		}
	}
}

// A lead that speaks of several incidents marks a round-up.
func TestRoundupLead(t *testing.T) {
	for _, tt := range []struct {
		lead string
		want bool
	}{
		{"three men were wounded in two separate shootings on the east side.", true},
		{"police said five people were shot across the city over the weekend.", true},
		{"a man was shot in the arm on sunday night.", false},
		{"the shootings left the neighbourhood shaken.", false},
	} {
		if got := roundupLead(tt.lead); got != tt.want {
			t.Errorf("roundupLead(%q) = %v, want %v", tt.lead, got, tt.want)
		}
	}
}

// A killed candidate says where its evidence first appears, alone and
// with what the headline counts.
func TestFirstMention(t *testing.T) {
	text := "Two hurt in shooting at a corner store\n\n" +
		"Two men were wounded on Friday night outside a corner store on Maple Road. " +
		"Officers found them in the parking lot. " +
		"Both were taken to a hospital. " +
		"Police have not named a suspect. " +
		"Neighbours said the store had closed early. " +
		"A clerk said she heard four shots. " +
		"Detectives asked for video from nearby homes. " +
		"The store will reopen on Monday. " +
		"A woman was shot and killed a block away on Saturday."
	r := run(t, text)
	found := false
	for _, c := range r.Candidates {
		if c.Kind == Killed && c.Value == 1 {
			found = true
			if !slices.Contains(c.Features, "pos:late") || !slices.Contains(c.Features, "hl:hurt&pos:late") {
				t.Errorf("killed 1: features %v, want pos:late and hl:hurt&pos:late", c.Features)
			}
		}
	}
	if !found {
		t.Fatalf("no killed candidate 1 in %+v", r.Candidates)
	}
}

// TestDiedInHospital checks that a group taken to hospital of whom the
// sentence then tells deaths counts the dead among it.
func TestDiedInHospital(t *testing.T) {
	tests := []struct {
		text string
		died bool
	}{
		{"Three men were driven to a nearby hospital, where they were declared dead.", true},
		{"Two were flown to a hospital in the city and one died on arrival.", true},
		// a new person killed is beside those taken to hospital
		{"Two were flown to a hospital in the city and a woman died at the scene.", false},
		{"Two women were taken to the hospital with minor wounds.", false},
		// a death told as coming later, in the sentences after
		{"Four people were rushed to hospitals after the gunfire. One of them later died of his wounds.", true},
		{"Medics took two brothers to a hospital downtown. The older one was pronounced dead shortly after midnight.", true},
		// a death not told as later, or of someone else
		{"Two women were taken to a hospital. Police found a man dead inside the house.", false},
		{"Two women were taken to a hospital. A third woman was pronounced dead at the scene.", false},
	}
	for _, tt := range tests {
		r := run(t, tt.text)
		got, found := false, false
		for _, f := range r.Figures {
			if f.Kind == Hospitalized {
				found = true
				got = got || f.died
			}
		}
		if !found || got != tt.died {
			t.Errorf("%q: died %v (hospital figure found: %v), want %v", tt.text, got, found, tt.died)
		}
	}
}

// TestInjuredPhrasings covers ways of telling who was hurt that name
// the people apart from the casualty word: a count after "more" or
// "other", the verb "wound", lists and appositions between dashes,
// phrases after the subject, and objects taken to a hospital.
func TestInjuredPhrasings(t *testing.T) {
	tests := []struct {
		text string
		want string // the label of one of the figures; "" for none
	}{
		// a body sentence that lists names is not title case
		{"Oscar Bell, Jr., and Dana Pratt were shot.", "shot 2 Oscar Bell and Dana Pratt"},
		{"Mia Ruiz, Tom Ruiz and Ana Cole were wounded.", "injured 3 Mia Ruiz and Tom Ruiz and Ana Cole"},
		// people named by their trade
		{"A waitress was shot in the arm outside the diner.", "shot 1 waitress individual"},
		{"Two tellers were hurt when the robbers opened fire.", "injured 2 tellers"},
		// a count with "more" or "other" and no noun
		{"The sniper killed two deputies and wounded four more before dawn.", "injured 4 additional"},
		{"The blast left one woman dead and six other injured.", "injured 6 additional"},
		{"He fired three more rounds.", ""},
		// "wound" as a verb
		{"Prosecutors say he meant to shoot and kill his landlord and wound two tenants.", "injured 2 tenants"},
		{"Witnesses saw him kill a clerk and wound three shoppers.", "injured 3 shoppers"},
		{"She had a deep wound to the chest.", "injured 1 she individual"},
		// a person noun after a partitive
		{"He is accused of wounding four of his companions at the lake.", "injured 4 companions"},
		// a park named after a person is no target of the shots
		{"Six people were shot at Hollis Park late on Friday.", "shot 6 people"},
		// people reporting their own injuries, not those who report them
		{"Four drivers reported injuries after the gunman fired at passing cars.", "injured 4 drivers"},
		{"Deputies reported two injuries at the scene.", "injured 2"},
		// an object taken to a hospital, however long
		{"The crash sent both the driver and his young nephew to the hospital.", "hospitalized 2 driver and nephew"},
		{"Medics took the boy, with a bullet wound in his arm, to a hospital.", "hospitalized 1 boy individual"},
		// phrases between the subject and its verb
		{"Three teens linked to the feud turned up at Mercy Hospital with gunshot wounds.", "shot 3 teens"},
		{"The woman steering the van was hit by a bullet.", "shot 1 woman individual"},
		{"Two girls and a boy in the car with Mendez were also struck.", "shot 3 girls and boy"},
		{"A clerk for the Acme parcel-sorting company was shot.", ""},
		// a parenthesis between dashes
		{"Three guards and two others -- a man and his wife -- were wounded.", "injured 5 guards and others additional"},
		{"All three — a 19- and two 22-year-olds — are in stable condition.", "injured 3"},
		// found bleeding from a wound
		{"Officers found a 40-year-old man bleeding badly from a gunshot wound.", "shot 1 man individual"},
		// the verb of the first clause left out of the second
		{"An elderly man is dead and his grandson in a hospital after the fire.", "hospitalized 1 grandson individual"},
		{"His aunt and a cousin in the hospital lobby waited for news.", ""},
		// a graze or a gunshot as a noun
		{"A deputy received a graze to the left ear.", "injured 1 deputy individual"},
		{"The waiter suffered a gunshot to the thigh.", "shot 1 waiter individual"},
		{"Residents said they heard a gunshot shortly after midnight.", ""},
		// a release to come says the person is in hospital now
		{"The teenager is expected to be released from the hospital on Friday.", "hospitalized 1 teenager individual"},
		// injuries a subject has, past "seems to"
		{"The cashier seems to have minor injuries.", "injured 1 cashier individual"},
		{"The other two have serious injuries.", "injured 2"},
		// the participle first, its subject after "was" or "were"
		{"Hurt in the collision were a 9-year-old boy and his grandmother.", "injured 2 boy and grandmother"},
		{"Also wounded was a 52-year-old clerk.", "injured 1 clerk additional individual"},
		{"Shot in the arm, Kowalski was taken to a hospital.", "hospitalized 1 Kowalski individual"},
		// a headline's present tense
		{"Three teens walk into clinic with gunshot wounds\n\nDeputies are asking for witnesses.", "shot 3 teens"},
		{"Man arrives at hospital with stab wound\n\nDeputies are asking for witnesses.", "injured 1 man individual"},
		// one of a counted group with no noun
		{"Ortega was one of six shot outside the arena.", "shot 6"},
		// an apposition that says how the person was identified
		{"The cyclist, identified as Priya Raman, remains in serious condition.", "injured 1 cyclist individual"},
	}
	for _, tt := range tests {
		r := run(t, tt.text)
		got := labels(r)
		found := slices.Contains(got, tt.want)
		if tt.want == "" && len(got) > 0 || tt.want != "" && !found {
			t.Errorf("%q: figures %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestWhoWasHarmed covers subjects that a phrase after them takes the
// verb away from: the one accused of a harm ("a man suspected of
// shooting his neighbor died"), a present participle with its object ("a
// woman carrying her son was shot"), a place after a participle, and a
// person named after "mother of" when a participle with no auxiliary
// follows ("Father of 2-year-old fatally shot pleads for help").
func TestWhoWasHarmed(t *testing.T) {
	tests := []struct {
		text    string
		kind    Kind
		subject string
		perp    bool
	}{
		{"Woman accused of stabbing her brother dies in jail\n\nDeputies gave no details.", Killed, "woman", true},
		{"A driver wanted for shooting two deputies was wounded on Friday.", Injured, "driver", true},
		{"A man charged with shooting, killing a cashier died in custody on Monday.", Killed, "man", true},
		{"A woman carrying her infant son was shot on Elm Street.", Shot, "woman", false},
		{"Grandpa holding toddler wounded in drive-by\n\nDeputies gave no details.", Injured, "grandpa", false},
		{"Teen found behind Oak Street store dies\n\nDeputies gave no details.", Killed, "teen", false},
		{"Father of 2-year-old fatally shot pleads for help\n\nDeputies gave no details.", Killed, "person", false},
		// with an auxiliary, the parent
		{"The mother of a toddler was shot on Sunday.", Shot, "mother", false},
		// an ampersand joins a list
		{"Aunt & nephew wounded in drive-by\n\nDeputies gave no details.", Injured, "aunt and nephew", false},
	}
	for _, tt := range tests {
		r := run(t, tt.text)
		var got []string
		found := false
		for _, f := range r.Figures {
			if f.Kind != tt.kind {
				continue
			}
			got = append(got, fmt.Sprintf("%q (attacker %v)", f.Subject, f.perp))
			found = found || f.Subject == tt.subject && f.perp == tt.perp
		}
		if !found {
			t.Errorf("%q: %s figures of %v, want one of %q (attacker %v)", tt.text, tt.kind, got, tt.subject, tt.perp)
		}
	}
}

// TestPersonsByAgeAndRole covers persons kept apart by the stage of life
// an age in apposition implies ("Mom" is not "Luca Brant, 7") and an
// attacker kept apart from whom he harmed in his sentence.
func TestPersonsByAgeAndRole(t *testing.T) {
	tests := []struct {
		text           string
		killed, harmed int
	}{
		{"Mom hurt in Elmwood shooting has died\n\nLuca Brant, 7, was pronounced dead at the scene on Friday.", 2, 2},
		{"Man suspected of shooting his neighbor dies\n\nDeputies gave no details.", 1, 2},
		{"Man suspected of shooting his neighbor dies\n\nThe man shot and killed a neighbor on Friday.", 2, 2},
	}
	for _, tt := range tests {
		r := run(t, tt.text)
		ps := coverPersons(r.Figures, Options{})
		killed, harmed := 0, 0
		for _, p := range ps {
			if p.kinds.has(Killed) {
				killed++
			}
			if p.kinds&harmedKinds != 0 {
				harmed++
			}
		}
		if killed != tt.killed || harmed != tt.harmed {
			t.Errorf("%q: %d persons killed, %d harmed; want %d and %d", tt.text, killed, harmed, tt.killed, tt.harmed)
		}
	}
}

// TestDeathAfterHospital covers a death told in a second predicate after
// a trip to hospital ("was taken to a hospital and died"): the subject
// of the first clause died, so the one person is not also counted hurt.
func TestDeathAfterHospital(t *testing.T) {
	tests := []struct {
		text string
		want string // the label of one of the figures
	}{
		{"She was flown to a trauma unit downtown and was declared dead an hour later.", "killed 1 she individual"},
		{"The cyclist was driven to a hospital with a head wound but died that night.", "killed 1 cyclist individual"},
		{"A teenager was rushed to the hospital in grave condition and later died.", "killed 1 teenager individual"},
		{"Two brothers were rushed to a clinic and died there.", "killed 2 brothers"},
	}
	for _, tt := range tests {
		r := runWant(t, tt.text, tt.want)
		if in, ok := r.Total(Injured); ok && in.Value > 0 {
			t.Errorf("%q: injured total %v, want none", tt.text, in)
		}
	}
}

// TestNameSuffix covers a suffix after a comma ("Carl Dunn, Jr., 30"):
// part of the name, not another person in a list.
func TestNameSuffix(t *testing.T) {
	tests := []struct {
		text string
		want string // the label of one of the figures
	}{
		{"Oscar Bell, Jr., 41, Dana Pratt, 19, and Lee Ortiz, 33, were taken to area hospitals.", "hospitalized 3 Oscar Bell and Dana Pratt and Lee Ortiz"},
		{"Officers found Oscar Bell, Sr., 62, and a 15-year-old boy suffering from gunshot wounds.", "shot 2 Oscar Bell and boy"},
		{"Oscar Bell, III, 24, was wounded in the arm.", "injured 1 Oscar Bell individual"},
	}
	for _, tt := range tests {
		runWant(t, tt.text, tt.want)
	}
}

// TestNoDeathCounted covers deaths the text does not report: a verb
// joined to one under a modal ("might have struck him in the neck and
// killed him"), a victim who says "they killed me", and a life saved.
func TestNoDeathCounted(t *testing.T) {
	for _, text := range []string{
		"The round might have struck him in the neck and killed him, a surgeon said.",
		`"He killed me, he killed me," the wounded clerk shouted.`,
		"A neighbor helped save the life of a cyclist who was hit by a stray round.",
		// an alternative, not a death
		"For a moment her parents did not know if the girl, a toddler adopted last spring, was dead or alive.",
	} {
		r := run(t, text)
		for _, f := range r.Figures {
			if f.Kind == Killed && f.Counted() {
				t.Errorf("%q: death counted: %s", text, label(&f))
			}
		}
	}
	// an intent is no modal: the second verb tells what happened
	r := run(t, "The man tried to shoot his wife and wounded a neighbor.")
	hurt := false
	for _, f := range r.Figures {
		hurt = hurt || f.Kind == Injured && f.Counted()
	}
	if !hurt {
		t.Error("'tried to shoot his wife and wounded a neighbor': the neighbor's wound is not counted")
	}
}

// TestPronounOfOtherEvent covers a pronoun that refers back to a person
// of another event: it is of that event too.
func TestPronounOfOtherEvent(t *testing.T) {
	r := run(t, "Grandmother wounds grandson, kills herself\n\nA woman wounded her grandson and then killed herself on Friday, deputies said. Her brother was killed in a crash in 2012. Relatives said he died instantly.")
	found := false
	for _, f := range r.Figures {
		if f.Kind == Killed && f.Subject == "he" {
			found = true
			if !f.Background {
				t.Errorf("%q is counted as of the main event", label(&f))
			}
		}
	}
	if !found {
		t.Fatal("no figure for 'he died'")
	}
	if in, ok := r.Total(Injured); !ok || in.Value != 1 {
		t.Errorf("injured total %v (%v), want 1", in, ok)
	}
}
