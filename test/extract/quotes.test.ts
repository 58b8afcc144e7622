import { describe, expect, it } from "vitest";
import { findCountryMentions, groupCountries } from "../../src/extract/countries/index.js";
import { extractOrganizations } from "../../src/extract/organizations/index.js";
import { extractPeople } from "../../src/extract/people/index.js";
import { extractQuotes } from "../../src/extract/quotes/index.js";
import { extract } from "../../src/index.js";
import { parse } from "../../src/nlp/doc.js";

/** The stages before quotes, as the pipeline runs them: the parse, the people and the organisations. */
function entities(text: string) {
  const doc = parse(text);
  const countryHits = findCountryMentions(text, 0);
  const people = extractPeople({ doc, countries: countryHits, skipBefore: 0 });
  return { doc, people, organizations: extractOrganizations(doc, people, groupCountries(countryHits)) };
}

function quotes(text: string) {
  const { doc, people, organizations } = entities(text);
  return extractQuotes(doc, people, organizations).map((q) => ({ text: q.text.slice(0, 24), speaker: q.speaker?.name ?? null, kind: q.speaker?.kind, partial: q.partial }));
}

describe("quotes and their speakers", () => {
  it('"…," X said — and "he added" goes to the person last speaking', () => {
    const text =
      "“We are of course concerned about the reckless missile tests,” Stoltenberg said in his meeting with Foreign Minister Park Jin, a friend of NATO Secretary General Jens Stoltenberg.\n\n“We also know that North Korea is providing military support,” he added.";
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Jens Stoltenberg", "Jens Stoltenberg"]);
  });
  it('"…," said X with the full name of the person', () => {
    const text = "Foreign Minister Park Jin met NATO chief Jens Stoltenberg.\n\n“I’m pleased to see that the Republic of Korea and NATO have been enhancing our partnership,” said Park in his meeting with Stoltenberg.";
    expect(quotes(text)[0]).toMatchObject({ speaker: "Park Jin", kind: "person" });
  });
  it("'X has now said:' and 'X has now written … saying:': the perfect's 'has' and 'now' stand between the name and the cue", () => {
    expect(quotes('Labour chairman Ian McCartney has now said: "We expect swift action on these calls."')[0]).toMatchObject({ speaker: "Ian McCartney" });
    expect(quotes('Labour chairman Ian McCartney has now written to the regulator saying: "We expect swift action on these calls."')[0]).toMatchObject({
      speaker: "Ian McCartney",
    });
  });
  it("a sentence of nothing but 'Trump said.' after a quotation that ends in a full stop credits it (PolNeAR copy)", () => {
    const text = 'Rubio spoke first. "We will win this state," Rubio said.\n\n"Russia, if you are listening, I hope you are able to find the emails." Trump said.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Rubio", "Trump"]);
  });
  it("'Continued Stone:', 'X however said', 'X himself acknowledged' (PolNeAR copy); a lone 'Said:' credits nobody", () => {
    expect(quotes('Stone spoke next.\n\nContinued Stone: "So I think it is a very real problem."')[0]).toMatchObject({ speaker: "Stone" });
    expect(quotes('Carter however said he would welcome China in a "principled security network" for Asia.')[0]).toMatchObject({ speaker: "Carter" });
    expect(quotes('Sanders himself acknowledged that "it will be very hard for us to win" if he loses.')[0]).toMatchObject({ speaker: "Sanders" });
    expect(quotes('The talks went on.\n\nSaid: "The state is a starting point for us."')[0]).toMatchObject({ speaker: null });
  });
  it("a dash ends the speaker's phrase: 'grounding in history -- a reader would now ask:' (PolNeAR copy)", () => {
    expect(quotes("If we lived in normal times -- with some minimal grounding in history -- a reader would now ask: ''Are they on a Russian state-financed outlet?''")[0]).toMatchObject({
      speaker: "reader",
    });
  });
  it("an appositive between the name and the verb", () => {
    const text = '"The Washington Summit Declaration reaffirmed the close ties," Kim Tae-hyo, the first deputy director of the presidential National Security Office, said in a briefing.';
    expect(quotes(text)[0]).toMatchObject({ speaker: "Kim Tae-hyo" });
  });
  it("a document speaks: read the article, the declaration stressed", () => {
    expect(quotes('NATO will team up "through flagship projects in the areas of supporting Ukraine," read the article.')[0]).toMatchObject({
      speaker: "article",
      kind: "document",
    });
    expect(
      quotes('NATO adopted a declaration on Ukraine. The declaration stressed that such assistance "seriously impacts Euro-Atlantic security."')[0],
    ).toMatchObject({ speaker: "declaration", kind: "document" });
  });
  it("an unnamed official, and a fragment woven into the sentence", () => {
    const text = 'The official also said that South Korea will "soon be able to establish" a new intelligence-sharing mechanism.';
    expect(quotes(text)[0]).toMatchObject({ speaker: "official", kind: "anonymous" });
    const condemned = 'Senior officials from South Korea, the United States and Japan condemned "in the strongest possible terms" recent military cooperation.';
    expect(quotes(condemned)[0]).toMatchObject({ speaker: "Senior officials", kind: "anonymous", partial: true });
  });
  it("a fragment ending the reporter's sentence, and 'they' as the group named before", () => {
    const text =
      'The officials reaffirmed their commitment to bolstering cooperation. They also reiterated that the U.S. commitment to defending South Korea and Japan remains "ironclad."';
    expect(quotes(text)[0]).toMatchObject({ speaker: "officials", kind: "anonymous", partial: true });
  });
  it("the statement read; according to Article 4 of a treaty", () => {
    const text = '"The United States, ROK, and Japan condemn in the strongest possible terms the deepening military cooperation," the statement read.';
    expect(quotes(text)[0]).toMatchObject({ speaker: "statement", kind: "document", partial: false });
    const treaty =
      'According to Article 4 of the Treaty on Comprehensive Strategic Partnership, "in case any one of the two sides is put in a state of war by an armed invasion, the other side shall provide military assistance."';
    expect(quotes(treaty)[0]).toMatchObject({ speaker: "Article 4", kind: "document" });
  });
  it("X said, \"…\"; a quote split by its attribution; a second quote in the paragraph keeps the speaker", () => {
    const before = 'Prime Minister Tony Blair said: "We have an opportunity and we must not allow it to slip away."';
    expect(quotes(before)[0]).toMatchObject({ speaker: "Tony Blair", kind: "person" });
    const split = '"The recent move by Russia and North Korea is causing serious concerns," President Yoon Suk Yeol said, "not only in East Asia but also globally."';
    expect(quotes(split).map((q) => q.speaker)).toEqual(["Yoon Suk Yeol", "Yoon Suk Yeol"]);
  });
  it("single quotes used as quotation marks, and ``…'' of older wire copy; apostrophes are not quotes", () => {
    const single = "'We will not give in to terror,' Prime Minister Tony Blair said. Britain's allies agreed.";
    expect(quotes(single)).toEqual([{ text: "We will not give in to t", speaker: "Tony Blair", kind: "person", partial: false }]);
    const wire = "``We cannot stop mobilizing!'' said Cuban President Fidel Castro on Wednesday.";
    expect(quotes(wire)[0]).toMatchObject({ text: "We cannot stop mobilizin", speaker: "Fidel Castro" });
  });
  it("a nested quote stays inside its statement", () => {
    const text = '"They called it \'a historic moment\' and we agree," NATO Secretary General Jens Stoltenberg said.';
    expect(quotes(text)).toHaveLength(1);
    expect(quotes(text)[0]).toMatchObject({ speaker: "Jens Stoltenberg" });
  });
  it("a quote that runs on into the next paragraph is one span a paragraph, all credited to its speaker", () => {
    const text =
      '"In a more unpredictable and uncertain world, it is even more important that we stand together.\n\n"We also know that North Korea is providing military support," NATO Secretary General Jens Stoltenberg said.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Jens Stoltenberg", "Jens Stoltenberg"]);
  });
  it("a treaty title in quotation marks is not a statement", () => {
    expect(quotes('They highlighted concerns over the "Treaty on Comprehensive Strategic Partnership" signed in Pyongyang.')).toEqual([]);
  });
});

describe("speakers on any article (shapes from PolNeAR train and Reuters wire copy)", () => {
  const speakers = (text: string) => quotes(text).map((q) => q.speaker);
  it("reads the speaker as a phrase, never a clause fragment or a time phrase", () => {
    expect(speakers('"We want to see the president was born in this country," Mr. Trump told Fox News on Tuesday.')).toEqual(["Trump"]);
    expect(speakers('"Carolina is going to win that one," Gov. Kasich replied on Sunday.')).toEqual(["Kasich"]);
    expect(speakers('"There is much to discuss on the fall calendar," acting chief spokesman Glyn Davies said.')).toEqual(["Glyn Davies"]);
  });
  it("credits the subject of the sentence past an appositive or an opening adverbial, whatever the distance to the quotation", () => {
    // A participle cue after a subject with its appositive.
    expect(speakers("Huma Abedin, vice chairwoman for Clinton’s presidential campaign, emailed supporters on Monday evening, telling them, “I am a proud Muslim — but you don’t have to share my faith to share my disgust.”")).toEqual(["Huma Abedin"]);
    // A cue far from a fragment woven in, after an appositive.
    expect(speakers("April Mellody, a spokeswoman for the Democratic National Convention, said in a statement that the convention's security team would work with the Philadelphia police and the Secret Service ''to ensure the safety and security of all of our delegates and participants.''")).toEqual(["April Mellody"]);
    // After an opening adverbial: the subject of the clause, not a place in the adverbial.
    expect(speakers("In the depths of the Great Recession, Paul Ryan worried that the social safety net was becoming “a hammock that lulls able-bodied people to lives of dependency.”")).toEqual(["Paul Ryan"]);
    expect(speakers("At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to expand on her earlier statement, saying that the United States should play a leadership role and ''be rallying our partners and allies, pulling countries off the sidelines.''")).toEqual(["Clinton"]);
  });
  it("a sentence that closes with ', said X, …' or ', X said after …' reports the words between the quotation and the cue", () => {
    expect(speakers(`"He can assert it, but it seems extremely unlikely" that Sanders can catch Clinton, said Steve Elmendorf, deputy campaign manager for John Kerry's 2004 Democratic presidential campaign.`)).toEqual(["Steve Elmendorf"]);
    expect(speakers('"Boots on the ground" would be appropriate, Republican candidate Ben Carson said after the attacks.')).toEqual(["Ben Carson"]);
    // "told The Hill" names who heard it.
    expect(speakers("“Hillary can’t afford to have him do this because public opinion would strongly shift against her,” Seth McKee, a political scientist at Texas Tech University, told The Hill.")).toEqual(["Seth McKee"]);
  });
  it("any verb right after a quotation and before a name inverts 'X said'; so does an opening 'Said X,'", () => {
    expect(speakers("“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who snuck onto the floor from the guest seats to be closer to the action.")).toEqual(["Donald Hartley"]);
    expect(speakers(`"Our ideas of 'success' are different," agrees Michelle Stevens, 30, of Gainesville, Fla.`)).toEqual(["Michelle Stevens"]);
    expect(speakers("The small pink home on Grand Avenue was recently renovated and turned into a museum. Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”")).toEqual(["Dorothy Poynter"]);
  });
  it("reads 'points out' and a name's 'tells reporters' as cues", () => {
    expect(speakers("Brent Bozell, founder of the Media Research Center, spoke. “There were some of us who thought until recently you might be able to work [with them],” Bozell points out.")).toEqual(["Brent Bozell"]);
    expect(speakers("Former Florida Gov. Jeb Bush voted on Saturday. Bush tells reporters outside a polling location in Greenville that “to be able to beat expectations would be helpful. I think we’ll do that.”")).toEqual(["Jeb Bush"]);
  });
  it("'\"…,\" Name, a long aside between commas, wrote': the name that opens the words after the quotation (PolNeAR train)", () => {
    expect(speakers("''In terms of political significance, the presence of the same plank in both party platforms means that the one thing we can bet on seeing in 2017 is a tougher attitude toward the financial industry,'' Elaine C. Kamarck, a senior fellow at the Brookings Institution and a Democratic superdelegate, wrote in an analysis.")).toEqual(["Elaine C. Kamarck"]);
    expect(speakers("The new plans “will not solve this challenge, but are steps in the right direction,” Anne Richards, assistant secretary of state for population, refugees, and migration, said on the same call.")).toEqual(["Anne Richards"]);
  });
  it("a colon inside a run-on quotation ('Here they are:') is the speaker's own words, not a new introduction (PolNeAR train)", () => {
    const text =
      "“I have decided to endorse Ted Cruz,” Blackwell wrote.\n\nHe then listed the qualities necessary in a successful Republican presidential nominee in 2016:\n\n\"In the piece I wrote last November, which you can see here, I discussed several factors important to consider in making a choice. Here they are:\n\n\"Has the candidate a record of personal activism and leadership for conservative principles?\n\n\"Can the liberal media destroy any truly conservative presidential candidate?\"";
    expect(speakers(text)).toEqual(["Blackwell", "Blackwell", "Blackwell", "Blackwell"]);
  });
  it("an opening adverb or a headline's common noun is no subject that speaks", () => {
    expect(speakers("Together, Senators Rubio and Cruz, of Florida and Texas, represent a watershed moment in American politics, in what one Latino conservative has dubbed ''the yuca primary,'' referring to the popular Cuban staple.")).not.toContain("Rubio");
    expect(speakers("Case of still-jailed acerbic 'new-media journalist'    being watched by ACLU.")).toEqual([null]);
  });
  it("takes the name before an appositive, however the appositive opens", () => {
    expect(speakers('"We wanted to control the real estate," Michael C. Cernech, the city manager, said of the course.')).toEqual(["Michael C. Cernech"]);
    expect(speakers('"The leaders we are raising money for are the candidates of tomorrow," Jeff Weaver, Sanders’ campaign manager, said in a statement.')).toEqual(["Jeff Weaver"]);
  });
  it("resolves a bare surname to the person named in full before", () => {
    const text = 'Ted Cruz spoke in Iowa on Monday.\n\n"Let me be very, very clear. As president, I will not be neutral," Cruz said.';
    expect(speakers(text)).toEqual(["Ted Cruz"]);
  });
  it("carries the speaker into a paragraph that is nothing but a quotation, and over a run-on quote", () => {
    const text = '"We are going to build a wall," Trump said at the rally.\n\n"And Mexico is going to pay for it."';
    expect(speakers(text)).toEqual(["Trump", "Trump"]);
  });
  it("takes the speaker of a paragraph-ending clause with a colon for the quotation that follows", () => {
    const text = 'Pat Caddell, the Democratic pollster, was blunt. Caddell continued:\n\n"The voters are furious and they are not letting a stump speech sway their vote."';
    expect(speakers(text)).toEqual(["Pat Caddell"]);
  });
  it("credits the one quoted in 'X quoted Y as saying', and an unnamed official by its words", () => {
    expect(speakers('State media quoted China\'s top negotiator, Tang Shubei, as saying: "Now is the time for the two sides to talk."')).toEqual(["Tang Shubei"]);
    expect(speakers('"The talks went well," the official, who asked not to be named, said.')).toEqual(["official"]);
  });
  it("reads a dash signature after a quotation", () => {
    expect(speakers("“I never thought I would see this day in my lifetime.” ― Jacklyn Ashley")).toEqual(["Jacklyn Ashley"]);
  });
  it("gives 'she said' to the woman of the paragraph, and 'he added' to the previous speaker", () => {
    const she = 'Mrs. Clinton met Bernie Sanders in Des Moines.\n\n"I hope so," she said.';
    expect(speakers(she)).toEqual(["Clinton"]);
    const added = '"We need a new leader," Jason Miller said after meeting Paul Ryan.\n\n"We will win this," he added.';
    expect(speakers(added)).toEqual(["Jason Miller", "Jason Miller"]);
  });
  it("gives 'He told' to the person the sentence before is about", () => {
    const text =
      'Mr Blair told MPs: "We will win a third term."\n\nHealth Secretary John Reid earlier warned that members would not forgive anybody. He told BBC News: "Those who co-operate damage the party."';
    expect(speakers(text)).toEqual(["Tony Blair", "John Reid"].map((n) => (n === "Tony Blair" ? "Blair" : n)));
  });
  it("pairs the New York Times' two apostrophes as quotation marks", () => {
    expect(quotes("''I hope so,'' Mrs. Clinton said. Then she added warily: ''There's always something.''").map((q) => [q.text, q.speaker])).toEqual([
      ["I hope so,", "Clinton"],
      ["There's always something", "Clinton"],
    ]);
  });
  it("reads wire copy that opens a quotation once over several lines", () => {
    const text = '"The problem is over.\n\nThe aircraft has received permission to pass," Nabil Abu Rdainah told Reuters.';
    expect(quotes(text).map((q) => [q.text, q.speaker])).toEqual([
      ["The problem is over.", "Nabil Abu Rdainah"],
      ["The aircraft has receive", "Nabil Abu Rdainah"],
    ]);
  });
  it("credits a statement a sentence carries, not the next sentence's subject", () => {
    const text = 'On Monday, Mr Blair\'s spokesman said: "The prime minister is determined to get on with the business of government." Mr Brown says he discussed the campaign.';
    expect(quotes(text)[0]).toMatchObject({ speaker: "Mr Blair's spokesman", kind: "anonymous", partial: false });
  });
});

describe("speakers: the sentence a quotation closes, titles and unnamed speakers (BBC politics shapes)", () => {
  const speakers = (text: string) => quotes(text).map((q) => q.speaker);
  it("does not credit a quotation closed before a full stop to the next sentence's speaker", () => {
    const text = 'Liberal Democrat chairman Matthew Taylor said their ambition was "getting in the way of good government". Ex-Labour leader Neil Kinnock said the row would pass.';
    expect(speakers(text)).toEqual(["Matthew Taylor"]);
  });
  it("gives 'the foreign secretary' to the person the article gives that title", () => {
    const text = 'Foreign Secretary Jack Straw flew to Madrid.\n\nBut the foreign secretary told the Commons committee: "Our position is very clear."';
    expect(speakers(text)).toEqual(["Jack Straw"]);
  });
  it("gives 'he said' to the unnamed spokesman before, over a scare quote that has no speaker (BBC tech)", () => {
    const text =
      'Merriam-Webster said "blog" was the word that people have asked to be defined or explained most often over the last 12 months. A spokesman for the Oxford University Press said that the word was now being put into other dictionaries for children and learners, reflecting its mainstream use. "I think it was the word of last year rather than this year," he said.';
    expect(quotes(text).at(-1)).toMatchObject({ speaker: "spokesman for the Oxford University Press", kind: "anonymous" });
  });
  it("never takes an unnamed speaker from inside the quotation itself", () => {
    const text = 'Governor Chris Christie spoke on television.\n\n"This young officer, I don\'t know what she was thinking," he said.';
    expect(quotes(text)[0]).toMatchObject({ speaker: "Chris Christie", kind: "person" });
  });
  it("gives 'she said' to an unnamed spokeswoman, never 'he said' (BBC tech)", () => {
    const she = 'A spokeswoman for Oxford University said the digitised books would include novels. "Important works that are out of print will be made available to everyone," she said.';
    expect(quotes(she)[0]).toMatchObject({ speaker: "spokeswoman for Oxford University", kind: "anonymous" });
    expect(quotes(she.replace("she said", "he said"))[0]!.speaker).not.toBe("spokeswoman for Oxford University");
  });
  it("gives 'She said' to the unnamed spokeswoman of the sentence before", () => {
    const text = 'A Conservative spokeswoman said the party stuck to the rules. She said: "We do apply TPS but in line with the law."';
    expect(speakers(text)).toEqual(["Conservative spokeswoman"]);
  });
});

describe("speakers a phrase away from the cue (PolNeAR train shapes)", () => {
  it("reads 'X said' that opens the sentence a fragment is woven into", () => {
    const text =
      'Bernie Sanders laid off more than 200 staffers.\n\nHe said he intends to win every delegate possible, so he\'ll have enough votes at the Democratic Party\'s national convention in July to put together "the strongest progressive agenda that any political party has ever seen."';
    expect(quotes(text)[0]).toMatchObject({ speaker: "Bernie Sanders", partial: true });
  });
  it("gives a fragment woven into a sentence whose subject is a person to that person, after a leading 'But'", () => {
    const she = "Hillary Clinton spoke in Houston.\n\nShe greeted 2,000 supporters at a rowdy rally late Saturday night in Houston and told them that together they’d “build ladders of opportunity so that every American can go as far as your heart will take you.”";
    expect(quotes(she)[0]).toMatchObject({ speaker: "Hillary Clinton", partial: true });
    const but = 'Bernie Sanders spoke in Indiana.\n\nBut he laid off more than 200 staffers and began talking about what will happen "if we do not win."';
    expect(quotes(but)[0]).toMatchObject({ speaker: "Bernie Sanders", partial: true });
  });
  it("gives a sentence that ends with ', he said' to him, whatever stands between (PolNeAR train)", () => {
    const text =
      "President Barack Obama visited Orlando.\n\n“I held and hugged” grieving family members before laying flowers at a memorial for the victims of the attack on the Pulse nightclub, he said.";
    expect(quotes(text)[0]).toMatchObject({ speaker: "Barack Obama" });
  });
  it("gives two fragments of one sentence the speaker of the second (PolNeAR train)", () => {
    const text = "John Schlafly defended his mother.\n\n''Family values people'' are ''not out to bash gays,'' he said.";
    expect(quotes(text).map((q) => q.speaker)).toEqual(["John Schlafly", "John Schlafly"]);
  });
  it("reads 'saying' after an opening adverbial, 'but said' with the sentence's subject, and 'angrily said' (PolNeAR train)", () => {
    const saying = "Nancy Pelosi signed with G-III in 2012.\n\nAt the time, she released a statement saying, \"G-III has distinguished itself as a trusted partner.\"";
    expect(quotes(saying)[0]).toMatchObject({ speaker: "Nancy Pelosi" });
    const but = 'Ben Carson brought in a new campaign manager.\n\nHe praised those who left but said, "We\'re in a different ballgame."';
    expect(quotes(but)[0]).toMatchObject({ speaker: "Ben Carson" });
    const angrily = "Hillary Clinton was on a rope line.\n\nShe jabbed her finger at an activist as she angrily said, “I am so sick of the Sanders campaign lying.”";
    expect(quotes(angrily)[0]).toMatchObject({ speaker: "Hillary Clinton" });
  });
  it("finds the subject after an opening subordinate clause or time phrase (PolNeAR train)", () => {
    const text = 'Bernie Sanders was asked about the race.\n\nWhen reporters pressed him, he furrowed his brow and said, "I\'m gonna endorse YOU!"';
    expect(quotes(text)[0]).toMatchObject({ speaker: "Bernie Sanders" });
    const opener = "Al Sharpton left no doubt that he would endorse.\n\nEight years ago, he supported Barack Obama over Clinton and said, “Hillary Clinton has never done nothing for us.”";
    expect(quotes(opener)[0]).toMatchObject({ speaker: "Al Sharpton" });
  });
  it("reads 'he often says', 'he yelled' and the progressive 'He is saying that' (PolNeAR train, BBC politics)", () => {
    const often = "Marco Rubio answered on Saturday.\n\n''It's clear that the issue with him is not that he didn't have executive experience,'' he often says.";
    expect(quotes(often)[0]).toMatchObject({ speaker: "Marco Rubio" });
    const yelled = "The latest is Rep. Joe Wilson, the South Carolina congressman who gained national attention in 2009 when he yelled “You lie!” at President Barack Obama.";
    expect(quotes(yelled)[0]).toMatchObject({ speaker: "Joe Wilson" });
    const saying = 'Tony Blair spoke in Chatham, Kent.\n\nHe is saying that prosperity means both individual wealth and ensuring "radically improved" public services.';
    expect(quotes(saying)[0]).toMatchObject({ speaker: "Tony Blair", partial: true });
  });
  it("reads 'and then said' and 'and repeatedly says' as sharing the sentence's subject", () => {
    const then = "Hillary Clinton thanked her adopted home state and then said, “Today, you proved once again, there's no place like home.”";
    expect(quotes(then)[0]).toMatchObject({ speaker: "Hillary Clinton" });
    const repeatedly = 'Diamond Reynolds filmed the stop.\n\nShe urges her husband to come out of the car and repeatedly says, "Don\'t you do it."';
    expect(quotes(repeatedly)[0]).toMatchObject({ speaker: "Diamond Reynolds" });
  });
  it("reads 'He’s predicting' with the contraction's copula before the participle (PolNeAR train)", () => {
    const predicting = "Donald Trump campaigned in Iowa on Monday.\n\nHe’s predicting he will do “very, very well” in the state.";
    expect(quotes(predicting)[0]).toMatchObject({ speaker: "Donald Trump", partial: true });
  });
  it("gives a quotation after 'X, who called' to X (PolNeAR train)", () => {
    const text = "Trump’s row with the Khan family triggered a damning reaction from U.S. President Barack Obama, who called the Republican nominee “unfit to serve” as president.";
    expect(quotes(text)[0]).toMatchObject({ speaker: "Barack Obama", partial: true });
  });
  it("reads the speaker after a verbless phrase and a comma: '\"…\" before the incident, she said'", () => {
    const text = 'Violet Moreau was on the promenade.\n\n"People were celebrating" before the incident, she said.';
    expect(quotes(text)[0]).toMatchObject({ speaker: "Violet Moreau" });
  });
});

describe("closing marks", () => {
  it("closes a quotation whose mark stands after a space that follows an inner quote's close (PolNeAR train)", () => {
    const text = `Mohamed El-Erian spoke on Friday.\n\n"What I do see going on, at least right now, is what they call in the stock market 'a flight to quality,' " he said.`;
    expect(quotes(text)[0]).toMatchObject({ text: "What I do see going on, ", speaker: "Mohamed El-Erian" });
  });
});

describe("a fragment woven into a clause whose verb is no cue (PolNeAR train shapes)", () => {
  it("belongs to the clause's subject when it is a person or he/she", () => {
    const text = "Donald Trump won in New York on Tuesday.\n\nAnd he vowed to “take our fight” to the 35 states that have not yet voted.";
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Donald Trump"]);
    expect(quotes("Podliska also seeks “a permanent injunction barring Chairman Gowdy from repeating false statements.”").map((q) => q.speaker)).toEqual(["Podliska"]);
  });
  it("leaves 'they' to the speaker whose report it continues", () => {
    const text = 'The leaders "discussed current affairs related to global security," Kim Tae-hyo said. They also touched upon "ways to team up with each other."';
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Kim Tae-hyo", "Kim Tae-hyo"]);
  });
});

describe("speakers the people extractor did not keep, and verbs after a quotation with a pronoun", () => {
  it("keeps a first name compromise knows as a person's, and 'she elaborated' after a comma", () => {
    const text = '"They were saying she is a martyr," Violet said.\n\n"The way I see it," she elaborated, "no one ever questioned it."';
    expect(quotes(text).map((q) => [q.speaker, q.kind])).toEqual([
      ["Violet", "person"],
      ["Violet", "person"],
      ["Violet", "person"],
    ]);
  });
});

describe("what a speaker is (BBC and PolNeAR copy)", () => {
  /** The record's quotes and people, as the pipeline gives them: a speaker named only as one joins the people. */
  function record(text: string) {
    const { doc, people, organizations } = entities(text);
    return { quotes: extractQuotes(doc, people, organizations), people, organizations };
  }

  it("a person named only as the speaker is one of the article's people, with a personId, the honorific a title", () => {
    const { quotes: [quote], people } = record(
      'It will take time though to persuade people who spent money on DVD players to buy the different players. Mr Dean is confident though: "I think if they see real HD, not some heavily compressed version of it, there is such a remarkable difference."',
    );
    expect(quote!.speaker).toMatchObject({ name: "Dean", kind: "person", personId: expect.stringMatching(/^person-/) });
    expect(people.find((p) => p.id === quote!.speaker!.personId)).toMatchObject({ name: "Dean", titles: ["Mr"] });
  });

  it("a role without a name ('the Florida senator') is a described source, not an organisation", () => {
    const [quote] = record('"It\'s a difficult issue," said the Florida senator, "because it puts in conflict two competing rights."').quotes;
    expect(quote!.speaker).toMatchObject({ name: "Florida senator", kind: "anonymous" });
  });

  it("a thing, a time or a place that is no country names no speaker; a country's capital, an age, a paper after 'The' do (PolNeAR train)", () => {
    const speakers = (text: string) => record(text).quotes.map((q) => q.speaker?.name ?? null);
    expect(speakers("When Trump finally wrapped up — “I will fight for you, and I will win for you!” — the balloons cascaded down on the crowd.")).toEqual([null]);
    expect(speakers("Addressing attendees of the New York State Republican Party’s annual gala Thursday, Trump described families playing in Central Park, restaurants packed with patrons and workers, and a city of “honesty and straight talk.”")).not.toContain("Central Park");
    expect(speakers("In addition, a fundraising email sent out by Sanders on Tuesday night warned of the tough fight ahead: \"There are 14 primaries and caucuses over the next three weeks.\"")).not.toContain("Tuesday night");
    expect(speakers("“We will not accept this,” Beijing said on Monday.")).toEqual(["Beijing"]);
    expect(speakers("“What if Donald Trump had elocution lessons?” the 43-year-old asked in the video’s description.")).toEqual(["43-year-old"]);
    expect(speakers("But as The Hill pointed out, “Still, Trump has so far declined to release any tax returns.”")).toEqual(["Hill"]);
  });

  it("'There was …' names no speaker", () => {
    const text = "There was no primary state where ''very conservative'' voters represented a larger share of the electorate in 2012 than they did in Iowa.";
    expect(record(text).quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe("speakers after a bracketed label, a quotation ending in 'that', a cue read as a noun, a qualified description (PolNeAR train)", () => {
  it("'Sen. Chuck Schumer (D-N.Y.) said': the label's full stop ends no sentence and is no part of the name", () => {
    const text = "“If the Saudis did not participate, they have nothing to worry about,” Sen. Chuck Schumer (D-N.Y.) said Tuesday.";
    expect(quotes(text)[0]).toMatchObject({ speaker: "Chuck Schumer", kind: "person" });
  });
  it("'“… speculation about that,” said X': a 'that' closing the quotation is no relative word", () => {
    const text = "\"Over time, there's been a lot of speculation about that,\" said former Utah governor Michael Leavitt, a Romney confidant.";
    expect(quotes(text)[0]).toMatchObject({ speaker: "Michael Leavitt", kind: "person" });
  });
  it("'X, founder of Y, tells Breitbart News': 'tells' after an appositive is the cue, though tagged a noun", () => {
    const text = "“Yes, I support Ted Cruz,” Brent Bozell III, founder of the Media Research Center, tells Breitbart News in an exclusive interview.";
    expect(quotes(text)[0]).toMatchObject({ speaker: "Brent Bozell" });
  });
  it("an unnamed speaker keeps what qualifies it: 'a longtime adviser to Trump'", () => {
    const text = "“He is not going to change,” a longtime adviser to Donald Trump said.";
    expect(quotes(text)[0]).toMatchObject({ speaker: "longtime adviser to Donald Trump", kind: "anonymous" });
  });
});

describe("the person who ends a speaker's phrase, and a reporter's signature (PolNeAR train)", () => {
  it("'Sirius XM Vice President for news and talk Dave Gorab called the show …': the person the phrase ends with", () => {
    const text = "Sirius XM Vice President for news and talk Dave Gorab called the show “the conservative news show of record.”";
    expect(quotes(text)[0]).toMatchObject({ speaker: "Dave Gorab", kind: "person" });
  });
  it("a signature after a quotation that a cue before it credits is the reporter's ('--Kim Hjelmgaard')", () => {
    const text = 'Mariano Rajoy said Monday that he will "try to form a stable government" and insisted that his party was "still the No. 1 force in Spain."--Kim Hjelmgaard.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Mariano Rajoy", "Mariano Rajoy"]);
  });
});

describe("speakers whose words compromise mistags (PolNeAR train)", () => {
  it("'“…,” says X': a cue tagged a noun right after the closing mark is the verb", () => {
    const text = '"The Bernie Sanders thing has really got me on board," says Scott McGeary, an IT professional from Seattle.';
    expect(quotes(text)[0]).toMatchObject({ speaker: "Scott McGeary" });
  });
  it("'“…,” Read said': a name after the closing mark is no cue, though 'read' is one", () => {
    const text = "Pfizer chief executive Ian Read spoke to analysts.\n\n\"We believe this deal is a great deal for shareholders, both of Allergan and Pfizer,\" Read said.";
    expect(quotes(text)[0]).toMatchObject({ speaker: "Ian Read" });
  });
  it("'campaign manager Robby Mook', 'Barack Obama's 2008 campaign,': a noun read as a verb before a title or after a year", () => {
    expect(quotes('"The early states are obviously very important in terms of kicking off," campaign manager Robby Mook said.')[0]).toMatchObject({ speaker: "Robby Mook" });
    const text = "''It's plagiarism. It's flat-out plagiarism,'' David Axelrod, the chief strategist of Barack Obama's 2008 campaign, said just hours later.";
    expect(quotes(text)[0]).toMatchObject({ speaker: "David Axelrod" });
  });
  it("'X, a screenwriter and former studio executive, said': 'and' joins two descriptions of one person", () => {
    const text = "''I would not discount the commercial motivations,'' Mr. Kaplan, a screenwriter and former studio executive, said dryly.";
    expect(quotes(text)[0]).toMatchObject({ speaker: "Kaplan" });
  });
  it("'Rep. X (D-N.Y.) reacted to the news, saying:': the label's full stop ends no clause before the participle", () => {
    const text = "In a statement released Thursday, Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: “Trayvon Martin’s cold-blooded killer should be in prison.”";
    expect(quotes(text)[0]).toMatchObject({ speaker: "Hakeem Jeffries" });
  });
});

describe("a clause closed by a comma introduces a whole statement (PolNeAR train)", () => {
  it("'Hillary shot back, “…”', 'Hillary Clinton cracked, “…”': the subject of the clause's last verb", () => {
    const text = "After former California Gov. Jerry Brown criticized Bill Clinton during a debate, Hillary shot back, “I suppose I could have chosen to bake cookies and have teas.”";
    expect(quotes(text)[0]).toMatchObject({ speaker: "Hillary" });
    const cracked = "Yet during their first debate, Hillary Clinton cracked, ''I'm a progressive, but I'm a progressive who likes to get things done.''";
    expect(quotes(cracked)[0]).toMatchObject({ speaker: "Hillary Clinton" });
  });
  it("'but went on to say, “…”': the infinitive shares the subject of the verb it completes", () => {
    const text = "Trump joked that Brooklyn was his answer, but went on to say, “There are places in America that are among the most dangerous in the world.”";
    expect(quotes(text)[0]).toMatchObject({ speaker: "Trump" });
  });
  it("'… talking to a voter for 20 minutes only to have her ask, “…”': an object before the verb is no subject", () => {
    const text =
      "Kasich is telling a packed crowd in snowy Windham, New Hampshire, on the primary battle’s final campaign day that he has few memories from his 1999 bid aside from talking to a voter for 20 minutes only to have her ask, “When is the candidate going to arrive?”";
    expect(quotes(text)[0]!.speaker).toBeNull();
  });
});

describe("a name before somebody's role (PolNeAR train)", () => {
  it("'X, President Obama's former chief of staff, said': the role is a description of X, however it opens", () => {
    const text =
      "''They were professionals, but also competitors,'' William M. Daley, President Obama's former chief of staff, said of their time in the administration. ''They'd do the dance. There was respect there, but Joe considered himself the expert on foreign policy.''";
    expect(quotes(text).map((q) => q.speaker)).toEqual(["William M. Daley", "William M. Daley"]);
  });
});

describe("a fragment woven into a clause whose verb has an auxiliary (PolNeAR train)", () => {
  it("'is pledging to \"…\"' and '… and has boasted of … \"…\"' credit the clause's subject", () => {
    expect(quotes("Bernie Sanders, celebrating a victory in the Democratic primary in his home state of Vermont, is pledging to “win many hundreds of delegates” on Super Tuesday.")[0]).toMatchObject({ speaker: "Bernie Sanders" });
    expect(quotes("Trump has made his wealth a centerpiece of his campaign and has boasted of his willingness to spend “whatever it takes” from his own fortune to win the White House.")[0]).toMatchObject({ speaker: "Trump" });
  });
});

describe("a party and state label after the speaker's name (PolNeAR train)", () => {
  it("', R-Ky., said': the label's full stop ends no sentence, and the name before it speaks", () => {
    const text =
      '"There has been a lot of talk in the last 24 hours about one of our presidential candidates and his seeming ambivalence about David Duke and the KKK, so let me make it perfectly clear," Senate Majority Leader Mitch McConnell, R-Ky., said. "That is not the view of Republicans who have been elected to the United States Senate."';
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Mitch McConnell", "Mitch McConnell"]);
  });
});

describe("'as X put it' and a clause before a colon whose last verb has a clause for subject (PolNeAR train)", () => {
  it("'as anti-terrorist prosecutor Marc Trevidic put it, \"…\"' credits him", () => {
    const text =
      'But at the time, as anti-terrorist prosecutor Marc Trevidic put it, "apart from (traveling with the) wrong crowd and some jogging for fitness, there was not much to complain about in the strict terms of criminal prosecution."';
    expect(quotes(text)[0]).toMatchObject({ speaker: "Marc Trevidic" });
  });
  it("'Clinton has since apologized for what happened: \"…\"' credits the sentence's subject", () => {
    const text =
      'Clinton has since apologized for what happened: "Yes, I should have used two email addresses, one for personal matters and one for my work at the State Department. Not doing so was a mistake."';
    expect(quotes(text)[0]).toMatchObject({ speaker: "Clinton" });
  });
});

describe("transcript lines quoted whole (PolNeAR train)", () => {
  it("'\"CLINTON: …' is the labelled person's turn; a label that names nobody in the article ('RAMOS', 'VIDEO') credits no one", () => {
    const text = [
      "Wednesday at the CNN Democratic presidential debate, candidate Hillary Clinton said Patricia Smith, the mother of Sean Smith, who died in the 2012 Benghazi terror attack is “absolutely wrong” for saying Clinton lied to her.",
      "Partial transcript as follows:",
      '"VIDEO: Hillary and Obama and Panetta and Biden and Susan Rice all told me it was a video when they knew it was not the video. They said they would call me and let me know what the outcome was.',
      '"RAMOS: Secretary Clinton, did you lie to them?',
      '"CLINTON: I feel a great deal of sympathy for the families of the four brave Americans that we lost at Benghazi, and I certainly can’t even imagine the grief that she has for losing her son, but she’s wrong."',
    ].join("\n\n");
    expect(quotes(text).slice(1).map((q) => [q.text.slice(0, 6), q.speaker])).toEqual([
      ["VIDEO:", null],
      ["RAMOS:", null],
      ["CLINTO", "Hillary Clinton"],
    ]);
  });
});

describe("a round-up of who said what (PolNeAR train)", () => {
  it("'Clinton: \"…\"' credits the labelled person; a label that names no person of the article ('Rubio:') credits no one, and does not carry the speaker before", () => {
    const text = [
      "Jeb Bush and Hillary Clinton, among others, reject the term containment.",
      'Clinton: "Our goal is not to deter or contain ISIS, but to defeat and destroy ISIS." Bush: "The mission is to destroy ISIS -- not to contain it." Rubio: "We need to defeat them."',
    ].join("\n\n");
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Hillary Clinton", "Jeb Bush", null]);
  });
  it("a paragraph of nothing but the quotation, signed by a name alone in the next ('Sanders.'), is that person's", () => {
    const text = [
      "In the Democrats' debate, Hillary Clinton and Bernie Sanders traded claims about health care and Wall Street.",
      "\"The idea that I would dismantle health care in America while we're waiting to pass Medicare for all is just not accurate. . . . I helped write that bill [the Affordable Care Act].\"",
      "Sanders.",
      "Sanders exaggerates when he says he helped write the Affordable Care Act.",
      "\"I went to Wall Street before the crash. I was the one saying you're going to wreck the economy because of these shenanigans with mortgages.\"",
      "Clinton.",
      "“That’s because this region, which is home to nearly half the world’s population and nearly half the global economy, remains the most consequential for America’s own security and prosperity.”",
      "TRUMP COUNTER.",
    ].join("\n\n");
    // A heading after a quotation is no signature: only a person of the article signs.
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Bernie Sanders", "Hillary Clinton", null]);
  });
});

describe("a pull quote signed in its last paragraph (PolNeAR train)", () => {
  it("'\"… stimulus. ¶ Josh Bivens, Economic Policy Institute.\"': the signature is who speaks, and no quotation of its own", () => {
    const text = [
      "Democrats acquiesced to the deficit hawks.",
      "\"We are going to enter the next recession, whenever it comes, without that consensus that of course we need to do stimulus.",
      "Josh Bivens, Economic Policy Institute.\"",
      "Whether out of genuine agreement or political expedience, Democrats acquiesced to the deficit hawks' demands.",
    ].join("\n\n");
    expect(quotes(text).map((q) => [q.text.slice(0, 24), q.speaker])).toEqual([["We are going to enter th", "Josh Bivens"]]);
  });
});

describe("a speaker whose name ends in a suffix (PolNeAR train)", () => {
  it("'said C. Stewart Verdery Jr., a senior … official': the person the people layer found, not a second record without the suffix", () => {
    const text =
      "''We run people against watch lists, and that's how we decided if they get extra screening,'' said C. Stewart Verdery Jr., a senior homeland security official during George W. Bush's administration.";
    const { doc, people, organizations } = entities(text);
    const [quote] = extractQuotes(doc, people, organizations);
    expect(quote?.speaker?.name).toBe("C. Stewart Verdery Jr");
    expect(people.filter((p) => p.name.includes("Verdery"))).toHaveLength(1);
  });
});

describe("an organisation that speaks is one of the article's organisations (BBC business)", () => {
  it("'the IMF said' after 'the International Monetary Fund (IMF) said' credits that one organisation, and a body named only as a speaker joins them", () => {
    const text =
      "Meanwhile, the International Monetary Fund (IMF) said damage from the tsunami would cut one percentage point from Sri Lanka's economic growth this year.\n\n\"The broader macroeconomic impact will clearly be substantial but the details are difficult to assess at this early stage,\" the IMF said.\n\n\"The fishing industry has been devastated, agricultural production may be affected and tourism will suffer, especially in the short term,\" the ministry said.";
    const { doc, people, organizations } = entities(text);
    const quotes = extractQuotes(doc, people, organizations);
    const imf = organizations.find((o) => o.name === "International Monetary Fund");
    expect(imf?.aliases).toEqual(["IMF"]);
    expect(quotes[0]?.speaker).toMatchObject({ kind: "organization", name: "International Monetary Fund", organizationId: imf?.id });
    const ministry = organizations.find((o) => o.id === quotes[1]?.speaker?.organizationId);
    expect(ministry?.mentions.map((m) => m.text)).toEqual(["ministry"]);
  });
});

describe("a speaker described by a noun for a person is no organisation (BBC politics)", () => {
  it("'a Devon man had been told he could … \"chase away unwanted animals\"' is a described person though the phrase opens with a county's name", () => {
    const text = 'The accusation came after it emerged a Devon man had been told he could use his four dogs to "chase away unwanted animals" from his farm.';
    expect(quotes(text)[0]).toMatchObject({ speaker: "Devon man", kind: "anonymous" });
  });
});

describe("a pronoun speaks for a person, not for a word that only qualifies a noun (PolNeAR train)", () => {
  it("'the entire 11 million-person undocumented population. \"…,\" he said': he is Kasich, not 'million-person'", () => {
    const text = [
      '"Since Donald enjoyed that, I will simply say I\'ve got somebody in mind to build it," Cruz said.',
      "Elise FoleyFlagShareLikeReplyAni Vrabel 5ptsmoderatorFeaturedFebruary 6, 2016 9:05PMKasich: Deporting Parents Is Not The Kind Of Values Americans Believe In",
      "John Kasich said Saturday that allowing undocumented immigrants to stay in the U.S. was not out of step with Americans -- but it clearly was out of step with much of the debate stage.",
      "The Ohio governor said the U.S. needs to secure the border and create a guest-worker program, but that he would not support mass deportation or driving out the entire 11 million-person undocumented population.",
      '"I couldn\'t even imagine how we would even begin to think about taking a mom or a dad out of a house," he said.',
    ].join("\n");
    expect(extract(text).quotes[1]?.speaker).toMatchObject({ name: "John Kasich", kind: "person" });
  });
});

describe("a thing's relative clause is no cue (PolNeAR train)", () => {
  it("'He said in a statement … that he wants a party platform that calls for \"…\"': the fragment is his", () => {
    const text =
      "The results of Tuesday's five Democratic presidential primaries will almost certainly force Sen. Bernie Sanders to acknowledge a hard reality -- it's time for Plan B.\n\nSanders has said he will work to prevent a Republican from becoming president. But he said he wants to see Clinton embrace some of his top priorities if she's the nominee. He said in a statement Tuesday night that he wants a party platform that calls for \"a $15-an-hour minimum wage, an end to our disastrous trade policies, a Medicare-for-all health care system.\"";
    expect(quotes(text)).toMatchObject([{ speaker: "Bernie Sanders", kind: "person" }]);
  });
});

describe("a contracted subject pronoun speaks as the full one (PolNeAR train)", () => {
  it("'Ever since Bernie Sanders announced his candidacy last year, he's said the same thing at every diner stop …: \"It's not about me\"'", () => {
    const text =
      "Party unity is a two-way street.\n\nEver since Bernie Sanders announced his candidacy last year, he's said the same thing at every diner stop, every rally and every campaign event: \"It's not about me. It's about us.\"";
    expect(quotes(text)).toMatchObject([{ speaker: "Bernie Sanders", kind: "person" }]);
  });
});

describe("quotes: a phrase put first in the sentence is no name a description follows (BBC copy)", () => {
  it("'Asked about Sir Ian's comments, the prime minister's official spokesman said': the spokesman, not the comments", () => {
    const text = `Asked about Sir Ian's comments, the prime minister's official spokesman said: "We believe the threat is real."`;
    expect(quotes(text)).toMatchObject([{ speaker: "prime minister's official spokesman" }]);
  });
  it("'Paying tribute, the Lord Chancellor Lord Falconer said': the Lord Chancellor", () => {
    const text = `Paying tribute, the Lord Chancellor Lord Falconer said Lord Scarman was one of the "great judges of the last century".`;
    expect(quotes(text)).toMatchObject([{ speaker: "Falconer" }]);
  });
  it("guard: 'However, Matt Williams, a fund manager at Perpetual Trustees said': a name and its description, its closing comma left out", () => {
    const text = `However, Matt Williams, a fund manager at Perpetual Trustees said taking the stake "is definitely a precursor to a takeover".`;
    expect(quotes(text)).toMatchObject([{ speaker: "Matt Williams" }]);
  });
});

describe("the subject before a fronted phrase or inside a modifier (PolNeAR train and BBC)", () => {
  it("a fronted phrase of time lists no one: 'Sooner or later, the governor told'", () => {
    const text = 'Sooner or later, the New Jersey governor told reporters, "it starts to pay off." Halfway across the country in Iowa, Bobby Jindal was setting off for two more events.';
    expect(quotes(text)[0]).toMatchObject({ speaker: "New Jersey governor", kind: "anonymous" });
  });
  it("a fronted phrase of time is no name before a description: 'Late last month, the company wrote'", () => {
    const text = "Late last month, the company wrote a detailed, six-page letter to Columbia's president, Lee C. Bollinger, calling the two lengthy investigative reports ''inaccurate and deliberately misleading.''";
    // The letter's "calling" is too far from its subject for a speaker; the fronted words are none.
    expect(quotes(text)[0]!.speaker).not.toBe("Late last");
  });
  it("a participle after the speaker: 'Another intelligence source speaking to Fox News said'", () => {
    const text = "Another intelligence source speaking to Fox News said, “The agents are investigating the possible intersection of Clinton Foundation donations, the dispensation of State Department contracts and whether regular processes were followed.”";
    expect(quotes(text)[0]).toMatchObject({ speaker: "Another intelligence source", kind: "anonymous" });
  });
  it("a relative clause after the speaker: 'a White House official who spoke anonymously to discuss internal strategy said'", () => {
    const text = 'Although there is no such overlap with Sanders\'s team, a White House official who spoke anonymously to discuss internal strategy said Wednesday, "Certainly there are discussions between the White House and the Sanders campaign."';
    expect(quotes(text)[0]).toMatchObject({ speaker: "White House official", kind: "anonymous" });
  });
  it("guard: a relative 'who' that is the clause's object leaves its subject the speaker", () => {
    const text = 'The people who Mr Forsyth labels the new "threat" are those who do not follow the correct teachings of Islam.';
    expect(quotes(text)[0]).toMatchObject({ speaker: "Forsyth" });
  });
  it("guard: a participle after a thing makes no speaker of the thing", () => {
    const text = 'Dr Fox said Mr Campbell\'s return and Labour poster plans attacking Mr Howard - recently withdrawn from the party\'s website - were a sign of "abusive politics".';
    expect(quotes(text)[0]).toMatchObject({ speaker: "Fox" });
  });
  it("guard: a surname that opens the sentence before a description is the speaker ('Hicks, his campaign spokeswoman, added')", () => {
    const text = 'Hicks, his campaign spokeswoman, added that "many of his top executives and closest friends are Jewish."';
    expect(quotes(text)[0]).toMatchObject({ speaker: "Hicks" });
  });
});

describe("a cue compromise reads as a noun (PolNeAR train)", () => {
  it("'…,' the editorial read.", () => {
    const text = "“If she wants to be the next president, Hillary Clinton should act like one, and come to Louisiana,” the editorial read.\n\nThe newspaper said that given the extensive nature of the damage, whoever the next president is should know about it first hand.";
    expect(quotes(text)[0]).toMatchObject({ speaker: "editorial", kind: "document" });
  });
  it("'…,' a Carrier executive tells employees", () => {
    const text = "''This is strictly a business decision,'' a Carrier executive tells employees, describing how their 1,400 jobs making furnaces and heating equipment will be sent to Mexico.";
    expect(quotes(text)[0]).toMatchObject({ speaker: "Carrier executive", kind: "anonymous" });
  });
});

describe("quotes: a document named by its kind keeps what qualifies it (PolNeAR train)", () => {
  it("'noted a report for Oxfam on Germany's energy policies by the environmental nonprofit E3G'", () => {
    const text =
      "Environmentalists hated it. ''Instead of being fined for polluting by the proposed new climate levy, utilities will instead get paid for keeping their oldest and most inefficient lignite plants on standby,'' noted a report for Oxfam on Germany's energy policies by the environmental nonprofit E3G.";
    expect(quotes(text)[0]).toMatchObject({ speaker: "report for Oxfam", kind: "document" });
  });
});

describe("quotes: what a person or a body has is no organisation unless it is a body (bench/bbc)", () => {
  it("'Ericsson's research has shown that consumers divide into different \"tribes\"': a described source, not an organisation", () => {
    const text =
      'Ericsson\'s research has shown that consumers divide into different "tribes" that use phones in different ways. Dr Bjorn said groups dubbed "pioneers" and "materialists" were most interested in trying new things.';
    const found = quotes(text).find((q) => q.text.startsWith("tribes"));
    expect(found).toMatchObject({ speaker: "Ericsson's research", kind: "anonymous" });
  });
});

describe("quotes: a people named in the plural is a described source (PolNeAR train)", () => {
  it("'Russians now say they admire Mr. Putin more for a role as a ''protector''': the Russians are no organisation", () => {
    const text =
      "Russians now say they admire Mr. Putin more for a role as a ''protector'' from external threats than for the role of ''provider,'' a study by an influential Russian sociologist, Mikhail E. Dmitriyev, concluded this year.";
    expect(quotes(text).find((q) => q.text.startsWith("protector"))).toMatchObject({ speaker: "Russians", kind: "anonymous" });
  });
});

describe("speakers: an adverb or a time word between the subject and its cue is no part of the speaker (PolNeAR train)", () => {
  const speakerOf = (text: string) => extract(text).quotes.map((q) => q.speaker?.name);
  it("'Chief Williams later admitted …, noting that \"…\"': the speaker is the chief, without 'later'", () => {
    expect(
      speakerOf(
        `The warnings amounted to a big misfire. Chief Williams later admitted that open-carry wasn't a problem, noting that "nobody's been arrested or has challenged the things we asked them to do."`,
      ),
    ).toEqual(["Williams"]);
  });
  it("'Priebus later Thursday told Fox News: “…”': 'later' goes with the day", () => {
    expect(speakerOf("Priebus later Thursday told Fox News: “Both Donald Trump and Paul Ryan are meeting up next week to talk about these things.”")).toEqual(["Priebus"]);
  });
});

describe("speakers: a crowd's chant is the crowd's (PolNeAR train)", () => {
  it("'the attendees chanted, \"Lock her up!\"': the attendees, not the speaker at the podium", () => {
    const record = extract(
      `As Trump attacked Clinton, the attendees chanted, "Lock her up!" as they had for previous speakers. At one point, Trump tried to shush his supporters.`,
    );
    expect(record.quotes[0]).toMatchObject({ text: "Lock her up!", cue: "chanted", speaker: { name: "attendees" } });
    expect(record.quotes[0]!.speaker!.kind).not.toBe("person");
  });
});

describe("speakers: a qualifying word that heads the phrase names a person (bench/bbc)", () => {
  it("'said the Chelsea star': a described person, not an organisation named after the club", () => {
    const record = extract(`"I would have headed that every time but I completely lost it in the lights," said the Chelsea star.`);
    expect(record.quotes[0]!.speaker).toMatchObject({ name: "Chelsea star", kind: "anonymous" });
  });
});

describe("speakers: 'she' is the sentence's subject, not a person named only as a possessor (PolNeAR train)", () => {
  it("'… Hillary Clinton’s email scandal, Attorney General Loretta Lynch took …' then '“…,” she said': Loretta Lynch", () => {
    const text =
      "Although it was far from the last word to be said about Democratic presidential candidate Hillary Clinton’s email scandal, Attorney General Loretta Lynch took the official last step Wednesday of announcing that the Justice Department would not prosecute Clinton.\n\n“Late this afternoon, I met with FBI Director James Comey and career prosecutors and agents who conducted the investigation of Secretary Hillary Clinton’s use of a personal email system during her time as Secretary of State,” she said in a statement.";
    expect(quotes(text)[0]).toMatchObject({ speaker: "Loretta Lynch" });
  });
});

describe("quotes: a participle after an article is part of the speaker's phrase (PolNeAR train)", () => {
  it("'the unsigned opinion said' credits the opinion, a document, not a cue 'unsigned'", () => {
    const text =
      "In May, the court unanimously returned a major case on access to contraception, Zubik v. Burwell, No. 14-1418,  to the lower courts for further consideration in the hope that the two sides could somehow settle their differences. ''The court expresses no view on the merits'' of the case, the unsigned opinion said.";
    expect(quotes(text)).toEqual([{ text: "The court expresses no v", speaker: "unsigned opinion", kind: "document", partial: false }]);
  });
  it("'the ad's narrator' is a person described, not the ad", () => {
    const text =
      "“’Twas the morning of Christmas at the Clinton house, the gifts were all opened: a new server, a mouse,” says the ad’s narrator, going on to detail a series of other “gifts.”";
    expect(quotes(text)[0]).toMatchObject({ speaker: "ad’s narrator", kind: "anonymous" });
  });
});

describe("quotes: a name before a common noun in lower case is no organisation (PolNeAR train)", () => {
  it("'A Sanders win' and 'Clinton supporters' are not bodies", () => {
    const win =
      "A Sanders win, on the other hand, creates an awkward situation for Clinton, who could be celebrating being dubbed the “presumptive nominee” even as she loses the nation’s largest state — and one of its most diverse.";
    expect(quotes(win).map((q) => q.kind)).not.toContain("organization");
    const chants = "Clinton supporters responded with chants of “I’m with her” until Clinton herself spoke up, and took on the protesters again.";
    expect(quotes(chants)[0]).toMatchObject({ speaker: "Clinton supporters", kind: "anonymous" });
  });
});
