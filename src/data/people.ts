// Word lists for recognising people: titles and roles (attributes, never part of a name),
// common East Asian family names (written first), and words that make a name an organisation
// or a place.

/**
 * Styles of monarchs, princes and popes, used with a given or regnal name, not a surname: "King
 * Omar" is no "Omar" of another person's family name.
 */
export const REGNAL_TITLES = new Set(["king", "queen", "prince", "princess", "emperor", "empress", "sultan", "emir", "amir", "sheikh", "sheik", "pope", "tsar", "czar", "shah", "maharaja", "archduke", "infanta"]);

/** Words of titles and roles: "Vice Foreign Minister for Strategy and Intelligence", "first lady". */
export const TITLE_WORDS = new Set(
  `president vice prime minister ministry chancellor secretary general deputy director chief leader king
queen prince princess emperor empress premier governor gov mayor senator sen rep representative congressman
congresswoman ambassador envoy spokesman spokeswoman spokesperson official officials commander chairman
chairwoman chair ceo founder coach captain judge justice attorney lawyer advocate assistant adviser
advisor counsel counselor councillor counsellor minister's first lady sir dr mr mrs ms prof professor general gen
lt col maj adm admiral sgt lieutenant colonel major sergeant corporal marshal pope cardinal bishop atty asst supt cmdr
archbishop rev reverend imam rabbi sheikh crown speaker whip leader lord dame baroness baron duke
duchess count countess chancellor foreign defense defence finance interior trade unification justice
national security strategy intelligence affairs senior junior acting former late incumbent elect
head executive managing board member members party opposition ruling presidential state supreme
commissioner inspector superintendent detective officer agent analyst economist professor researcher
editor reporter correspondent columnist anchor host moderator star striker midfielder defender goalkeeper
quarterback pitcher manager owner partner principal rector provost chair ombudsman journalist
writer author novelist poet actor actress singer rapper musician comedian presenter broadcaster director
producer designer architect artist photographer businessman businesswoman tycoon banker trader investor
financier industrialist billionaire millionaire magnate speculator raider arbitrager arbitrageur
entrepreneur chef model athlete champion runner sprinter driver rider jockey trainer player batsman bowler
skipper forward winger keeper boxer golfer veteran rookie candidate nominee challenger incumbent activist
campaigner dissident rebel militant warlord cleric priest pastor monk nun doctor surgeon nurse scientist
republican democrat democratic conservative tory labour liberal socialist communist nationalist green
independent mp mep mk mla msp lawmaker legislator deputy counterpart
industry agriculture health education energy environment transport culture tourism economy economic
commerce information communications housing welfare employment fisheries works planning development
science technology sport sports home treasury cabinet war oil petroleum mines water labor prosecutor
magistrate archbishop patriarch ayatollah mullah rabbi midfield winner laureate citizen national
teenager monsignor student boatman farmer under undersecretary boss staff miss universe`.split(/\s+/),
);

/**
 * Common family names of Korea, China, Japan and Vietnam, written before the given name
 * ("Kim Jong-un", "Xi Jinping", "Nguyen Van Thieu"), with the Cantonese and Hokkien spellings of
 * Hong Kong, Taiwan, Singapore and Malaysia ("Chan", "Wong", "Tan"): they make a capitalised pair a
 * person's name.
 */
export const EAST_ASIAN_FAMILY_NAMES = new Set(
  `kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh
shin sin kwon kwak hwang ahn an song ryu yoo yu hong jeon chun go ko moon mun yang son bae baek paek
heo huh nam noh roh ha ju joo woo koo ku gu min ra na byun sung jin cha won chae pyo tak uhm eom
wang li zhang liu chen huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie tang
feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao
lu jiang cui zhong tan xi mao hua nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly
chan wong cheung leung lau ng tse yeung chow tsang kwok lam lai fung tsui tam chiu chua sheu teo goh
ong chia yap yeo quek khoo`.split(/\s+/),
);

/** The legal forms of companies in other countries: "Alpha Spa", "Beta AB", "Gamma Oy", "Delta Pty", "Epsilon Bhd". */
const FOREIGN_COMPANY_SUFFIXES = ["spa", "gmbh", "bv", "ab", "oy", "oyj", "srl", "sarl", "pty", "bhd", "berhad", "kgaa"];

/** The words that end a company's formal name, which later mentions leave off: "WEDGE Group Inc" is then "WEDGE". */
export const CORPORATE_SUFFIXES = new Set(["inc", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc", "ag", "sa", "nv", "group", "holdings", "bancorp", "bancorporation", "bancshares", "bankshares", ...FOREIGN_COMPANY_SUFFIXES]);

/** A legal form written in capitals, with or without full stops: "AG", "S.A.", "N.V." ("Sa" in a name such as "Ana Sa Costa" is a name's). */
export const isLegalForm = (word: string) => /^(?:\p{Lu}\.?)+$/u.test(word) && CORPORATE_SUFFIXES.has(word.replace(/\./g, "").toLowerCase());

/**
 * Words in other languages that open a company's or a bank's name: "Banco Santander", "Societe
 * Anonyme de Telecommunications", "Cie Generale de Constructions Telephoniques".
 */
export const FOREIGN_BODY_WORDS = new Set(["societe", "société", "compagnie", "cie", "banque", "banco", "groupe", "gruppo", "sociedad", "companhia", "entreprise", "empresa"]);

/**
 * Words that end a company's name by naming its trade: "Alpha Laboratories", "Beta Mining",
 * "Gamma Resources". No person's surname, though each follows a capitalised word as a
 * surname follows a given name.
 */
export const COMPANY_TRADE_WORDS = new Set(`laboratories industries enterprises resources engineering
mining minerals chemical chemicals aluminum aluminium petroleum pipelines technologies systems communications
electronics pharmaceuticals properties investments insurance securities leasing utilities airways`.split(/\s+/));

/**
 * Firms named after their founders, whose names read as a person's ("Merrill Lynch", "Morgan
 * Stanley"): the whole name is the firm's, while "Anne Lynch" and "Paul Sachs" are people.
 */
export const FIRMS_NAMED_LIKE_PEOPLE = new Set(
  ["merrill lynch", "goldman sachs", "morgan stanley", "dean witter", "paine webber", "charles schwab", "smith barney",
    "kidder peabody", "drexel burnham", "arthur andersen", "morgan grenfell", "warburg pincus", "bear stearns"],
);

/** Words for bodies that are surnames too, after a given name: "Jan Law", "Mary Church", "Tom Court". */
export const SURNAME_BODY_WORDS = new Set(["law", "church", "court", "temple", "post", "press", "house"]);

/** A word in a capitalised phrase that makes it an organisation (or a party: "Lib Dems") rather than a person. */
export const ORGANISATION_WORDS = new Set([
  ...FOREIGN_BODY_WORDS,
  ...FOREIGN_COMPANY_SUFFIXES,
  ...COMPANY_TRADE_WORDS,
  ...`press news agency times post herald daily journal group company corp corporation inc ltd co plc llc limited bancorp
bancorporation bancshares bankshares bank
office council ministry department administration agency organization organisation association union party committee subcommittee
commission court assembly parliament congress senate house university college institute school
foundation fund federation league club team army navy force forces command police service services
network media tv radio broadcasting channel summit declaration treaty charter partnership alliance
communique statement resolution program programme project initiative center centre airport station
hospital church cup championship championships open games olympics series festival award awards prize
partners partner allies members nations states countries exchange bourse boerse borse market markets index plan
front desk survey temple mosque cathedral observatory brothers motors holdings airlines
newsroom newsdesk bureau editorial commodities law act trust consortium
dem dems tories tory democrats republicans conservatives labour liberals greens nationalists unionists socialists`.split(/\s+/),
]);

/**
 * The last word of a trade union's name, or its head before "of": "United Auto Workers", "United
 * Steelworkers of America". Kept apart from ORGANISATION_WORDS: "the workers said" is no body speaking.
 */
export const UNION_NAME_WORDS = new Set(["workers", "steelworkers", "mineworkers", "teamsters", "machinists", "employees"]);

/** A word in a capitalised phrase that makes it a place: "Camp Bastion", "Mount Everest", "Central Park". */
export const PLACE_WORDS = new Set(
  `camp fort mount mt lake port cape island islands bay river valley street st avenue ave road square
peninsula sea ocean strait gulf province state county city town district region village hill hills airport
beach coast desert forest canal bridge tower palace castle hall stadium arena
north south east west northeast northwest southeast southwest central atlantic pacific indian arctic
asia europe africa oceania americas antarctica eurasia middle far near indo euro`.split(/\s+/),
);

/** Determiners and possessives, capitalised after a dash or in a headline ("– The Trump troops"): never a name ("An" is a Flemish given name). */
export const DETERMINER_WORDS = new Set(["the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"]);

/** Calendar words, capitalised but never names. */
export const CALENDAR_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`.split(/\s+/),
);

/**
 * The small words that join the capitalised words of a name in French, Spanish, Italian, Portuguese,
 * Dutch and German, as "of" does in English: "Entreprise Nationale des Non-ferreux et Substances
 * Utiles", "Banco de la Nación", "Banca Nazionale del Lavoro".
 */
export const NAME_PARTICLES = new Set(["de", "des", "du", "del", "della", "di", "da", "do", "dos", "das", "la", "le", "les", "et", "y", "e", "van", "von", "der", "den"]);

/** Common nouns that introduce an organisation's name: "stock market Nasdaq", "carmaker Renault". */
export const ORGANISATION_DESCRIPTORS = new Set(
  `market exchange company firm group union bank carmaker automaker airline brokerage broker agency newspaper
party operator retailer giant rival insurer lender maker manufacturer producer chain broadcaster network
conglomerate exporter importer supplier distributor investor fund regulator watchdog body organisation
organization association federation movement daily weekly paper tabloid magazine journal periodical`.split(/\s+/),
);

/** Nouns that make an appositive describe a body: "Pesch, the closely held … concern", "X, a unit of Y". */
export const APPOSITIVE_BODY_NOUNS = new Set([...ORGANISATION_DESCRIPTORS, "concern", "subsidiary", "unit", "affiliate", "business"]);

/** Labels of the lists of players in sports copy: "Did not bat: A, B", "Scorers: C (23rd)". */
export const SPORTS_LIST_LABELS = [
  "squad", "squads", "scorers?", "goalscorers?", "tries", "try", "conversions?", "penalties", "penalty", "drop goals?",
  "did not bat", "bowling", "batting", "referee", "sent off", "booked", "substitutes?", "subs", "line-?up",
  "team", "teams", "replacements?", "captain", "coach", "umpires?",
];

/**
 * Title words that only qualify another ("Foreign", "Democratic", "Trade", "acting"): after one of
 * these alone a single capitalised word is a body or a thing ("Democratic Convention", "National
 * Guard", "Free Trade Area"), not a person's surname.
 */
export const QUALIFYING_TITLE_WORDS = new Set(
  `foreign defense defence finance interior trade unification justice national security strategy
intelligence affairs senior junior acting former late incumbent elect head executive managing board
member members party opposition ruling presidential state supreme first crown vice deputy general
republican democrat democratic conservative tory labour liberal socialist communist nationalist green
independent industry agriculture health education energy environment transport culture tourism economy
economic commerce information communications housing welfare employment fisheries works planning
development science technology sport sports home treasury cabinet war oil petroleum mines water labor
under citizen rebel star champion veteran`.split(/\s+/),
);

/** Qualifying words that name a person when they head a phrase: "the Rovers star", "a party veteran", "the board member". */
export const PERSON_QUALIFIERS = new Set(["star", "champion", "veteran", "rebel", "citizen", "member", "executive"]);

/** compromise's tags of a word it knows as (part of) a person's name. */
export const PERSON_TAGS = ["Person", "FirstName", "LastName", "MaleName", "FemaleName"];

/**
 * Endings that mark a family name in Slavic, Greek, Romanian, Turkish and Armenian naming: a pair
 * of capitalised words ending in one is a person's name ("Hristo Stoichkov", "Svetlana Masterkova").
 */
export const SURNAME_ENDING = /\p{Ll}(?:ov|ev|ova|eva|ovic|ovich|evich|evic|vich|ski|sky|skaya|enko|chuk|czyk|escu|opoulos|akis|idis|oglu|yan)$/u;

/**
 * Words that are never part of a name, however the tagger reads them when they open a sentence or a
 * quotation, or stand in a title-case headline: clause openers ("“If Trump is not the nominee",
 * "Unlike Hillary Clinton, I …"), the verbs and pronouns of a headline ("Somebody Else Was Paying It"),
 * and churches' names that compromise reads as surnames ("six Roman Catholic missionaries").
 */
export const NON_NAME_WORDS = new Set(
  `if but when while since unlike only even and or what so after before though although because whether
as like then now well yes oh both either neither once until unless whereas why how where who imagine
to was were is are be been being has have had it its they them their there here which whom whose
this that these those catholic protestant orthodox anglican evangelical lutheran methodist presbyterian
republican democrat`.split(/\s+/),
);

/** Words that make a capitalised name a document's, not a body's: "UN Charter", "Treaty on …", "Security Council Resolutions", "Alphaville Housing Act". */
export const DOCUMENT_NAME_WORDS = new Set(["treaty", "charter", "declaration", "resolution", "resolutions", "communique", "communiqué", "constitution", "act"]);
