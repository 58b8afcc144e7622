import { describe, expect, it } from "vitest";
import { processArticle } from "../../src/pipeline.js";
import { fixtureText } from "../helpers.js";

/** The meetings of a text as "A + B" pairs with their kind, status, date and place. */
function meetings(text: string, referenceDate = "2024-07-11") {
  const record = processArticle({ source: "test", text }, { referenceDate, includeText: false });
  return record.meetings.map((m) => ({
    who: m.participants.map((p) => p.name ?? p.country).join(" + "),
    kind: m.kind,
    status: m.status,
    date: m.date?.value ?? null,
    location: m.location,
  }));
}

const whoOf = (text: string, referenceDate?: string) => meetings(text, referenceDate).map((m) => m.who);

/** The sides of each meeting as "kind:name": "person:Martin T. Sosnoff", "organization:Pratt Hotel Corp". */
const kindsOf = (text: string, referenceDate: string) =>
  processArticle({ source: "test", text }, { referenceDate, includeText: false }).meetings.map((m) => m.participants.map((p) => `${p.kind}:${p.name}`));

describe("meetings: who met whom", () => {
  it("met with X on the sidelines of a summit in a city, on a weekday in the past tense", () => {
    const text =
      "South Korean President Yoon Suk Yeol met with Japanese Prime Minister Fumio Kishida on the sidelines of the NATO summit in Washington on Wednesday (local time) to discuss North Korea's growing military ties with Russia.";
    expect(meetings(text)).toEqual([
      { who: "Yoon Suk Yeol + Fumio Kishida", kind: "meeting", status: "held", date: "2024-07-10", location: "Washington" },
    ]);
  });

  it("a possessive subject and a second meeting told by a pronoun after visited … where", () => {
    const text =
      "South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Washington on Wednesday. Yoon's meeting with Kishida came about a month after Russian President Vladimir Putin visited Pyongyang, where he met with North Korean leader Kim Jong-un.";
    const found = meetings(text);
    expect(found.map((m) => m.who)).toEqual(["Yoon Suk Yeol + Fumio Kishida", "Vladimir Putin + Kim Jong-un"]);
    expect(found[1]).toMatchObject({ location: "Pyongyang", status: "held" });
  });

  it("bilateral talks with counterparts from seven countries are seven meetings, never one of everybody", () => {
    const text =
      "Upon his arrival in Washington on Wednesday, President Yoon Suk Yeol held bilateral talks with his counterparts from seven countries who attend the NATO summit this week, including Chancellor of Germany Olaf Scholz, Prime Minister of Canada Justin Trudeau, Prime Minister of the Netherlands Dick Schoof, Prime Minister of Sweden Ulf Kristersson, President of the Czech Republic Petr Pavel, President of Finland Alexander Stubb and Japanese Prime Minister Fumio Kishida.";
    const found = meetings(text);
    expect(found).toHaveLength(7);
    expect(found.every((m) => m.who.startsWith("Yoon Suk Yeol + ") && m.who.split(" + ").length === 2)).toBe(true);
    expect(found.map((m) => m.who.split(" + ")[1])).toContain("Alexander Stubb");
    expect(found.every((m) => m.kind === "talks" && m.date === "2024-07-10" && m.location === "Washington")).toBe(true);
  });

  it("planned talks with counterparts named by their countries", () => {
    const text =
      "President Yoon Suk Yeol will meet more leaders attending the summit Thursday, according to the presidential office, Yoon plans to hold talks with his counterparts in the United Kingdom, Norway, Luxembourg and Poland.";
    const found = meetings(text);
    expect(found.map((m) => m.who)).toEqual(["Yoon Suk Yeol + United Kingdom", "Yoon Suk Yeol + Norway", "Yoon Suk Yeol + Luxembourg", "Yoon Suk Yeol + Poland"]);
    expect(found.every((m) => m.status === "planned" && m.date === "2024-07-11")).toBe(true);
  });

  it("a title for the subject, a possible side, and a second planned meeting in a later clause", () => {
    const text =
      "NATO Secretary General Jens Stoltenberg arrived in Seoul on Sunday.\n\nThe NATO chief was scheduled to meet with Defense Minister Lee Jong-sup, and possibly President Yoon Suk Yeol, before flying to Tokyo on Monday to meet with Prime Minister Fumio Kishida.";
    expect(meetings(text, "2023-01-29")).toEqual([
      expect.objectContaining({ who: "Jens Stoltenberg + Lee Jong-sup", status: "planned" }),
      expect.objectContaining({ who: "Jens Stoltenberg + Yoon Suk Yeol", status: "possible" }),
      expect.objectContaining({ who: "Jens Stoltenberg + Fumio Kishida", status: "planned", location: "Tokyo", date: "2023-01-30" }),
    ]);
  });

  it("whether X would meet Y is only possible; is expected to meet is planned", () => {
    expect(meetings("While all eyes are on whether President Yoon Suk Yeol would meet US President Joe Biden for talks, nothing is confirmed.")[0]).toMatchObject({
      status: "possible",
    });
    const text = "U.S. Defense Secretary Lloyd Austin had left for the Philippines on Sunday, and is expected to meet with President Yoon Suk Yeol on Tuesday.";
    expect(meetings(text, "2023-01-29")[0]).toMatchObject({ who: "Lloyd Austin + Yoon Suk Yeol", status: "planned", date: "2023-01-31" });
  });

  it("a trilateral call named by its sides is one meeting of three", () => {
    const text = fixtureText("004_277d975a9c0a46bd");
    const call = meetings(text).find((m) => m.kind === "call");
    expect(call?.who.split(" + ").sort()).toEqual(["Cho Koo-rae", "Hiroyuki Namazu", "Jung Pak"]);
  });

  it("a summit named by its two sides, dated by the month", () => {
    const text =
      "Yoon’s comments follow Russian President Vladimir Putin and North Korean leader Kim Jong-un’s June summit, during which they agreed to provide military assistance.";
    expect(meetings(text)).toEqual([{ who: "Vladimir Putin + Kim Jong-un", kind: "summit", status: "held", date: "2024-06", location: null }]);
  });

  it("during his talks with X, Y …: the subject of a fronted clause, merged with the first telling", () => {
    const text =
      "President Yoon Suk Yeol met with Prime Minister Fumio Kishida in Washington on Wednesday.\n\nDuring his talks with Kishida which lasted about 35 minutes, Yoon expressed concerns.";
    expect(meetings(text)).toEqual([{ who: "Yoon Suk Yeol + Fumio Kishida", kind: "talks", status: "held", date: "2024-07-10", location: "Washington" }]);
  });

  it("his Japanese counterpart is the Japanese person the article knows; his Israeli counterpart, A, is A", () => {
    const text = "President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida agreed to cooperate. Yoon has met his Japanese counterpart 11 times since his inauguration.";
    expect(whoOf(text)).toEqual(["Yoon Suk Yeol + Fumio Kishida"]);
    expect(whoOf("Prime Minister Tony Blair held talks with his Israeli counterpart, Ariel Sharon, in Jerusalem.")).toEqual(["Tony Blair + Ariel Sharon"]);
  });

  it("the summit place from the last sentence about its people when its own sentence names none", () => {
    const text =
      "North Korea’s arms trade will be addressed, said NATO chief Jens Stoltenberg in Seoul on Sunday.\n\n“We are concerned about the war in Ukraine,” Stoltenberg said in his meeting with Foreign Minister Park Jin on the same day.";
    expect(meetings(text)).toEqual([expect.objectContaining({ who: "Jens Stoltenberg + Park Jin", location: "Seoul" })]);
  });

  it("not meetings: meeting a target, a chat-show host, a meeting of a party, an organisation hosting", () => {
    expect(whoOf('David Page, an economist, said: "His forecast that he will meet the golden rule is way too optimistic."')).toEqual([]);
    expect(whoOf("Damian Hockney said ex-chatshow host Robert Kilroy-Silk would deliver better as the leader of a party.")).toEqual([]);
    expect(whoOf("Tony Blair and Gordon Brown were read the riot act during a meeting of the parliamentary Labour party.")).toEqual([]);
    expect(whoOf("The alliance hosted a summit meeting with the heads of state of its partners: Japan, Australia, New Zealand and Korea.")).toEqual([]);
  });
});

describe("meetings on any article (shapes from Reuters and BBC train text)", () => {
  it("reads a meeting due to be held, after 'to' where compromise reads the verb as a noun", () => {
    const text = "Czech President Vaclav Havel flew to Brazil. Havel is due to meet with his Brazilian counterpart Fernando Henrique Cardoso in the capital Brasilia.";
    expect(meetings(text, "1996-08-27")).toEqual([expect.objectContaining({ who: "Vaclav Havel + Fernando Henrique Cardoso", status: "planned", location: "Brasilia" })]);
  });
  it("reads talks with a side that plain modifiers introduce", () => {
    const text = "Russia's military commander in Chechnya, General Vyacheslav Tikhomirov, began new talks with separatist chief-of-staff Aslan Maskhadov on Tuesday.";
    expect(whoOf(text, "1996-08-27")).toEqual(["Vyacheslav Tikhomirov + Aslan Maskhadov"]);
  });
  it("reads 'X and his counterpart, Y, met' as one meeting of two", () => {
    const text = "Polish President Aleksander Kwasniewski and his Slovenian counterpart, Milan Kucan, met for talks in Ljubljana.";
    expect(whoOf(text, "1996-08-27")).toEqual(["Aleksander Kwasniewski + Milan Kucan"]);
  });
  it("takes a date from the sentence before that names the same person", () => {
    const text = "Hong Kong Financial Secretary Donald Tsang will visit Indonesia from August 25 to 31, the government said on Friday.\n\nIn Jakarta, Tsang will meet President Suharto.";
    expect(meetings(text, "1996-08-23")).toEqual([expect.objectContaining({ who: "Donald Tsang + Suharto", date: "1996-08-25", location: "Jakarta" })]);
  });
  it("reads organisations as sides, with an acronym defined in brackets", () => {
    const text = "European stock market Euronext has met with the London Stock Exchange (LSE) amid speculation of a bid.";
    expect(whoOf(text)).toEqual(["Euronext + London Stock Exchange"]);
  });
  it("reads received and welcomed as meetings held", () => {
    expect(meetings("Jordanian King Hussein received Israeli Prime Minister Benjamin Netanyahu in Amman on Thursday.", "1996-08-22")).toEqual([
      expect.objectContaining({ who: "Hussein + Benjamin Netanyahu", status: "held", location: "Amman" }),
    ]);
  });
});

describe("calls and invitations (Reuters shapes)", () => {
  it("reads 'spoke to X by telephone' as a call held", () => {
    const text = "German Chancellor Helmut Kohl, who spoke to President Boris Yeltsin by telephone on Wednesday, plans a trip to Moscow.";
    expect(meetings(text, "1996-08-22")).toEqual([expect.objectContaining({ who: "Helmut Kohl + Boris Yeltsin", kind: "call", status: "held", date: "1996-08-21" })]);
  });
  it("reads an invitation to talks as a meeting planned", () => {
    const text = "Israeli President Ezer Weizman had already invited Palestinian President Yasser Arafat to his private home for talks in the coming week.";
    expect(meetings(text, "1996-08-25")).toEqual([expect.objectContaining({ who: "Ezer Weizman + Yasser Arafat", status: "planned", date: "1996-W35" })]);
  });
});

describe("visits to people, and a meeting told by its noun (BBC shapes)", () => {
  it("reads a visit to a person as a meeting, and a visit to a place as none", () => {
    const text = "Influential senator John McCain recently visited Tony Blair. Blair visited Nairobi.";
    expect(whoOf(text, "2005-03-10")).toEqual(["John McCain + Tony Blair"]);
  });
  it("reads the sides of 'the meeting between' through their companies and titles, and its tense after the noun", () => {
    const text = "The meeting between Fiat boss Sergio Marchionne and GM's Rick Wagoner is due to take place at 1330 GMT in Zurich.";
    expect(meetings(text, "2005-02-10")).toEqual([expect.objectContaining({ who: "Sergio Marchionne + Rick Wagoner", status: "planned", location: "Zurich" })]);
  });
});

describe("the dateline's place for a meeting held that names none (Reuters wire copy)", () => {
  it("puts a meeting held in the dateline's city, and leaves a planned one without a place", () => {
    const text = "Hassan meets Peres.\n\nSKHIRAT, Morocco 1996-08-29\n\nKing Hassan of Morocco met former Israeli prime minister Shimon Peres on Thursday.\n\nHe will meet Yasser Arafat next week.";
    const found = meetings(text, "1996-08-29");
    expect(found[0]).toMatchObject({ status: "held", location: "Skhirat" });
    expect(found.find((m) => m.status === "planned")?.location ?? null).toBeNull();
  });
});

describe("a place the sentence before gives with any preposition", () => {
  it("takes the city the person flew to for the meeting told next", () => {
    const text = "British minister Lynda Chalker flew to London on Monday.\n\nChalker was to meet Prime Minister Tony Blair as part of her tour.";
    expect(meetings(text, "1996-08-26")).toEqual([expect.objectContaining({ who: "Lynda Chalker + Tony Blair", location: "London" })]);
  });
});

// Sentences from the CoNLL-2003 training documents and the BBC corpus outside the devset.
describe("meeting phrases with a date or adverb inside them", () => {
  it("reads 'talks on Thursday between A and rebel chief-of-staff B'", () => {
    const text = "The truce, the latest of several, was agreed in talks on Thursday between Russian peacemaker Alexander Lebed and rebel chief-of-staff Aslan Maskhadov.";
    expect(whoOf(text, "1996-08-23")).toEqual(["Alexander Lebed + Aslan Maskhadov"]);
  });
  it("reads 'met frequently with'", () => {
    expect(whoOf("Mr Sullivan repeatedly told jurors he met frequently with Mr Ebbers.")).toEqual(["Sullivan + Ebbers"]);
  });
});

describe("organisations and countries as sides", () => {
  it("a company in talks with another, the country that says where one is from being no side", () => {
    const text = "South Africa biggest retail bank Absa has said it is still in talks with UK bank Barclays over the sale of majority stake in the group.";
    expect(whoOf(text)).toEqual(["Absa + Barclays"]);
  });
  it("a body named once with its trade is a body everywhere, and the subject before the talks, not a person earlier", () => {
    const text =
      "Shares in UK banking group Barclays have risen. Speaking on BBC Radio 4, Mr Varley declined to be drawn on reports that Barclays had held merger talks with US bank Wells Fargo.";
    expect(whoOf(text)).toEqual(["Barclays + Wells Fargo"]);
  });
  it("an organisation holds talks with two countries: two meetings, planned", () => {
    const found = meetings("The World Trade Organisation (WTO) is to hold membership talks with both Iraq and Afghanistan.");
    expect(found.map((m) => [m.who, m.status])).toEqual([
      ["World Trade Organisation + Iraq", "planned"],
      ["World Trade Organisation + Afghanistan", "planned"],
    ]);
  });
});

describe("a possessive in a list of sides (Reuters train)", () => {
  it("'talks between Philippine officials and the country's commercial bank creditors': the country and its creditors", () => {
    const text =
      "The latest round of talks between Philippine officials and the country's commercial bank creditors on the rescheduling of 9.4 billion dlrs worth of debt are still proceeding, but with a narrower focus, Philippine Finance Secretary Jaime Ongpin said.";
    expect(whoOf(text, "1987-04-01")).toEqual(["Philippines + commercial bank creditors"]);
  });
});

describe("a list that opens with a body's people (Reuters train)", () => {
  it("'discussions with AMI management, Pesch, …': the body whose management it is, then the next side", () => {
    const text =
      "WEDGE Group Inc, a Houston investment firm with a 5.5 pct stake in American Medical International Inc <AMI>, said it has had talks with Pesch and Co, which is seeking control of the company.\n\nWEDGE said it has had discussions with AMI management, Pesch, the closely held health care and investment concern controlled by Chicago physician LeRoy Pesch, and other AMI shareholders.";
    expect(whoOf(text, "1987-03-02")).toContain("WEDGE Group Inc + American Medical International Inc");
  });
});

describe("false meetings", () => {
  it("a meeting denied is none", () => {
    expect(whoOf("Turkish Prime Minister Necmettin Erbakan has held direct talks with the Kurdistan Workers Party.")).toEqual(["Necmettin Erbakan + Kurdistan Workers Party"]);
    expect(whoOf("German Chancellor Helmut Kohl plans to meet Russian President Boris Yeltsin.")).toEqual(["Helmut Kohl + Boris Yeltsin"]);
    expect(whoOf("Bat told the BBC at that time that it had not negotiated with the STMC.")).toEqual([]);
    expect(whoOf("Turkish Prime Minister Necmettin Erbakan has ruled out direct talks with the Kurdistan Workers Party.")).toEqual([]);
    expect(whoOf("German Chancellor Helmut Kohl has no plans to meet Russian President Boris Yeltsin.")).toEqual([]);
  });
});

describe("talks taken up, guests received", () => {
  it("'the US and India will start negotiations': the subjects meet, planned", () => {
    const found = meetings("Local press, meanwhile, have reported that the US and India will start negotiations about adding more routes in January.");
    expect(found.map((m) => [m.who, m.status])).toEqual([["United States + India", "planned"]]);
  });
  it("'he should be received by X': the host after 'by'", () => {
    const text = "Under-Secretary of State Rui Quartin Santos will continue his work in Angola visiting Bailundo, where he should be received by Jonas Savimbi, leader of Unita.";
    expect(whoOf(text)).toEqual(["Rui Quartin Santos + Jonas Savimbi"]);
  });
  it("a list of subjects meets only by a mutual verb, and a passive or a name before a noun is no side", () => {
    expect(whoOf("Representatives from China, India, Russia, South Africa and Brazil were invited to attend some of the sessions.")).toEqual([]);
    expect(whoOf("Only Sri Lanka and Bangladesh currently receive IMF support.")).toEqual([]);
    expect(whoOf("Both Culture Secretary Tessa Jowell and Deputy Prime Minister John Prescott have welcomed his return.")).toEqual([]);
    expect(whoOf("Culture Secretary Tessa Jowell and Deputy Prime Minister John Prescott have met.")).toEqual(["Tessa Jowell + John Prescott"]);
  });
});

describe("a verb's subject after a possessive", () => {
  // The shape of Reuters copy from 1996; no article in the benches has it outside the devset.
  it("'A and Britain's B met C': the possessive names B's country, not the owner of a meeting", () => {
    const text = "German Foreign Minister Klaus Kinkel and Britain's Malcolm Rifkind met Israeli Foreign Minister David Levy.";
    expect(whoOf(text, "1996-08-23")).toEqual(["Klaus Kinkel + Malcolm Rifkind + David Levy"]);
  });
});

// The shapes of Reuters copy from 1996, with names from no devset article.
describe("sides referred to, and a spokesman who tells of a meeting", () => {
  it("'the two leaders' are the pair the text named together", () => {
    const text =
      "Bosnian Moslem leader Alija Izetbegovic and Serb leader Momcilo Krajisnik signed the accord on Friday. U.S. envoy Richard Holbrooke will meet the two leaders next week. The two leaders also met in Sarajevo.";
    expect(whoOf(text, "1996-08-23")).toEqual(["Richard Holbrooke + Alija Izetbegovic", "Richard Holbrooke + Momcilo Krajisnik", "Alija Izetbegovic + Momcilo Krajisnik"]);
  });
  it("'U.S. contacts with X': the country that qualifies the noun is the side, not the spokesman who tells of it", () => {
    const text = "State Department spokesman Nicholas Burns said there had been direct U.S. contacts with Bosnian Serb leader Momcilo Krajisnik.";
    expect(whoOf(text, "1996-08-23")).toEqual(["United States + Momcilo Krajisnik"]);
  });
});

describe("a meeting noun with no 'with': the people the sentence lists", () => {
  it("'A and B … sealed the links during talks in Warsaw' (Reuters copy)", () => {
    const text = "Interior Minister Zbigniew Siemiatkowski and Bernd Schmidbauer, German intelligence co-ordinator in Helmut Kohl's chancellery, sealed the closer links during talks in Warsaw.";
    expect(meetings(text, "1996-08-23").map((m) => [m.who, m.location])).toEqual([["Zbigniew Siemiatkowski + Bernd Schmidbauer", "Warsaw"]]);
  });
  it("'after meeting X' stays the verb", () => {
    const text = "Hong Kong Financial Secretary Donald Tsang told a news conference after meeting New Zealand Finance Minister Bill Birch.";
    expect(whoOf(text, "1996-08-23")).toEqual(["Donald Tsang + Bill Birch"]);
  });
  it("takes its date from the sentence before when that one reports a meeting too", () => {
    const text =
      "Bosnian Serb and Moslem military commanders finally met near Sarajevo on Tuesday. The Serb commander, General Ratko Mladic, arrived at the airport for discussions with Moslem army chief Rasim Delic.";
    expect(meetings(text, "1996-08-28").map((m) => [m.who, m.date])).toEqual([["Ratko Mladic + Rasim Delic", "1996-08-27"]]);
  });
});

describe("the date and place of a meeting told around it", () => {
  it("a date after a participle dates that participle: 'a ceasefire sealed last week'", () => {
    const text =
      "Bosnian Serb and Moslem military commanders finally met near Sarajevo on Tuesday. The talks between General Ratko Mladic and General Rasim Delic are aimed at putting the finishing touches to a ceasefire sealed last week.";
    expect(meetings(text, "1996-08-28").map((m) => [m.who, m.date])).toEqual([["Ratko Mladic + Rasim Delic", "1996-08-27"]]);
  });
  it("'The Downing Street talks' in the next sentence place the meeting (BBC politics copy)", () => {
    const text =
      "Tony Blair has met Italian Prime Minister Silvio Berlusconi to talk about Turkey entering the EU. The Downing Street talks covered a range of other topics ahead of an EU summit in Brussels later in the week.";
    expect(meetings(text).map((m) => [m.who, m.location])).toEqual([["Tony Blair + Silvio Berlusconi", "Downing Street"]]);
  });
});

// BBC business copy from outside the devset: exchanges in takeover talks.
describe("bodies named by description, by possession, and each on its own", () => {
  const lead = "The London Stock Exchange (LSE) has rejected a bid. ";
  it("'the London market' is the one London body named; 'Both A and B held talks with' is two meetings", () => {
    const text = lead + "Both Deutsche Boerse and rival Euronext held talks with the London market last week over a possible offer.";
    expect(whoOf(text, "2005-01-20")).toEqual(["Deutsche Boerse + London Stock Exchange", "Euronext + London Stock Exchange"]);
  });
  it("'talks with Deutsche Boerse's rival Euronext' are with Euronext", () => {
    const text = lead + "But the London exchange is also holding talks with Deutsche Boerse's rival Euronext, which operates the Amsterdam exchange.";
    expect(whoOf(text, "2005-01-20")).toEqual(["London Stock Exchange + Euronext"]);
  });
  it("'Bosses of Deutsche Boerse' opening a sentence are not the body's name", () => {
    const text = "Bosses of Deutsche Boerse and the London Stock Exchange are to meet amid talk that a takeover bid for the LSE will be raised.";
    expect(whoOf(text, "2005-01-20")).toEqual(["Deutsche Boerse + London Stock Exchange"]);
  });
});

// The shapes of Reuters copy from 1996, with names from no devset article.
describe("asides in a list of sides, and 'the two leaders' before a chain of verbs", () => {
  it("an acronym in brackets inside an aside does not end the list", () => {
    const text =
      "The agreement followed direct U.S. contacts with Alija Izetbegovic, leader of the Party of Democratic Action (SDA), and Momcilo Krajisnik, leader of the Serb Democratic Party (SDS).";
    expect(whoOf(text, "1996-08-23")).toEqual(["United States + Alija Izetbegovic", "United States + Momcilo Krajisnik"]);
  });
  it("'The two party leaders had also agreed to meet X' is the pair meeting X", () => {
    const text =
      "Bosnian Moslem leader Alija Izetbegovic and Serb leader Momcilo Krajisnik signed the accord on Friday. The two party leaders had also agreed to meet U.S. envoy Richard Holbrooke in September.";
    expect(whoOf(text, "1996-08-23")).toEqual(["Alija Izetbegovic + Momcilo Krajisnik + Richard Holbrooke"]);
  });
});

// The shapes of Reuters copy from 1996, with names from no devset article.
describe("who tells of a meeting, and who is named inside an aside, are no sides", () => {
  it("'X will meet A and B, Y said': Y is the source", () => {
    const text = "French President Jacques Chirac will also meet President Boris Yeltsin and Prime Minister Viktor Chernomyrdin, Catherine Colonna said.";
    expect(whoOf(text, "1996-08-23")).toEqual(["Jacques Chirac + Boris Yeltsin", "Jacques Chirac + Viktor Chernomyrdin"]);
  });
  it("'A, who has asked whether B should resign, met C': A is the subject", () => {
    const text = "Senator Richard Lugar, who has asked whether Secretary of State Warren Christopher should resign, met Turkish Prime Minister Mesut Yilmaz on Monday.";
    expect(whoOf(text, "1996-08-23")).toEqual(["Richard Lugar + Mesut Yilmaz"]);
  });
});

describe("a visitor addressed by a host", () => {
  it("'told visiting X': the host met the visitor", () => {
    const text = "Chinese Premier Li Peng told visiting Japanese Foreign Minister Yukihiko Ikeda that ties were improving.";
    expect(whoOf(text, "1996-08-23")).toEqual(["Li Peng + Yukihiko Ikeda"]);
  });
  it("'visiting' a place, or with no host before it, is no meeting (BBC politics copy)", () => {
    expect(whoOf("Before visiting Israel, Prime Minister Tony Blair made a surprise trip to Iraq.")).toEqual([]);
  });
  it("'met visiting X in Algiers' is one meeting, placed where the verb's clause says (Reuters copy)", () => {
    const text = "Bishop Pierre Claverie was killed in a bomb blast in Oran, hours after he met visiting French Foreign Minister Herve de Charette in Algiers.";
    expect(meetings(text, "1996-08-02").map((m) => [m.who, m.location])).toEqual([["Pierre Claverie + Herve de Charette", "Algiers"]]);
  });
});

describe("meetings: organisations and groups as sides, and discussions (1987 wire copy, the meetings train split)", () => {
  const participants = (text: string) => kindsOf(text, "1987-03-10");

  it("a person in talks with two companies: one negotiation of the three, each side saying what it is", () => {
    const text = "Financier Martin T. Sosnoff said he has held preliminary talks with Pratt Hotel Corp and Southmark Corp on forming a joint venture.";
    expect(participants(text)).toEqual([["person:Martin T. Sosnoff", "organization:Pratt Hotel Corp", "organization:Southmark Corp"]]);
  });

  it("a country's officials meet a group named by a noun phrase ('Japanese creditor banks'), 'here' after it", () => {
    const text =
      "A team of Nigerian officials will meet with Japanese creditor banks here later this week to seek Japanese support for a proposed refinancing of part of Nigeria's 19 billion dlr foreign debt, bankers said.";
    expect(participants(text)).toEqual([["country:Nigeria", "organization:Japanese creditor banks"]]);
  });

  it("'Ongpin and Central Bank Governor Jose Fernandez started talks': the surname before 'and' is a person, not a bank's name", () => {
    const text =
      "Finance Secretary Jaime Ongpin made the proposal. The sources said Finance Undersecretary Ernest Leung and Deputy Central Bank Governor Edgardo Zialcita left New York after Ongpin and Central Bank Governor Jose Fernandez started talks with the banks to put finishing touches to the accord.";
    expect(participants(text)).toEqual([
      ["person:Jaime Ongpin", "organization:banks"],
      ["person:Jose Fernandez", "organization:banks"],
    ]);
  });

  it("holders written as two words ('the note holders') are a group that can meet, like 'noteholders'", () => {
    const text =
      "Law Debenture Trust, as trustee for the notes, has been attempting to organise a meeting between the note holders and Nigeria for the last coupole of months.";
    expect(participants(text)).toEqual([["organization:note holders", "country:Nigeria"]]);
  });

  it("'discussed the country's difficulties with President X' is talks with X; a topic 'discussed with' someone is not", () => {
    const visit =
      "IMF Managing Director Michel Camdessus paid a brief weekend visit to the Ivory Coast during which he discussed the country's economic difficulties with President Felix Houphouet-Boigny.";
    expect(participants(visit)).toEqual([["person:Michel Camdessus", "person:Felix Houphouet-Boigny"]]);
    expect(participants("He indicated that trade in wheat was not something that would be discussed with the President of the United States.")).toEqual([]);
  });
});

describe("meetings: a thing of a person's is not the person (PolNeAR train)", () => {
  it("'to receive the endorsement of X' is no meeting with X; 'met the president of France, X' is one", () => {
    expect(whoOf("Hillary Clinton says in Ohio that she’s thrilled to receive the endorsement of Cleveland Cavaliers basketball star LeBron James.")).toEqual([]);
    expect(whoOf("Chancellor Olaf Scholz met the president of France, Emmanuel Macron, in Paris on Monday.")).toEqual(["Olaf Scholz + Emmanuel Macron"]);
  });
});

describe("meetings: a phrase between the verb and its 'with', stock symbols, urging and asides (1987 wire and PolNeAR train)", () => {
  it("'after meeting for about an hour with A, B, C and D' is a meeting with each, titles such as 'Chief of Staff' kept out of the names", () => {
    const text =
      "But President Ronald Reagan announced his willingness to negotiate with Congress after meeting for about an hour with White House Chief of Staff Howard Baker, Treasury Secretary James Baker, Federal Reserve Board Chairman Alan Greenspan and chief economic adviser Beryl Sprinkel.";
    expect(whoOf(text, "1987-10-20")).toEqual(["Ronald Reagan + Howard Baker", "Ronald Reagan + James Baker", "Ronald Reagan + Alan Greenspan", "Ronald Reagan + Beryl Sprinkel"]);
  });
  it("'met on June 8 with' takes its sides after the date", () => {
    const text = "Paul Koether, chairman of Pure World Inc, met on June 8 with management representatives of American Physicians Service Group Inc for talks.";
    expect(meetings(text, "1987-06-10").map((m) => [m.who, m.date])).toEqual([["Paul Koether + American Physicians Service Group Inc", "1987-06-08"]]);
  });
  it("a company's stock symbol ('<PRAT>') is part of its name, not a break in the list", () => {
    const text = "Martin Sosnoff also said he has held preliminary talks with Pratt Hotel Corp <PRAT> and Southmark Corp <SM> on forming a joint venture.";
    expect(whoOf(text, "1987-03-10")).toEqual(["Martin Sosnoff + Pratt Hotel Corp + Southmark Corp"]);
  });
  it("'called on X to stop' urges X; 'called on X at the White House' is a visit", () => {
    expect(whoOf("Clinton campaign spokeswoman Jennifer Palmieri called on Donald Trump to stop attacking Alicia Machado.", "2016-09-30")).toEqual([]);
    expect(whoOf("Jennifer Palmieri called on Donald Trump at Trump Tower on Friday.", "2016-09-30")).toEqual(["Jennifer Palmieri + Donald Trump"]);
  });
  it("'called on Michigan Gov. Rick Snyder (R) to resign' and 'called on Republicans to back Trump' urge (PolNeAR train)", () => {
    expect(whoOf("On Saturday, Sen. Bernie Sanders (I-Vt.) called on Michigan Gov. Rick Snyder (R) to resign over the lead poisoning crisis in Flint.", "2016-01-19")).toEqual([]);
    const text =
      "“There will be some that will take days and weeks to realize that there are two choices and that it’s between Donald Trump and the Democratic nominee, which most of us believe will be Hillary Clinton,” said Gov. Phil Bryant of Mississippi, a former backer of Sen. Ted Cruz, who has since called on Republicans to back Trump.";
    expect(whoOf(text, "2016-05-05")).toEqual([]);
  });
  it("guard: 'called on the Obama administration to block the deal' (PolNeAR train) and 'called on … Hillary Clinton to at least do something' urge", () => {
    const text =
      "Sen. Bernie Sanders of Vermont called on the Obama administration to block the deal, but Democrats weren't the only ones worried about companies taking advantage of inversions to avoid taxes.\n\nPresident Obama has called inversions \"unpatriotic.\"";
    expect(whoOf(text, "2015-11-24")).toEqual([]);
    expect(whoOf("A Baton Rouge newspaper called on Democrat candidate Hillary Clinton to at least do something.", "2016-08-27")).toEqual([]);
  });
  it("the subject before an appositive ('Dumas, a close aide to President Mitterrand, … met') is the one who met", () => {
    const text = "Foreign Minister Roland Dumas, a close aide to President Francois Mitterrand, earlier this week met Iranian Prime Minister Mir Hossein Mousavi in Paris.";
    expect(whoOf(text, "1987-03-12")).toEqual(["Roland Dumas + Mir Hossein Mousavi"]);
  });
});

describe("meetings: co-subjects are one side (PolNeAR train)", () => {
  it("'A and B began negotiations with China' is A with China and B with China, not A with B", () => {
    const text = "John Podesta and Todd Stern, the State Department's climate envoy, began arduous negotiations with China.";
    expect(whoOf(text, "2016-09-08")).toEqual(["John Podesta + China", "Todd Stern + China"]);
  });
});

describe("meetings: firms named after people, 'it' for the firm that opens the sentence, a firm's management (1987 wire, train split)", () => {
  const participants = (text: string) => kindsOf(text, "1987-03-10");

  it("'WEDGE Group Inc, a firm with a stake in AMI, said it has had talks with Pesch and Co': the firm that opens the sentence with the firm 'and Co'", () => {
    const text =
      "WEDGE Group Inc, a Houston investment firm with a 5.5 pct stake in American Medical International Inc, said it has had talks with Pesch and Co, which is seeking control of the company. Pesch and Co is controlled by Chicago physician LeRoy Pesch.";
    expect(participants(text)).toEqual([["organization:WEDGE Group Inc", "organization:Pesch and Co"]]);
  });
  it("'discussions with AMI management' are discussions with AMI", () => {
    expect(participants("WEDGE said it has had discussions with AMI management.")).toEqual([["organization:WEDGE", "organization:AMI"]]);
  });
});

describe("meetings: 'the two countries' (1987 wire, train split)", () => {
  it("'before the two countries open trade talks' are the two countries named together before, not the person who said it", () => {
    const text =
      "U.S. Trade Representative Clayton Yeutter said he was unsure whether some of the trade issues straining U.S.-Japanese relations would be resolved before the two countries open trade talks in late April.";
    expect(meetings(text, "1987-03-24").map((m) => [m.who, m.status, m.date])).toEqual([["United States + Japan", "planned", "1987-04"]]);
  });
});

describe("meetings: 'called' a person, and a thing of someone's after a verb (PolNeAR train)", () => {
  it("'called Alicia Machado on Friday to express gratitude' is a call; 'called Trump a liar' and 'called China provocative' are not", () => {
    const text =
      "Clinton spokesman Nick Merrill says that Hillary Clinton called Alicia Machado on Friday to express gratitude to the former Miss Universe who has become caught up in the maelstrom of the presidential campaign.";
    expect(meetings(text, "2016-09-30").map((m) => [m.who, m.kind, m.date])).toEqual([["Hillary Clinton + Alicia Machado", "call", "2016-09-30"]]);
    expect(whoOf("Senator Marco Rubio called Donald Trump a con artist.", "2016-09-30")).toEqual([]);
    expect(whoOf("Donald Trump has called China a currency manipulator.", "2016-09-30")).toEqual([]);
  });
  it("'had received Trump's tax filings' receives a thing of Trump's, not Trump", () => {
    const text = "The New York Times reported Saturday that it had received anonymously the first pages of Donald Trump's 1995 state income tax filings in New York.";
    expect(whoOf(text, "2016-10-02")).toEqual([]);
  });
  it("a headline's 'Won't' is no part of the name before it", () => {
    const text = "Trump Says Gennifer Flowers Won't Be at Debate\n\nDonald Trump met Gennifer Flowers before the debate.";
    expect(whoOf(text, "2016-09-26")).toEqual(["Donald Trump + Gennifer Flowers"]);
  });
});

describe("meetings: a name listed with a body's is a body's (1987 wire, train split)", () => {
  it("'The European Community (EC) and Soviet-led Comecon ended talks': two bodies, the country that leads one no side", () => {
    const text = "The European Community (EC) and Soviet-led Comecon ended talks here, having made progress on setting up formal trade relations, delegates said.";
    expect(whoOf(text, "1987-03-20")).toEqual(["European Community + Comecon"]);
  });
});

describe("meetings: negotiations with a body, and the body right before the phrase (1987 wire, train split)", () => {
  const participants = (text: string) => kindsOf(text, "1987-04-09");

  it("'He noted the Nigerians are attempting to negotiate agreements with members of the Paris Club': Nigeria with the Paris Club, not the one who noted it", () => {
    const text =
      "An official of the Law Debenture Trust said he did not know when the new representative, David Murison, would arrive. He noted the Nigerians currently are attempting to negotiate bilateral agreements with members of the Paris Club of western creditor governments.";
    expect(participants(text)).toEqual([["country:Nigeria", "organization:Paris Club"]]);
  });
  it("'talks between Philippine officials and the country's commercial bank creditors': a country and a group", () => {
    const text = "The latest round of talks between Philippine officials and commercial bank creditors are still proceeding in New York.";
    expect(participants(text)).toEqual([["country:Philippines", "organization:commercial bank creditors"]]);
  });
});

describe("meetings: calls, invitations and things that are no meeting (PolNeAR train)", () => {
  it("'called Wednesday for Justice X to resign' urges; 'a PAC called Stop Hillary' names", () => {
    expect(whoOf("Donald Trump called Wednesday for Supreme Court Justice Ruth Bader Ginsburg to resign.", "2016-07-13")).toEqual([]);
    expect(whoOf("Hillary Clinton was the target of attacks by one PAC called Stop Hillary and another group.", "2016-07-13")).toEqual([]);
  });
  it("an invitation to testify or to sit in the front row is no meeting, an aside or an adverb between; an invitation to visit is one", () => {
    expect(whoOf("Bernie Sanders has invited Matt Duss, the president of the Foundation for Middle East Peace, to testify.", "2016-06-01")).toEqual([]);
    expect(whoOf("Donald Trump invited Gennifer Flowers, who once had an affair with President Clinton, to also sit in the front row.", "2016-09-26")).toEqual([]);
    expect(whoOf("Israeli Prime Minister Yitzhak Rabin invited PLO leader Yasser Arafat to visit Jerusalem.", "1995-01-10")).toEqual(["Yitzhak Rabin + Yasser Arafat"]);
  });
  it("'welcomed extradition to the United States' welcomes a thing, not the country", () => {
    expect(whoOf("Marcel Lehel Lazar said he welcomed extradition to the United States.", "2016-05-26")).toEqual([]);
  });
});

describe("meetings: crowds, destinations and names given (PolNeAR train beyond the meetings split)", () => {
  it("'greeted by thousands of Germans' is a crowd, no host; 'welcomed world leaders to the White House' names where, not whom", () => {
    expect(whoOf("Barack Obama departs the UK for Germany today, where he will be greeted by thousands of Germans protesting.", "2016-04-24")).toEqual([]);
    expect(whoOf("Barack Obama, who welcomed world leaders to the White House for a working dinner, spoke on Friday.", "2016-04-01")).toEqual([]);
  });
  it("'called again for President Obama to resign' and 'a program called Sandy Hook Promise' are no calls", () => {
    expect(whoOf("Donald Trump, while being interviewed on Fox and Friends Monday morning, called again for President Barack Obama to resign.", "2016-06-13")).toEqual([]);
    expect(whoOf("Mark Barden now helps lead a program called Sandy Hook Promise.", "2016-01-05")).toEqual([]);
  });
});

describe("meetings: the agent of the sentence (bench/meetings train)", () => {
  it("'The meeting with Kato opened a 12-day visit to Japan by Lyng': the one 'by' names is the other side", () => {
    const text =
      "U.S. Agriculture Secretary Richard Lyng has asked Japan to open its farm market further.\n\nHideo Maki quoted Lyng as telling Agriculture Minister Mutsuki Kato that the removal of import restrictions would help Japan as well as the United States.\n\nThe meeting with Kato opened a 12-day visit to Japan by Lyng, who is here to dicuss farm trade.";
    expect(whoOf(text, "1987-04-17")).toEqual(["Richard Lyng + Mutsuki Kato"]);
  });
});

describe("meetings: a person and a body between them (bench/meetings train)", () => {
  it("'talks between Deputy Iranian Finance Minister Mehdi Navvab and the French Finance Ministry': a person and an organisation", () => {
    const text =
      "The report of progress contrasts with official French statements last month after talks between Deputy Iranian Finance Minister Mehdi Navvab and the French Finance Ministry.";
    expect(kindsOf(text, "1987-03-13")).toEqual([["person:Mehdi Navvab", "organization:French Finance Ministry"]]);
  });
});

describe("meetings: sides joined before the meeting noun (bench/meetings train)", () => {
  it("'during the U.S./Soviet summit expected to be held next month': two countries joined by a slash, planned", () => {
    const text =
      "The Soviets have not indicated an urgent need for a U.S. wheat subsidy offer, and it is unlikely that such an offer will be made during the U.S./Soviet summit expected to be held next month, Agriculture Secretary Richard Lyng told Reuters.";
    expect(meetings(text, "1987-10-19")).toEqual([{ who: "United States + Soviet Union", kind: "summit", status: "planned", date: "1987-11", location: null }]);
  });
});

describe("meetings: a time phrase between the verb and its 'with' (PolNeAR train)", () => {
  it("'when Obama met in the afternoon with Chinese President Xi Jinping'", () => {
    const text = "North Korea also topped the agenda when Obama met in the afternoon with Chinese President Xi Jinping.";
    expect(whoOf(text, "2016-04-01")).toEqual(["Obama + Xi Jinping"]);
  });
});

describe("meetings: the leaders of the two sides (bench/meetings train)", () => {
  it("'The two sides in the Thursday and Friday talks will be headed by A and B': A meets B, planned", () => {
    const text =
      "The two sides in the Thursday and Friday talks will be headed by Deputy U.S. Trade Representative Michael Smith and MITI vice minister Makoto Kuroda.";
    expect(meetings(text, "1987-04-03")).toEqual([{ who: "Michael Smith + Makoto Kuroda", kind: "talks", status: "planned", date: "1987-04-09", location: null }]);
  });
});

describe("meetings: 'the president' after an aide is quoted (PolNeAR train)", () => {
  it("'The president held a joint meeting in the morning with A and B': the president named before, past a time phrase", () => {
    const text = [
      "While making final preparations for his nuclear security summit, President Obama spent Thursday discussing challenges in Asia that span North Korea's nuclear weapons to China's military and territorial ambitions.",
      '"We continue to face the threat from North Korean provocations," said Ben Rhodes, Obama\'s deputy national security adviser for strategic communications.',
      "The president held a joint meeting in the morning with Japan Prime Minister Shinzo Abe and South Korea President Park Geun Hye.",
    ].join("\n\n");
    expect(whoOf(text, "2016-04-01")).toEqual(expect.arrayContaining(["Obama + Shinzo Abe", "Obama + Park Geun Hye"]));
    expect(whoOf(text, "2016-04-01").some((w) => w.includes("Ben Rhodes"))).toBe(false);
  });
});

describe("meetings: who tells of talks with someone took part (bench/meetings train)", () => {
  it("'… as a result of talks yesterday with U.S. Treasury Secretary James Baker, Mexican Finance Minister Gustavo Petricioli said'", () => {
    const text =
      "There is a good chance that the United States and Latin America will agree reforms in the Inter-American Development Bank (IADB) as a result of talks yesterday with U.S. Treasury Secretary James Baker, Mexican Finance Minister Gustavo Petricioli said.";
    expect(meetings(text, "1987-03-24")).toEqual([{ who: "Gustavo Petricioli + James Baker", kind: "talks", status: "held", date: "1987-03-23", location: null }]);
  });
  it("'Brazil … to renew negotiations with creditors …, Finance Minister X said': the country before the phrase is the side, not the teller", () => {
    const text =
      "Brazil's new economic plan should enable Brazil to renew negotiations with creditors on its 111-billion dlr foreign debt within the next 30 days, Finance Minister Luiz Carlos Bresser Pereira said.";
    expect(whoOf(text, "1987-06-13").some((w) => w.includes("Bresser Pereira"))).toBe(false);
  });
});

describe("meetings: sides listed after a dash that names their kind (bench/meetings train)", () => {
  it("'during talks yesterday with the so-called \"A\" countries - Brazil, Argentina and Mexico -': three meetings", () => {
    const text = [
      "There is a good chance that the United States and Latin America will agree reforms in the Inter-American Development Bank (IADB) as a result of talks yesterday with U.S. Treasury Secretary James Baker, Mexican Finance Minister Gustavo Petricioli said.",
      'He said Baker had indicated receptivity to Latin America\'s position during talks yesterday with the so-called "A" countries - Brazil, Argentina and Mexico - who stand to suffer a net deficit of IADB funding unless the Bank votes a substantial capital increase.',
    ].join("\n\n");
    expect(whoOf(text, "1987-03-24")).toEqual(["Gustavo Petricioli + James Baker", "James Baker + Brazil", "James Baker + Argentina", "James Baker + Mexico"]);
  });
});

describe("meetings: who tells what another did at a meeting was at it (bench/meetings train)", () => {
  it("'Ongpin said Japanese Finance Minister Kiichi Miyazawa expressed satisfaction … during a meeting here yesterday'", () => {
    const text = [
      "The Philippines has received a 300 mln dlr loan from the Japanese Export-Import Bank, Philippine Finance Minister Jaime Ongpin told Reuters.",
      "Ongpin said Japanese Finance Minister Kiichi Miyazawa expressed satisfaction at the recent rescheduling of the Philippines' 10.3 billion dlr foreign debt during a meeting here yesterday.",
    ].join("\n\n");
    expect(meetings(text, "1987-04-27")).toEqual([{ who: "Jaime Ongpin + Kiichi Miyazawa", kind: "meeting", status: "held", date: "1987-04-26", location: null }]);
  });
});

describe("meetings: summoned to the summoner (CAMEO 040), not before a panel or to a squad", () => {
  it("'he summoned his senior climate adviser, Brian Deese, to the Oval Office' is a meeting (bench/meetings train)", () => {
    const text =
      "President Barack Obama spoke on Monday. The morning Mr. Obama unveiled the final version of the Clean Power Plan last year, he summoned his senior climate adviser, Brian Deese, to the Oval Office.";
    expect(whoOf(text, "2016-09-08")).toEqual(["Barack Obama + Brian Deese"]);
  });
  it("'having already summoned Phil Neville after Bridge pulled out' (BBC sport) is a call-up, not a meeting", () => {
    const text =
      "England coach Sven-Goran Eriksson has still not decided whether to call up any further back-up, having already summoned Phil Neville after Bridge pulled out with a foot injury.";
    expect(whoOf(text, "2005-02-07")).toEqual([]);
  });
});

describe("meetings: two foreign firms, each named with its country (bench/meetings train)", () => {
  it("'a meeting … between Algeria's Entreprise Nationale … (ENOF) and Spain's Almaden': the firms are the sides, not their countries", () => {
    const text =
      "Algerian and Spanish producers have agreed to apply a minimum selling price. The agreement was made during a meeting here last week between Algeria's Entreprise Nationale des Non-ferreux et Substances Utiles (ENOF) and Spain's Almaden to discuss the market situation.";
    expect(kindsOf(text, "1987-04-05")).toEqual([["organization:Entreprise Nationale des Non-ferreux et Substances Utiles", "organization:Almaden"]]);
  });
});

describe("meetings: a country named as one of an open class of them is no side (bench/meetings train)", () => {
  it("'trade negotiations with Japan and other countries' reports no meeting with Japan; 'talks with Nakasone and other leaders' does", () => {
    const reagan =
      "President Reagan warned the U.S. Congress in his weekly radio address against passing what he called dangerous, protectionist trade legislation that would tie his hands in trade negotiations with Japan and other countries.";
    expect(whoOf(reagan, "1987-04-26")).toEqual([]);
    const summit = "President Reagan will hold talks with Japanese Prime Minister Yasuhiro Nakasone and other leaders here this week.";
    expect(whoOf(summit, "1987-04-26")).toEqual(["Reagan + Yasuhiro Nakasone"]);
  });
});

describe("meetings: a relative named by a given name is a side in full (bench/meetings train)", () => {
  it("'his wife, Laura, who spoke of her early brainstorming discussions with the museum's director, Lonnie Bunch' is Laura Bush's, not George W. Bush's", () => {
    const text =
      "There was a panoply of dignitaries, including George W. Bush, who signed the legislation authorizing the building of the museum, and his wife, Laura, who spoke of her early brainstorming discussions with the museum's director, Lonnie Bunch.";
    expect(whoOf(text, "2016-09-25")).toEqual(["Laura Bush + Lonnie Bunch"]);
  });
});

describe("meetings: creditor talks as wire copy tells them (1987–2010 newspaper archives, outside every split)", () => {
  it("talks take their topic before their other side, after a subject with an aside: 'Brazil, which …, resumed talks on a medium-term deal with its bank advisory committee'", () => {
    const text =
      "Brazil, which has a foreign debt totaling $113 billion, resumed talks on a medium-term deal with its bank advisory committee here on Tuesday after a three-week break.";
    expect(kindsOf(text, "1988-01-13")).toEqual([["country:Brazil", "organization:bank advisory committee"]]);
  });
  it("the body named first is the side a country after it qualifies: 'met … with the Bank Advisory Committee for Brazil'", () => {
    const text = "Fernando Milliet, president of Brazil's central bank, Wednesday met for four hours with the Bank Advisory Committee for Brazil.";
    expect(kindsOf(text, "1987-07-24")).toEqual([["person:Fernando Milliet", "organization:Bank Advisory Committee"]]);
  });
  it("a country owns its negotiations with a body: 'Greece's negotiations with the International Monetary Fund (IMF)' (a 2010 wire)", () => {
    const text =
      "Greece's negotiations with the International Monetary Fund (IMF) for a 15-billion-euro rescue will end rather soon, Greek Finance Minister George Papaconstaninou said in Washington on Sunday.";
    expect(kindsOf(text, "2010-04-26")[0]).toEqual(["country:Greece", "organization:International Monetary Fund"]);
    // The owner is no venue.
    expect(meetings(text, "2010-04-26")[0]!.location).not.toBe("Greece's");
  });
});

describe("meetings: a body's team or authorities act for it (1985 AP and 2013 AGERPRES wire copy, outside every split)", () => {
  it("'The IMF team met with Economy Minister Ricardo Zerbino' is the IMF's meeting", () => {
    const text =
      "A group representing the International Monetary Fund met Tuesday with Uruguayan officials who want to refinance the nation's $4.6 billion foreign debt. The IMF team met with Economy Minister Ricardo Zerbino and other government officials.";
    expect(kindsOf(text, "1985-04-30")).toEqual([
      ["organization:International Monetary Fund", "country:Uruguay"],
      ["organization:International Monetary Fund", "person:Ricardo Zerbino"],
    ]);
  });
  it("'The Romanian authorities and the International Monetary Fund (IMF) on Saturday morning held negotiations': two sides, past an acronym and a date", () => {
    const text =
      "The Romanian authorities and the International Monetary Fund (IMF) on Saturday morning held negotiations at the headquarters of the Ministry of Public Finances (MFP) focused on the budget deficit issue.";
    expect(kindsOf(text, "2013-10-26")).toEqual([["country:Romania", "organization:International Monetary Fund"]]);
  });
});

describe("meetings: a long adjunct before 'with', and a body's officials of rank (1985 AP and 2015 AFP wire copy, outside every split)", () => {
  it("'who met two weeks ago in the United States with officials of the IMF and the World Bank' meets both bodies", () => {
    const text =
      "The IMF team met with Economy Minister Ricardo Zerbino. Accompanying Zerbino, who met two weeks ago in the United States with officials of the IMF and the World Bank to pursue a debt refinancing, were Central Bank President Ricardo Pascale and the planning and budget director, Ariel Davrieux.";
    expect(whoOf(text, "1985-04-30")).toContain("Ricardo Zerbino + World Bank");
  });
  it("'meetings with European and IMF top officials' are meetings with the IMF; 'European' is no body", () => {
    const text = "After the finance ministers broke up their meeting, Tsipras again went into meetings with European and IMF top officials.";
    expect(kindsOf(`Greek Prime Minister Alexis Tsipras spoke. ${text}`, "2015-06-25")).toEqual([["person:Alexis Tsipras", "organization:IMF"]]);
  });
});

describe("meetings: the company a wire story is about (Reuters-21578 stories outside bench/meetings, and its train split)", () => {
  it("'It said it is currently holding talks with its creditors' is the company that opens the story", () => {
    const text =
      "SPENDTHRIFT FARM <SFI> TO MISS NOTE PAYMENT\n\nMarch 13, 1987\n\nSpendthrift Farm Inc said it will miss the 1,875,000 dlr March 16 interest payment on its 30 mln dlrs of 12.5 pct senior subordinated notes due 1994.\n\nIt said it is currently holding talks with its creditors about a possible debt restructuring.";
    expect(kindsOf(text, "1987-03-13")).toEqual([["organization:Spendthrift Farm Inc", "organization:creditors"]]);
  });
  it("'The company said it is continuing talks with Piedmont': a company goes by the first word of its name, and is no person", () => {
    const text =
      "USAir Group Inc said its board has rejected Trans World Airlines Inc's offer to acquire USAir for 52 dlrs per share in cash.\n\nUSAir said its board and that of Piedmont Aviation Inc <PIE> met separately yesterday to consider USAir's offer to acquire 50.1 pct of Piedmont for 71 dlrs per share.\n\nThe company said it is continuing talks with Piedmont on arriving at a definitive merger agreement and the two companies hope to reach one very shortly.";
    expect(kindsOf(text, "1987-03-05")).toContainEqual(["organization:USAir Group Inc", "organization:Piedmont Aviation Inc"]);
  });
  it("'Standard Oil said discussions with BP …': 'Oil' ends a body's name, as it qualifies a title", () => {
    const text =
      "Standard Oil Co <SRD> said in a brief announcement that British Petroleum Co PLC <BP.L> (BP) has extended its 70 dlr per share tender offer until midnight May 4.\n\nStandard Oil said discussions with BP concerning the tender were continuing but provided no further details.";
    expect(kindsOf(text, "1987-04-23")).toEqual([["organization:Standard Oil Co", "organization:British Petroleum Co PLC"]]);
  });
  it("'discussions with AMI management, Pesch … and other AMI shareholders' are talks with each holder, not one among them all", () => {
    const text =
      "WEDGE Group Inc, a Houston investment firm with a 5.5 pct stake in American Medical International Inc, said it has had talks with Pesch and Co, which is seeking control of the company.\n\nWEDGE said it has had discussions with AMI management, Pesch, the closely held health care and investment concern controlled by Chicago physician LeRoy Pesch, and other AMI shareholders.";
    expect(kindsOf(text, "1987-03-02").filter((sides) => sides.length > 2)).toEqual([]);
  });
  it("'discussions with Dome's lenders, spokesman David Annesley told Reuters': the lenders are the side, not the spokesman", () => {
    const text =
      "Dome Petroleum Ltd's plan to reschedule debt of more than 6.1 billion Canadian dlrs will likely be detailed to a group of 56 major creditors on Monday or Tuesday next week, a company spokesman said.\n\nCirculation of the complex plan to reschedule the company's debt was delayed to incorporate late changes resulting from discussions with Dome's lenders, spokesman David Annesley told Reuters in response to an inquiry.";
    expect(kindsOf(text, "1987-03-04").flat()).not.toContain("person:David Annesley");
  });
});

describe("meetings: a group named with a number and an article (Reuters-21578, outside bench/meetings)", () => {
  it("'said after a meeting with a 14-bank advisory committee' keeps the group's whole name", () => {
    const text =
      "Central Bank governor Francisco Gros said after a meeting with a 14-bank advisory committee that Brazil cannot make any interest payments at this time, though it would do so as soon as it can.";
    expect(kindsOf(text, "1987-03-25")).toEqual([["person:Francisco Gros", "organization:14-bank advisory committee"]]);
  });
});

describe("meetings: a company telling of its own talks (Reuters-21578, outside bench/meetings)", () => {
  it("'Prime Medical Services Inc said merger talks with National HMO Corp <NHMO> have been terminated'", () => {
    const text = "Prime Medical Services Inc said merger talks with National HMO Corp <NHMO> have been terminated.";
    expect(kindsOf(text, "1987-03-19")).toEqual([["organization:Prime Medical Services Inc", "organization:National HMO Corp"]]);
  });
});

describe("meetings: companies named by their trade or legal form (Reuters-21578, outside bench/meetings)", () => {
  it("'Illinois Regional Bancorp …. Last year, Illinois Regional had discussions with Milwaukee-based Marine Corp': a bancorp is a company, called without its 'Bancorp'", () => {
    const text =
      "Illinois Regional Bancorp said it is evaluating whether to affiliate with a larger bank holding company or continue to remain independent.\n\nLast year, Illinois Regional had discussions with Milwaukee-based Marine Corp <MCRP> but no agreement was reached, a company spokesman said.";
    expect(kindsOf(text, "1987-03-23")).toEqual([["organization:Illinois Regional Bancorp", "organization:Marine Corp"]]);
  });
  it("'Montedison Spa said it has concluded its negotiations with … <Antibioticos SA>', then 'its talks with Antibioticos': the company, not a person", () => {
    const text =
      "Montedison Spa <MONI.MI> said it has concluded its negotiations with Spanish pharmaceuticals company <Antibioticos SA>.\n\nEarlier today the Italian company postponed a scheduled press conference on its talks with Antibioticos.";
    expect(kindsOf(text, "1987-03-02")).toEqual([["organization:Montedison Spa", "organization:Antibioticos SA"]]);
  });
});

describe("meetings: a meeting told as possible, then as planned, is planned (Reuters-21578, outside bench/meetings)", () => {
  it("'may suspend payments if it fails to reach agreement with creditors' … 'FECSA is scheduled to begin formal talks with its creditors on April 6'", () => {
    const text =
      "Spain's financially troubled power company <Fuerzas Electricas de Cataluna S.A.> (FECSA) may suspend payments if it fails to reach agreement with creditors on renegotiating its 594 billion peseta debt, a company official said.\n\nFECSA is scheduled to begin formal talks with its creditors on April 6, and foreign banks holding some 184 billion pesetas of debt said they were angered over what they called a lack of information on the company's situation.";
    expect(meetings(text, "1987-03-18")).toEqual([expect.objectContaining({ who: "FECSA + creditors", status: "planned", date: "1987-04-06" })]);
  });
});

describe("meetings: a country's officials with a plain word before the noun (Reuters-21578, outside bench/meetings)", () => {
  it("'James Baker met with West German financial officials' is a meeting with West Germany", () => {
    const text = "Reagan noted that Treasury Secretary James Baker met with West German financial officials and reaffirmed their commitment to the Louvre agreement.";
    expect(kindsOf(text, "1987-10-20")).toEqual([["person:James Baker", "country:Germany"]]);
  });
});

describe("meetings: 'and' inside a body's name (Reuters-21578, outside bench/meetings)", () => {
  it("'received Securities and Exchange Commission approval' is no meeting with 'Securities'; 'Northern Engineering and Testing Inc' is one company", () => {
    expect(whoOf("Consolidated Natural Gas Co said it has received Securities and Exchange Commission approval to establish a wholly-owned gas marketing subsidiary.", "1987-03-18")).toEqual([]);
    const text = "Huntingdon International Holdings plc said it has entered into discussions with a view to acquiring Northern Engineering and Testing Inc, a company based mainly in the northwestern United States.";
    expect(kindsOf(text, "1987-06-01")).toEqual([["organization:Huntingdon International Holdings", "organization:Northern Engineering and Testing Inc"]]);
  });
});

describe("meetings: a participle after 'be' with a word of time between (Reuters-21578, outside bench/meetings)", () => {
  it("'Funaro and Gros are today meeting British Chancellor of the Exchequer Nigel Lawson, …': each of the two meets each of the three", () => {
    const text =
      "Brazil is not happy with the existing structure of the 14-bank advisory committee which coordinates its commercial bank debt, Finance Minister Dilson Funaro said.\n\nSince debtor nations' problems were normally treated on a case-by-case basis, \"Perhaps the same principle should apply to creditors,\" central bank president Francisco Gros said.\n\nFunaro and Gros are today meeting British Chancellor of the Exchequer Nigel Lawson, Foreign Secretary Geoffrey Howe and Governor of the Bank of England Robin Leigh-Pemberton.";
    expect(whoOf(text, "1987-03-02")).toEqual([
      "Dilson Funaro + Nigel Lawson",
      "Francisco Gros + Nigel Lawson",
      "Dilson Funaro + Geoffrey Howe",
      "Francisco Gros + Geoffrey Howe",
      "Dilson Funaro + Robin Leigh-Pemberton",
      "Francisco Gros + Robin Leigh-Pemberton",
    ]);
  });
});

describe("meetings: a date written as month and day before 'between' (Reuters-21578, outside bench/meetings)", () => {
  it("'An inconclusive meeting here March 22 between central bank governor Francisco Gros and Brazil's bank advisory committee'", () => {
    const text = "An inconclusive meeting here March 22 between central bank governor Francisco Gros and Brazil's bank advisory committee can only have stiffened that resolve.";
    expect(meetings(text, "1987-03-30")).toEqual([expect.objectContaining({ who: "Francisco Gros + bank advisory committee", status: "held", date: "1987-03-22" })]);
  });
});

describe("meetings: 'conferred' with no 'with' after two people (Reuters-21578, outside bench/meetings)", () => {
  it("'after Fernandez and senior deputy governor Gabriel Singson, who is in Manila, conferred on the telephone'", () => {
    const text =
      "A government-appointed special prosecutor has ordered the filing of corruption charges over the closure of a private bank against Philippine central bank governor Jose Fernandez, who said he would contest the charges.\n\nCentral bank sources said the statement was drafted after Fernandez and senior deputy governor Gabriel Singson, who is in Manila, conferred on the telephone.";
    expect(whoOf(text, "1987-03-27")).toContain("Jose Fernandez + Gabriel Singson");
  });
});

describe("meetings: a party's member is no person's name (PolNeAR train)", () => {
  it("'a North Carolina Republican' is no person who met 'Mr. Trump' in place of 'Senator Bob Corker, a Tennessee Republican'", () => {
    const text =
      "Senator Bob Corker, a Tennessee Republican who has met privately with Mr. Trump and been mentioned as a vice-presidential choice, said ''there could be'' a line that the presumptive nominee crosses that would make him withdraw his support.\n\nSenator Richard Burr, a North Carolina Republican who has also embraced Mr. Trump, acknowledged that the party may have to disavow Mr. Trump.";
    expect(whoOf(text, "2016-06-09")).toEqual(["Bob Corker + Trump"]);
  });
});

describe("meetings: a town hall meeting is a public event (PolNeAR train)", () => {
  it("'Obama told a townhall meeting with young leaders in Vietnam', 'a town hall-style meeting with Mr. Trump'", () => {
    expect(whoOf("“I think other people sometimes look at our election system and say ‘what a mess’,” Obama told a townhall meeting with young leaders in Vietnam’s Ho Chi Minh City, formerly Saigon.", "2016-05-25")).toEqual([]);
    const text =
      "During major inflection points in Donald J. Trump's campaign, the advisers, family members and friends who make up his kitchen cabinet burn up their email accounts and phone lines gaming out how to get his candidacy on track.\n\nThat person is Sean Hannity.\n\nSo there was Mr. Hannity last week, devoting one of his shows to a town hall-style meeting with Mr. Trump at which his (leading) questions often contained extensive Trumpian talking points.";
    expect(whoOf(text, "2016-08-22")).toEqual([]);
  });
});

describe("meetings: 'the president' right before the verb is its subject (PolNeAR train)", () => {
  it("'all signs pointed to Obama endorsing Clinton on Thursday after the president meets with Sanders'", () => {
    const text =
      "NEW YORK (AP) — President Barack Obama opened a determined fence-mending mission Wednesday to unite the Democratic Party behind Hillary Clinton and draw in Bernie Sanders supporters reluctant to give up after a grueling primary fight.\n\nObama’s impending endorsement for Clinton seemed like a fait accompli, as the president traveled to New York for Democratic Party fundraisers. Though the White House kept mum about the timing, all signs pointed to Obama endorsing Clinton on Thursday after the president meets with Sanders in the Oval Office.";
    expect(whoOf(text, "2016-06-08")).toEqual(["Barack Obama + Bernie Sanders"]);
  });
});

describe("meetings: talks rejected are no meeting (Reuters-21578, outside bench/meetings)", () => {
  it("'Funaro has rejected suggestions for negotiations with the IMF'", () => {
    const text = "Brazilian Finance Minister Dilson Funaro has rejected suggestions for negotiations with the IMF and said there is no question of Brazil agreeing to an austerity program with the Fund.";
    expect(whoOf(text, "1987-03-03")).toEqual([]);
  });
});

describe("meetings: companies a wire story marks with angle brackets (Reuters-21578, outside bench/meetings)", () => {
  it("'<Pilot Air Freight> said it met with officials of Northern Air Freight Inc': a bracketed name is a company, a ticker is not", () => {
    const text = "Privately-held <Pilot Air Freight> said it met with officials of Northern Air Freight Inc to try to negotiate a friendly acquisition of Northern, but Northern's management had no interest in the proposal.";
    expect(kindsOf(text, "1987-03-16")).toEqual([["organization:Pilot Air Freight", "organization:Northern Air Freight Inc"]]);
  });
  it("'talks between <Teck Corp>, <Rornex Mining Corp Ltd> and …': the marks do not break the list", () => {
    const text = "The official said the cut was agreed after five months of talks between <Teck Corp>, <Rornex Mining Corp Ltd> and <Nissho Iwai Coal Development (Canada) Ltd>.";
    expect(kindsOf(text, "1987-06-01")[0]).toEqual(expect.arrayContaining(["organization:Teck Corp", "organization:Rornex Mining Corp Ltd"]));
  });
});

describe("meetings: talks a body ends or begins, and bodies named by their kind (Reuters-21578, outside bench/meetings)", () => {
  it("'Royal Bank of Canada, the country's biggest bank, ended merger talks with Canadian broker Wood Gundy Inc.'", () => {
    const text = "Last week, Royal Bank of Canada, the country's biggest bank, ended merger talks with Canadian broker Wood Gundy Inc.";
    expect(kindsOf(text, "1987-06-20")).toEqual([["organization:Royal Bank of Canada", "organization:Wood Gundy Inc"]]);
  });
  it("'LTV also began talks with the United Steelworkers union'", () => {
    const text = "LTV also began talks with the United Steelworkers union, and both sides have made a commitment to reach a new labor agreement by May 1, the steel, aerospace and energy concern said.";
    expect(kindsOf(text, "1987-04-09")).toEqual([["organization:LTV", "organization:United Steelworkers"]]);
  });
});

describe("meetings: the sides after 'between': a denial of another act, a country's officials (Reuters-21578, outside bench/meetings)", () => {
  it("'Preston, who did not attend the meeting between Funaro and creditor banks yesterday': Funaro met the banks", () => {
    const text =
      "Brazilian Finance Minister Dilson Funaro, who suspended interest payments to creditor banks two months ago, said creditors had to trust him.\n\nBut Preston, who did not attend the meeting between Funaro and creditor banks yesterday, added the onus is still on Brazil to put its economic house in order first.";
    expect(kindsOf(text, "1987-04-08")).toEqual([["person:Dilson Funaro", "organization:creditor banks"]]);
  });
  it("guard: 'there were no talks between' still denies them", () => {
    const text = "Brazilian Finance Minister Dilson Funaro said there were no talks between Funaro and creditor banks yesterday.";
    expect(whoOf(text, "1987-04-08")).toEqual([]);
  });
  it("'discussions between Japanese officials and British corporate affairs minister Michael Howard': a country's officials and a person", () => {
    const text =
      "The technical banking talks coincided with, but were separate from, discussions between Japanese officials and British corporate affairs minister Michael Howard, who left Tokyo yesterday for South Korea.";
    expect(kindsOf(text, "1987-04-09")).toEqual([["country:Japan", "person:Michael Howard"]]);
  });
  it("'free trade talks between the U.S. and Canada, Reuber said': the teller after the list is no side", () => {
    const text = "In his speech, focusing on current free trade talks between the U.S. and Canada, Grant Reuber said failure to reach a deal would not represent a calamity for Canada.";
    expect(kindsOf(text, "1987-03-10")).toEqual([["country:United States", "country:Canada"]]);
  });
  it("guard: 'to host the talks between the Israeli leader and Abbas': a country before a title is the person with that title, no side of its own", () => {
    const text =
      "Palestinian President Mahmoud Abbas has agreed to direct talks with Israeli Prime Minister Benjamin Netanyahu in Russia, Interfax news agency cited the Palestinian embassy in Moscow as saying on Monday.\n\nNetanyahu's office said earlier on Monday the prime minister was considering an offer by Russian President Vladimir Putin to host the talks between the Israeli leader and Abbas.";
    expect(kindsOf(text, "2016-09-05").flat()).not.toContain("country:Israel");
  });
});


describe("meetings: talks agreed to lie ahead (Reuters-21578, outside bench/meetings)", () => {
  it("'Iran and the Soviet Union have provisionally agreed to hold talks' plans them", () => {
    const text = "Iran and the Soviet Union have provisionally agreed to hold talks on a possible exchange of Iranian crude oil for finished Soviet oil products, an official spokesman said Tuesday.";
    expect(meetings(text, "1987-10-20")).toMatchObject([{ who: "Iran + Soviet Union", status: "planned" }]);
  });
  it("'Bell Petroleum Services Inc said it agreed to begin talks with Regal International Inc' plans them", () => {
    const text = "Bell Petroleum Services Inc said it agreed to begin talks with Regal International Inc to form a plan of reorganization under which Bell would become a subsidiary of Regal.";
    expect(meetings(text, "1987-04-06")).toMatchObject([{ status: "planned" }]);
  });
});

describe("meetings: a country's people closed by a comma are the side, not the person after them (Reuters-21578, outside bench/meetings)", () => {
  it("'In a press conference after talks with South Korean leaders, Baldrige called …': Baldrige met South Korea", () => {
    const text =
      "U.S. Commerce Secretary Malcolm Baldrige praised South Korea's new surplus-cutting trade policies but warned of possible protectionist retaliation if Seoul's market liberalisation efforts falter or fail.\n\nIn a press conference after talks with South Korean leaders, Baldrige called the government's announced intention to regulate exports and boost imports \"a very, very important step.\"";
    expect(kindsOf(text, "1987-04-21")).toEqual([["person:Malcolm Baldrige", "country:South Korea"]]);
  });
  it("guard: 'met yesterday with the president of the bank of Mexico, Miguel Mancera Aguayo' is the person", () => {
    const text = "It said that Peruvian central bank president Leonel Figueroa met yesterday with the president of the bank of Mexico, Miguel Mancera Aguayo.";
    expect(kindsOf(text, "1987-04-21")).toEqual([["person:Leonel Figueroa", "person:Miguel Mancera Aguayo"]]);
  });
});

describe("meetings: a body that takes up talks past the verb's modifiers, and who is no side (Reuters-21578, outside bench/meetings)", () => {
  it("'As Brazil enters debt talks with creditors in the United States this week': a noun of the talks may stand after the verb", () => {
    const text = "As Brazil enters debt talks with creditors in the United States this week, political analysts say Sarney's administration has never appeared weaker.";
    expect(kindsOf(text, "1987-04-13")).toEqual([["country:Brazil", "organization:creditors"]]);
  });
  it("'Fukukawa said Japan was ready to continue trade talks with the United States': an adjective after the verb", () => {
    const text =
      "Shinji Fukukawa, Vice Minister of the International Trade and Industry Ministry, said in a statement Japan would consider measures if the United States imposes 100 pct tariffs.\n\nHowever, Fukukawa said Japan was ready to continue trade talks with the United States despite its failure to convince America to call off the threatened tariffs.";
    expect(kindsOf(text, "1987-04-11")).toEqual([["country:Japan", "country:United States"]]);
  });
  it("guard: 'Turkey's ambassador in Athens, Nazmi Akiman, was due to meet …': a place after a preposition is no subject", () => {
    const text = "Turkey's ambassador in Athens, Nazmi Akiman, was due to meet Prime Minister Andreas Papandreou today for the Greek reply to a message sent last week by Turkish Prime Minister Turgut Ozal.";
    expect(kindsOf(text, "1987-03-20").flat()).not.toContain("country:Greece");
  });
  it("'to help Ecuador meet export commitments, Espinosa said': who tells it after a comma is no side", () => {
    const text =
      "Venezuela will lend Ecuador up to 12.5 mln barrels of crude oil, Ecuadorean Energy and Mines Minister Javier Espinosa said today in a statement.\n\nVenezuela would lend 50,000 barrels per day of crude for a total of up to 7.5 mln barrels to help Ecuador meet export commitments, Espinosa said.";
    expect(whoOf(text, "1987-03-06")).toEqual([]);
  });
});

describe("meetings: a body named by its kind owns the talks (Reuters-21578, outside bench/meetings)", () => {
  it("'Marc Stepp said he will meet with reporters … on the union's negotiations with American Motors Corp': the union's, not Stepp's", () => {
    const text = "United Auto Workers vice president Marc Stepp said he will meet with reporters this afternoon on the union's negotiations with American Motors Corp.";
    expect(kindsOf(text, "1987-03-04")).toEqual([["organization:United Auto Workers", "organization:American Motors Corp"]]);
  });
});

describe("meetings: bodies told of as 'they', bodies that hold no talks of their own, talks that take no object (Reuters-21578, outside bench/meetings)", () => {
  it("'United Artists Communications Inc and <United Cable Television Corp> said they have indefinitely suspended negotiations'", () => {
    const text =
      "United Artists Communications Inc and <United Cable Television Corp> said they have indefinitely suspended negotiations on a proposed merger of their companies previously announced.";
    expect(kindsOf(text, "1987-10-19")).toEqual([["organization:United Artists Communications Inc", "organization:United Cable Television Corp"]]);
  });
  it("'another major issue in the government's current talks with the IMF and World Bank': the IMF and the World Bank did not meet each other", () => {
    const text =
      "The Times of Zambia said another major issue in the government's current talks with the IMF and World Bank was the remodelling of Zambia's foreign exchange auction.";
    expect(whoOf(text, "1987-03-12")).toEqual([]);
  });
  it("guard: 'Mugabe … said he suspended key talks to unite his ruling ZANU-PF party and opposition PF-ZAPU party': the infinitive's object is no side", () => {
    const text = "Prime Minister Robert Mugabe of Zimbabwe said he suspended key talks to unite his ruling ZANU-PF party and opposition PF-ZAPU party.";
    expect(whoOf(text, "1987-04-16")).toEqual([]);
  });
});

describe("meetings: a company's name in another language is no person's (Reuters-21578, outside bench/meetings)", () => {
  it("'Balladur, Madelin and Telecommunications Minister Gerard Longuet met': 'Telecommunications' is no short name of a person 'Societe Anonyme de Telecommunications'", () => {
    const text = [
      "Finance Minister Edouard Balladur, Industry Minister Alain Madelin and Telecommunications Minister Gerard Longuet met for more than an hour today to discuss the imminent sale of the French telephone switching group <Cie Generale de Constructions Telephoniques>, a spokesman for Longuet said.",
      "West Germany's Siemens AG <SIEG.F> has teamed up with the French group Jeumont-Schneider, in opposition to a bid from the U.S. Group ATT <T.N> and the Dutch Philips Telecommunications BV <PGLO.AS> in association with the French telecommunications firm SAT <Societe Anonyme de Telecommunications>.",
    ].join("\n\n");
    expect(whoOf(text, "1987-03-27")).toEqual(["Edouard Balladur + Alain Madelin + Gerard Longuet"]);
  });
});

describe("meetings: what one meets in the sense of satisfying it (Reuters-21578, outside bench/meetings)", () => {
  it("'West Germany had already taken steps to meet U.S. Demands for greater stimulation' is no meeting with the United States", () => {
    const text =
      "Bundesbank President Karl Otto Poehl spoke in Frankfurt.\n\nPoehl noted West Germany had already taken steps to meet U.S. Demands for greater stimulation of its domestic economy, accelerating tax cuts, cutting interest rates and tolerating above-target money supply growth.";
    expect(whoOf(text, "1987-04-08")).toEqual([]);
  });
});

describe("meetings: a name with 'arap', and a meeting that is likely (Reuters-21578, outside bench/meetings)", () => {
  it("'Museveni is likely to have a meeting with Kenyan leader Daniel arap Moi': planned, with the whole name", () => {
    const text =
      "If the talks go well, Ugandan President Yoweri Museveni is likely to have a meeting with Kenyan leader Daniel arap Moi when he pays a two-day visit to Nairobi to attend U.N ceremonies on Friday and Saturday, they added.";
    expect(meetings(text, "1987-06-03")).toMatchObject([{ who: "Yoweri Museveni + Daniel arap Moi", status: "planned" }]);
  });
});

describe("meetings: a journey to a country for talks (Reuters-21578, outside bench/meetings)", () => {
  it("'Michael Armacost will visit Tokyo next week for meetings with high-level officials': talks with Japan", () => {
    const text =
      "Undersecretary of State Michael Armacost will visit Tokyo next week for meetings with high-level officials that will include discussions of a growing trade row over Japanese semiconductor electronics products.";
    expect(meetings(text, "1987-03-24")).toMatchObject([{ who: "Michael Armacost + Japan", status: "planned" }]);
  });
  it("'Yeutter and Agriculture Secretary Richard Lyng will visit Tokyo in April for discussions on farm trade issues': each with Japan", () => {
    const text =
      "She noted trade representative Clayton Yeutter met with a senior Korean official last week on the beef issue, and that Yeutter and Agriculture Secretary Richard Lyng will visit Tokyo in April for discussions on farm trade issues.";
    expect(whoOf(text, "1987-03-04")).toEqual(["Clayton Yeutter + South Korea", "Clayton Yeutter + Japan", "Richard Lyng + Japan"]);
  });
  it("guard: 'Shultz arrived in Moscow for talks with Soviet leaders': the leaders name the side, once", () => {
    const text = "Secretary of State George Shultz arrived in Moscow for talks with Soviet leaders likely to focus on nuclear arms.";
    expect(whoOf(text, "1987-04-13")).toEqual(["George Shultz + Soviet Union"]);
  });
});

describe("meetings: 'continued' after the sides goes on with the talks (Reuters-21578, outside bench/meetings)", () => {
  it("'Negotiations between the United States and the Netherlands continued without success'", () => {
    const text = "Negotiations between the United States and the Netherlands continued without success since the late 1970's.";
    expect(whoOf(text, "1987-06-30")).toEqual(["United States + Netherlands"]);
  });
});

describe("meetings: a company telling of its talks past its stock symbol (Reuters-21578, outside bench/meetings)", () => {
  it("'Volkswagen AG <VOWG.F> said negotiations with Toyota Motor Corp <TOYO.T> … have reached \"an advanced stage\"'", () => {
    const text =
      'VW,TOYOTA LIGHT TRUCK DEAL CLOSE TO CONCLUSION\n\nVolkswagen AG <VOWG.F> said negotiations with Toyota Motor Corp <TOYO.T> over a joint production accord have reached "an advanced stage."';
    expect(kindsOf(text, "1987-06-19")).toEqual([["organization:Volkswagen AG", "organization:Toyota Motor Corp"]]);
  });
});

describe("meetings: talks whose other side is named in their topic (bench/meetings train and Reuters-21578 outside bench/meetings)", () => {
  it("'Teck Corp said it was continuing talks about joining a joint copper venture … held by affiliates Cominco Ltd and Lornex Mining Corp': all three negotiate", () => {
    const text =
      "<Teck Corp> said it was continuing talks about joining a joint copper venture at Highland Valley, British Columbia, held by affiliates Cominco Ltd <CLT> and <Lornex Mining Corp>, but did not know when negotiations would be completed.";
    expect(kindsOf(text, "1987-04-08")).toEqual([["organization:Teck Corp", "organization:Cominco Ltd", "organization:Lornex Mining Corp"]]);
  });
  it("'have been holding talks on the possible equity investment in Shearson Lehman by <Nippon Life Insurance Co>': the investor is the other side", () => {
    const text =
      "American Express Co said it and its Shearson Lehman Brothers Inc subsidiary have been holding talks on the possible equity investment in Shearson Lehman by <Nippon Life Insurance Co> of Japan.";
    expect(kindsOf(text, "1987-03-16")).toEqual([["organization:American Express Co", "organization:Nippon Life Insurance Co"]]);
  });
  it("'ended talks on the sale of its Blackman Uhler Chemical Division to Intex Products Inc': the buyer, not the unit of its own", () => {
    const text = "Synalloy Corp said it has ended talks on the sale of its Blackman Uhler Chemical Division to Intex Products Inc because agreement could not be reached.";
    expect(kindsOf(text, "1987-04-01")).toEqual([["organization:Synalloy Corp", "organization:Intex Products Inc"]]);
  });
});

describe("meetings: negotiations under way, and the subject that opens the sentence (Reuters-21578, outside bench/meetings)", () => {
  it("'Westar Corp said it is negotiating with Noranda Exploration Inc': 'is negotiating with' is the negotiation, no passive", () => {
    expect(kindsOf("Westar Corp said it is negotiating with Noranda Exploration Inc, a unit of Noranda Inc <NOR>.", "1987-04-20")).toEqual([
      ["organization:Westar Corp", "organization:Noranda Exploration Inc"],
    ]);
  });
  it("'Iraq has secured agreement … following five months of negotiations with creditor banks': the country that opens the sentence negotiated", () => {
    const text = "Iraq has secured agreement to defer outstanding payments on a 500 mln dlr syndicated euroloan following five months of negotiations with creditor banks.";
    expect(kindsOf(text, "1987-03-02")).toEqual([["country:Iraq", "organization:creditor banks"]]);
  });
  it("guard: 'The Times of Zambia said another major issue in the government's current talks with the IMF and World Bank …': who tells of talks is no side of them", () => {
    const text =
      "The Times of Zambia said another major issue in the government's current talks with the IMF and World Bank was the remodelling of Zambia's foreign exchange auction.";
    expect(whoOf(text, "1987-03-10").join()).not.toContain("Times of Zambia");
  });
  it("'China and Israel, which have no diplomatic relations, discussed Middle East peace prospects … at a meeting in New York city'", () => {
    const text =
      "China and Israel, which have no diplomatic relations, discussed Middle East peace prospects and related matters at a meeting in New York city, an Israeli spokesman said.";
    expect(meetings(text, "1987-04-02")).toMatchObject([{ who: "China + Israel", location: "New York" }]);
  });
  it("guard: 'El Salvador and Guatemala both backed Brazil and Colombia at the London talks': many sides, no meeting of the two", () => {
    const text = "El Salvador and Guatemala both backed Brazil and Colombia at the London talks in resisting pressures for quotas based on objective criteria.";
    expect(whoOf(text, "1987-03-03")).toEqual([]);
  });
  it("'Montedison Spa <MONI.MI> said it has concluded its negotiations with Spanish pharmaceuticals company <Antibioticos SA>': the company, not its country", () => {
    const text = "Montedison Spa <MONI.MI> said it has concluded its negotiations with Spanish pharmaceuticals company <Antibioticos SA>.";
    expect(kindsOf(text, "1987-03-02")).toEqual([["organization:Montedison Spa", "organization:Antibioticos SA"]]);
  });
  it("'Taiwan and the U.S. Have been holding talks': the capitalised auxiliary after 'U.S.' makes no body", () => {
    const text =
      "Western trade sources told Reuters Taiwan and the U.S. Have been holding talks on the currency issue but added it is not clear how far Washington wants to see the Taiwan dollar rise.";
    expect(whoOf(text, "1987-03-24")).toEqual(["Taiwan + United States"]);
  });
});

describe("meetings: whose talks 'its' are, a part of a body, a body of a country's (Reuters-21578, outside bench/meetings)", () => {
  it("'Moscow has agreed to discuss the problems of Afghanistan and Kampuchea in its talks with Peking': the subject of the verb, not the last country named", () => {
    const text =
      'After years of refusal, Moscow has agreed to discuss the problems of Afghanistan and Kampuchea in its talks with Peking on normalising relations, Chinese Vice-Foreign Minister Qian Qichen said. He told a news conference: "Recently the Soviet Union expressed agreement to discuss this question."';
    expect(whoOf(text, "1987-04-03")).toEqual(["Soviet Union + China"]);
  });
  it("guard: 'Indonesia hoped Colombia could use its contacts with Brazil': 'its' is the nearer subject's, and the contact only possible", () => {
    const text =
      "Asked to comment on a Reuter report from Jakarta saying Indonesia hoped Colombia could use its contacts with Brazil to suggest a compromise on the quota issue, Cardenas said the Brazilian stand was quite clear.";
    expect(meetings(text, "1987-03-10")).toMatchObject([{ who: "Colombia + Brazil", status: "possible" }]);
  });
  it("guard: 'the Italian company postponed a press conference on its talks with Antibioticos': 'its' is the company's, not Italy's", () => {
    expect(whoOf("Earlier today the Italian company postponed a scheduled press conference on its talks with Antibioticos.", "1987-03-02").join()).not.toContain("Italy");
  });
  it("guard: 'Chinese officials had been irritated by Rover's disclosure of its talks with Shanghai Automotive Industry Corp' (BBC): officials are no 'it'", () => {
    const text = "The paper said Chinese officials had been irritated by Rover's disclosure of its talks with Shanghai Automotive Industry Corp in October.";
    expect(whoOf(text, "2005-04-08").join()).not.toContain("China");
  });
  it("'during talks between Foreign Trade Minister Michel Noir and Yugoslavian minister without portfolio Egon Padovan'", () => {
    const text =
      "The French Finance Ministry said the commission, to be composed of businessmen, was agreed during talks between Foreign Trade Minister Michel Noir and Yugoslavian minister without portfolio Egon Padovan.";
    expect(whoOf(text, "1987-03-05")).toEqual(["Michel Noir + Egon Padovan"]);
  });
  it("'Entertainment Marketing told the SEC it expects to meet with Crazy Eddie representatives': an intending verb in the present, planned", () => {
    const text = "Entertainment Marketing told the SEC it expects to meet with Crazy Eddie representatives in the near future.";
    expect(meetings(text, "1987-05-29")).toMatchObject([{ status: "planned" }]);
  });
  it("'A Brazilian delegation, led by central bank president Francisco Gros, will meet Brazil's bank advisory committee': the country's body is the side", () => {
    const text =
      "A Brazilian delegation, led by central bank president Francisco Gros, will meet Brazil's bank advisory committee here on April 10, said Citibank's William Rhodes as Chairman of the 14-bank committee.";
    expect(whoOf(text, "1987-04-01")).toEqual(["Francisco Gros + bank advisory committee"]);
  });
  it("guard: 'will urge Tokyo and Bonn to meet commitments to speed economic growth': commitments are met, not people", () => {
    const text =
      "The U.S. Administration, under Congressional pressure to cut the trade deficit, will urge Tokyo and Bonn to meet commitments to speed economic growth to stabilise currencies.";
    expect(whoOf(text, "1987-04-06")).toEqual([]);
  });
});

describe("meetings: an adverb of time between the noun and its sides (Reuters-21578, outside bench/meetings)", () => {
  it("'Heller said there were talks currently between the United States and Japan on bank rules'", () => {
    expect(whoOf("Heller said there were talks currently between the United States and Japan on bank rules.", "1987-03-05")).toEqual(["United States + Japan"]);
  });
});

describe("meetings: a week, month or year between the verb and its 'with' (Reuters-21578, outside bench/meetings)", () => {
  it("'Secretary Schultz is scheduled to meet next month with representatives of the Soviet Union'", () => {
    const text =
      "The National Association of Wheat Growers, NAWG, board of directors is scheduled to meet Secretary of State George Schultz and Undersecretary of State Allen Wallis to discuss the Department's current role in farm trade policy, the association said.\n\n" +
      'Miller noted Secretary Schultz is scheduled to meet next month with representatives of the Soviet Union, and the NAWG "wanted to be certain the secretary was aware of our concerns regarding the reopening of wheat trade with the Soviets."';
    expect(meetings(text, "1987-03-10")).toContainEqual(expect.objectContaining({ who: "George Schultz + Soviet Union", status: "planned", date: "1987-04" }));
  });
  it("'Conable met last night with Brazilian officials'", () => {
    const text =
      'World Bank President Barber Conable said his agency plans to send a mission to Brazil next week to explore economic conditions.\n\nConable met last night with Brazilian officials and told reporters that "We agreed to send a mission to Brazil next week to explore further the state of progress and to get clarifications."';
    expect(whoOf(text, "1987-04-10")).toEqual(["Barber Conable + Brazil"]);
  });
});

describe("meetings: a country's people and the one person their verb reaches (bench/meetings train and Reuters-21578 outside it)", () => {
  it("'U.S. Officials gave the same message to former Japanese Foreign Minister Shintaro Abe in meetings in Washington last week'", () => {
    const text = "U.S. Officials gave the same message to former Japanese Foreign Minister Shintaro Abe in meetings in Washington last week.";
    expect(meetings(text, "1987-04-27")).toMatchObject([{ who: "United States + Shintaro Abe", status: "held", location: "Washington" }]);
  });
  it("'U.S. officials gave the same message to former Japanese Foreign Minister Shintaro Abe in talks here last week'", () => {
    const text = "U.S. officials gave the same message to former Japanese Foreign Minister Shintaro Abe in talks here last week.";
    expect(whoOf(text, "1987-04-27")).toEqual(["United States + Shintaro Abe"]);
  });
});

describe("meetings: groups named by a plural noun, and a country's people in the plural (Reuters-21578, outside bench/meetings)", () => {
  it("'Gros met bankers last night': bankers are a side, and 'last' opens a time phrase, not a noun the group qualifies", () => {
    const text = "Brazilian Central Banker Francisco Gros met bankers last night to begin what U.S. officials predict will be months of extremely tough negotiations.";
    expect(whoOf(text, "1987-03-20")).toEqual(["Francisco Gros + bankers"]);
  });
  it("'are meeting with portfolio managers': each person listed meets the group", () => {
    const text =
      "Chairman Charles Strang and Wayne Jones, vice president for strategic planning, are meeting with portfolio managers in New York and Boston to line up interest for the offering underwritten solely by Morgan Stanley, the officials said.";
    expect(whoOf(text, "1987-03-04")).toEqual(["Charles Strang + portfolio managers", "Wayne Jones + portfolio managers"]);
  });
  it("'he is due to meet private bankers': the meeting verb after 'to' is no modifier of the group", () => {
    const text =
      "Brazilian Finance Minister Dilson Funaro flew to Tokyo on Sunday.\n\nIn Tokyo, however, he is due to meet private bankers, to whom Brazil owes some 6.8 billion dlrs, the sources said.";
    expect(whoOf(text, "1987-03-09")).toEqual(["Dilson Funaro + private bankers"]);
  });
  it("'Ecuadorean officials met the advisory committee': the country is the side its officials stand for", () => {
    const text = "Ecuadorean officials met the advisory committee in New York in January, but the negotiations were suspended on January 16.";
    expect(meetings(text, "1987-03-13")).toMatchObject([{ who: "Ecuador + advisory committee", location: "New York", date: "1987-01" }]);
  });
  it("guard: 'held grain talks with Soviet counterparts': the country of the counterparts is the side", () => {
    const text = "Agriculture Secretary Richard Lyng held grain talks with Soviet counterparts earlier this week.";
    expect(whoOf(text, "1987-02-26")).toEqual(["Richard Lyng + Soviet Union"]);
  });
  it("guard: 'discussed the Middle East with Palestinian and Soviet officials': both countries are sides", () => {
    const text = "ROME - Israeli Foreign Minister Shimon Peres discussed the Middle East with Palestinian and Soviet officials at a Socialist International committee meeting here.";
    expect(whoOf(text, "1987-04-10")).toEqual(["Shimon Peres + Palestine", "Shimon Peres + Soviet Union"]);
  });
});

describe("meetings: the subject of a fronted participle clause, a time word before 'with', a company's short name (Reuters-21578, outside bench/meetings)", () => {
  it("'Speaking after farm trade talks with Japan agriculture minister Mutsuki Kato, Lyng said'", () => {
    const text =
      "Agriculture Secretary Richard Lyng told a press conference Japan's rice policy was extreme protectionism.\n\nSpeaking after farm trade talks with Japan agriculture minister Mutsuki Kato, Lyng said the U.S. would press on.";
    expect(whoOf(text, "1987-04-13")).toEqual(["Richard Lyng + Mutsuki Kato"]);
  });
  it("'Representatives of ASA met earlier this month with USDA'", () => {
    const text = "Representatives of ASA met earlier this month with USDA, but Haggard said USDA officials gave no indication if they would seriously consider offering a marketing loan.";
    expect(whoOf(text, "1987-03-18")).toEqual(["ASA + USDA"]);
  });
  it("'TransCanada PipeLines Ltd' goes by 'TransCanada': 'Dome said it was discontinuing talks with TransCanada'", () => {
    const text =
      "TransCanada PipeLines Ltd <TRP> yesterday bid 4.30 billion dlrs for Dome Petroleum Ltd <DMP>.\n\nBut Dome said it was discontinuing talks with TransCanada and was considering a proposal from another company.";
    expect(whoOf(text, "1987-04-16")).toEqual(["Dome Petroleum Ltd + TransCanada PipeLines Ltd"]);
  });
});

describe("meetings: a subject past an aside that names another body, and a body a plural possessive qualifies (Reuters-21578, outside bench/meetings)", () => {
  it("'Sudan, which owes the IMF 450 to 500 mln dlrs in arrears, is scheduled to hold fresh talks with the Fund'", () => {
    const text =
      "Sudan, unable to fully service its debts since 1985 and declared ineligible last year by the International Monetary Fund for fresh loans, has been servicing only creditors banned from extending fresh loans to recipients in arrears.\n\nSudan, which owes the IMF 450 to 500 mln dlrs in arrears, is scheduled to hold fresh talks with the Fund in late July or August on reforming its economy and clearing arrears.";
    expect(meetings(text, "1987-06-19")).toMatchObject([{ who: "Sudan + International Monetary Fund", status: "planned" }]);
  });
  it("'Argentina, seeking 2.15 bln dlrs …, has been negotiating with the banks' steering committee since February'", () => {
    const text =
      "Argentina, seeking 2.15 bln dlrs in fresh loans from private international banks to meet 1987 growth targets, has been negotiating with the banks' steering committee since February.";
    expect(whoOf(text, "1987-04-09")).toEqual(["Argentina + steering committee"]);
  });
});

describe("meetings: talks taken up or ended, counted in days or rounds (Reuters-21578, outside bench/meetings)", () => {
  it("'The Philippines and its bank advisory committee completed a second day of talks'", () => {
    const text =
      "The Philippines and its bank advisory committee completed a second day of talks on the country's request to reschedule 9.4 billion dlrs of debts, bankers said.";
    expect(whoOf(text, "1987-03-03")).toEqual(["Philippines + bank advisory committee"]);
  });
  it("'China and the U.S. Had held two rounds of talks on drawing up a new textile pact'", () => {
    const text =
      "The diplomat said China and the U.S. Had held two rounds of talks on drawing up a new three to five-year textile pact, to replace the present one, due to expire at the end of 1987.";
    expect(whoOf(text, "1987-04-22")).toEqual(["China + United States"]);
  });
});

describe("meetings: a group noun that opens a sentence, and a body's members (Reuters-21578, outside bench/meetings)", () => {
  it("'Bankers leaving the meeting with Gros declined to discuss details of the talks'", () => {
    const text =
      'Central Bank governor Francisco Gros said after a meeting with a 14-bank advisory committee that Brazil cannot make any interest payments at this time, though it would do so "as soon as we can."\n\nBankers leaving the meeting with Gros declined to discuss details of the talks, though some expressed satisfaction that Brazil had agreed to continue working with the committee.';
    expect(whoOf(text, "1987-03-25")).toEqual(["Francisco Gros + 14-bank advisory committee", "Bankers + Francisco Gros"]);
  });
  it("'Last month Financial Corp executives and Federal Home Loan Bank Board members met to discuss a restructuring'", () => {
    const text =
      "Last month Financial Corp executives and Federal Home Loan Bank Board members met to discuss a restructuring of FCA, with help from the Federal Savings and Loan Insurance Corp, as a possible solution to the company's financial difficulties.";
    expect(whoOf(text, "1987-10-20")).toEqual(["Financial Corp + Federal Home Loan Bank Board"]);
  });
});

describe("meetings: a country's government, talks under way, and two countries' negotiators (Reuters-21578, outside bench/meetings)", () => {
  it("'Debt talks between the Philippine government and its bank advisory committee were delicately poised'", () => {
    const text =
      "Debt talks between the Philippine government and its bank advisory committee were delicately poised after a brief meeting between the two sides today, bankers and sources close to the Philippine delegation said.";
    expect(whoOf(text, "1987-03-17")).toEqual(["Philippines + bank advisory committee"]);
  });
  it("'The ASA and NSPA delegations will meet top West German government officials': each delegation meets the country", () => {
    const text =
      "The ASA and National Soybean Processors Association (NSPA) delegations will meet top West German government officials today and tomorrow to lobby for support.";
    expect(whoOf(text, "1987-03-23")).toEqual(["ASA + Germany", "National Soybean Processors Association + Germany"]);
  });
  it("'Talks are underway between financially troubled Zaire and the International Monetary Fund (IMF)'", () => {
    const text =
      "Talks are underway between financially troubled Zaire and the International Monetary Fund (IMF) aimed at rescuing the economy of the second largest nation in sub-Saharan Africa.";
    expect(whoOf(text, "1987-03-24")).toEqual(["DR Congo + International Monetary Fund"]);
  });
  it("'Canadian and Egyptian wheat negotiators failed to conclude an agreement on Canadian wheat exports to Egypt during talks last week'", () => {
    const text =
      "Canadian and Egyptian wheat negotiators failed to conclude an agreement on Canadian wheat exports to Egypt during talks last week, but the Canadian team will return to Cairo for further negotiations, Canadian embassy officials said.";
    expect(meetings(text, "1987-03-02")).toContainEqual(expect.objectContaining({ who: "Canada + Egypt", status: "held" }));
  });
});

describe("meetings: an agreement reached with a party is talks with it (Reuters-21578, outside bench/meetings)", () => {
  it("'Yugoslavia has reached an agreement with Western creditors'", () => {
    const text = "Yugoslavia has reached an agreement with Western creditors on refinancing a portion of its 19.7 billion dollar hard currency debt.";
    expect(meetings(text, "1987-03-30")).toMatchObject([{ who: "Yugoslavia + Western creditors", kind: "talks", status: "held" }]);
  });
  it("'The Philippines has reached agreement with its bank advisory committee': 'has' is read as the auxiliary it is", () => {
    const text =
      "The Philippines has reached agreement with its bank advisory committee on a debt-rescheduling agreement after four weeks of talks, a source close to the Philippine delegation said.";
    expect(whoOf(text, "1987-03-27")).toEqual(["Philippines + bank advisory committee"]);
  });
  it("'Baker said he believes Brazil will strike an agreement with its private creditors': the country opens a clause of its own", () => {
    const text = "U.S. Treasury Secretary James Baker said he believes Brazil will strike an agreement with its private creditors.";
    expect(meetings(text, "1987-03-04")).toMatchObject([{ who: "Brazil + private creditors", status: "planned" }]);
  });
  it("'Venezuela, Chile and the Philippines have all reached agreement with commercial banks': each country on its own", () => {
    const text =
      "He pointed out that Venezuela, Chile and the Philippines have all reached agreement with commercial banks on debt rescheduling and Argentina was in the midst of negotiations.";
    expect(whoOf(text, "1987-04-01")).toEqual(["Venezuela + commercial banks", "Chile + commercial banks", "Philippines + commercial banks"]);
  });
});

describe("meetings: a meeting held and told without a date is of the article's own day (Reuters-21578, outside bench/meetings)", () => {
  it("'He told reporters after meeting with President Suharto' in a story dated March 2, 1987", () => {
    const text =
      "OPEC WITHIN OUTPUT CEILING, SUBROTO SAYS\n\nMarch 2, 1987\n\nOpec remains within its agreed output ceiling of 15.8 mln barrels a day, and had expected current fluctuations in the spot market of one or two dlrs, Indonesian Energy Minister Subroto said.\n\nHe told reporters after meeting with President Suharto that present weakness in the spot oil market was the result of warmer weather in the U.S. And Europe which reduced demand for oil.";
    expect(meetings(text, "2026-12-07")).toMatchObject([{ who: "Subroto + Suharto", status: "held", date: "1987-03-02" }]);
  });
  it("guard: a meeting the sentence puts further back keeps no date ('came about a month after … visited Pyongyang, where he met')", () => {
    const dated = meetings(fixtureText("000_7aa7d412a1bdea41"), "2024-07-11").find((m) => m.who === "Vladimir Putin + Kim Jong-un");
    expect(dated).toMatchObject({ status: "held", date: null });
  });
  it("guard: with no date line, the run's date dates nothing", () => {
    const text =
      "Opec remains within its agreed output ceiling of 15.8 mln barrels a day, and had expected current fluctuations in the spot market of one or two dlrs, Indonesian Energy Minister Subroto said.\n\nHe told reporters after meeting with President Suharto that present weakness in the spot oil market was the result of warmer weather in the U.S. And Europe which reduced demand for oil.";
    expect(meetings(text, "2026-12-07")).toMatchObject([{ who: "Subroto + Suharto", date: null }]);
  });
});

describe("meetings: an aside between the sides and the verb (Reuters-21578, outside bench/meetings)", () => {
  it("'A and B, Japan's deputy minister of International Trade and Industry (MITI), are due to meet in Washington'", () => {
    const text =
      "Deputy U.S. Trade Representative Michael Smith and Makoto Kuroda, Japan's deputy minister of International Trade and Industry (MITI), are due to meet in Washington this week in an effort to end the dispute.";
    expect(meetings(text, "1987-04-13")).toMatchObject([{ who: "Michael Smith + Makoto Kuroda", status: "planned", location: "Washington" }]);
  });
  it("'A and the head of the central bank of Mexico, B, met in Mexico City'", () => {
    const text =
      "Last week, Peruvian central bank president Leonel Figueroa and the head of the central bank of Mexico, Miguel Mancera Aguayo met in Mexico City in private talks said aimed at consolidating the upward trend of silver prices.";
    expect(meetings(text, "1987-04-23")).toMatchObject([{ who: "Leonel Figueroa + Miguel Mancera Aguayo", status: "held", location: "Mexico City" }]);
  });
});

describe("meetings: talks told of by a body's spokesman are the body's (Reuters-21578, outside bench/meetings)", () => {
  it("'Further negotiations with Telefonica have yet to be concluded, however, an APT spokesman said'", () => {
    const text =
      "ATT/Philips (APT), the joint venture between American Telephone and Telegraph Co <T> of the U.S. And N.V. Philips Gloeilampenfabrieken <PGLO.AS>, said the Spanish government had approved its setting up of a joint venture in Spain.\n\nThe order is expected to be worth some 30 mln dlrs per year.\n\nFurther negotiations with Telefonica have yet to be concluded, however, an APT spokesman said.";
    expect(whoOf(text, "1987-06-18")).toEqual(["ATT/Philips + Telefonica"]);
  });
  it("guard: a spokesman who tells of another matter in the main clause is no side of talks in a fronted clause (CoNLL-2003 train)", () => {
    const text =
      'Speaking only hours after Chinese state media said the time was right to engage in political talks with Taiwan, Foreign Ministry spokesman Shen Guofang told Reuters: "The necessary atmosphere for the opening of cross-Strait talks on an equal footing has not been created."';
    expect(whoOf(text, "1996-08-22")).toEqual([]);
  });
});

describe("meetings: 'their meeting with' and 'they held talks with' belong to the group named before them (Reuters-21578, outside bench/meetings)", () => {
  it("'U.S. officials did not make such an offer when they held grain talks with Soviet counterparts earlier this week'", () => {
    const text =
      "Most analysts interviewed by Reuters were more confident than USDA officials that bonus wheat would be offered to the Soviets, even though U.S. officials did not make such an offer when they held grain talks with Soviet counterparts earlier this week.";
    expect(whoOf(text, "1987-02-26")).toEqual(["United States + Soviet Union"]);
  });
  it("'Ongpin declined …, and bankers also declined to be specific ahead of their next meeting with Ongpin on Monday'", () => {
    const text =
      "Philippines finance minister Jaime Ongpin said he was cautiously optimistic an accord on debt rescheduling would be reached with commercial bank creditors, as he prepared for the third week of talks starting Monday.\n\nOngpin declined to disclose details of the banks' new offer and bankers also declined to be specific ahead of their next meeting with Ongpin on Monday.";
    expect(whoOf(text, "1987-03-15")).toContain("bankers + Jaime Ongpin");
  });
});

describe("meetings: a number's decimal point inside the topic of a negotiation (Reuters-21578, outside bench/meetings)", () => {
  it("'Argentina has since last month been negotiating a 2.15 billion dlr loan with the steering committee'", () => {
    const text =
      "Argentina has since last month been negotiating a 2.15 billion dlr loan with the steering committee for its international creditor banks to meet 1987 growth targets.";
    expect(whoOf(text, "1987-03-25")).toEqual(["Argentina + steering committee"]);
  });
});

describe("meetings: a body named in an aside of its own, after its description (Reuters-21578, outside bench/meetings)", () => {
  it("'Employers and the port union, FNV, are to meet again this afternoon'", () => {
    const text =
      "Employers and the port union, FNV, are to meet again this afternoon to attempt a settlement of the six-week-old dispute in Rotterdam's general cargo sector, but neither side is optimistic, spokesmen for both sides told Reuters.";
    expect(meetings(text, "1987-03-03")).toMatchObject([{ who: "Employers + FNV", status: "planned" }]);
  });
  it("guard: 'in Benghazi, Libya, discussed' names a place in its aside, not a side (PolNeAR train)", () => {
    const text =
      "Dorothy Woods, whose husband, Navy SEAL Ty Woods, was one of four Americans killed in the 2012 attack of the U.S. consulate in Benghazi, Libya, discussed the Trump controversy with radio host Hugh Hewitt on Thursday.";
    expect(whoOf(text, "2016-08-05")).not.toContain("Libya + Hugh Hewitt");
  });
});

describe("meetings: a country's adjective before a thing is no rival to the sentence's subject (Reuters-21578, outside bench/meetings)", () => {
  it("'The Soviet Union recently bought over 1.0 mln tonnes of U.S. corn, ostensibly as a conciliatory gesture ahead of trade talks with U.S. agriculture officials'", () => {
    const text =
      "The Soviet Union recently bought over 1.0 mln tonnes of U.S. corn, ostensibly as a conciliatory gesture ahead of trade talks with U.S. agriculture officials.";
    expect(whoOf(text, "1987-03-13")).toEqual(["Soviet Union + United States"]);
  });
});

describe("meetings: firms and regulators named by a noun phrase are sides (Reuters-21578, outside bench/meetings)", () => {
  it("'The Japanese steel firms started a new round of base price talks with <Quintette Coals Ltd> yesterday'", () => {
    const text =
      "The Japanese steel firms started a new round of base price talks with <Quintette Coals Ltd> yesterday, while discussions with <Gregg River Co Ltd> will be held later this month, they said.";
    expect(whoOf(text, "1987-06-18")).toEqual(["Japanese steel firms + Quintette Coals Ltd", "Japanese steel firms + Gregg River Co Ltd"]);
  });
  it("'SNET is currently involved in negotiations with state regulators on its rate of return on equity'", () => {
    const text =
      "Southern New England Telecommunications Corp, SNET, said it expects to have good earnings in 1987 against 4.46 dlrs per share or 139.2 mln dlrs in 1986.\n\nHowever, senior vice president of finance Daniel Miglio told a meeting of analysts that there was some uncertainty in its earnings outlook because SNET is currently involved in negotiations with state regulators on its rate of return on equity which currently stands at 16.2 pct.";
    expect(whoOf(text, "1987-04-01")).toContain("Southern New England Telecommunications Corp + state regulators");
  });
});

describe("meetings: a list item we cannot read closes the list (Reuters-21578, outside bench/meetings)", () => {
  it("'negotiations between Mexico and GTE Sprint, the forerunner of US Sprint': the country in the aside is no side", () => {
    const text =
      "He noted negotiations between Mexico and GTE Sprint, the forerunner of US Sprint, had been broken off by the September 1985 earthquake which had devastated the nation's telephone network.";
    expect(whoOf(text, "1987-03-09")).toEqual([]);
  });
  it("guard: 'and his Slovenian counterpart, Milan Kucan, met' still lists the counterpart (CoNLL-2003 train)", () => {
    const text =
      "Polish President Aleksander Kwasniewski and his Slovenian counterpart, Milan Kucan, met for talks at the start of a two-day visit to Slovenia by Kwasniewski.";
    expect(whoOf(text, "1996-08-27")).toEqual(["Aleksander Kwasniewski + Milan Kucan"]);
  });
});

describe("meetings: 'it' after 'X said' is X (Reuters-21578, outside bench/meetings)", () => {
  it("'TransCanada … bid … for Dome, but Dome said it was discontinuing talks with TransCanada'", () => {
    const text =
      "Nova, an Alberta Corp, chief executive Robert Blair expressed hope that Dome Petroleum Ltd <DMP> remains under Canadian ownership, but added that his company plans no bid of its own for debt-troubled Dome.\n\nTransCanada PipeLines Ltd <TRP> yesterday bid 4.30 billion dlrs for Dome, but Dome said it was discontinuing talks with TransCanada and was considering a proposal from another company and was also talking with another possible buyer, both rumored to be offshore.";
    expect(whoOf(text, "1987-04-13")).toEqual(["Dome Petroleum Ltd + TransCanada PipeLines Ltd"]);
  });
  it("guard: a body inside the opening one's aside is not who 'it' is (bench/meetings train)", () => {
    const text =
      "WEDGE Group Inc, a Houston investment firm with a 5.5 pct stake in American Medical International Inc, said it has had talks with Pesch and Co, which is seeking control of the company.";
    expect(whoOf(text, "1987-03-02")).toEqual([expect.stringMatching(/^WEDGE Group Inc \+ Pesch/)]);
  });
});

describe("meetings: urging with a phrase of time before the infinitive (PolNeAR train)", () => {
  it("'Harry Reid, who called on Grayson months ago to quit the Senate race' is no meeting", () => {
    const text =
      "But now that Alan Grayson is bleeding support and staff as top fellow Democrats call on him to quit the Senate race, Dena Grayson’s relationship with her new husband is starting to vex her.\n\n“Having whacked his ex-wife around few times, he has lost support even from the liberal groups. I don’t know who supports him other than himself,” said Senate Minority Leader Harry Reid, who called on Grayson months ago to quit the Senate race.";
    expect(whoOf(text, "2016-07-29")).toEqual([]);
  });
});

describe("meetings: someone's 'call for' a thing is a demand, not a phone call (PolNeAR train)", () => {
  it("'the rally denounced … Donald Trump’s call for \"a total and complete shutdown\"' is no meeting", () => {
    const text =
      "Led by Council Speaker Melissa Mark-Viverito, the rally denounced Republican presidential candidate Donald Trump’s call for \"a total and complete shutdown of Muslims entering the United States.” The politicians and religious figures in attendance were unanimous in their condemnation of Trump’s comments.";
    expect(whoOf(text, "2015-12-11")).toEqual([]);
  });
});

describe("meetings: an invitation to testify, past an aside and a 'who' clause (PolNeAR train)", () => {
  it("'Sanders has invited Matt Duss, the president of …, who frequently criticizes …, to testify' is no meeting", () => {
    const text =
      "WASHINGTON — Supporters of Hillary Clinton and Bernie Sanders avoided confrontations over policy during their first platform drafting committee hearing Wednesday — the morning after the former Secretary of State cemented her status as the Democratic Party’s presumptive nominee.\n\nIt’s possible that the meeting could be less dry Thursday, when foreign policy experts give their testimony. Sanders has invited Matt Duss, the president of the Foundation for Middle East Peace, who frequently criticizes the Israeli government, to testify.";
    expect(whoOf(text, "2016-06-09")).toEqual([]);
  });
});

describe("meetings: who meets someone's relative meets the relative (PolNeAR train)", () => {
  it("'after meeting Mr. Cruz's Cuba-born father' is no meeting with Ted Cruz", () => {
    const text =
      "Senator Ted Cruz's success in consolidating evangelical Christians in Iowa reflects his methodical courtship of the group in his bid for the Republican presidential nomination.\n\nAn effort to recruit pastors supporting Mr. Cruz in all of Iowa's 99 counties was the brainchild of Mr. Brown, who in part was persuaded to support the Texas senator after meeting Mr. Cruz's Cuba-born father.";
    expect(whoOf(text, "2016-01-12")).toEqual([]);
  });
});

describe("meetings: a quantity the verb takes is no one received (PolNeAR train)", () => {
  it("'Trump received 37 percent, Clinton had 36 percent' is no meeting", () => {
    const text =
      "GOP frontrunner Donald Trump does better in a match up against Hillary Clinton or Michael Bloomberg than fellow GOP presidential candidates Sen. Ted Cruz (R-TX) and Sen. Marco Rubio (R-FL), according to a new poll.\n\nTrump received 37 percent, Clinton had 36 percent and Bloomberg snagged 13 percent, according to the results.";
    expect(whoOf(text, "2016-01-23")).toEqual([]);
  });
});

describe("meetings: 'the company' is the body a spokesman speaks for, named with its seat (Reuters-21578, outside bench/meetings)", () => {
  it("'Anglo American spokesman … said the company held talks with the National Union of Mineworkers'", () => {
    const text =
      "About 8,000 black miners returned to work after a week-long industrial action at South Africa's largest gold mine, mine owner Anglo American Corp of South Africa Ltd <ANGL.J> said.\n\nA spokesman for the mining house said the action started on Wednesday last week when thousands of miners staged a go-slow at One underground shaft of the Free State Geduld division of Free State Consolidated Gold Mines Ltd <FSCN.J>.\n\nThe action later escalated into an underground sit-in at the mine over the weekend, prompting management to close the affected shaft because of what the company described as \"the creation of unsafe working conditions.\"\n\nAnglo American spokesman John Kingsley-Jones said the company held talks with the National Union of Mineworkers (NUM), South Africa's biggest trade union which claims a membership of 360,000 black workers, but failed to establish the cause of worker dissatisfaction. He acknowledged that the mine suffered a loss of production, but declined to give estimates.\n\nFree State Consolidated last year produced 104 tonnes of gold from 28 underground shafts.\n\nThe NUM was not immediately available for comment on the action. But a spokesman for the union earlier told the South African Press Association that miners had been locked out of the mine at the weekend after staging a strike in protest against being ordered to carry bags containing explosives as well as food for white miners.";
    expect(kindsOf(text, "1987-04-02")).toEqual([["organization:Anglo American Corp of South Africa Ltd", "organization:National Union of Mineworkers"]]);
  });
});

describe("meetings: 'the union' is the union named before, in a story that opens with none (Reuters-21578, outside bench/meetings)", () => {
  it("'Members of local 174 of the United Food and Commercial Workers (UFCW) union …. The union has been in negotiations with …'", () => {
    const text =
      "Members of local 174 of the United Food and Commercial Workers (UFCW) union, representing 1,900 meat cutters in New York city, yesterday rejected the latest management offer on a new contract.\n\n\"Members rejected the latest offer by a 2 to 1 margin,\" Bob Wilson, executive officer of local 174 said. But workers have been asked to remain on the job while negotiations continue.\n\nThe union has been in negotiations with the Greater New York Association of Meat and Poultry Dealers, a group of meat wholesalers and distributors. The contract expired April 26 and the latest management offer sought \"give backs\" in holiday and sick leave which the membership rejected, Wilson said.";
    expect(kindsOf(text, "1987-04-29")).toEqual([["organization:United Food and Commercial Workers", "organization:Greater New York Association of Meat and Poultry Dealers"]]);
  });
});

describe("meetings: ', in X for talks with' officials is a stay there for talks with the country (Reuters-21578, outside bench/meetings)", () => {
  it("'Saouma, in Brazil for talks with agriculture officials, said …': held, not dated by the speech the clause after the aside plans", () => {
    const text =
      "An estimated 500 million people, or about 10 pct of the world's population, are living in critical condition, starving, Food and Agricultural Organisation (FAO) director Edouard Saouma said.\n\nSaouma, in Brazil for talks with agriculture officials, said he invited President Jose Sarney to make the opening speech at the International Day of Food in Rome October 16.\n\nHe also said he offered to send a technical mission to Brazil to help the government's land reform campaign.\n\nDuring his stay at the federal capital, Saouma said he signed three accords for development of technical projects by the FAO in Brazil, the largest of which calls for a 57 mln dlrs investment for irrigation of areas in the drought- stricken Brazilian northeast.";
    expect(meetings(text, "1987-04-02")).toEqual([{ who: "Edouard Saouma + Brazil", kind: "talks", status: "held", date: null, location: null }]);
  });
  it("guard: a stay after a meeting phrase says where that meeting is, no talks of its own (CoNLL train)", () => {
    const text =
      "Talbott to meet Russian, Canadian counterparts.\n\nWASHINGTON 1996-08-26\nDeputy Secretary of State Strobe Talbott flew to Ottawa on Monday to meet his Russian counterpart and discuss a range of bilateral and European security issues, the State Department said.\nTalbott, the second-ranking State Department official, was to meet Russian Deputy Foreign Minister Georgy Mamedov as part of a regular pattern of consultations, the department said.\n\"There is much to discuss on the fall calendar,\" acting chief spokesman Glyn Davies said. \"\nThere's a fairly intensive diplomatic calendar coming up in the fall.\"\nHe said Talbott, who was scheduled to return on Tuesday, would also to meet his Canadian counterpart, Gordon Smith, in Ottawa for talks that would include the situation in Haiti.";
    expect(whoOf(text, "1996-08-26")).not.toContain("Strobe Talbott + Canada");
  });
});

describe("meetings: a denial reaches every verb an 'or' joins to the meeting phrase (PolNeAR train)", () => {
  it("'has no plans to either address the conference or meet with Sanders' reports no meeting", () => {
    const text =
      "Vatican spokesman the Rev. Federico Lombardi told reporters Thursday that the pope has no plans to either address the conference or meet with Sanders.";
    expect(whoOf(text, "2016-04-14")).toEqual([]);
  });
});

describe("meetings: a name that qualifies a plural after 'with' is no person met (PolNeAR train)", () => {
  it("'Grassley said in a conference call with Iowa reporters' is a press call: no person 'Iowa', no meeting", () => {
    const text =
      "“I think that you don’t have any more trouble with what Trump said than when Sotomayor said that — when she was found saying in speeches that, quote, ‘A wise Latina woman with the richness of her experience would more often than not reach a better conclusion than a white male,’” Grassley said in a conference call with Iowa reporters.";
    expect(whoOf(text, "2016-06-08")).toEqual([]);
  });
});

describe("meetings: 'his meeting with' after someone's possessive is the subject's (PolNeAR train)", () => {
  it("'… at Senate Minority Leader Harry Reid’s invitation, and just hours before his meeting with Clinton': Sanders's meeting", () => {
    // The article up to that sentence, which names Bernie Sanders in full.
    const text =
      "Sanders scripts his primary-season finale.\n\nHis team is stepping up its behind-the-scenes conversations with Hillary Clinton’s camp. He hasn’t sent a fundraising email for his own campaign in six days. He’s also not holding a rally tonight, making it the first Tuesday with voting that he hasn’t held one this year.\n\nIn other words, Bernie Sanders isn’t really running for president anymore.\n\nBut he hasn’t officially given up either. He still has a skeleton staff, a Secret Service detail, a charter plane contract, and the firmly held belief that by formally staying in the race he has the leverage to exact platform and party rules concessions from Clinton.\n\nSo while he and his staff — no longer aiming to poach superdelegates — go out of their way to assure fellow senators and leading Democrats that he is committed to defeating Donald Trump above all else, the Sanders campaign is mapping out a soft, extended landing that could take a few weeks.\n\nThe Vermont senator is struggling to put a consistent face on the balancing act. He continues to insist that he will fight on to the July Democratic convention and refuses to answer questions about whether he remains an active candidate. At the same time, he is meeting with Clinton in private, being greeted with warm, sustained applause by his Clinton-backing Senate colleagues, and swinging by the Clinton-endorsing White House for a picnic on Tuesday night.\n\nWith the campaign staff dramatically downsized in recent days, senior aides have been holding more frequent calls with their counterparts at Clinton’s headquarters in Brooklyn than ever before, starting conversations about what exactly Sanders wants in the convention platform or the Democratic Party’s rules before he throws his support to Clinton or formally bows out.\n\nNeither of those concrete steps is expected anytime soon, but they’re both on the table over the longer term. The animating question for people close to the Sanders operation now is not whether he slides out of the race before the convention — that won’t happen, they believe — but how he finds a comfortable position campaigning against Trump while still agitating for his desired changes within the Democratic Party.\n\nHis one-on-one meeting with Clinton in neutral territory in Washington on Tuesday night is an important step: It’s a rare get-together that the candidates themselves agreed to hold when they spoke on the phone after California’s polls closed last week. They were connected, respectively, by campaign managers Jeff Weaver and Robby Mook — a pair of Vermonters who have spoken periodically throughout the contest.\n\nSanders has made no secret of the policy points he hopes to see on the party platform in Philadelphia — from a $15 federal minimum wage to a nationwide ban on fracking — and some of his trusted aides were dispatched to Washington over the past week, and to Phoenix for the coming weekend, to begin negotiating. Those negotiations took place  at initial party platform hearings and meetings while Sanders was in California and Vermont.\n\nBut Sanders also laid out a political reform agenda at a surprise news conference Tuesday outside his Capitol Hill campaign office right after meeting with the rest of the Senate Democratic caucus at Senate Minority Leader Harry Reid’s invitation, and just hours before his meeting with Clinton. The list of wishes was widely known, but the candidate had never before so plainly articulated them in public.";
    expect(whoOf(text, "2016-06-14")).toContain("Bernie Sanders + Hillary Clinton");
    expect(whoOf(text, "2016-06-14")).not.toContain("Harry Reid + Hillary Clinton");
  });
});

describe("meetings: 'he' before the verb is a subject, not a person named after a preposition (PolNeAR train)", () => {
  it("'… in addition to a private meeting he had with Rubio a year ago, he also hosted Bush': not Rubio hosting Bush", () => {
    // The article up to that sentence.
    const text =
      "Jeb Bush Super PAC Chief Praises Marco Rubio Donor’s Anti-Donald Trump Skywriting Campaign.\n\nThe head of the major Super PAC backing former Florida Gov. Jeb Bush for president, Mike Murphy, praised the efforts of a donor to Sen. Marco Rubio (R-FL) to attack billionaire 2016 GOP frontrunner Donald Trump by skywriting nasty messages at the Rose Bowl on Friday.\n\n“Not us but can’t argue with it!” Murphy, the head of Right to Rise USA, Tweeted on Friday with an image of the anti-Trump skywriting.\n\nBecause Murphy was behind a previous anti-Trump effort involving a plane—he hired a plane to fly above a Trump rally in Alabama with an anti-Trump banner on it—people suspected that Murphy was behind this latest effort.\n\nBut it turns out, actually, that Rubio donor Luther Stan Pate IV—a Tuscaloosa real estate tycoon worth millions—was the one behind the effort.\n\nThus far, Rubio is keeping the maximum-allowable-by-law political contribution to his campaign that Pate made—all $2,700 worth.\n\nPate and his allies—and Rubio’s allies—have been desperately trying to separate Rubio from the underhanded effort. Pate claimed in an interview with Breitbart News that he’s not backing any particular candidate, and in addition to a private meeting he had with Rubio a year ago, he also hosted Bush aboard his private jet.";
    expect(whoOf(text, "2016-01-01")).not.toContain("Marco Rubio + Jeb Bush");
  });
});

describe("meetings: complaints are met, not people (Reuters-21578, outside bench/meetings)", () => {
  it("'Tokyo is striving to meet U.S. Complaints about its trade practices' is no meeting", () => {
    const text = "As a result, Tokyo is striving to meet U.S. Complaints about its trade practices in a variety of fields, including super computers.";
    expect(whoOf(text, "1987-03-02")).toEqual([]);
  });
});
