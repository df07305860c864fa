package casualties

// The casualty lexicon: the words that say what happened to people (the
// triggers), the nouns that name people, and the function words the phrase
// patterns need. All entries are lower case; look-ups use the folded,
// lower-cased token.

// A trigger says what happened, and how the counted group relates to it in
// the sentence.
type trigger struct {
	kind Kind
	// pred: the group is the subject on the left ("15 people were killed",
	// "15 dead", "two died").
	pred bool
	// act: an active verb whose object on the right is the group
	// ("killing 15", "wounded three others").
	act bool
	// noun: a count noun that the number precedes ("15 deaths") or that
	// takes an "of" phrase ("the deaths of two men").
	noun bool
}

// triggers maps a word to what it signals.
var triggers = map[string]trigger{
	// killed
	"killed":     {kind: Killed, pred: true, act: true},
	"kill":       {kind: Killed, act: true},
	"kills":      {kind: Killed, act: true},
	"killing":    {kind: Killed, act: true},
	"slain":      {kind: Killed, pred: true},
	"slew":       {kind: Killed, act: true},
	"murdered":   {kind: Killed, pred: true, act: true},
	"murdering":  {kind: Killed, act: true},
	"executed":   {kind: Killed, pred: true},
	"massacred":  {kind: Killed, pred: true, act: true},
	"dead":       {kind: Killed, pred: true},
	"died":       {kind: Killed, pred: true},
	"dies":       {kind: Killed, pred: true},
	"die":        {kind: Killed, pred: true},
	"perished":   {kind: Killed, pred: true},
	"drowned":    {kind: Killed, pred: true},
	"deaths":     {kind: Killed, noun: true},
	"death":      {kind: Killed, noun: true},
	"fatalities": {kind: Killed, noun: true},
	// "charged in four slayings": a death each
	"killings":     {kind: Killed, noun: true},
	"murders":      {kind: Killed, noun: true},
	"slayings":     {kind: Killed, noun: true},
	"homicides":    {kind: Killed, noun: true},
	"fatality":     {kind: Killed, noun: true},
	"bodies":       {kind: Killed, noun: true},
	"body":         {kind: Killed, noun: true},
	"corpses":      {kind: Killed, noun: true},
	"deceased":     {kind: Killed, pred: true},
	"lifeless":     {kind: Killed, pred: true},
	"succumbed":    {kind: Killed, pred: true},
	"brain-dead":   {kind: Killed, pred: true},
	"unresponsive": {kind: Shot, pred: true},
	// injured
	"injured":      {kind: Injured, pred: true, act: true},
	"injuring":     {kind: Injured, act: true},
	"injures":      {kind: Injured, act: true},
	"injure":       {kind: Injured, act: true},
	"wounded":      {kind: Injured, pred: true, act: true},
	"wounding":     {kind: Injured, act: true},
	"wounds":       {kind: Injured, act: true},
	"hurt":         {kind: Injured, pred: true, act: true},
	"hurting":      {kind: Injured, act: true},
	"injuries":     {kind: Injured, noun: true},
	"hospitalized": {kind: Hospitalized, pred: true},
	"hospitalised": {kind: Hospitalized, pred: true},
	// shot: hit by gunfire, outcome unstated
	"shot":       {kind: Shot, pred: true, act: true},
	"shooting":   {kind: Shot, act: true},
	"shoots":     {kind: Shot, act: true},
	"struck":     {kind: Shot, pred: true, act: true},
	"striking":   {kind: Shot, act: true},
	"strikes":    {kind: Shot, act: true},
	"hit":        {kind: Shot, pred: true, act: true},
	"hitting":    {kind: Shot, act: true},
	"hits":       {kind: Shot, act: true},
	"grazes":     {kind: Injured, act: true},
	"gunned":     {kind: Shot, pred: true, act: true},
	"gunning":    {kind: Shot, act: true},
	"stabbed":    {kind: Injured, pred: true, act: true},
	"grazed":     {kind: Injured, pred: true, act: true},
	"grazing":    {kind: Injured, act: true},
	"recovering": {kind: Injured, pred: true},
	"survived":   {kind: Injured, pred: true},
	// casualties and victims: killed or injured, outcome unstated
	"casualties": {kind: Casualties, noun: true},
	"victims":    {kind: Victims, noun: true},
	// missing
	"missing":     {kind: Missing, pred: true},
	"unaccounted": {kind: Missing, pred: true},
	// arrested
	"arrested":     {kind: Arrested, pred: true, act: true},
	"arresting":    {kind: Arrested, act: true},
	"detained":     {kind: Arrested, pred: true, act: true},
	"detaining":    {kind: Arrested, act: true},
	"apprehended":  {kind: Arrested, pred: true, act: true},
	"jailed":       {kind: Arrested, pred: true},
	"imprisoned":   {kind: Arrested, pred: true},
	"arrests":      {kind: Arrested, noun: true},
	"detentions":   {kind: Arrested, noun: true},
	"detainees":    {kind: Arrested, noun: true},
	"captured":     {kind: Arrested, pred: true},
	"rounded":      {kind: Arrested, pred: true},
	"kidnapped":    {kind: Kidnapped, pred: true, act: true},
	"kidnapping":   {kind: Kidnapped, act: true},
	"abducted":     {kind: Kidnapped, pred: true, act: true},
	"abducting":    {kind: Kidnapped, act: true},
	"hostages":     {kind: Kidnapped, noun: true},
	"hostage":      {kind: Kidnapped, pred: true},
	"displaced":    {kind: Displaced, pred: true, act: true},
	"evacuated":    {kind: Displaced, pred: true, act: true},
	"homeless":     {kind: Displaced, pred: true},
	"evacuees":     {kind: Displaced, noun: true},
	"refugees":     {kind: Displaced, noun: true},
	"sickened":     {kind: Injured, pred: true, act: true},
	"poisoned":     {kind: Injured, pred: true},
	"burned":       {kind: Injured, pred: true},
	"trapped":      {kind: Missing, pred: true},
	"beheaded":     {kind: Killed, pred: true},
	"assassinated": {kind: Killed, pred: true, act: true},
	"electrocuted": {kind: Killed, pred: true},
	"crushed":      {kind: Killed, pred: true},
}

// personNouns are heads of noun phrases that name people. The value is
// true for plural forms.
var personNouns = map[string]bool{}

func init() {
	// singular/plural pairs
	pairs := [][2]string{
		{"person", "people"}, {"person", "persons"}, {"man", "men"}, {"woman", "women"},
		{"child", "children"}, {"kid", "kids"}, {"boy", "boys"}, {"girl", "girls"},
		{"teen", "teens"}, {"teenager", "teenagers"}, {"adult", "adults"}, {"baby", "babies"},
		{"infant", "infants"}, {"toddler", "toddlers"}, {"juvenile", "juveniles"},
		{"minor", "minors"}, {"youth", "youths"}, {"youngster", "youngsters"},
		{"male", "males"}, {"female", "females"}, {"individual", "individuals"},
		{"victim", "victims"}, {"survivor", "survivors"}, {"casualty", "casualties"},
		{"resident", "residents"}, {"civilian", "civilians"}, {"citizen", "citizens"},
		{"villager", "villagers"}, {"peasant", "peasants"}, {"farmer", "farmers"},
		{"worker", "workers"}, {"employee", "employees"}, {"miner", "miners"},
		{"student", "students"}, {"pupil", "pupils"}, {"teacher", "teachers"},
		{"passenger", "passengers"}, {"driver", "drivers"}, {"pedestrian", "pedestrians"},
		{"bystander", "bystanders"}, {"passerby", "passersby"}, {"passer-by", "passers-by"}, {"onlooker", "onlookers"}, {"customer", "customers"},
		{"shopper", "shoppers"}, {"worshipper", "worshippers"}, {"worshiper", "worshipers"},
		{"pilgrim", "pilgrims"}, {"tourist", "tourists"}, {"visitor", "visitors"},
		{"guest", "guests"}, {"patron", "patrons"}, {"spectator", "spectators"},
		{"fan", "fans"}, {"partygoer", "partygoers"}, {"clubgoer", "clubgoers"},
		{"concertgoer", "concertgoers"}, {"attendee", "attendees"}, {"participant", "participants"},
		{"protester", "protesters"}, {"protestor", "protestors"}, {"demonstrator", "demonstrators"},
		{"rioter", "rioters"}, {"striker", "strikers"}, {"activist", "activists"},
		{"officer", "officers"}, {"policeman", "policemen"}, {"policewoman", "policewomen"},
		{"cop", "cops"}, {"deputy", "deputies"}, {"trooper", "troopers"}, {"agent", "agents"},
		{"guard", "guards"}, {"bodyguard", "bodyguards"}, {"firefighter", "firefighters"},
		{"fireman", "firemen"}, {"paramedic", "paramedics"}, {"medic", "medics"},
		{"doctor", "doctors"}, {"nurse", "nurses"}, {"soldier", "soldiers"},
		{"serviceman", "servicemen"}, {"servicemember", "servicemembers"}, {"marine", "marines"},
		{"sailor", "sailors"}, {"airman", "airmen"}, {"troop", "troops"}, {"peacekeeper", "peacekeepers"},
		{"militant", "militants"}, {"insurgent", "insurgents"}, {"rebel", "rebels"},
		{"guerrilla", "guerrillas"}, {"guerilla", "guerillas"}, {"fighter", "fighters"},
		{"terrorist", "terrorists"}, {"extremist", "extremists"}, {"subversive", "subversives"},
		{"gunman", "gunmen"}, {"shooter", "shooters"}, {"attacker", "attackers"},
		{"assailant", "assailants"}, {"bomber", "bombers"}, {"hijacker", "hijackers"},
		{"suspect", "suspects"}, {"robber", "robbers"}, {"burglar", "burglars"},
		{"intruder", "intruders"}, {"thief", "thieves"}, {"criminal", "criminals"},
		{"gang member", "gang members"}, {"member", "members"}, {"prisoner", "prisoners"},
		{"inmate", "inmates"}, {"detainee", "detainees"}, {"hostage", "hostages"},
		{"migrant", "migrants"}, {"immigrant", "immigrants"}, {"refugee", "refugees"},
		{"crew member", "crew members"}, {"crewman", "crewmen"}, {"journalist", "journalists"},
		{"reporter", "reporters"}, {"photographer", "photographers"}, {"official", "officials"},
		{"politician", "politicians"}, {"leader", "leaders"}, {"mayor", "mayors"},
		{"judge", "judges"}, {"lawyer", "lawyers"}, {"priest", "priests"}, {"nun", "nuns"},
		{"monk", "monks"}, {"missionary", "missionaries"}, {"aid worker", "aid workers"},
		{"diplomat", "diplomats"}, {"security guard", "security guards"}, {"clerk", "clerks"},
		{"cashier", "cashiers"}, {"owner", "owners"}, {"homeowner", "homeowners"},
		{"neighbor", "neighbors"}, {"neighbour", "neighbours"}, {"friend", "friends"},
		{"relative", "relatives"}, {"brother", "brothers"}, {"sister", "sisters"},
		{"sibling", "siblings"}, {"son", "sons"}, {"daughter", "daughters"},
		{"mother", "mothers"}, {"father", "fathers"}, {"parent", "parents"},
		{"grandmother", "grandmothers"}, {"grandfather", "grandfathers"},
		{"grandparent", "grandparents"}, {"grandson", "grandsons"},
		{"granddaughter", "granddaughters"}, {"grandchild", "grandchildren"},
		{"husband", "husbands"}, {"wife", "wives"}, {"spouse", "spouses"},
		{"boyfriend", "boyfriends"}, {"girlfriend", "girlfriends"}, {"partner", "partners"},
		{"cousin", "cousins"}, {"uncle", "uncles"}, {"aunt", "aunts"}, {"nephew", "nephews"},
		{"niece", "nieces"}, {"stepfather", "stepfathers"}, {"stepmother", "stepmothers"},
		{"stepson", "stepsons"}, {"stepdaughter", "stepdaughters"}, {"roommate", "roommates"},
		{"classmate", "classmates"}, {"teammate", "teammates"}, {"coworker", "coworkers"},
		{"co-worker", "co-workers"}, {"colleague", "colleagues"}, {"acquaintance", "acquaintances"},
		{"occupant", "occupants"}, {"tenant", "tenants"}, {"hunter", "hunters"},
		{"athlete", "athletes"}, {"player", "players"}, {"rapper", "rappers"},
		{"musician", "musicians"}, {"singer", "singers"}, {"artist", "artists"},
		{"bouncer", "bouncers"}, {"bartender", "bartenders"}, {"waiter", "waiters"},
		{"waitress", "waitresses"}, {"nanny", "nannies"}, {"babysitter", "babysitters"},
		{"landlady", "landladies"}, {"courier", "couriers"}, {"deliveryman", "deliverymen"},
		{"professor", "professors"}, {"salesman", "salesmen"}, {"saleswoman", "saleswomen"},
		{"businessman", "businessmen"}, {"businesswoman", "businesswomen"}, {"teller", "tellers"},
		{"skateboarder", "skateboarders"}, {"surfer", "surfers"},
		{"dealer", "dealers"}, {"motorist", "motorists"}, {"cyclist", "cyclists"},
		{"biker", "bikers"}, {"rider", "riders"}, {"hiker", "hikers"}, {"climber", "climbers"},
		{"swimmer", "swimmers"}, {"fisherman", "fishermen"}, {"seaman", "seamen"},
		{"pilot", "pilots"}, {"trucker", "truckers"}, {"contractor", "contractors"},
		{"staffer", "staffers"}, {"volunteer", "volunteers"}, {"recruit", "recruits"},
		{"cadet", "cadets"}, {"commander", "commanders"}, {"general", "generals"},
		{"colonel", "colonels"}, {"captain", "captains"}, {"lieutenant", "lieutenants"},
		{"sergeant", "sergeants"}, {"corporal", "corporals"}, {"private", "privates"},
		{"policeman", "policemen"}, {"gendarme", "gendarmes"}, {"militiaman", "militiamen"},
		{"paramilitary", "paramilitaries"}, {"rancher", "ranchers"}, {"settler", "settlers"},
		{"occupier", "occupiers"}, {"loyalist", "loyalists"}, {"supporter", "supporters"},
		{"opponent", "opponents"}, {"defender", "defenders"}, {"patient", "patients"},
		{"senior", "seniors"}, {"elder", "elders"}, {"newborn", "newborns"},
		{"preteen", "preteens"}, {"pre-teen", "pre-teens"}, {"twin", "twins"},
		{"gangster", "gangsters"}, {"gangbanger", "gangbangers"}, {"trafficker", "traffickers"},
		{"smuggler", "smugglers"}, {"pirate", "pirates"}, {"kidnapper", "kidnappers"},
		{"sniper", "snipers"}, {"jihadist", "jihadists"}, {"islamist", "islamists"},
		{"tribesman", "tribesmen"}, {"herder", "herders"}, {"nomad", "nomads"},
		{"laborer", "laborers"}, {"labourer", "labourers"}, {"guardsman", "guardsmen"},
		{"marshal", "marshals"}, {"sheriff", "sheriffs"}, {"detective", "detectives"},
		{"investigator", "investigators"}, {"ranger", "rangers"}, {"constable", "constables"},
		{"relief worker", "relief workers"}, {"health worker", "health workers"},
		{"emt", "emts"}, {"juror", "jurors"}, {"witness", "witnesses"},
		{"stranger", "strangers"}, {"sophomore", "sophomores"}, {"freshman", "freshmen"},
		{"junior", "juniors"}, {"graduate", "graduates"}, {"veteran", "veterans"},
		{"toddler", "toddlers"}, {"preschooler", "preschoolers"}, {"kindergartner", "kindergartners"},
		{"first-grader", "first-graders"}, {"fiance", "fiances"}, {"fiancee", "fiancees"},
		{"ex-girlfriend", "ex-girlfriends"}, {"ex-boyfriend", "ex-boyfriends"},
		{"ex-wife", "ex-wives"}, {"ex-husband", "ex-husbands"}, {"mom", "moms"}, {"dad", "dads"},
		{"grandma", "grandmas"}, {"grandpa", "grandpas"}, {"brother-in-law", "brothers-in-law"},
		{"sister-in-law", "sisters-in-law"}, {"son-in-law", "sons-in-law"},
		{"daughter-in-law", "daughters-in-law"}, {"mother-in-law", "mothers-in-law"},
		{"father-in-law", "fathers-in-law"}, {"half-brother", "half-brothers"},
		{"half-sister", "half-sisters"}, {"stepbrother", "stepbrothers"}, {"stepsister", "stepsisters"},
		{"lady", "ladies"}, {"gentleman", "gentlemen"}, {"guy", "guys"}, {"dude", "dudes"},
		{"american", "americans"}, {"national", "nationals"}, {"foreigner", "foreigners"},
		{"local", "locals"}, {"native", "natives"}, {"christian", "christians"},
		{"muslim", "muslims"}, {"jew", "jews"}, {"hindu", "hindus"}, {"sikh", "sikhs"},
		{"palestinian", "palestinians"}, {"israeli", "israelis"}, {"iraqi", "iraqis"},
		{"afghan", "afghans"}, {"syrian", "syrians"}, {"kurd", "kurds"}, {"pakistani", "pakistanis"},
		{"indian", "indians"}, {"nigerian", "nigerians"}, {"somali", "somalis"},
		{"mexican", "mexicans"}, {"russian", "russians"}, {"ukrainian", "ukrainians"},
		{"european", "europeans"}, {"african", "africans"}, {"asian", "asians"},
		{"briton", "britons"}, {"frenchman", "frenchmen"}, {"german", "germans"},
		{"turk", "turks"}, {"egyptian", "egyptians"}, {"yemeni", "yemenis"},
		{"salvadoran", "salvadorans"}, {"colombian", "colombians"}, {"peruvian", "peruvians"},
		{"guatemalan", "guatemalans"}, {"honduran", "hondurans"}, {"nicaraguan", "nicaraguans"},
		{"chilean", "chileans"}, {"bolivian", "bolivians"}, {"ecuadorian", "ecuadorians"},
		{"kazakh", "kazakhs"}, {"chinese", "chinese"}, {"japanese", "japanese"},
		{"vietnamese", "vietnamese"}, {"lebanese", "lebanese"}, {"sudanese", "sudanese"},
		{"congolese", "congolese"}, {"taiwanese", "taiwanese"},
		{"congregant", "congregants"}, {"parishioner", "parishioners"}, {"churchgoer", "churchgoers"},
		{"columnist", "columnists"}, {"pastor", "pastors"}, {"deacon", "deacons"},
		{"coach", "coaches"}, {"principal", "principals"}, {"janitor", "janitors"},
		{"mechanic", "mechanics"}, {"cabbie", "cabbies"}, {"chef", "chefs"},
		{"bailiff", "bailiffs"}, {"manager", "managers"}, {"barber", "barbers"},
		{"landlord", "landlords"}, {"preacher", "preachers"}, {"minister", "ministers"},
		{"rabbi", "rabbis"}, {"imam", "imams"}, {"vendor", "vendors"}, {"server", "servers"},
		{"dispatcher", "dispatchers"}, {"corrections officer", "corrections officers"},
		{"companion", "companions"}, {"motorcyclist", "motorcyclists"},
		{"jogger", "joggers"}, {"mourner", "mourners"}, {"reveler", "revelers"}, {"reveller", "revellers"},
		{"attendant", "attendants"}, {"housemate", "housemates"}, {"caregiver", "caregivers"},
	}
	for _, p := range pairs {
		if _, ok := personNouns[p[0]]; !ok {
			personNouns[p[0]] = false
		}
		personNouns[p[1]] = true
	}
	// collective and uncountable people nouns, treated as plural groups
	for _, w := range []string{"police", "staff", "personnel", "crew", "family", "families",
		"others", "civilians", "folks", "populace", "population", "crowd", "mob", "army",
		"military", "troops", "forces", "couple", "household", "households"} {
		personNouns[w] = true
	}
}

// pronouns that stand for counted people: value is the count (0 when
// plural and uncounted).
var pronouns = map[string]int{
	"he": 1, "she": 1, "him": 1, "her": 1, "they": 0, "them": 0, "we": 0, "us": 0, "i": 1, "me": 1,
	"himself": 1, "herself": 1, "themselves": 0, "myself": 1, "self": 1,
	"someone": 1, "somebody": 1, "anyone": 1, "anybody": 1, "everyone": 0, "everybody": 0,
	"who": 0, "whom": 0,
}

// auxiliaries and copulas skipped between a subject and its predicate.
var auxiliaries = setOf("was", "were", "is", "are", "be", "been", "being", "am", "has", "have",
	"had", "having", "got", "get", "gets", "getting", "became", "become", "becomes", "remain", "remains", "remained",
	"reportedly", "also", "later", "all", "both", "each", "subsequently", "then", "eventually",
	"now", "just", "apparently", "allegedly", "reported", "confirmed", "believed", "thought",
	"found", "left", "lay", "lying", "laid", "officially", "initially", "already", "since",
	"still", "either", "were", "ultimately", "instantly", "immediately", "tragically",
	"accidentally", "unintentionally", "mistakenly", "nearly", "almost", "critically",
	"seriously", "gravely", "severely", "badly", "slightly", "mortally", "fatally",
	"fatal", "fatally", "lightly", "superficially", "moderately", "non-fatally", "nonfatally",
	"wrongly", "brutally", "allegedly", "shortly", "soon", "quickly", "again", "too",
	"being", "been", "so", "pronounced", "listed", "declared", "feared", "presumed", "said",
	"to", "have", "dying", "ever", "first", "even", "sadly", "injured", "hurt",
)

// modals and other words that make a figure hypothetical when they govern
// its predicate.
var modals = setOf("could", "would", "might", "may", "should", "will", "can", "must",
	"'d", "'ll", "shall", "wo", "ca")

// negations of a predicate.
var negations = setOf("not", "n't", "never", "no", "nobody", "none", "neither", "nor", "without", "nothing")

// zeroWords are subjects that count zero: "no one was killed".
var zeroWords = setOf("nobody", "none", "noone", "no-one")

// qualifier phrases before a number. Each entry is the words and the bound
// they give.
type qualifier struct {
	words []string
	bound bound
}

type bound uint8

const (
	boundExact  bound = iota
	boundMin          // at least N: min N
	boundMinGT        // more than N: min N+1
	boundMax          // up to N: max N
	boundMaxLT        // fewer than N: max N-1
	boundApprox       // about N
	boundNearly       // nearly N: max N-1, approximate
)

var qualifiers = []qualifier{
	{[]string{"at", "least"}, boundMin},
	{[]string{"no", "fewer", "than"}, boundMin},
	{[]string{"no", "less", "than"}, boundMin},
	{[]string{"not", "less", "than"}, boundMin},
	{[]string{"a", "minimum", "of"}, boundMin},
	{[]string{"minimum", "of"}, boundMin},
	{[]string{"more", "than"}, boundMinGT},
	{[]string{"greater", "than"}, boundMinGT},
	{[]string{"upwards", "of"}, boundMinGT},
	{[]string{"upward", "of"}, boundMinGT},
	{[]string{"in", "excess", "of"}, boundMinGT},
	{[]string{"over"}, boundMinGT},
	{[]string{"above"}, boundMinGT},
	{[]string{"at", "most"}, boundMax},
	{[]string{"up", "to"}, boundMax},
	{[]string{"as", "many", "as"}, boundMax},
	{[]string{"as", "much", "as"}, boundMax},
	{[]string{"a", "maximum", "of"}, boundMax},
	{[]string{"no", "more", "than"}, boundMax},
	{[]string{"not", "more", "than"}, boundMax},
	{[]string{"fewer", "than"}, boundMaxLT},
	{[]string{"less", "than"}, boundMaxLT},
	{[]string{"under"}, boundMaxLT},
	{[]string{"nearly"}, boundNearly},
	{[]string{"almost"}, boundNearly},
	{[]string{"close", "to"}, boundNearly},
	{[]string{"just", "under"}, boundNearly},
	{[]string{"just", "shy", "of"}, boundNearly},
	{[]string{"about"}, boundApprox},
	{[]string{"around"}, boundApprox},
	{[]string{"approximately"}, boundApprox},
	{[]string{"roughly"}, boundApprox},
	{[]string{"some"}, boundApprox},
	{[]string{"an", "estimated"}, boundApprox},
	{[]string{"estimated"}, boundApprox},
	{[]string{"reportedly"}, boundExact},
	{[]string{"a", "total", "of"}, boundExact},
	{[]string{"total", "of"}, boundExact},
	{[]string{"approx."}, boundApprox},
	{[]string{"circa"}, boundApprox},
	{[]string{"perhaps"}, boundApprox},
	{[]string{"possibly"}, boundApprox},
}

// vagueQuantities are quantity words without a number: the lower bound
// they imply and whether they are approximate.
var vagueQuantities = map[string]int64{
	"several": 3, "multiple": 2, "numerous": 3, "many": 0, "various": 2, "few": 2,
	"countless": 0, "scores": 40, "dozens": 24, "hundreds": 200, "thousands": 2000,
	"tens": 20, "millions": 2000000,
}

// determiners that start a noun phrase.
var determiners = setOf("a", "an", "the", "this", "that", "these", "those", "his", "her",
	"their", "its", "our", "my", "your", "another", "other", "both", "all", "each", "every",
	"some", "any", "no", "two", "one", "several", "many", "whose", "which", "what")

// prepositions and other words that end a noun phrase on its left.
var npBreakers = setOf(
	// prepositions
	"in", "on", "at", "by", "for", "from", "with", "without", "into", "onto", "near", "inside",
	"outside", "during", "after", "before", "since", "until", "through", "throughout", "across",
	"against", "toward", "towards", "between", "behind", "beside", "besides", "under", "over",
	"among", "amid", "amidst", "around", "about", "upon", "within", "along", "via", "per", "like",
	"off", "out", "up", "down", "to", "of", "as", "than", "despite", "following", "including",
	// conjunctions and clause words
	"and", "or", "but", "nor", "so", "yet", "while", "when", "whereas", "where", "because",
	"although", "though", "if", "unless", "whether", "that", "which", "who", "whom", "whose",
	// verbs and auxiliaries that cannot be in a noun phrase
	"said", "says", "say", "told", "tells", "reported", "reports", "added", "adds", "stated",
	"confirmed", "confirms", "announced", "believe", "believed", "believes", "think",
	"thinks", "thought", "found", "find", "finds", "saw", "see", "sees", "heard", "hear",
	"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would",
	"could", "should", "may", "might", "must", "can", "did", "do", "does", "left", "leaving",
	"leaves", "leave", "killed", "shot", "wounded", "injured", "there", "it", "not", "n't",
	"according", "including", "identified", "named", "arrived", "responded", "discovered",
	"located", "spotted", "took", "take", "takes", "taking", "taken", "got", "get", "gets",
)

// timeWords are words after a verb that are not its object: "killed
// Sunday", "shot early Monday".
var timeWords = setOf("yesterday", "today", "tonight", "overnight", "earlier", "later", "early",
	"late", "last", "this", "next", "recently", "morning", "afternoon", "evening", "night",
	"once", "twice", "again", "instantly", "immediately", "multiple", "several", "repeatedly",
	"there", "here", "inside", "outside", "nearby", "outright", "accidentally", "dead")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
